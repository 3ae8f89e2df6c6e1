import { type RenderedEmail } from './rendered-email.js';
import {
  fieldsParagraph,
  formatDate,
  kindLabel,
  linkParagraph,
  paragraph,
  renderParagraphs,
  type Locale,
  type WarningKind,
} from './warning-format.js';

export interface WarningEscalationEmailData {
  /** 1: to the organisation's team lead; 2: to its managers. */
  level: 1 | 2;
  /** The organisation that received the warning. */
  recipientName: string;
  kind: WarningKind;
  reference: string;
  /** ISO date the original warning was sent. */
  sentOn: string;
  /** ISO date by which it should have been acknowledged. */
  acknowledgeBy: string;
  link: string;
}

/**
 * A warning was not acknowledged in time. Team leads and managers may not see who the tenant is,
 * so this email carries no personal data at all: only the kind, the case reference, dates and a link.
 */
export function renderWarningEscalation(data: WarningEscalationEmailData, locale: Locale): RenderedEmail {
  const sent = formatDate(data.sentOn, locale);
  const by = formatDate(data.acknowledgeBy, locale);
  const kind = kindLabel(data.kind, locale);
  if (locale === 'en') {
    const subject =
      data.level === 1
        ? `Warning ${data.reference} was not acknowledged in time`
        : `Second reminder: warning ${data.reference} has still not been acknowledged`;
    return renderParagraphs(locale, subject, [
      paragraph(`To ${data.recipientName}`),
      paragraph(
        `On ${sent}, ${data.recipientName} received a warning of eviction risk (${kind}). It should have been acknowledged in the system by ${by}, but it has not been.`,
      ),
      paragraph(
        data.level === 1
          ? 'You are receiving this email as team lead. Please make sure that someone handles the warning as soon as possible.'
          : 'You are receiving this email as a manager, because the team lead has already been reminded and the warning has still not been acknowledged. Please make sure that it is handled as soon as possible.',
      ),
      fieldsParagraph([
        ['Case reference', data.reference],
        ['Warning sent', sent],
        ['Acknowledgement deadline', by],
      ]),
      linkParagraph('The warning (for staff with access to the case)', data.link),
      paragraph('For data protection reasons, this email contains no personal data.'),
    ]);
  }
  const subject =
    data.level === 1
      ? `Ingen kvittering for varsel ${data.reference} inden fristen`
      : `2. rykker: Stadig ingen kvittering for varsel ${data.reference}`;
  return renderParagraphs(locale, subject, [
    paragraph(`Til ${data.recipientName}`),
    paragraph(
      `${data.recipientName} modtog d. ${sent} et varsel om risiko for udsættelse (${kind}). Fristen for at kvittere for varslet i systemet var d. ${by}, men der er endnu ikke kvitteret.`,
    ),
    paragraph(
      data.level === 1
        ? 'Du får denne e-mail som teamleder. Sørg for, at varslet bliver behandlet hurtigst muligt.'
        : 'Du får denne e-mail som leder, fordi teamlederen allerede har fået en rykker, og der stadig ikke er kvitteret for varslet. Sørg for, at det bliver behandlet hurtigst muligt.',
    ),
    fieldsParagraph([
      ['Sagsnummer', data.reference],
      ['Varslet sendt', sent],
      ['Frist for kvittering', by],
    ]),
    linkParagraph('Varslet (for medarbejdere med adgang til sagen)', data.link),
    paragraph('Af hensyn til databeskyttelsen indeholder denne e-mail ingen personoplysninger.'),
  ]);
}

import { type RenderedEmail } from './rendered-email.js';
import { type WarningEmailData } from './warning.template.js';
import {
  detailFields,
  eventLine,
  fieldsParagraph,
  formatDate,
  lineGroup,
  linkParagraph,
  paragraph,
  personalDataFooter,
  renderParagraphs,
  strongParagraph,
  tenantList,
  type Field,
  type Locale,
  type Paragraph,
} from './warning-format.js';

export type WarningDigestItem = Omit<WarningEmailData, 'recipientName' | 'senderName' | 'urgent'> & {
  senderName: string;
};

export interface WarningDigestEmailData {
  recipientName: string;
  /** ISO date of the digest. */
  date: string;
  /** The day's warnings that are not urgent; urgent ones are sent one by one, at once. */
  items: WarningDigestItem[];
  /** The recipient's inbox. */
  link: string;
}

function itemParagraph(item: WarningDigestItem, index: number, locale: Locale): Paragraph {
  const da = locale === 'da';
  const fields: Field[] = [
    [da ? 'Lejer(e)' : 'Tenant(s)', tenantList(item.tenantNames)],
    [da ? 'Boligorganisation' : 'Housing organisation', item.senderName],
    ...detailFields(item.details, locale),
    [da ? 'Sagsnummer' : 'Case reference', item.reference],
  ];
  if (item.acknowledgeBy !== null) {
    fields.push([da ? 'Kvittér senest' : 'Acknowledge by', formatDate(item.acknowledgeBy, locale)]);
  }
  return lineGroup([
    strongParagraph(`${index + 1}. ${item.address}`),
    paragraph(eventLine(item.kind, item.eventOn, locale)),
    fieldsParagraph(fields),
    linkParagraph(da ? 'Se varslet' : 'View the warning', item.link),
  ]);
}

/** One email a day per recipient with all of the day's warnings that are not urgent. */
export function renderWarningDigest(data: WarningDigestEmailData, locale: Locale): RenderedEmail {
  const count = data.items.length;
  const one = count === 1;
  const date = formatDate(data.date, locale);
  const items = data.items.map((item, index) => itemParagraph(item, index, locale));
  const withDeadline = data.items.some((item) => item.acknowledgeBy !== null);
  if (locale === 'en') {
    const subject = `${count} new ${one ? 'warning' : 'warnings'} of eviction risk – ${date}`;
    return renderParagraphs(locale, subject, [
      paragraph(`To ${data.recipientName}`),
      paragraph(
        one
          ? `Here is the warning of ${date} about a tenant at risk of eviction. Urgent warnings are sent separately, straight away.`
          : `Here are the ${count} warnings of ${date} about tenants at risk of eviction. Urgent warnings are sent separately, straight away.`,
      ),
      paragraph(
        (one
          ? 'Please consider whether the tenant needs help, and contact the tenant if appropriate.'
          : 'Please consider whether the tenants need help, and contact them if appropriate.') +
          (withDeadline ? ` Acknowledge ${one ? 'the warning' : 'each warning'} in the system by the date shown.` : ''),
      ),
      ...items,
      linkParagraph('All warnings in your inbox', data.link),
      ...personalDataFooter(locale, !one).map(paragraph),
    ]);
  }
  const subject = `${count} ${one ? 'nyt varsel' : 'nye varsler'} om risiko for udsættelse – ${date}`;
  return renderParagraphs(locale, subject, [
    paragraph(`Til ${data.recipientName}`),
    paragraph(
      one
        ? `Her er varslet fra d. ${date} om en lejer, der risikerer at blive sat ud. Varsler, der haster, sendes særskilt med det samme.`
        : `Her er de ${count} varsler fra d. ${date} om lejere, der risikerer at blive sat ud. Varsler, der haster, sendes særskilt med det samme.`,
    ),
    paragraph(
      (one
        ? 'Vi beder jer vurdere, om lejeren har brug for hjælp, og eventuelt kontakte lejeren.'
        : 'Vi beder jer vurdere, om lejerne har brug for hjælp, og eventuelt kontakte dem.') +
        (withDeadline ? ` Kvittér for ${one ? 'varslet' : 'hvert varsel'} i systemet senest på den angivne dato.` : ''),
    ),
    ...items,
    linkParagraph('Alle varsler i indbakken', data.link),
    ...personalDataFooter(locale, !one).map(paragraph),
  ]);
}

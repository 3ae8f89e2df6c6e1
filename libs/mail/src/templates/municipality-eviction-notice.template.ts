import { escapeHtml, htmlDocument } from './html.js';
import { type RenderedEmail } from './rendered-email.js';

export interface MunicipalityEvictionNoticeData {
  municipalityName: string;
  tenantNames: string[];
  address: string;
  /** ISO date of the notice (no later than the day of filing at the bailiff court). */
  noticeOn: string;
  /** ISO date of the earlier notice this one corrects: the email is then sent as a correction. */
  corrects?: string;
}

/**
 * The landlord's notice to the municipality under almenlejeloven § 92, stk. 2: the tenant's
 * name and address, and nothing else (anything more needs the tenant's consent).
 */
export function renderMunicipalityEvictionNotice(
  data: MunicipalityEvictionNoticeData,
  locale: 'da' | 'en',
): RenderedEmail {
  const names = data.tenantNames.length > 0 ? data.tenantNames.join(', ') : '—';
  if (locale === 'en') {
    const subject = `${data.corrects ? 'Correction: ' : ''}Notice of eviction proceedings: ${data.address}`;
    const lines = [
      `To ${data.municipalityName} Municipality.`,
      ...(data.corrects
        ? [`This corrects the date of the notice dated ${data.corrects}; the date below replaces it.`]
        : []),
      `Under section 92(2) of the Social Housing Rent Act (almenlejeloven), the landlord gives notice that it is applying to the bailiff court (fogedretten) for the eviction of the tenant(s) below.`,
      `Tenant(s): ${names}`,
      `Address: ${data.address}`,
      `Date of notice: ${data.noticeOn}`,
    ];
    return {
      subject,
      text: lines.join('\n\n') + '\n',
      html: htmlDocument(
        'en',
        subject,
        lines.map((line) => escapeHtml(line)),
      ),
    };
  }
  const subject = `${data.corrects ? 'Rettelse: ' : ''}Underretning om udsættelsessag: ${data.address}`;
  const lines = [
    `Til ${data.municipalityName} Kommune.`,
    ...(data.corrects
      ? [`Denne underretning retter datoen i underretningen dateret ${data.corrects}; datoen nedenfor erstatter den.`]
      : []),
    `Efter almenlejelovens § 92, stk. 2 underretter udlejer hermed kommunen om, at der indgives begæring til fogedretten om udsættelse af nedenstående lejer(e).`,
    `Lejer(e): ${names}`,
    `Adresse: ${data.address}`,
    `Underretningsdato: ${data.noticeOn}`,
  ];
  return {
    subject,
    text: lines.join('\n\n') + '\n',
    html: htmlDocument(
      'da',
      subject,
      lines.map((line) => escapeHtml(line)),
    ),
  };
}

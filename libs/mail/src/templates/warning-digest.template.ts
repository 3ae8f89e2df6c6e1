import { type AppLinks } from '../app-links.js';
import { type RenderedEmail } from './rendered-email.js';
import { basisText, type WarningEmailData } from './warning.template.js';
import {
  detailFields,
  eventLine,
  fieldsParagraph,
  formatDate,
  lineGroup,
  mailTexts,
  paragraph,
  personalDataFooter,
  renderParagraphs,
  strongParagraph,
  tenantList,
  warningLink,
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
}

function itemParagraph(item: WarningDigestItem, index: number, locale: Locale, links?: AppLinks): Paragraph {
  const label = mailTexts(locale).fields;
  const fields: Field[] = [
    [label.tenants, tenantList(item.tenantNames)],
    [label.housingOrganisation, item.senderName],
    ...detailFields(item.details, locale),
    [label.reference, item.reference],
    [label.basis, basisText({ ...item, recipientName: '', urgent: false }, locale)],
  ];
  if (item.acknowledgeBy !== null) fields.push([label.acknowledgeBy, formatDate(item.acknowledgeBy, locale)]);
  return lineGroup([
    strongParagraph(`${index + 1}. ${item.address}`),
    paragraph(eventLine(item.kind, item.eventOn, locale)),
    fieldsParagraph(fields),
    ...warningLink(links, item.warningId, mailTexts(locale).links.digestItem),
  ]);
}

/**
 * One email a day per recipient with all of the day's warnings that are not urgent, each with the
 * link to its own page (`appLinks`).
 */
export function renderWarningDigest(data: WarningDigestEmailData, locale: Locale, links?: AppLinks): RenderedEmail {
  const texts = mailTexts(locale);
  const count = data.items.length;
  const one = count === 1;
  const values = { count: String(count), date: formatDate(data.date, locale) };
  const withDeadline = data.items.some((item) => item.acknowledgeBy !== null);
  const subject = one ? texts.digest.subjectOne(values) : texts.digest.subjectMany(values);
  const request = one ? texts.digest.requestOne : texts.digest.requestMany;
  const acknowledge = one ? texts.digest.acknowledgeOne : texts.digest.acknowledgeMany;
  const advice = data.items.some((item) => item.recipientType !== 'counselling_provider');
  return renderParagraphs(locale, subject, [
    paragraph(texts.warning.greeting({ recipient: data.recipientName })),
    paragraph(one ? texts.digest.introOne(values) : texts.digest.introMany(values)),
    paragraph(withDeadline ? `${request} ${acknowledge}` : request),
    ...data.items.map((item, index) => itemParagraph(item, index, locale, links)),
    ...personalDataFooter(locale, !one, advice).map(paragraph),
  ]);
}

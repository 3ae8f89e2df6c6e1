import { type AppLinks } from '../app-links.js';
import { type RenderedEmail } from './rendered-email.js';
import {
  fieldsParagraph,
  formatDate,
  mailTexts,
  paragraph,
  personalDataFooter,
  renderParagraphs,
  tenantList,
  warningLink,
  type Locale,
} from './warning-format.js';

export interface MunicipalityEvictionNoticeData {
  /** The municipality's name without its kind, e.g. "Aarhus". */
  municipalityName: string;
  /** The landlord: the housing organisation's name. */
  landlordName: string;
  /** The housing department, as its number and name, e.g. "12 Strandparken". */
  departmentName: string;
  /** Short case reference, e.g. "SAG-1A2B3C4D": what the municipality quotes to the landlord. */
  reference: string;
  /**
   * Whom the municipality contacts at the landlord: its contact email, else the caseworker who
   * recorded the notice, else the organisation's name.
   */
  landlordContact: string;
  tenantNames: string[];
  address: string;
  /** ISO date of the notice (no later than the day of filing at the bailiff court). */
  noticeOn: string;
  /** ISO date of the earlier notice this one corrects: the email is then sent as a correction. */
  corrects?: string;
  /** The notice's warning, whose page the email links to; absent in notices queued before issue 13. */
  warningId?: string;
}

/**
 * The landlord's notice to the municipality under almenlejeloven § 92, stk. 2. About the tenant it
 * carries the name and address and nothing else (anything more needs the tenant's consent); the
 * rest is about the landlord, so the municipality knows who gave notice and whom to call. It links
 * to the notice's page in the web application, where the municipality's staff acknowledge it (the
 * link carries only the warning's id, no personal data).
 */
export function renderMunicipalityEvictionNotice(
  data: MunicipalityEvictionNoticeData,
  locale: Locale,
  links?: AppLinks,
): RenderedEmail {
  const texts = mailTexts(locale);
  const notice = texts.evictionNotice;
  // A notice queued before the email named the landlord (issue 12) lacks those fields: it goes out
  // with what it has rather than with "undefined" in it.
  const known = (value: string | undefined): value is string => typeof value === 'string' && value !== '';
  const plainSubject = known(data.reference)
    ? notice.subject({ address: data.address, reference: data.reference })
    : notice.subjectWithoutReference({ address: data.address });
  // A corrected notice date (issue 12, item 5) goes out as a correction naming the date it replaces.
  const subject = known(data.corrects) ? notice.correctionSubject({ subject: plainSubject }) : plainSubject;
  const fields: [string, string | undefined][] = [
    [texts.fields.tenants, tenantList(data.tenantNames)],
    [texts.fields.address, data.address],
    [texts.fields.noticeDate, formatDate(data.noticeOn, locale)],
    [texts.fields.landlord, data.landlordName],
    [texts.fields.department, data.departmentName],
    [texts.fields.reference, data.reference],
    [texts.fields.landlordContact, data.landlordContact],
  ];
  return renderParagraphs(locale, subject, [
    paragraph(notice.greeting({ municipality: data.municipalityName })),
    ...(known(data.corrects) ? [paragraph(notice.corrects({ date: formatDate(data.corrects, locale) }))] : []),
    paragraph(
      known(data.landlordName) && known(data.departmentName)
        ? notice.body({ landlord: data.landlordName, department: data.departmentName })
        : notice.bodyWithoutLandlord,
    ),
    fieldsParagraph(fields.filter((field): field is [string, string] => known(field[1]))),
    paragraph(notice.onlyNameAndAddress),
    ...warningLink(links, data.warningId, texts.links.notice),
    ...personalDataFooter(locale, data.tenantNames.length > 1).map(paragraph),
  ]);
}

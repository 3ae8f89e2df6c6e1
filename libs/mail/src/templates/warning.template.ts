import { type AppLinks } from '../app-links.js';
import { type RenderedEmail } from './rendered-email.js';
import {
  detailFields,
  fieldsParagraph,
  formatDate,
  kindLabel,
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
  type CustodyNoticeKind,
  type WarningBasis,
  type WarningDetails,
  type WarningKind,
  type WarningRecipientType,
} from './warning-format.js';

export interface WarningEmailData {
  /** The statutory notice has its own template (municipality-eviction-notice). */
  kind: Exclude<WarningKind, 'statutory-eviction-notice' | CustodyNoticeKind>;
  /**
   * Who receives it; the wording fits the recipient (only a municipality is told of its own duty
   * under retssikkerhedsloven § 5 a). Absent in emails held for a digest before issue 12: read as
   * the municipality.
   */
  recipientType?: WarningRecipientType;
  /**
   * What it went out on: only an agreement has an agreed threshold. Absent in emails held before
   * issue 12: read as the agreement.
   */
  basis?: WarningBasis;
  /** Urgent: the rule is urgent (termination, eviction near) or the household has children under 18. */
  urgent: boolean;
  /**
   * The household has children under 18 (and the recipient may know it). Only this says so in the
   * email: a warning urgent by its rule must not claim children.
   */
  householdWithChildren?: boolean;
  /** The receiving organisation, including its kind, e.g. "Aarhus Kommune". */
  recipientName: string;
  /** The housing organisation (landlord) that sends the warning. */
  senderName: string;
  tenantNames: string[];
  /** Full address line. */
  address: string;
  /**
   * ISO date of the legal fact the warning names (the planner's `legalDateOf`): the payment
   * deadline for deadline-passed, the termination date, the eviction date.
   */
  eventOn: string;
  /** ISO date by which the recipient should acknowledge the warning in the system. */
  acknowledgeBy: string | null;
  /** Short case reference, e.g. "SAG-1A2B3C4D". */
  reference: string;
  /** Present only when the tenant's consent allows more than name and address. */
  details?: WarningDetails;
  /** The warning, whose page the email links to; absent in emails queued before issue 13 (no link). */
  warningId?: string;
}

/** What happened, in one paragraph: the same facts for every recipient, but an agreed threshold only on an agreement. */
export function happenedText(data: WarningEmailData, locale: Locale): string {
  const happened = mailTexts(locale).warning.happened;
  const values = { sender: data.senderName, date: formatDate(data.eventOn, locale) };
  if (data.kind === 'arrears-registered') {
    return (data.basis ?? 'agreement') === 'agreement'
      ? happened.arrearsOverThreshold(values)
      : happened.arrears(values);
  }
  return happened[data.kind](values);
}

/** What the recipient is asked to do, in its own role. */
export function requestText(data: WarningEmailData, locale: Locale): string {
  const texts = mailTexts(locale);
  const timing = texts.timing[data.kind];
  const plan = data.kind === 'payment-plan-instalment-missed' || data.kind === 'payment-plan-broken';
  switch (data.recipientType ?? 'municipality') {
    case 'municipality':
      return texts.warning.municipalityRequest[data.kind];
    case 'counselling_provider':
      return plan
        ? texts.warning.paymentPlanCounsellingRequest({ timing })
        : texts.warning.counsellingRequest({ timing });
    case 'probation_unit':
      return texts.warning.probationRequest({ timing });
    case 'housing_organisation':
      return plan ? texts.warning.paymentPlanOwnStaffRequest({ timing }) : texts.warning.ownStaffRequest({ timing });
  }
}

/** The line that says what the warning went out on. */
export function basisText(data: WarningEmailData, locale: Locale): string {
  const bases = mailTexts(locale).bases;
  const basis = data.basis ?? 'agreement';
  return basis === 'agreement' ? bases.agreement({ sender: data.senderName }) : bases[basis];
}

/**
 * An early warning about a tenancy at risk of eviction, to a kommune, probation unit, debt
 * counsellor or the landlord's own staff, in words that fit the recipient and the basis it went out
 * on. Without `details` it carries no more personal data than the statutory notice (almenlejeloven
 * § 92, stk. 2): the tenant's name and address. It links to the warning's page in the web
 * application (`appLinks` in libs/mail), where the recipient signs in and acknowledges it.
 */
export function renderWarning(data: WarningEmailData, locale: Locale, links?: AppLinks): RenderedEmail {
  const texts = mailTexts(locale);
  const municipality = (data.recipientType ?? 'municipality') === 'municipality';
  const subjectValues = { kind: kindLabel(data.kind, locale), reference: data.reference };
  const subject = data.urgent ? texts.warning.urgentSubject(subjectValues) : texts.warning.subject(subjectValues);

  const paragraphs: Paragraph[] = [paragraph(texts.warning.greeting({ recipient: data.recipientName }))];
  if (data.urgent && data.householdWithChildren) {
    // Retssikkerhedsloven § 5 a: with children under 18 in the household the kommune must consider
    // help at once, so this goes first and in bold; it is the municipality's duty, so only the
    // municipality is told of it.
    paragraphs.push(strongParagraph(municipality ? texts.warning.childrenMunicipality : texts.warning.childrenOther));
  }
  paragraphs.push(paragraph(happenedText(data, locale)), paragraph(requestText(data, locale)));

  const fields: Field[] = [
    [texts.fields.tenants, tenantList(data.tenantNames)],
    [texts.fields.address, data.address],
    ...detailFields(data.details, locale),
    [texts.fields.reference, data.reference],
    [texts.fields.basis, basisText(data, locale)],
  ];
  paragraphs.push(fieldsParagraph(fields));

  if (data.acknowledgeBy !== null) {
    paragraphs.push(paragraph(texts.warning.acknowledge({ date: formatDate(data.acknowledgeBy, locale) })));
  }
  paragraphs.push(...warningLink(links, data.warningId, texts.links.warning));
  const advice = data.recipientType !== 'counselling_provider';
  paragraphs.push(...personalDataFooter(locale, false, advice).map(paragraph));
  return renderParagraphs(locale, subject, paragraphs);
}

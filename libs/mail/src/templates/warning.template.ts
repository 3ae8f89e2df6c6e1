import { type RenderedEmail } from './rendered-email.js';
import {
  detailFields,
  fieldsParagraph,
  formatDate,
  kindLabel,
  linkParagraph,
  paragraph,
  personalDataFooter,
  renderParagraphs,
  strongParagraph,
  tenantList,
  type Field,
  type Locale,
  type Paragraph,
  type WarningDetails,
  type WarningKind,
} from './warning-format.js';

export interface WarningEmailData {
  /** The statutory notice has its own template (municipality-eviction-notice). */
  kind: Exclude<WarningKind, 'statutory-eviction-notice'>;
  /** Urgent: the rule is urgent (termination, eviction near) or the household has children under 18. */
  urgent: boolean;
  /**
   * The household has children under 18, so the kommune must act at once (retssikkerhedsloven § 5 a).
   * Only this says so in the email: a warning urgent by its rule must not claim children.
   */
  householdWithChildren?: boolean;
  /** The receiving organisation, including its kind, e.g. "Aarhus Kommune". */
  recipientName: string;
  /** The housing organisation (landlord) that sends the warning. */
  senderName: string;
  tenantNames: string[];
  /** Full address line. */
  address: string;
  /** ISO date of the event; for the reminder, the eviction date. */
  eventOn: string;
  /** ISO date by which the recipient should acknowledge the warning in the system. */
  acknowledgeBy: string | null;
  /** Short case reference, e.g. "SAG-1A2B3C4D". */
  reference: string;
  /** The warning in the in-app inbox. */
  link: string;
  /** Present only when the tenant's consent allows more than name and address. */
  details?: WarningDetails;
}

/** "What happened" and "what we ask of you", per kind. */
function situation(data: WarningEmailData, locale: Locale): string[] {
  const date = formatDate(data.eventOn, locale);
  const sender = data.senderName;
  if (locale === 'en') {
    switch (data.kind) {
      case 'arrears-registered':
        return [
          `On ${date}, ${sender} registered rent arrears above the agreed threshold for the tenancy below.`,
          'Please consider whether the tenant needs help, and contact the tenant if appropriate.',
        ];
      case 'payment-demand-sent':
        return [
          `On ${date}, ${sender} sent the tenant a payment demand (påkrav) for the arrears. If the arrears are not paid within the 14-day deadline, the landlord may terminate the tenancy.`,
          'Please consider whether the tenant needs help before the deadline, and contact the tenant if appropriate.',
        ];
      case 'deadline-passed':
        return [
          `The 14-day payment deadline in the payment demand (påkrav) passed on ${date} without the arrears being paid. ${sender} may now terminate the tenancy.`,
          'Please consider as soon as possible whether the tenant needs help, and contact the tenant.',
        ];
      case 'terminated':
        return [
          `On ${date}, ${sender} terminated the tenancy. If the tenant does not move out, the landlord can ask the bailiff's court (fogedretten) to evict the tenant.`,
          'Please consider as soon as possible whether the tenant needs help, and contact the tenant.',
        ];
      case 'eviction-scheduled-reminder':
        return [
          `The bailiff's court (fogedretten) has set the eviction of the tenant for ${date}.`,
          'Please contact the tenant before the eviction and consider whether the tenant needs help, for example to find somewhere else to live.',
        ];
    }
  }
  switch (data.kind) {
    case 'arrears-registered':
      return [
        `${sender} har d. ${date} registreret en huslejerestance over den aftalte grænse for lejemålet nedenfor.`,
        'Vi beder jer vurdere, om lejeren har brug for hjælp, og eventuelt kontakte lejeren.',
      ];
    case 'payment-demand-sent':
      return [
        `${sender} har d. ${date} sendt påkrav til lejeren om at betale restancen. Bliver restancen ikke betalt inden for fristen på 14 dage, kan udlejer ophæve lejemålet.`,
        'Vi beder jer vurdere, om lejeren har brug for hjælp, inden fristen udløber, og eventuelt kontakte lejeren.',
      ];
    case 'deadline-passed':
      return [
        `Betalingsfristen på 14 dage i påkravet udløb d. ${date}, uden at restancen er blevet betalt. ${sender} kan nu ophæve lejemålet.`,
        'Vi beder jer hurtigst muligt vurdere, om lejeren har brug for hjælp, og kontakte lejeren.',
      ];
    case 'terminated':
      return [
        `${sender} har d. ${date} ophævet lejemålet. Flytter lejeren ikke, kan udlejer bede fogedretten om at sætte lejeren ud.`,
        'Vi beder jer hurtigst muligt vurdere, om lejeren har brug for hjælp, og kontakte lejeren.',
      ];
    case 'eviction-scheduled-reminder':
      return [
        `Fogedretten har fastsat udsættelsen af lejeren til d. ${date}.`,
        'Vi beder jer kontakte lejeren inden udsættelsen og vurdere, om lejeren har brug for hjælp, fx til at finde et andet sted at bo.',
      ];
  }
}

/**
 * An early warning about a tenancy at risk of eviction, to a kommune, social worker, probation
 * unit, debt counsellor or housing caseworker. Without `details` it carries no more personal data
 * than the statutory notice (almenlejeloven § 92, stk. 2): the tenant's name and address.
 */
export function renderWarning(data: WarningEmailData, locale: Locale): RenderedEmail {
  const da = locale === 'da';
  const urgentPrefix = data.urgent ? (da ? 'HASTER: ' : 'URGENT: ') : '';
  const subject = da
    ? `${urgentPrefix}Varsel om risiko for udsættelse – ${kindLabel(data.kind, locale)} (${data.reference})`
    : `${urgentPrefix}Warning of eviction risk – ${kindLabel(data.kind, locale)} (${data.reference})`;

  const paragraphs: Paragraph[] = [paragraph(da ? `Til ${data.recipientName}` : `To ${data.recipientName}`)];
  if (data.urgent && data.householdWithChildren) {
    // Retssikkerhedsloven § 5 a: with children under 18 in the household the kommune must
    // consider help at once, so this goes first and in bold.
    paragraphs.push(
      strongParagraph(
        da
          ? 'HASTER: Der bor børn under 18 år i husstanden. Efter retssikkerhedslovens § 5 a skal kommunen straks vurdere, om der skal tilbydes hjælp.'
          : 'URGENT: There are children under 18 in the household. Under section 5 a of the Act on Legal Protection and Administration in Social Matters (retssikkerhedsloven), the municipality must consider at once whether to offer help.',
      ),
    );
  }
  const [happened, request] = situation(data, locale);
  paragraphs.push(paragraph(happened), paragraph(request));

  const fields: Field[] = [
    [da ? 'Lejer(e)' : 'Tenant(s)', tenantList(data.tenantNames)],
    [da ? 'Adresse' : 'Address', data.address],
    ...detailFields(data.details, locale),
    [da ? 'Sagsnummer' : 'Case reference', data.reference],
  ];
  paragraphs.push(fieldsParagraph(fields));

  if (data.acknowledgeBy !== null) {
    const by = formatDate(data.acknowledgeBy, locale);
    paragraphs.push(
      paragraph(
        da
          ? `Kvittér for varslet i systemet senest d. ${by}.`
          : `Please acknowledge the warning in the system by ${by}.`,
      ),
    );
  }
  paragraphs.push(linkParagraph(da ? 'Se varslet' : 'View the warning', data.link));
  paragraphs.push(...personalDataFooter(locale).map(paragraph));
  return renderParagraphs(locale, subject, paragraphs);
}

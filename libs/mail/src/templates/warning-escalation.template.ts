import { type AppLinks } from '../app-links.js';
import { type RenderedEmail } from './rendered-email.js';
import {
  fieldsParagraph,
  formatDate,
  kindLabel,
  mailTexts,
  paragraph,
  renderParagraphs,
  warningLink,
  type CustodyNoticeKind,
  type Locale,
  type WarningKind,
} from './warning-format.js';

const CUSTODY_NOTICE_KINDS: ReadonlySet<WarningKind> = new Set<CustodyNoticeKind>([
  'custody-notice',
  'custody-contact-updated',
  'custody-released',
  'custody-release-reminder',
]);

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
  /** The warning, whose page the email links to; absent in escalations queued before issue 13. */
  warningId?: string;
}

/**
 * A warning was not acknowledged in time. Team leads and managers may not see who the tenant is,
 * so this email carries no personal data at all: only the kind, the case reference and dates. It
 * links to the warning's page (`appLinks`), which shows each reader only what their role may see
 * (a team lead or manager gets an escalation item in their own inbox).
 */
export function renderWarningEscalation(
  data: WarningEscalationEmailData,
  locale: Locale,
  links?: AppLinks,
): RenderedEmail {
  const texts = mailTexts(locale);
  const sent = formatDate(data.sentOn, locale);
  const by = formatDate(data.acknowledgeBy, locale);
  const subject =
    data.level === 1
      ? texts.escalation.subjectTeamLead({ reference: data.reference })
      : texts.escalation.subjectManagers({ reference: data.reference });
  // A custody notice is about a custody episode (reference KF-…), not an arrears case.
  const custody = CUSTODY_NOTICE_KINDS.has(data.kind);
  const body = custody ? texts.escalation.custodyBody : texts.escalation.body;
  return renderParagraphs(locale, subject, [
    paragraph(texts.warning.greeting({ recipient: data.recipientName })),
    paragraph(body({ recipient: data.recipientName, sent, kind: kindLabel(data.kind, locale), by })),
    paragraph(data.level === 1 ? texts.escalation.teamLead : texts.escalation.managers),
    fieldsParagraph([
      [custody ? texts.custodyNotice.fields.reference : texts.fields.reference, data.reference],
      [texts.fields.warningSent, sent],
      [texts.fields.acknowledgementDeadline, by],
    ]),
    paragraph(custody ? texts.escalation.custodyFindIt : texts.escalation.findIt),
    ...warningLink(links, data.warningId, texts.links.escalation),
    paragraph(texts.footer.noPersonalData),
  ]);
}

import { messagesFor } from '@app/i18n';
import { type AppLinks } from '../app-links.js';
import { type RenderedEmail } from './rendered-email.js';
import {
  fieldsParagraph,
  formatDate,
  kindLabel,
  mailTexts,
  paragraph,
  personalDataFooter,
  renderParagraphs,
  warningLink,
  type CustodyNoticeKind,
  type Field,
  type Locale,
  type WarningRecipientType,
} from './warning-format.js';

export interface CustodyNoticeEmailData {
  kind: CustodyNoticeKind;
  recipientType: WarningRecipientType;
  /** The receiving organisation, including its kind, e.g. "Aarhus Kommune". */
  recipientName: string;
  /** The probation unit that shares the episode. */
  senderName: string;
  /** The episode's reference, e.g. "KF-1A2B3C4D" (no personal data; escalations name it too). */
  reference: string;
  tenantName: string;
  address: string;
  /** ISO date: the first day in custody. */
  awaySince: string;
  /** ISO date: the parole date where known, else the expected release; null: not known. */
  expectedReturnOn: string | null;
  /** ISO date of the release (`custody-released`). */
  releasedOn: string | null;
  /** Whom to contact about post while the tenant is away; null on a release. */
  contact: { kind: 'person' | 'probation_officer'; name: string; phone: string | null; email: string | null } | null;
  /** ISO date by which the recipient should acknowledge it in the system. */
  acknowledgeBy: string;
  warningId: string;
  /** `custody-release-reminder` only: which reminder, of which task, for which day (ISO date). */
  reminder?: {
    stage: 'release_task_due' | 'release_task_overdue' | 'sublet_ending';
    taskKind: 'action_plan' | 'municipality_contact' | 'release_meeting' | 'housing_setup_help' | null;
    on: string;
  } | null;
}

/**
 * A custody notice (docs/probation.md#the-handshake): the tenant is away in custody, since when, the expected
 * return and whom to contact — or that the tenant was released. Exactly the recipient view the tenant's
 * explicit consent allows: never the kind of custody, the institution, the sentence or the parole date,
 * nothing about the offence. It links to the warning's page, where the recipient acknowledges it.
 */
export function renderCustodyNotice(data: CustodyNoticeEmailData, locale: Locale, links?: AppLinks): RenderedEmail {
  const texts = mailTexts(locale);
  const t = texts.custodyNotice;
  const subject = t.subject({ kind: kindLabel(data.kind, locale), reference: data.reference });
  const released = data.kind === 'custody-released';
  const reminder = data.kind === 'custody-release-reminder' ? (data.reminder ?? null) : null;
  const happened = t.happened[data.kind]({
    sender: data.senderName,
    date: formatDate(reminder ? reminder.on : released && data.releasedOn ? data.releasedOn : data.awaySince, locale),
  });
  const request =
    data.recipientType === 'housing_organisation' || data.recipientType === 'municipality'
      ? t.request[data.recipientType]
      : t.request.other;
  const fields: Field[] = [
    [t.fields.tenant, data.tenantName],
    [texts.fields.address, data.address],
    [t.fields.awaySince, formatDate(data.awaySince, locale)],
  ];
  if (released && data.releasedOn) fields.push([t.fields.releasedOn, formatDate(data.releasedOn, locale)]);
  else {
    fields.push([
      t.fields.expectedReturn,
      data.expectedReturnOn ? formatDate(data.expectedReturnOn, locale) : t.fields.unknown,
    ]);
  }
  if (data.contact) fields.push([t.fields.contact, contactLine(data.contact, locale)]);
  fields.push([t.fields.reference, data.reference]);
  return renderParagraphs(locale, subject, [
    paragraph(texts.warning.greeting({ recipient: data.recipientName })),
    paragraph(happened),
    paragraph(reminder ? reminderLine(reminder, locale) : released ? t.released : request),
    fieldsParagraph(fields),
    paragraph(t.noOffenceData),
    paragraph(texts.warning.acknowledge({ date: formatDate(data.acknowledgeBy, locale) })),
    ...warningLink(links, data.warningId, texts.links.warning),
    ...personalDataFooter(locale, false, false).map(paragraph),
  ]);
}

function contactLine(contact: NonNullable<CustodyNoticeEmailData['contact']>, locale: Locale): string {
  const name =
    contact.kind === 'probation_officer'
      ? mailTexts(locale).custodyNotice.fields.probationOfficer({ name: contact.name })
      : contact.name;
  return [name, contact.phone, contact.email].filter((part): part is string => Boolean(part)).join(', ');
}

/** The release-planning reminder in one sentence: the task (or the sublet) and its day. */
function reminderLine(reminder: NonNullable<CustodyNoticeEmailData['reminder']>, locale: Locale): string {
  const messages = messagesFor(locale);
  const date = formatDate(reminder.on, locale);
  if (reminder.stage === 'sublet_ending') return messages.custodyPlanning.reminders.sublet_ending({ date });
  const task = reminder.taskKind ? messages.probationRules.releaseTasks[reminder.taskKind] : '';
  return messages.custodyPlanning.reminders[reminder.stage]({ task, date });
}

import { addBusinessDays, type CalendarRules, type IsoDate } from '@app/calendar';
import {
  custodyReference,
  expectedReturnOf,
  type CustodyNoticeEpisode,
  type CustodyNoticeRecipient,
  type CustodyWarningInput,
} from '../warnings/custody-notice-planner.js';
import { type WarningData } from '../warnings/warning-planner.js';
import { type CustodyReminder } from './rules/custody-reminders.js';

/** Business days to acknowledge a reminder that has no due day of its own (the housing help, a sublet ending). */
export const REMINDER_ACKNOWLEDGE_BUSINESS_DAYS = 2;

/**
 * The warning of one due reminder (`custody-release-reminder`, docs/probation-release-planning.md), pure:
 * - to whom: a task's responsible party — the probation unit, or for the housing help the municipality the consent
 *   names (the unit when it names none); a sublet ending: the unit and the landlord the consent names;
 * - what: the recipient view of the episode (away since, expected return, contact — never the kind, institution,
 *   sentence or parole date) and which reminder it is, of which task, for which day;
 * - by when it is acknowledged: a task due soon by its due day; a missed task by its escalation day (not before the
 *   next business day), urgent; otherwise within 2 business days.
 */
export function planReleaseReminderWarning(input: {
  reminder: CustodyReminder;
  episode: CustodyNoticeEpisode & { probationUnitId: string };
  /** The landlord and the municipality the consent names, in force now. */
  recipients: readonly CustodyNoticeRecipient[];
  /** The task's escalation day (`release_task_overdue`). */
  escalateOn: IsoDate | null;
  on: IsoDate;
  calendar?: Partial<CalendarRules>;
}): CustodyWarningInput {
  const { reminder, episode, on } = input;
  const calendar = input.calendar ?? {};
  const unit: CustodyNoticeRecipient = {
    recipientType: 'probation_unit',
    recipientId: episode.probationUnitId,
    departmentId: null,
  };
  const named = (type: string) => input.recipients.filter((r) => r.recipientType === type);
  let recipients: CustodyNoticeRecipient[];
  if (reminder.kind === 'sublet_ending') recipients = [unit, ...named('housing_organisation')];
  else if (reminder.responsible === 'municipality') {
    const municipality = named('municipality');
    recipients = municipality.length > 0 ? municipality : [unit];
  } else recipients = [unit];

  const soon = addBusinessDays(on, REMINDER_ACKNOWLEDGE_BUSINESS_DAYS, calendar);
  let acknowledgeBy: IsoDate;
  if (reminder.kind === 'release_task_overdue') {
    const next = addBusinessDays(on, 1, calendar);
    acknowledgeBy = input.escalateOn !== null && input.escalateOn > next ? input.escalateOn : next;
  } else if (reminder.kind === 'release_task_due' && reminder.on > on) acknowledgeBy = reminder.on;
  else acknowledgeBy = soon;

  const data: WarningData = {
    kind: 'custody-release-reminder',
    reference: custodyReference(episode.episodeId),
    senderName: episode.probationUnitName,
    tenantNames: [episode.personName],
    address: episode.address ?? '',
    eventOn: reminder.on,
    custody: {
      awaySince: episode.startedOn,
      expectedReturnOn: expectedReturnOf(episode),
      releasedOn: null,
      contact: episode.contact,
    },
    reminder: {
      stage: reminder.kind,
      taskKind: reminder.kind === 'sublet_ending' ? null : reminder.taskKind,
      on: reminder.on,
    },
  };
  return {
    ruleCode: 'custody-release-reminder',
    episodeId: episode.episodeId,
    personIds: [episode.personId],
    recipients,
    data,
    urgency: reminder.kind === 'release_task_overdue' ? 'urgent' : 'normal',
    acknowledgeBy,
    occurrence: reminder.occurrence,
  };
}

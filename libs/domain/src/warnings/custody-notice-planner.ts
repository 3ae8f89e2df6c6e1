import { addBusinessDays, type CalendarRules, type IsoDate } from '@app/calendar';
import { type CustodyNoticeEmailData } from '@app/mail';
import { type RecipientType } from '../personal-data/consent.entity.js';
import { type CustodyNoticeFacts, type WarningData } from './warning-planner.js';
import { ruleByCode, type CustodyNoticeRuleCode } from './warning-rules.js';

// The handshake's choices (docs/probation.md#the-handshake), pure: which recipients of a custody episode are
// told, with which data, by when they acknowledge, and what their email says. The engine fetches the facts
// (the episode, the consent rows in force) and writes what is decided here. Unit-tested in
// custody-notice-planner.spec.ts.

/** The facts of an episode a notice may carry, and the unit's acknowledgement setting. */
export interface CustodyNoticeEpisode {
  episodeId: string;
  personId: string;
  personName: string;
  address: string | null;
  probationUnitName: string;
  /** `probation_unit.custody_notice_ack_business_days`. */
  ackBusinessDays: number;
  startedOn: IsoDate;
  expectedReleaseOn: IsoDate | null;
  paroleOn: IsoDate | null;
  releasedOn: IsoDate | null;
  contact: NonNullable<CustodyNoticeFacts['contact']>;
}

/** A recipient named by a consent row in force (landlord: with the department of the tenancy). */
export interface CustodyNoticeRecipient {
  recipientType: RecipientType;
  recipientId: string;
  departmentId: string | null;
}

/** One custody-subject warning decided, for `WarningEngine.raiseCustodyWarning`. */
export interface CustodyWarningInput {
  ruleCode: string;
  episodeId: string;
  /** The persons the warning names (for the disclosure audit and erasure). */
  personIds: string[];
  recipients: readonly CustodyNoticeRecipient[];
  data: WarningData;
  urgency: 'urgent' | 'normal';
  acknowledgeBy: IsoDate;
  /** What makes the firing unique for the episode and recipient: the same occurrence raises nothing twice. */
  occurrence: string;
}

/** The episode's reference in notices and escalations: no personal data, only the start of its id. */
export function custodyReference(episodeId: string): string {
  return `KF-${episodeId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

/** The expected return as recipients see it: the parole date where known, else the expected release. */
export function expectedReturnOf(
  episode: Pick<CustodyNoticeEpisode, 'paroleOn' | 'expectedReleaseOn'>,
): IsoDate | null {
  return episode.paroleOn ?? episode.expectedReleaseOn;
}

/**
 * The notice about one episode to every recipient named: the recipient view only — name, address, away
 * since, expected return and the contact (on a release: the release date, no contact) — never the kind,
 * the institution, the sentence or the parole date. Acknowledged within the unit's number of business days
 * from `today`. The occurrence: the episode for the notice and the release, the contact's version for an
 * update (`contact:<version>`).
 */
export function planCustodyNotice(input: {
  ruleCode: CustodyNoticeRuleCode;
  episode: CustodyNoticeEpisode;
  recipients: readonly CustodyNoticeRecipient[];
  occurrence: string;
  today: IsoDate;
  calendar?: Partial<CalendarRules>;
}): CustodyWarningInput | null {
  const { episode, ruleCode } = input;
  if (input.recipients.length === 0) return null;
  const released = ruleCode === 'custody-released';
  const data: WarningData = {
    kind: ruleCode,
    reference: custodyReference(episode.episodeId),
    senderName: episode.probationUnitName,
    tenantNames: [episode.personName],
    address: episode.address ?? '',
    eventOn: released && episode.releasedOn ? episode.releasedOn : episode.startedOn,
    custody: {
      awaySince: episode.startedOn,
      expectedReturnOn: released ? null : expectedReturnOf(episode),
      releasedOn: released ? episode.releasedOn : null,
      contact: released ? null : episode.contact,
    },
  };
  return {
    ruleCode,
    episodeId: episode.episodeId,
    personIds: [episode.personId],
    recipients: input.recipients,
    data,
    urgency: ruleByCode(ruleCode)?.urgency ?? 'normal',
    acknowledgeBy: addBusinessDays(input.today, episode.ackBusinessDays, input.calendar ?? {}),
    occurrence: input.occurrence,
  };
}

/** The custody-notice email of one warning to one recipient organisation. */
export function custodyNoticeEmailData(input: {
  warningId: string;
  recipientType: RecipientType;
  recipientName: string;
  data: WarningData;
  acknowledgeBy: IsoDate;
}): CustodyNoticeEmailData {
  const { data } = input;
  return {
    kind: data.kind as CustodyNoticeEmailData['kind'],
    recipientType: input.recipientType,
    recipientName: input.recipientName,
    senderName: data.senderName,
    reference: data.reference,
    tenantName: data.tenantNames.join(', '),
    address: data.address,
    awaySince: data.custody?.awaySince ?? data.eventOn,
    expectedReturnOn: data.custody?.expectedReturnOn ?? null,
    releasedOn: data.custody?.releasedOn ?? null,
    contact: data.custody?.contact ?? null,
    acknowledgeBy: input.acknowledgeBy,
    warningId: input.warningId,
    ...(data.reminder ? { reminder: data.reminder } : {}),
  };
}

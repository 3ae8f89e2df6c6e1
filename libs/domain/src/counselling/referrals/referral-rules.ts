import { addBusinessDays, businessDayOnOrAfter, type CalendarRules, type IsoDate } from '@app/calendar';

/**
 * The referral (henvisning) to debt counselling as a state machine, pure: the service loads the
 * referral, asks `applyReferralStep` what the step changes, and the repository writes it
 * (docs/debt-counselling.md).
 *
 *   sent ──accept──► accepted ──first contact──► in_contact ──close──► closed
 *     └──decline (reason)──► declined              └──close (no_contact)──► closed
 *   any open state ──consent withdrawn──► closed (consent_withdrawn)
 */
export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'in_contact', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** The states in which a referral is still open (the advisor works on it; a consent withdrawal closes it). */
export const OPEN_REFERRAL_STATUSES = ['sent', 'accepted', 'in_contact'] as const satisfies readonly ReferralStatus[];

/** Den Sociale Retshjælp's steps 1–3: quick advice, light casework, full casework. */
export const SERVICE_LEVELS = ['quick_advice', 'light_casework', 'full_casework'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

/** How the advisor closes a referral. */
export const REFERRAL_OUTCOMES = [
  'plan_agreed',
  'debt_relief_applied',
  'referred_on',
  'no_contact',
  'tenant_declined',
] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

/** Every outcome a closed referral can carry: the advisor's, and the one the system sets on withdrawal. */
export type ClosedOutcome = ReferralOutcome | 'consent_withdrawn';

/** The facts of a referral the steps look at. */
export interface ReferralFacts {
  status: ReferralStatus;
  sentOn: IsoDate;
  acceptedOn: IsoDate | null;
  firstContactOn: IsoDate | null;
}

export type ReferralStep =
  | { type: 'accept' }
  | { type: 'decline'; reason: string }
  | { type: 'first_contact'; on: IsoDate }
  | { type: 'close'; outcome: ReferralOutcome }
  | { type: 'consent_withdrawn' };

/** The columns a step changes. */
export interface ReferralChange {
  status: ReferralStatus;
  acceptedOn?: IsoDate;
  declinedOn?: IsoDate;
  declineReason?: string;
  firstContactOn?: IsoDate;
  closedOn?: IsoDate;
  outcome?: ClosedOutcome;
}

/** Why a step is refused; each is a stable error code. */
export type ReferralRefusal =
  | { code: 'REFERRAL_STATE_INVALID'; status: ReferralStatus; step: ReferralStep['type'] }
  | { code: 'REFERRAL_REASON_MISSING' }
  | { code: 'REFERRAL_DATE_IN_FUTURE'; date: IsoDate; today: IsoDate }
  | { code: 'REFERRAL_DATE_BEFORE_ACCEPTANCE'; date: IsoDate; acceptedOn: IsoDate }
  | { code: 'REFERRAL_FIRST_CONTACT_MISSING'; outcome: ReferralOutcome };

export type ReferralStepResult = { ok: true; change: ReferralChange } | { ok: false; refusal: ReferralRefusal };

const refuse = (refusal: ReferralRefusal): ReferralStepResult => ({ ok: false, refusal });
const change = (c: ReferralChange): ReferralStepResult => ({ ok: true, change: c });

/** The steps each state allows. */
const ALLOWED: Record<ReferralStatus, readonly ReferralStep['type'][]> = {
  sent: ['accept', 'decline', 'consent_withdrawn'],
  accepted: ['first_contact', 'close', 'consent_withdrawn'],
  in_contact: ['close', 'consent_withdrawn'],
  declined: [],
  closed: [],
};

export function isOpenReferral(status: ReferralStatus): boolean {
  return (OPEN_REFERRAL_STATUSES as readonly ReferralStatus[]).includes(status);
}

/**
 * What `step` changes on `referral` today, or why it is refused:
 * - accept and decline only a referral just sent; a decline needs a reason;
 * - first contact only after acceptance, dated on or after the acceptance and not in the future;
 * - close only an accepted referral or one in contact; every outcome but `no_contact` needs a first
 *   contact, and `no_contact` is for a referral where none happened;
 * - a withdrawn consent closes any open referral (outcome `consent_withdrawn`).
 */
export function applyReferralStep(referral: ReferralFacts, step: ReferralStep, today: IsoDate): ReferralStepResult {
  if (!ALLOWED[referral.status].includes(step.type)) {
    return refuse({ code: 'REFERRAL_STATE_INVALID', status: referral.status, step: step.type });
  }
  switch (step.type) {
    case 'accept':
      return change({ status: 'accepted', acceptedOn: today });
    case 'decline': {
      const reason = step.reason.trim();
      if (reason.length === 0) return refuse({ code: 'REFERRAL_REASON_MISSING' });
      return change({ status: 'declined', declinedOn: today, declineReason: reason });
    }
    case 'first_contact': {
      if (step.on > today) return refuse({ code: 'REFERRAL_DATE_IN_FUTURE', date: step.on, today });
      const acceptedOn = referral.acceptedOn ?? referral.sentOn;
      if (step.on < acceptedOn) return refuse({ code: 'REFERRAL_DATE_BEFORE_ACCEPTANCE', date: step.on, acceptedOn });
      return change({ status: 'in_contact', firstContactOn: step.on });
    }
    case 'close':
      if (step.outcome === 'no_contact' ? referral.status !== 'accepted' : referral.status !== 'in_contact') {
        return step.outcome === 'no_contact'
          ? refuse({ code: 'REFERRAL_STATE_INVALID', status: referral.status, step: step.type })
          : refuse({ code: 'REFERRAL_FIRST_CONTACT_MISSING', outcome: step.outcome });
      }
      return change({ status: 'closed', closedOn: today, outcome: step.outcome });
    case 'consent_withdrawn':
      return change({ status: 'closed', closedOn: today, outcome: 'consent_withdrawn' });
  }
}

/** The day by which the provider should answer a new referral: N business days from the first business day on or after it was sent. */
export function referralAnswerBy(
  sentOn: IsoDate,
  businessDays: number,
  calendar: Partial<CalendarRules> = {},
): IsoDate {
  return addBusinessDays(businessDayOnOrAfter(sentOn, calendar), businessDays, calendar);
}

/**
 * An accepted referral whose first contact has not happened within the provider's business days of
 * the acceptance is overdue: the advisor's list shows it first after the new ones.
 */
export function firstContactOverdue(
  referral: Pick<ReferralFacts, 'status' | 'acceptedOn'>,
  businessDays: number,
  today: IsoDate,
  calendar: Partial<CalendarRules> = {},
): boolean {
  if (referral.status !== 'accepted' || referral.acceptedOn === null) return false;
  return today > addBusinessDays(referral.acceptedOn, businessDays, calendar);
}

/** The advisor's order: new first, then overdue first contacts, accepted, in contact, then the finished. */
export function referralListRank(status: ReferralStatus, overdue: boolean): number {
  if (status === 'sent') return 0;
  if (status === 'accepted') return overdue ? 1 : 2;
  if (status === 'in_contact') return 3;
  return 4;
}

import type { ApiSchema } from '@app/api-client';

/**
 * The referral screens' own rules, kept pure so they can be tested without a browser. A copy of
 * the domain's state machine (libs/domain/src/counselling/referrals/referral-rules.ts): the
 * referral response does not list the steps it allows, and the web application cannot import the
 * domain. The API is the authority; these only decide what the screens offer, and the API's
 * refusal is shown in its own words when they disagree.
 */

export type Referral = ApiSchema<'ReferralResponse'>;
export type ReferralStatus = Referral['status'];
export type ServiceLevel = Referral['serviceLevel'];
export type ClosedOutcome = NonNullable<Referral['outcome']>;
/** The outcomes an advisor closes with (`consent_withdrawn` is set by the system). */
export type ReferralOutcome = Exclude<ClosedOutcome, 'consent_withdrawn'>;
/** The steps an advisor takes (a consent withdrawal is recorded on the person, not here). */
export type ReferralStepType = 'accept' | 'decline' | 'first_contact' | 'close';

export const REFERRAL_STATUSES: readonly ReferralStatus[] = ['sent', 'accepted', 'in_contact', 'declined', 'closed'];
export const SERVICE_LEVELS: readonly ServiceLevel[] = ['quick_advice', 'light_casework', 'full_casework'];
export const REFERRAL_OUTCOMES: readonly ReferralOutcome[] = [
  'plan_agreed',
  'debt_relief_applied',
  'referred_on',
  'no_contact',
  'tenant_declined',
];

const ALLOWED: Readonly<Record<ReferralStatus, readonly ReferralStepType[]>> = {
  sent: ['accept', 'decline'],
  accepted: ['first_contact', 'close'],
  in_contact: ['close'],
  declined: [],
  closed: [],
};

/** The steps the referral's state allows, the main road first. */
export function allowedReferralSteps(status: ReferralStatus): readonly ReferralStepType[] {
  return ALLOWED[status] ?? [];
}

/** Whether the referral is still open (sent, accepted, in contact). */
export function isOpenReferral(status: ReferralStatus): boolean {
  return status === 'sent' || status === 'accepted' || status === 'in_contact';
}

/**
 * The outcomes a close may carry in this state: `no_contact` only while no first contact
 * happened (accepted), every other outcome only after one (in contact).
 */
export function closeOutcomes(status: ReferralStatus): readonly ReferralOutcome[] {
  if (status === 'accepted') return ['no_contact'];
  if (status === 'in_contact') return REFERRAL_OUTCOMES.filter((outcome) => outcome !== 'no_contact');
  return [];
}

/**
 * Why a first-contact date would be refused, before asking the API (which checks the same, and
 * whose refusal is shown when the two disagree): empty, in the future, or before the acceptance.
 */
export function firstContactProblem(
  on: string,
  referral: Pick<Referral, 'acceptedOn' | 'sentOn'>,
  today: string,
): 'required' | 'future' | 'beforeAcceptance' | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(on)) return 'required';
  if (on > today) return 'future';
  if (on < (referral.acceptedOn ?? referral.sentOn)) return 'beforeAcceptance';
  return undefined;
}

/** The list's status filter, as it stands in the address (`?status=`): a known status or none. */
export function statusFromSearch(search: URLSearchParams): ReferralStatus | undefined {
  const status = search.get('status');
  return REFERRAL_STATUSES.includes(status as ReferralStatus) ? (status as ReferralStatus) : undefined;
}

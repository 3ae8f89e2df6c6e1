import type { ApiSchema } from '@app/api-client';
import { todayInCopenhagen } from '../ui/format';

export type Consent = ApiSchema<'ConsentResponse'>;
export type ConsentPurpose = Consent['purpose'];
export type ConsentBody = ApiSchema<'CreateConsentDto'>;

/** The purposes a consent may name (the domain's ConsentPurpose), in the order the form offers them. */
export const CONSENT_PURPOSES: readonly ConsentPurpose[] = [
  'debt-counselling',
  'municipality-case-details',
  'probation-cooperation',
];

/** Whether a consent counts now, and if not, why: the domain's rule (given, not expired, not withdrawn). */
export type ConsentState = 'in_force' | 'withdrawn' | 'expired' | 'not_yet';

export function consentState(consent: Consent, now: Date = new Date()): ConsentState {
  if (consent.withdrawnAt) return 'withdrawn';
  if (consent.expiresAt && new Date(consent.expiresAt).getTime() <= now.getTime()) return 'expired';
  if (new Date(consent.givenAt).getTime() > now.getTime()) return 'not_yet';
  return 'in_force';
}

/** Only a consent that still counts, or will, can be withdrawn (the API accepts any, and changes nothing on the others). */
export function mayWithdraw(consent: Consent, now: Date = new Date()): boolean {
  const state = consentState(consent, now);
  return state === 'in_force' || state === 'not_yet';
}

/** Minutes east of UTC that Copenhagen is at the given instant (60 in winter, 120 in summer). */
function copenhagenOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Copenhagen',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant a calendar day (YYYY-MM-DD) begins in Copenhagen, as ISO 8601. */
export function startOfCopenhagenDay(date: string): string {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  // The offset at the day's start; midnight is never inside a DST change in Denmark (those are at 02:00/03:00).
  const offset = copenhagenOffsetMinutes(new Date(utcMidnight.getTime() - 60 * 60_000));
  return new Date(utcMidnight.getTime() - offset * 60_000).toISOString();
}

/** The day after a calendar day (YYYY-MM-DD). */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The calendar day in Copenhagen on which an instant falls (YYYY-MM-DD). */
export function copenhagenDay(instant: string): string {
  return todayInCopenhagen(new Date(instant));
}

/**
 * The last day a consent is in force, as the form takes it ("valid through"): the API's expiresAt
 * is the instant it stops, so the day shown is the one before that instant.
 */
export function lastDayInForce(expiresAt: string): string {
  return todayInCopenhagen(new Date(new Date(expiresAt).getTime() - 1));
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface ConsentDraft {
  purpose: ConsentPurpose;
  recipientId: string;
  givenOn: string;
  validThrough: string;
}

export type ConsentProblems = Partial<
  Record<'recipientId' | 'givenOn' | 'validThrough', 'required' | 'invalidDate' | 'beforeGiven'>
>;

/**
 * What the form sends: given from the start of the day in Copenhagen, and (if a last day is given)
 * expiring at the start of the day after it. The checks the API also makes are made first, so the
 * caseworker sees them beside the field.
 */
export function consentBody(draft: ConsentDraft): { body?: ConsentBody; problems: ConsentProblems } {
  const problems: ConsentProblems = {};
  if (!draft.recipientId) problems.recipientId = 'required';
  if (!draft.givenOn) problems.givenOn = 'required';
  else if (!ISO_DAY.test(draft.givenOn)) problems.givenOn = 'invalidDate';
  if (draft.validThrough) {
    if (!ISO_DAY.test(draft.validThrough)) problems.validThrough = 'invalidDate';
    else if (!problems.givenOn && draft.validThrough < draft.givenOn) problems.validThrough = 'beforeGiven';
  }
  if (Object.keys(problems).length > 0) return { problems };
  const body: ConsentBody = {
    purpose: draft.purpose,
    recipientId: draft.recipientId,
    givenAt: startOfCopenhagenDay(draft.givenOn),
  };
  if (draft.validThrough) body.expiresAt = startOfCopenhagenDay(nextDay(draft.validThrough));
  return { body, problems };
}

import { localized } from '@app/i18n';
import { CalendarError } from './calendar.errors.js';
import type { ExtraClosedDayKey } from './holidays.js';

/** Where the count of 3 weekdays before a payment demand starts; see {@link CalendarRules}. */
export type PaymentDemandCountFrom = 'dueDate' | 'lastOnTimeDay';

/**
 * The legal readings behind every deadline, as data, so that a lawyer can correct one without a
 * release (docs/legal-rules.md#sources-and-settings). Where sources disagree, the default is the
 * reading that gives the later date: a landlord who waits a day too long loses nothing, while a
 * payment demand sent a day too early is void, and so is the termination built on it
 * (docs/legal-rules.md#open-questions).
 */
export interface CalendarRules {
  /**
   * Days besides Saturdays, Sundays and public holidays on which nothing falls due and no
   * deadline expires; they are also not counted as weekdays before a payment demand, and a demand
   * is not sent on them.
   *
   * Default: all three.
   * - `constitutionDay` (grundlovsdag) is named in the statute itself: almenlejeloven § 44, stk. 2
   *   (due date), § 90, stk. 2 (payment demand and its deadline), lejeloven § 182, stk. 2.
   * - `christmasEve` and `newYearsEve` (24 and 31 December) are named only by the general rule in
   *   forældelsesloven § 27, stk. 2, not by the rent acts. Counting them can only move a date
   *   later, so they are in by default.
   *
   * The statute lets grundlovsdag be the 3rd weekday of the payment-demand count (almenlejeloven
   * § 90, stk. 2, 3. pkt.); not counting it gives the same or a one-day-later date.
   */
  readonly closedDays: readonly ExtraClosedDayKey[];

  /**
   * Whether a Saturday is a weekday (hverdag) when counting the 3 weekdays before a payment
   * demand, and so a day on which the demand may be sent.
   *
   * Default `true`: Vestre Landsret, UfR 2022.1586 V (kendelse, rent due Friday 1 October 2021,
   * demand sent Wednesday 6 October held in time), read almenlejeloven § 90, stk. 2, 2.–3. pkt.
   * (lejeloven § 93, stk. 2, now § 182, stk. 2) so. This is the one setting whose default is the
   * earlier reading: it follows a landsret ruling rather than a disagreement between sources.
   * `false` is the overturned fogedret's reading (Saturday treated like a Sunday) and can only give
   * a later date.
   *
   * Saturdays never count as days on which rent can be paid or a deadline can expire: the statute
   * names them explicitly (almenlejeloven § 44, stk. 2 and § 90, stk. 2).
   */
  readonly saturdayIsWeekday: boolean;

  /**
   * The day after which the 3 weekdays before a payment demand are counted.
   *
   * - `lastOnTimeDay` (default): from the last on-time payment day, i.e. the due date moved past a
   *   weekend or holiday. This is the statute's wording ("efter 3. hverdag efter sidste rettidige
   *   betalingsdag", almenlejeloven § 90, stk. 2) and, because the last on-time day is never before
   *   the due date, it is never earlier than the other reading.
   * - `dueDate`: from the calendar due date. The themis.dk checklist's rows for a due date on a
   *   Saturday or Sunday (demand from Thursday) only come out this way; counting from the moved
   *   payment day (Monday) gives Friday (docs/legal-rules.md#the-earliest-payment-demand-day).
   */
  readonly paymentDemandCountFrom: PaymentDemandCountFrom;

  /**
   * Calendar days from the day the demand reaches the tenant to the last day to pay. Default 14:
   * almenlejeloven § 90, stk. 2, as amended by lov nr. 286 af 15. april 2009, for demands sent
   * from 1 June 2009. Demands sent before then had 3 days; see `paymentDeadlineDaysFor`.
   */
  readonly paymentDeadlineDays: number;
}

// Rules objects this module produced; resolving one again is free. Deadlines walk day by day and
// resolve at every step, so this matters.
const resolved = new WeakSet<CalendarRules>();

export const DEFAULT_CALENDAR_RULES: CalendarRules = Object.freeze({
  closedDays: Object.freeze(['constitutionDay', 'christmasEve', 'newYearsEve'] as const),
  saturdayIsWeekday: true,
  paymentDemandCountFrom: 'lastOnTimeDay',
  paymentDeadlineDays: 14,
});
resolved.add(DEFAULT_CALENDAR_RULES);

const CLOSED_DAY_KEYS: readonly ExtraClosedDayKey[] = ['constitutionDay', 'christmasEve', 'newYearsEve'];
const COUNT_FROM: readonly PaymentDemandCountFrom[] = ['dueDate', 'lastOnTimeDay'];

function invalidRules(field: keyof CalendarRules): CalendarError {
  return new CalendarError(
    'CALENDAR_INVALID_RULES',
    localized((m) => m.calendar.errors.rules({ setting: field })),
  );
}

/**
 * Fills in the defaults and checks the values, so that rules read from configuration or a request
 * fail loudly instead of quietly producing a wrong legal date. Fields set to `undefined` take the
 * default.
 *
 * @throws CalendarError `CALENDAR_INVALID_RULES`
 */
export function resolveCalendarRules(overrides: Partial<CalendarRules> = {}): CalendarRules {
  if (resolved.has(overrides as CalendarRules)) return overrides as CalendarRules;
  const closedDays = overrides.closedDays ?? DEFAULT_CALENDAR_RULES.closedDays;
  if (!Array.isArray(closedDays) || !closedDays.every((key) => CLOSED_DAY_KEYS.includes(key))) {
    throw invalidRules('closedDays');
  }
  const saturdayIsWeekday = overrides.saturdayIsWeekday ?? DEFAULT_CALENDAR_RULES.saturdayIsWeekday;
  if (typeof saturdayIsWeekday !== 'boolean') throw invalidRules('saturdayIsWeekday');
  const paymentDemandCountFrom = overrides.paymentDemandCountFrom ?? DEFAULT_CALENDAR_RULES.paymentDemandCountFrom;
  if (!COUNT_FROM.includes(paymentDemandCountFrom)) throw invalidRules('paymentDemandCountFrom');
  const paymentDeadlineDays = overrides.paymentDeadlineDays ?? DEFAULT_CALENDAR_RULES.paymentDeadlineDays;
  // A statutory payment deadline has been 3 or 14 days; anything beyond a year is a typo.
  if (!Number.isInteger(paymentDeadlineDays) || paymentDeadlineDays < 1 || paymentDeadlineDays > 366) {
    throw invalidRules('paymentDeadlineDays');
  }
  const rules: CalendarRules = Object.freeze({
    closedDays: Object.freeze(CLOSED_DAY_KEYS.filter((key) => closedDays.includes(key))),
    saturdayIsWeekday,
    paymentDemandCountFrom,
    paymentDeadlineDays,
  });
  resolved.add(rules);
  return rules;
}

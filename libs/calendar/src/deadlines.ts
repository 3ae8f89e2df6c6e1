import { businessDayOnOrAfter } from './business-days.js';
import { resolveCalendarRules, type CalendarRules } from './calendar-rules.js';
import { extraClosedDayOn, isPublicHoliday } from './holidays.js';
import { addDays, compareDates, dayOfWeek, parseIsoDate, Weekday, type IsoDate } from './iso-date.js';

/**
 * "Udlejers påkrav kan tidligst afgives efter 3. hverdag efter sidste rettidige betalingsdag"
 * (almenlejeloven § 90, stk. 2; lejeloven § 182, stk. 2, formerly § 93, stk. 2; in force since
 * 1 January 2013, when the 3 days of grace, løbedage, were abolished).
 */
export const WEEKDAYS_BEFORE_PAYMENT_DEMAND = 3;

/** Lov nr. 286 af 15. april 2009 lengthened the payment deadline for demands sent from this day. */
export const FOURTEEN_DAY_DEADLINE_FROM: IsoDate = parseIsoDate('2009-06-01');

/**
 * The last day on which rent paid is paid on time (sidste rettidige betalingsdag): the due date,
 * or, when that is a Saturday, Sunday, public holiday, grundlovsdag or (per `rules.closedDays`)
 * 24 or 31 December, the next business day.
 *
 * Almenlejeloven § 44, stk. 2: "Forfalder lejen til betaling på en helligdag, en lørdag eller
 * grundlovsdag, udskydes forfaldsdagen til den efterfølgende hverdag." Sundays are helligdage.
 * 24 and 31 December come from the general rule in forældelsesloven § 27, stk. 2 (a setting).
 */
export function lastOnTimePaymentDay(dueDate: IsoDate, rules: Partial<CalendarRules> = {}): IsoDate {
  return businessDayOnOrAfter(dueDate, resolveCalendarRules(rules));
}

/**
 * A weekday (hverdag) in the sense of the payment-demand rule: counted among the 3 weekdays that
 * must pass, and a day on which the demand may be sent. Not a Sunday or public holiday; not an
 * extra closed day in `rules.closedDays`; a Saturday only when `rules.saturdayIsWeekday`
 * (UfR 2022.1586 V: Saturdays count).
 */
export function isPaymentDemandWeekday(date: IsoDate, rules: Partial<CalendarRules> = {}): boolean {
  const { closedDays, saturdayIsWeekday } = resolveCalendarRules(rules);
  const weekday = dayOfWeek(date);
  if (weekday === Weekday.Sunday || (weekday === Weekday.Saturday && !saturdayIsWeekday)) return false;
  if (isPublicHoliday(date)) return false;
  const closedDay = extraClosedDayOn(date);
  return !(closedDay && closedDays.includes(closedDay.key));
}

export interface PaymentDemandCount {
  /** The day after which weekdays are counted: the due date or the last on-time payment day. */
  readonly countFrom: IsoDate;
  /** The 3 weekdays that must pass. */
  readonly countedWeekdays: readonly IsoDate[];
  /** The first weekday after them: the earliest day the demand may be sent. */
  readonly earliestDemandDate: IsoDate;
}

/**
 * The working behind {@link earliestPaymentDemandDate}, for explanations.
 *
 * The demand may be sent "after the 3rd weekday", and not on a Sunday or public holiday, so it goes
 * on the next weekday after the 3rd: effectively the 4th weekday after the count starts (as
 * lejeret.com puts it, "den 4. hverdag efter sidste rettidige betaling"). Because the sending day
 * and the counted days obey the same rule, one walk does both.
 */
export function paymentDemandCount(dueDate: IsoDate, rules: Partial<CalendarRules> = {}): PaymentDemandCount {
  const resolved = resolveCalendarRules(rules);
  const countFrom =
    resolved.paymentDemandCountFrom === 'dueDate' ? parseIsoDate(dueDate) : lastOnTimePaymentDay(dueDate, resolved);
  const weekdays: IsoDate[] = [];
  let day = countFrom;
  while (weekdays.length <= WEEKDAYS_BEFORE_PAYMENT_DEMAND) {
    day = addDays(day, 1);
    if (isPaymentDemandWeekday(day, resolved)) weekdays.push(day);
  }
  return Object.freeze({
    countFrom,
    countedWeekdays: Object.freeze(weekdays.slice(0, WEEKDAYS_BEFORE_PAYMENT_DEMAND)),
    earliestDemandDate: day,
  });
}

/**
 * The earliest day a payment demand (påkrav) may be sent for rent due on `dueDate`.
 *
 * Almenlejeloven § 90, stk. 2 (lejeloven § 182, stk. 2): after the 3rd weekday following the last
 * on-time payment day. UfR 2022.1586 V: Saturdays count as weekdays; Sundays and public holidays do
 * not, and the demand cannot be sent on them. With the defaults, for a week without holidays:
 * due Monday → Friday, Tuesday → Saturday, Wednesday → Monday, Thursday → Tuesday,
 * Friday → Wednesday, Saturday or Sunday → Friday (Thursday with `paymentDemandCountFrom: 'dueDate'`,
 * which is what the themis.dk checklist lists).
 */
export function earliestPaymentDemandDate(dueDate: IsoDate, rules: Partial<CalendarRules> = {}): IsoDate {
  return paymentDemandCount(dueDate, rules).earliestDemandDate;
}

/** The last day of the payment deadline before it is moved off a weekend or holiday. */
export function unadjustedPaymentDeadline(demandReceivedDate: IsoDate, rules: Partial<CalendarRules> = {}): IsoDate {
  // "senest 14 dage efter, at skriftligt påkrav herom er kommet frem til lejeren": calendar days, so
  // weekends and holidays inside the period count (Østre Landsret, kendelse of 3 July 2012, as
  // reported by wtc-law.dk; docs/legal-rules.md#the-payment-deadline-påkravsfrist); the day of
  // receipt itself is not counted (received 5 March → last day 19 March,
  // docs/legal-rules.md#a-worked-example).
  return addDays(demandReceivedDate, resolveCalendarRules(rules).paymentDeadlineDays);
}

/**
 * The last day on which the tenant can pay and so prevent termination (påkravsfristens udløb):
 * `paymentDeadlineDays` (14) calendar days after the day the demand reaches the tenant, moved to the
 * next business day when it ends on a Saturday, Sunday, public holiday, grundlovsdag or (per
 * `rules.closedDays`) 24 or 31 December.
 *
 * Almenlejeloven § 90, stk. 2 (lejeloven § 182, stk. 2): "Udløber den … nævnte frist på en
 * helligdag, en lørdag eller grundlovsdag, udskydes udløbet af fristen til den efterfølgende
 * hverdag." 24 and 31 December: forældelsesloven § 27, stk. 2.
 */
export function paymentDeadline(demandReceivedDate: IsoDate, rules: Partial<CalendarRules> = {}): IsoDate {
  const resolved = resolveCalendarRules(rules);
  return businessDayOnOrAfter(unadjustedPaymentDeadline(demandReceivedDate, resolved), resolved);
}

/**
 * The earliest day the landlord may terminate the lease for non-payment (ophævelse): the day after
 * the payment deadline. Almenlejeloven § 90, stk. 1, nr. 1, jf. stk. 2. Payment that reaches the
 * landlord before the termination letter reaches the tenant still prevents it
 * (docs/legal-rules.md#termination-ophævelse).
 */
export function earliestTerminationDate(demandReceivedDate: IsoDate, rules: Partial<CalendarRules> = {}): IsoDate {
  return addDays(paymentDeadline(demandReceivedDate, rules), 1);
}

/**
 * The statutory payment deadline for a demand sent on `demandSentDate`: 3 days for demands sent
 * before 1 June 2009, 14 days from then (lov nr. 286 af 15. april 2009, in force 1 June 2009 for
 * demands given after it took effect). Use it as `paymentDeadlineDays` for old cases.
 */
export function paymentDeadlineDaysFor(demandSentDate: IsoDate): 3 | 14 {
  return compareDates(demandSentDate, FOURTEEN_DAY_DEADLINE_FROM) < 0 ? 3 : 14;
}

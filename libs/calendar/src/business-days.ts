import { localized } from '@app/i18n';
import { resolveCalendarRules, type CalendarRules } from './calendar-rules.js';
import { CalendarError } from './calendar.errors.js';
import {
  danishExtraClosedDays,
  danishPublicHolidays,
  extraClosedDayOnParts,
  publicHolidayOnDayNumber,
  type ExtraClosedDay,
  type PublicHoliday,
} from './holidays.js';
import {
  addDays,
  dateParts,
  fromDayNumber,
  partsFromDayNumber,
  toDayNumber,
  Weekday,
  weekdayOfDayNumber,
  type IsoDate,
} from './iso-date.js';

export type NonBusinessDayReason =
  | { readonly kind: 'saturday' }
  | { readonly kind: 'sunday' }
  | { readonly kind: 'publicHoliday'; readonly holiday: PublicHoliday }
  | { readonly kind: 'closedDay'; readonly closedDay: ExtraClosedDay };

/**
 * Why `date` is not a business day, or `null` when it is. A public holiday wins over a weekend
 * (Påskedag is reported as Påskedag, not as a Sunday), so explanations name the day a reader knows.
 */
export function nonBusinessDayReason(date: IsoDate, rules: Partial<CalendarRules> = {}): NonBusinessDayReason | null {
  const { closedDays } = resolveCalendarRules(rules);
  const dayNumber = toDayNumber(date);
  const parts = partsFromDayNumber(dayNumber);
  const holiday = publicHolidayOnDayNumber(dayNumber, parts.year);
  if (holiday) return { kind: 'publicHoliday', holiday };
  const closedDay = extraClosedDayOnParts(parts);
  if (closedDay && closedDays.includes(closedDay.key)) return { kind: 'closedDay', closedDay };
  const weekday = weekdayOfDayNumber(dayNumber);
  if (weekday === Weekday.Saturday) return { kind: 'saturday' };
  if (weekday === Weekday.Sunday) return { kind: 'sunday' };
  return null;
}

/**
 * Business days (bankdage / hverdage in the sense of the deadline rules): Monday to Friday, not a
 * public holiday and not one of the extra closed days in `rules.closedDays` (grundlovsdag, 24 and
 * 31 December by default). This is the day on which rent can be paid on time and a payment
 * deadline can expire (almenlejeloven § 44, stk. 2 and § 90, stk. 2; lejeloven § 182, stk. 2;
 * forældelsesloven § 27, stk. 2).
 *
 * It is not the "hverdag" of the 3-weekday count before a payment demand, which includes
 * Saturdays (UfR 2022.1586 V); see `isPaymentDemandWeekday`.
 */
export function isBusinessDay(date: IsoDate, rules: Partial<CalendarRules> = {}): boolean {
  return nonBusinessDayReason(date, rules) === null;
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: IsoDate, rules: Partial<CalendarRules> = {}): IsoDate {
  const resolved = resolveCalendarRules(rules);
  let day = addDays(date, 1);
  while (!isBusinessDay(day, resolved)) day = addDays(day, 1);
  return day;
}

/**
 * `date` itself when it is a business day, otherwise the next one: how a due date or a deadline
 * that ends on a weekend, holiday or closed day is moved ("udskydes til den efterfølgende hverdag",
 * almenlejeloven § 44, stk. 2 and § 90, stk. 2).
 */
export function businessDayOnOrAfter(date: IsoDate, rules: Partial<CalendarRules> = {}): IsoDate {
  const resolved = resolveCalendarRules(rules);
  return isBusinessDay(date, resolved) ? date : nextBusinessDay(date, resolved);
}

/** Monday–Friday days in the half-open interval (-∞, dayNumber], up to a constant. */
function weekdaysThrough(dayNumber: number): number {
  const sinceAMonday = dayNumber - 4; // day 4 is Monday 1970-01-05
  const weeks = Math.floor(sinceAMonday / 7);
  const dayInWeek = sinceAMonday - weeks * 7; // 0 = Monday … 6 = Sunday
  return weeks * 5 + Math.min(dayInWeek + 1, 5);
}

/** Business days in (after, through], for after <= through. Arithmetic, so cost grows with years, not days. */
function businessDaysIn(after: number, through: number, rules: CalendarRules): number {
  if (through <= after) return 0;
  const closedWeekdays = new Set<number>();
  const firstYear = dateParts(fromDayNumber(after + 1)).year;
  const lastYear = dateParts(fromDayNumber(through)).year;
  for (let year = firstYear; year <= lastYear; year += 1) {
    const closed = [
      ...danishPublicHolidays(year),
      ...danishExtraClosedDays(year).filter(({ key }) => rules.closedDays.includes(key)),
    ];
    for (const { date } of closed) {
      const dayNumber = toDayNumber(date);
      // A set, because grundlovsdag can also be 2. pinsedag (as in 2017).
      if (dayNumber > after && dayNumber <= through && weekdayOfDayNumber(dayNumber) <= Weekday.Friday) {
        closedWeekdays.add(dayNumber);
      }
    }
  }
  return weekdaysThrough(through) - weekdaysThrough(after) - closedWeekdays.size;
}

/**
 * Business days after `from` up to and including `to`; negative when `to` is earlier.
 * `businessDaysBetween(d, addBusinessDays(d, n)) === n` for every n ≥ 0.
 */
export function businessDaysBetween(from: IsoDate, to: IsoDate, rules: Partial<CalendarRules> = {}): number {
  const resolved = resolveCalendarRules(rules);
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  // `0 -` rather than unary minus, so that no span ever answers -0.
  return b >= a ? businessDaysIn(a, b, resolved) : 0 - businessDaysIn(b, a, resolved);
}

/**
 * The `n`th business day after `date` (`date` itself for n = 0, even when it is not a business
 * day). Counting starts the day after `date`, as Danish deadlines do.
 *
 * @throws CalendarError `CALENDAR_INVALID_ARGUMENT` unless n is a non-negative integer
 */
export function addBusinessDays(date: IsoDate, n: number, rules: Partial<CalendarRules> = {}): IsoDate {
  if (!Number.isInteger(n) || n < 0) {
    throw new CalendarError(
      'CALENDAR_INVALID_ARGUMENT',
      localized((m) => m.calendar.errors.businessDays),
    );
  }
  const resolved = resolveCalendarRules(rules);
  let day = toDayNumber(date);
  let remaining = n;
  // Jump `remaining` calendar days at a time: that window holds at most `remaining` business days,
  // so we never overshoot. When it holds exactly that many, every day in it is a business day, so
  // the day we land on is the answer.
  while (remaining > 0) {
    const found = businessDaysIn(day, day + remaining, resolved);
    day += remaining;
    remaining -= found;
  }
  return fromDayNumber(day);
}

import { localized } from '@app/i18n';
import { CalendarError } from './calendar.errors.js';

declare const isoDateBrand: unique symbol;

/**
 * A calendar date with no time and no time zone, written `YYYY-MM-DD` (proleptic Gregorian,
 * years 0001–9999).
 *
 * Legal dates (due date, day of receipt, deadline) are whole days in Denmark, stored in `date`
 * columns. Treating them as instants invites off-by-one errors around midnight and daylight-saving
 * changes, so this module never touches local time: internally a date is a day number (days since
 * 1970-01-01), computed with integer arithmetic.
 *
 * The brand means "validated": get one from {@link parseIsoDate}, {@link isIsoDate} or the
 * functions of this library. ISO dates compare correctly as strings, and serialise to JSON as-is.
 */
export type IsoDate = string & { readonly [isoDateBrand]: true };

/** ISO 8601 weekday numbers: Monday is 1, Sunday is 7 (the Danish week starts on Monday). */
export const Weekday = {
  Monday: 1,
  Tuesday: 2,
  Wednesday: 3,
  Thursday: 4,
  Friday: 5,
  Saturday: 6,
  Sunday: 7,
} as const;

export type IsoWeekday = (typeof Weekday)[keyof typeof Weekday];

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const MIN_YEAR = 1;
const MAX_YEAR = 9999;

const invalidDate = () =>
  new CalendarError(
    'CALENDAR_INVALID_DATE',
    localized((m) => m.calendar.errors.invalidDate),
  );

const outOfRange = () =>
  new CalendarError(
    'CALENDAR_DATE_OUT_OF_RANGE',
    localized((m) => m.calendar.errors.outOfRange),
  );

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

// Day numbers: Howard Hinnant's days_from_civil / civil_from_days (public domain), which count
// in 400-year eras so that no Date object, and hence no time zone, is involved.
function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = (month + 9) % 12; // March = 0, so the leap day is the last day of the year
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function partsFromDayNumber(dayNumber: number): DateParts {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const MIN_DAY_NUMBER = dayNumberFromParts(MIN_YEAR, 1, 1);
const MAX_DAY_NUMBER = dayNumberFromParts(MAX_YEAR, 12, 31);

function format({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

function partsOf(input: string): DateParts | undefined {
  const match = ISO_DATE_PATTERN.exec(input);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidParts(year, month, day) ? { year, month, day } : undefined;
}

/**
 * Validates `YYYY-MM-DD` exactly: no time part, no surrounding whitespace, and a day that exists
 * (2024-02-29 does, 2023-02-29 does not).
 *
 * @throws CalendarError `CALENDAR_INVALID_DATE`
 */
export function parseIsoDate(input: string): IsoDate {
  const parts = typeof input === 'string' ? partsOf(input) : undefined;
  if (!parts) throw invalidDate();
  return format(parts);
}

export function isIsoDate(input: unknown): input is IsoDate {
  return typeof input === 'string' && partsOf(input) !== undefined;
}

/** @throws CalendarError `CALENDAR_INVALID_DATE` for a day that does not exist */
export function isoDateFromParts(year: number, month: number, day: number): IsoDate {
  if (!isValidParts(year, month, day)) throw invalidDate();
  return format({ year, month, day });
}

export function dateParts(date: IsoDate): DateParts {
  return partsFromDayNumber(toDayNumber(date));
}

/**
 * Day numbers of dates already validated. The deadline rules ask for the same few hundred dates
 * (holidays, this month's due dates) many times per case, and parsing the string each time was a
 * few per cent of an import's CPU. Bounded: emptied when full.
 */
const dayNumbers = new Map<string, number>();
const DAY_NUMBERS_KEPT = 4_096;

/** Days since 1970-01-01. Validates again, so a string cast to `IsoDate` cannot slip through. */
export function toDayNumber(date: IsoDate): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  const parts = typeof date === 'string' ? partsOf(date) : undefined;
  if (!parts) throw invalidDate();
  const dayNumber = dayNumberFromParts(parts.year, parts.month, parts.day);
  if (dayNumbers.size >= DAY_NUMBERS_KEPT) dayNumbers.clear();
  dayNumbers.set(date, dayNumber);
  return dayNumber;
}

/** @throws CalendarError `CALENDAR_DATE_OUT_OF_RANGE` outside 0001-01-01 … 9999-12-31 */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber)) {
    throw new CalendarError(
      'CALENDAR_INVALID_ARGUMENT',
      localized((m) => m.calendar.errors.dayNumber),
    );
  }
  if (dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) throw outOfRange();
  return format(partsFromDayNumber(dayNumber));
}

/** `days` may be negative. @throws CalendarError when `days` is not an integer or the result leaves 0001–9999 */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) {
    throw new CalendarError(
      'CALENDAR_INVALID_ARGUMENT',
      localized((m) => m.calendar.errors.days),
    );
  }
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function weekdayOfDayNumber(dayNumber: number): IsoWeekday {
  // 1970-01-01 (day 0) was a Thursday (ISO weekday 4).
  return (((((dayNumber + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

export function dayOfWeek(date: IsoDate): IsoWeekday {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** For `Array.prototype.sort`: -1, 0 or 1. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const difference = toDayNumber(a) - toDayNumber(b);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

export function isWeekend(date: IsoDate): boolean {
  return dayOfWeek(date) >= Weekday.Saturday;
}

const HOUR_MS = 3_600_000;
/** 1894-01-01 UTC: Denmark adopted CET (before, Copenhagen kept local mean time, +0:50:20). */
const WHOLE_HOUR_OFFSETS_SINCE_MS = Date.UTC(1894, 0, 1);
let lastCopenhagenDate: { hour: number; date: IsoDate } = { hour: Number.NaN, date: '' as IsoDate };

const copenhagenDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The Danish calendar date of an instant (Europe/Copenhagen, with daylight-saving time). The caller
 * passes the instant, so this stays a pure function and "today" is testable.
 */
export function copenhagenDateOf(instant: Date): IsoDate {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new CalendarError(
      'CALENDAR_INVALID_ARGUMENT',
      localized((m) => m.calendar.errors.instant),
    );
  }
  const ms = instant.getTime();
  // Since 1894 Copenhagen's offset from UTC is a whole number of hours (CET, CEST), so its date
  // changes only on a UTC hour: within one the answer is the one before. "Today" is asked on
  // every request; Intl's formatting was over a per cent of the case list's CPU.
  const hour = Math.floor(ms / HOUR_MS);
  if (hour === lastCopenhagenDate.hour) return lastCopenhagenDate.date;
  const date = parseIsoDate(copenhagenDateFormat.format(instant));
  if (ms >= WHOLE_HOUR_OFFSETS_SINCE_MS) lastCopenhagenDate = { hour, date };
  return date;
}

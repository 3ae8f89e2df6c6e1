import { localized } from '@app/i18n';
import { CalendarError } from './calendar.errors.js';
import {
  dateParts,
  fromDayNumber,
  isoDateFromParts,
  partsFromDayNumber,
  toDayNumber,
  type DateParts,
  type IsoDate,
} from './iso-date.js';

/**
 * The Danish public holidays (helligdage) other than ordinary Sundays. Sundays are holidays too,
 * but every rule here names them separately, so they are left out of the list.
 */
export type PublicHolidayKey =
  | 'newYearsDay' // nytårsdag
  | 'maundyThursday' // skærtorsdag
  | 'goodFriday' // langfredag
  | 'easterSunday' // påskedag
  | 'easterMonday' // 2. påskedag
  | 'generalPrayerDay' // store bededag, until 2023
  | 'ascensionDay' // Kristi himmelfartsdag
  | 'whitSunday' // pinsedag
  | 'whitMonday' // 2. pinsedag
  | 'christmasDay' // juledag
  | 'boxingDay'; // 2. juledag

export interface PublicHoliday {
  readonly key: PublicHolidayKey;
  readonly date: IsoDate;
  /** Danish name, as used in letters to tenants. */
  readonly name: string;
  readonly nameEn: string;
}

/**
 * Days that are not public holidays but on which deadlines still do not expire. Which of them
 * count is a setting (`CalendarRules.closedDays`).
 */
export type ExtraClosedDayKey =
  | 'constitutionDay' // grundlovsdag, 5 June: named in almenlejeloven § 44, stk. 2 and § 90, stk. 2
  | 'christmasEve' // juleaftensdag, 24 December: named in forældelsesloven § 27, stk. 2
  | 'newYearsEve'; // nytårsaftensdag, 31 December: named in forældelsesloven § 27, stk. 2

export interface ExtraClosedDay {
  readonly key: ExtraClosedDayKey;
  readonly date: IsoDate;
  readonly name: string;
  readonly nameEn: string;
}

/**
 * Store bededag was abolished as a public holiday from 1 January 2024 (lov om konsekvenser ved
 * afskaffelsen af store bededag som helligdag, bill L 13, 2022-23, 2nd session, adopted 28 February 2023).
 */
export const LAST_YEAR_WITH_GENERAL_PRAYER_DAY = 2023;

// Offsets from Easter Sunday; the moveable feasts of the Danish church year.
const EASTER_HOLIDAYS: readonly { key: PublicHolidayKey; offset: number; name: string; nameEn: string }[] = [
  { key: 'maundyThursday', offset: -3, name: 'Skærtorsdag', nameEn: 'Maundy Thursday' },
  { key: 'goodFriday', offset: -2, name: 'Langfredag', nameEn: 'Good Friday' },
  { key: 'easterSunday', offset: 0, name: 'Påskedag', nameEn: 'Easter Sunday' },
  { key: 'easterMonday', offset: 1, name: '2. påskedag', nameEn: 'Easter Monday' },
  // The 4th Friday after Easter.
  { key: 'generalPrayerDay', offset: 26, name: 'Store bededag', nameEn: 'General Prayer Day' },
  { key: 'ascensionDay', offset: 39, name: 'Kristi himmelfartsdag', nameEn: 'Ascension Day' },
  { key: 'whitSunday', offset: 49, name: 'Pinsedag', nameEn: 'Whit Sunday' },
  { key: 'whitMonday', offset: 50, name: '2. pinsedag', nameEn: 'Whit Monday' },
];

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new CalendarError(
      'CALENDAR_INVALID_ARGUMENT',
      localized((m) => m.calendar.errors.year),
    );
  }
}

/**
 * Easter Sunday in the Gregorian calendar: the anonymous algorithm published by Meeus, Jones and
 * Butcher. Denmark has used the Gregorian calendar since 1700; earlier years are proleptic.
 */
export function easterSunday(year: number): IsoDate {
  checkYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDateFromParts(year, month, day);
}

interface YearHolidays {
  readonly list: readonly PublicHoliday[];
  readonly byDayNumber: ReadonlyMap<number, PublicHoliday>;
}

// Holidays are looked up for every day a deadline walks over; a year is computed once.
const holidayCache = new Map<number, YearHolidays>();

function holidaysOfYear(year: number): YearHolidays {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  checkYear(year);
  const easter = toDayNumber(easterSunday(year));
  const list: PublicHoliday[] = [
    { key: 'newYearsDay', date: isoDateFromParts(year, 1, 1), name: 'Nytårsdag', nameEn: "New Year's Day" },
    ...EASTER_HOLIDAYS.filter(({ key }) => key !== 'generalPrayerDay' || year <= LAST_YEAR_WITH_GENERAL_PRAYER_DAY).map(
      ({ key, offset, name, nameEn }) => ({ key, date: fromDayNumber(easter + offset), name, nameEn }),
    ),
    { key: 'christmasDay', date: isoDateFromParts(year, 12, 25), name: 'Juledag', nameEn: 'Christmas Day' },
    { key: 'boxingDay', date: isoDateFromParts(year, 12, 26), name: '2. juledag', nameEn: 'Boxing Day' },
  ];
  const frozen = Object.freeze(list.map((holiday) => Object.freeze(holiday)));
  const entry: YearHolidays = {
    list: frozen,
    byDayNumber: new Map(frozen.map((holiday) => [toDayNumber(holiday.date), holiday])),
  };
  holidayCache.set(year, entry);
  return entry;
}

/** The public holidays of `year` in date order (Sundays not listed; see {@link PublicHolidayKey}). */
export function danishPublicHolidays(year: number): readonly PublicHoliday[] {
  return holidaysOfYear(year).list;
}

export function publicHolidayOn(date: IsoDate): PublicHoliday | undefined {
  const dayNumber = toDayNumber(date);
  return publicHolidayOnDayNumber(dayNumber, partsFromDayNumber(dayNumber).year);
}

/** For loops over day numbers that already know the year. */
export function publicHolidayOnDayNumber(dayNumber: number, year: number): PublicHoliday | undefined {
  return holidaysOfYear(year).byDayNumber.get(dayNumber);
}

export function isPublicHoliday(date: IsoDate): boolean {
  return publicHolidayOn(date) !== undefined;
}

const EXTRA_CLOSED_DAYS: readonly {
  key: ExtraClosedDayKey;
  month: number;
  day: number;
  name: string;
  nameEn: string;
}[] = [
  { key: 'constitutionDay', month: 6, day: 5, name: 'Grundlovsdag', nameEn: 'Constitution Day' },
  { key: 'christmasEve', month: 12, day: 24, name: 'Juleaftensdag', nameEn: 'Christmas Eve' },
  { key: 'newYearsEve', month: 12, day: 31, name: 'Nytårsaftensdag', nameEn: "New Year's Eve" },
];

/** Grundlovsdag, 24 and 31 December of `year`, whether or not the rules in force count them. */
export function danishExtraClosedDays(year: number): readonly ExtraClosedDay[] {
  checkYear(year);
  return EXTRA_CLOSED_DAYS.map(({ key, month, day, name, nameEn }) =>
    Object.freeze({ key, date: isoDateFromParts(year, month, day), name, nameEn }),
  );
}

export function extraClosedDayOn(date: IsoDate): ExtraClosedDay | undefined {
  return extraClosedDayOnParts(dateParts(date));
}

export function extraClosedDayOnParts({ year, month, day }: DateParts): ExtraClosedDay | undefined {
  const match = EXTRA_CLOSED_DAYS.find((closed) => closed.month === month && closed.day === day);
  return match
    ? { key: match.key, date: isoDateFromParts(year, month, day), name: match.name, nameEn: match.nameEn }
    : undefined;
}

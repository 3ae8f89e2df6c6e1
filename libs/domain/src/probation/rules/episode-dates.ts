import {
  addDays,
  dateParts,
  daysInMonth,
  isBusinessDay,
  isoDateFromParts,
  resolveCalendarRules,
  type CalendarRules,
  type IsoDate,
} from '@app/calendar';

/**
 * The kinds of custody episode (issue 15, item 1). Only the kind matters to these rules; nothing about the
 * offence is ever recorded.
 */
export const CUSTODY_KINDS = [
  /** Varetægtsfængsling: held before the judgment is final. */
  'remand',
  /** Afsoning: serving a prison sentence. */
  'serving',
] as const;
export type CustodyKind = (typeof CUSTODY_KINDS)[number];

/** What the rules read of a custody episode. Every date is a Danish calendar day; unknown is `null`. */
export interface CustodyEpisodeFacts {
  readonly kind: CustodyKind;
  /** The day of arrival in the institution (indsættelse). */
  readonly startOn: IsoDate;
  /** The expected release date (forventet løsladelse), where known. */
  readonly expectedReleaseOn: IsoDate | null;
  /** The parole date (prøveløsladelse), where known; normally after 2/3 of the sentence. */
  readonly paroleOn: IsoDate | null;
  /** The sentence in whole months, where known (none on remand). */
  readonly sentenceMonths: number | null;
}

/**
 * `date` moved by `months` calendar months; a day that does not exist in the target month becomes that month's
 * last day (31 May − 3 months = 28 February, 29 February + 12 months = 28 February). Clamping answers the earlier
 * day, so "at least 3 months before" is never shortened by a short month.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return isoDateFromParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** `date` itself when it is a business day, otherwise the last business day before it: a "no later than" limit. */
export function businessDayOnOrBefore(date: IsoDate, calendar: Partial<CalendarRules> = {}): IsoDate {
  const rules = resolveCalendarRules(calendar);
  let day = date;
  while (!isBusinessDay(day, rules)) day = addDays(day, -1);
  return day;
}

/** The business day `n` business days before `date` (`date` itself for n = 0): a reminder ahead of a due date. */
export function businessDaysBefore(date: IsoDate, n: number, calendar: Partial<CalendarRules> = {}): IsoDate {
  const rules = resolveCalendarRules(calendar);
  let day = date;
  for (let counted = 0; counted < n;) {
    day = addDays(day, -1);
    if (isBusinessDay(day, rules)) counted += 1;
  }
  return day;
}

export const laterOf = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
export const earlierOf = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);

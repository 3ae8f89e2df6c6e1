import {
  addDays,
  businessDaysBetween,
  compareDates,
  dateParts,
  daysInMonth,
  isoDateFromParts,
  type CalendarRules,
  type IsoDate,
} from '@app/calendar';
import { type StatisticsPeriod } from './statistics-report.js';

/** One period of a statistics table: `2026-03`, `2026-Q1` or `2026`, with its first and last day. */
export interface PeriodBucket {
  readonly key: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** The most periods one answer may hold: ten years of months. */
export const MAX_PERIODS = 120;

/** The period that contains `date`. */
export function periodOf(date: IsoDate, period: StatisticsPeriod): PeriodBucket {
  const { year, month } = dateParts(date);
  switch (period) {
    case 'month':
      return {
        key: `${year}-${String(month).padStart(2, '0')}`,
        start: isoDateFromParts(year, month, 1),
        end: isoDateFromParts(year, month, daysInMonth(year, month)),
      };
    case 'quarter': {
      const quarter = Math.floor((month - 1) / 3) + 1;
      const last = quarter * 3;
      return {
        key: `${year}-Q${quarter}`,
        start: isoDateFromParts(year, last - 2, 1),
        end: isoDateFromParts(year, last, daysInMonth(year, last)),
      };
    }
    case 'year':
      return { key: String(year), start: isoDateFromParts(year, 1, 1), end: isoDateFromParts(year, 12, 31) };
  }
}

/**
 * The periods from the one holding `from` to the one holding `to`, oldest first; null when `to`
 * is before `from` or there would be more than MAX_PERIODS.
 */
export function periodsBetween(from: IsoDate, to: IsoDate, period: StatisticsPeriod): PeriodBucket[] | null {
  if (compareDates(from, to) > 0) return null;
  const buckets: PeriodBucket[] = [];
  for (let bucket = periodOf(from, period); compareDates(bucket.start, to) <= 0;) {
    buckets.push(bucket);
    if (buckets.length > MAX_PERIODS) return null;
    bucket = periodOf(addDays(bucket.end, 1), period);
  }
  return buckets;
}

/** The longest range one answer may cover, in years (the message STATISTICS_RANGE_INVALID says so). */
export const MAX_RANGE_YEARS = 10;

/** `to` is not before `from` and at most MAX_RANGE_YEARS years after it. */
export function isStatisticsRange(from: IsoDate, to: IsoDate): boolean {
  const { year, month, day } = dateParts(from);
  const limit = `${String(year + MAX_RANGE_YEARS).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return compareDates(from, to) <= 0 && to <= limit;
}

/** The first day of the month that holds `date`: the grain of the pre-aggregation. */
export function monthStartOf(date: IsoDate): IsoDate {
  const { year, month } = dateParts(date);
  return isoDateFromParts(year, month, 1);
}

/** The day business-day ordinals count from (any fixed Sunday before the data works). */
export const BUSINESS_DAY_EPOCH = '1999-12-26' as IsoDate;

/**
 * Each day from `from` to `to` with its business-day ordinal: the business days after the epoch
 * up to and including it. The business days between a and b are `ordinal(b) − ordinal(a)`, as
 * `businessDaysBetween(a, b)` counts them (Danish holidays, libs/calendar); the table lets SQL
 * count them without repeating the calendar's rules.
 */
export function businessDayOrdinals(
  from: IsoDate,
  to: IsoDate,
  rules: Partial<CalendarRules> = {},
): { day: IsoDate; ordinal: number }[] {
  const days: { day: IsoDate; ordinal: number }[] = [];
  let ordinal = businessDaysBetween(BUSINESS_DAY_EPOCH, from, rules);
  for (let day = from; compareDates(day, to) <= 0; day = addDays(day, 1)) {
    if (day !== from) ordinal += businessDaysBetween(addDays(day, -1), day, rules);
    days.push({ day, ordinal });
  }
  return days;
}

/** One value of a distribution and how often it occurs (business days, number of intervals). */
export interface HistogramBin {
  readonly value: number;
  readonly n: number;
}

/**
 * The q-quantile (0 < q ≤ 1) of a distribution given as bins in ascending order of value, by the
 * nearest-rank method: the smallest value with at least ⌈q·N⌉ observations at or below it. Null
 * for no observations. Median: q = 0.5; 90th percentile: q = 0.9. Business days are whole
 * numbers, so is the answer.
 */
export function quantileOf(ascending: readonly HistogramBin[], q: number): number | null {
  const total = ascending.reduce((sum, b) => sum + b.n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (const bin of ascending) {
    seen += bin.n;
    if (seen >= rank) return bin.value;
  }
  return ascending[ascending.length - 1]!.value;
}

/** Values below this are counted in an array indexed by value (business days: a few hundred at most). */
const DENSE_VALUES = 4096;

/**
 * Histograms added up: their bins by value, in ascending order of value. Whole numbers from 0 to
 * DENSE_VALUES − 1 are counted in an array indexed by the value (an answer adds up thousands of
 * small histograms, and a map's entries were most of its garbage); any other value in a map.
 */
export class HistogramSum {
  private readonly dense: number[] = [];
  private sparse: Map<number, number> | null = null;
  private count = 0;

  /** Adds a histogram given as values and, beside each, how often it occurs. */
  add(values: readonly number[], n: readonly number[]): void {
    const dense = this.dense;
    for (let i = 0; i < values.length; i += 1) {
      const value = values[i]!;
      const times = n[i]!;
      if (Number.isInteger(value) && value >= 0 && value < DENSE_VALUES) {
        // Grown one slot at a time, so the array stays packed (no holes).
        while (dense.length <= value) dense.push(0);
        dense[value]! += times;
      } else {
        this.sparse ??= new Map();
        this.sparse.set(value, (this.sparse.get(value) ?? 0) + times);
      }
      this.count += times;
    }
  }

  /** The number of observations added. */
  get n(): number {
    return this.count;
  }

  bins(): HistogramBin[] {
    const bins: HistogramBin[] = [];
    this.dense.forEach((n, value) => {
      if (n > 0) bins.push({ value, n });
    });
    if (!this.sparse) return bins;
    for (const [value, n] of this.sparse) if (n > 0) bins.push({ value, n });
    return bins.sort((a, b) => a.value - b.value);
  }
}

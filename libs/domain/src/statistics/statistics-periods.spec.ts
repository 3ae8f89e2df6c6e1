import { businessDaysBetween, type IsoDate } from '@app/calendar';
import {
  businessDayOrdinals,
  HistogramSum,
  isStatisticsRange,
  MAX_PERIODS,
  periodOf,
  periodsBetween,
  quantileOf,
} from './statistics-periods.js';

const d = (s: string) => s as IsoDate;

describe('statistics periods', () => {
  it('puts a day in its month, quarter and year', () => {
    expect(periodOf(d('2026-02-14'), 'month')).toEqual({ key: '2026-02', start: '2026-02-01', end: '2026-02-28' });
    expect(periodOf(d('2024-02-14'), 'month').end).toBe('2024-02-29');
    expect(periodOf(d('2026-05-31'), 'quarter')).toEqual({ key: '2026-Q2', start: '2026-04-01', end: '2026-06-30' });
    expect(periodOf(d('2026-12-31'), 'quarter').key).toBe('2026-Q4');
    expect(periodOf(d('2026-07-01'), 'year')).toEqual({ key: '2026', start: '2026-01-01', end: '2026-12-31' });
  });

  it('widens a range to whole periods, oldest first', () => {
    expect(periodsBetween(d('2025-11-20'), d('2026-02-03'), 'month')!.map((p) => p.key)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(periodsBetween(d('2025-12-31'), d('2026-01-01'), 'quarter')!.map((p) => p.key)).toEqual([
      '2025-Q4',
      '2026-Q1',
    ]);
    expect(periodsBetween(d('2026-03-01'), d('2026-03-01'), 'year')!.map((p) => p.key)).toEqual(['2026']);
  });

  it('refuses a reversed range and one over ten years of months', () => {
    expect(periodsBetween(d('2026-02-01'), d('2026-01-31'), 'month')).toBeNull();
    expect(periodsBetween(d('2016-01-01'), d('2025-12-31'), 'month')).toHaveLength(MAX_PERIODS);
    expect(periodsBetween(d('2016-01-01'), d('2026-01-01'), 'month')).toBeNull();
  });

  it('allows a range of at most ten years', () => {
    expect(isStatisticsRange(d('2016-02-29'), d('2026-02-28'))).toBe(true);
    expect(isStatisticsRange(d('2016-03-01'), d('2026-03-01'))).toBe(true);
    expect(isStatisticsRange(d('2016-03-01'), d('2026-03-02'))).toBe(false);
    expect(isStatisticsRange(d('2026-03-02'), d('2026-03-01'))).toBe(false);
  });
});

describe('business-day ordinals', () => {
  it('count business days as the calendar does, holidays included', () => {
    const days = businessDayOrdinals(d('2026-03-25'), d('2026-04-15'));
    const ordinal = new Map(days.map((x) => [x.day, x.ordinal]));
    // Easter 2026: Maundy Thursday 2 April to Easter Monday 6 April.
    for (const [a, b] of [
      ['2026-03-25', '2026-04-15'],
      ['2026-04-01', '2026-04-07'],
      ['2026-04-02', '2026-04-06'],
      ['2026-03-28', '2026-03-30'],
    ] as const) {
      expect(ordinal.get(d(b))! - ordinal.get(d(a))!).toBe(businessDaysBetween(d(a), d(b)));
    }
    expect(ordinal.get(d('2026-04-07'))! - ordinal.get(d('2026-04-01'))!).toBe(1);
  });
});

describe('quantileOf (nearest rank) and HistogramSum', () => {
  it('gives the median and the 90th percentile of histograms added up', () => {
    const sum = new HistogramSum();
    // Two months' histograms, each ascending; together: 1, 3, 3, 5, 5, 5, 5, 5, 5, 10.
    sum.add([3, 5], [2, 4]);
    sum.add([1, 5, 10], [1, 2, 1]);
    expect(sum.n).toBe(10);
    const bins = sum.bins();
    expect(bins).toEqual([
      { value: 1, n: 1 },
      { value: 3, n: 2 },
      { value: 5, n: 6 },
      { value: 10, n: 1 },
    ]);
    expect(quantileOf(bins, 0.5)).toBe(5);
    expect(quantileOf(bins, 0.9)).toBe(5);
    expect(quantileOf(bins, 0.95)).toBe(10);
    expect(quantileOf(bins, 0.1)).toBe(1);
    expect(quantileOf([{ value: 4, n: 1 }], 0.9)).toBe(4);
  });

  it('is null with nothing to measure, and leaves out values that occur 0 times', () => {
    expect(quantileOf([], 0.5)).toBeNull();
    const sum = new HistogramSum();
    sum.add([2], [0]);
    expect(sum.bins()).toEqual([]);
    expect(quantileOf(sum.bins(), 0.5)).toBeNull();
  });

  it('adds values outside the counted array (negative, very large) in their order among the rest', () => {
    const sum = new HistogramSum();
    sum.add([-2, 0, 7, 10_000], [1, 2, 3, 1]);
    sum.add([7, 10_000, 5_000.5], [1, 2, 1]);
    expect(sum.n).toBe(11);
    expect(sum.bins()).toEqual([
      { value: -2, n: 1 },
      { value: 0, n: 2 },
      { value: 7, n: 4 },
      { value: 5_000.5, n: 1 },
      { value: 10_000, n: 3 },
    ]);
  });
});

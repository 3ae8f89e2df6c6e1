import { describe, expect, it } from 'vitest';
import {
  cellText,
  chartData,
  comparisonDomainMax,
  comparisonPoints,
  decimalText,
  intervalText,
  defaultFilters,
  fileNameOf,
  filtersFromSearch,
  searchFromFilters,
  type ComparisonUnit,
  type Report,
} from './statistics-logic';

const report: Report = {
  live: true,
  asOf: null,
  tables: [
    {
      period: '2026-Q1',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      columns: [
        { key: 'evicted', labelDa: 'udsat', labelEn: 'evicted', kind: 'count' },
        { key: 'evicted_per_case', labelDa: 'andel', labelEn: 'share', kind: 'rate' },
      ],
      rows: [],
      columnTotals: [
        { value: null, suppressed: true },
        { value: 0.1, suppressed: false },
      ],
      total: null,
    },
    {
      period: '2026-Q2',
      periodStart: '2026-04-01',
      periodEnd: '2026-06-30',
      columns: [{ key: 'evicted', labelDa: 'udsat', labelEn: 'evicted', kind: 'count' }],
      rows: [],
      columnTotals: [{ value: 12, suppressed: false }],
      total: null,
    },
  ],
};

describe('the statistics dashboard logic', () => {
  it('shows a suppressed cell as "<5", never as 0, and an undefined one as a dash', () => {
    expect(cellText({ value: null, suppressed: true }, 'da')).toBe('<5');
    expect(cellText({ value: 0, suppressed: false }, 'da')).toBe('0');
    expect(cellText({ value: null, suppressed: false }, 'da')).toBe('–');
    expect(cellText({ value: 1234.5, suppressed: false }, 'da')).toBe('1.234,5');
    expect(cellText({ value: 1234.5, suppressed: false }, 'en')).toBe('1,234.5');
  });

  it('draws the period totals of the count columns, leaving suppressed points out and listing them', () => {
    const data = chartData('outcomes', report, 'da');
    expect(data.series).toEqual([{ key: 'evicted', label: 'udsat' }]);
    expect(data.points).toEqual([
      { period: '2026-Q1', evicted: null },
      { period: '2026-Q2', evicted: 12 },
    ]);
    expect(data.suppressed).toEqual(['2026-Q1: udsat']);
  });

  it('keeps the filters in the address, with defaults for anything missing or malformed', () => {
    expect(defaultFilters('2026-12-01')).toEqual({
      period: 'quarter',
      from: '2026-01-01',
      to: '2026-12-01',
      groupBy: 'department',
    });
    const filters = filtersFromSearch(new URLSearchParams('period=month&from=nope&groupBy=municipality'), '2026-12-01');
    expect(filters).toEqual({ period: 'month', from: '2026-01-01', to: '2026-12-01', groupBy: 'municipality' });
    expect(filtersFromSearch(searchFromFilters(filters), '2030-01-01')).toEqual(filters);
  });

  it('takes the download name from Content-Disposition', () => {
    expect(fileNameOf('attachment; filename="statistik-tilgang.csv"', 'x.csv')).toBe('statistik-tilgang.csv');
    expect(fileNameOf(null, 'x.csv')).toBe('x.csv');
  });
});

describe('the comparison', () => {
  const unit = (over: Partial<ComparisonUnit>): ComparisonUnit => ({
    unitId: 'u',
    unitName: 'U',
    own: false,
    cases: { value: 100, suppressed: false },
    actual: { value: 20, suppressed: false },
    expected: 16,
    ratio: 1.25,
    lower: 0.76,
    upper: 1.93,
    group: 'higher',
    ...over,
  });

  it('draws the ratio with its interval as an error bar, and no point where the ratio is hidden', () => {
    const [shown, hidden] = comparisonPoints([
      unit({ own: true }),
      unit({
        unitId: 'h',
        actual: { value: null, suppressed: true },
        ratio: null,
        lower: null,
        upper: null,
        group: null,
      }),
    ]);
    expect(shown).toMatchObject({ ratio: 1.25, own: true, group: 'higher' });
    expect(shown!.interval![0]).toBeCloseTo(0.49, 10);
    expect(shown!.interval![1]).toBeCloseTo(0.68, 10);
    expect(hidden).toMatchObject({ ratio: null, interval: null, group: null, own: false });
  });

  it('writes ratios and intervals with a decimal comma in Danish, and the hidden mark when null', () => {
    expect(decimalText(1.254, 'da', '—')).toBe('1,25');
    expect(decimalText(1.254, 'en', '—')).toBe('1.25');
    expect(decimalText(null, 'da', '—')).toBe('—');
    expect(intervalText(0.76, 1.93, 'da', '—')).toBe('0,76–1,93');
    expect(intervalText(null, null, 'en', '—')).toBe('—');
  });

  it('keeps the reference line at 1 in view', () => {
    expect(comparisonDomainMax([unit({ upper: 3.1 })])).toBe(3.5);
    expect(comparisonDomainMax([unit({ upper: 0.5, ratio: 0.3 })])).toBe(2);
  });
});

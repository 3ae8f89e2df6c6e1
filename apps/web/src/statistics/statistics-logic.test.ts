import { describe, expect, it } from 'vitest';
import {
  cellText,
  chartData,
  defaultFilters,
  fileNameOf,
  filtersFromSearch,
  searchFromFilters,
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

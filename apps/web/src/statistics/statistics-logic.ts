import type { Language } from '@app/i18n';

/**
 * The dashboard's own logic, without React: the filters in the address, a statistics answer as
 * chart points and as table cells. A suppressed cell is never drawn as a number and never as 0:
 * its chart point is left out (null) and listed under the chart as "<5", and the table shows "<5".
 */

export const PERIODS = ['month', 'quarter', 'year'] as const;
export const GROUPINGS = ['department', 'municipality', 'housing_organisation'] as const;
export type Period = (typeof PERIODS)[number];
export type Grouping = (typeof GROUPINGS)[number];

export interface Filters {
  period: Period;
  from: string;
  to: string;
  groupBy: Grouping;
}

/** The charts of the dashboard, each backed by one statistics route (its last path segment). */
export const DASHBOARD_FIGURES = [
  { figure: 'inflow', slug: 'inflow', chart: 'bar', stacked: false },
  { figure: 'stages', slug: 'stages', chart: 'bar', stacked: true },
  { figure: 'outcomes', slug: 'outcomes', chart: 'bar', stacked: true },
  { figure: 'time_to_act', slug: 'time-to-act', chart: 'line', stacked: false },
] as const;
export type DashboardFigure = (typeof DASHBOARD_FIGURES)[number]['figure'];

export interface Cell {
  value: number | null;
  suppressed: boolean;
}
export interface Column {
  key: string;
  labelDa: string;
  labelEn: string;
  kind: string;
}
export interface Table {
  period: string;
  periodStart: string;
  periodEnd: string;
  columns: Column[];
  rows: { groupId: string | null; groupName: string; cells: Cell[]; total: Cell | null }[];
  columnTotals: Cell[];
  total: Cell | null;
}
export interface Report {
  live: boolean;
  asOf: string | null;
  tables: Table[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The default view: this year so far, by quarter and department. */
export function defaultFilters(today: string): Filters {
  return { period: 'quarter', from: `${today.slice(0, 4)}-01-01`, to: today, groupBy: 'department' };
}

export function filtersFromSearch(search: URLSearchParams, today: string): Filters {
  const base = defaultFilters(today);
  const period = search.get('period');
  const groupBy = search.get('groupBy');
  const from = search.get('from');
  const to = search.get('to');
  return {
    period: PERIODS.includes(period as Period) ? (period as Period) : base.period,
    groupBy: GROUPINGS.includes(groupBy as Grouping) ? (groupBy as Grouping) : base.groupBy,
    from: from && DATE.test(from) ? from : base.from,
    to: to && DATE.test(to) ? to : base.to,
  };
}

export function searchFromFilters(filters: Filters): URLSearchParams {
  return new URLSearchParams({
    period: filters.period,
    from: filters.from,
    to: filters.to,
    groupBy: filters.groupBy,
  });
}

const NUMBER: Record<Language, Intl.NumberFormat> = {
  da: new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** What a table cell shows: "<5" when suppressed (never 0), "–" when not defined, else the number. */
export function cellText(cell: Cell | null | undefined, language: Language): string {
  if (!cell) return '–';
  if (cell.suppressed) return '<5';
  if (cell.value === null) return '–';
  return NUMBER[language].format(cell.value);
}

/** The columns a chart draws: counts for inflow, stages and outcomes; the medians and 90th percentiles for time to act. */
export function chartColumns(figure: DashboardFigure, columns: readonly Column[]): Column[] {
  return figure === 'time_to_act'
    ? columns.filter((c) => c.kind === 'business_days')
    : columns.filter((c) => c.kind === 'count');
}

export interface ChartPoint {
  period: string;
  [key: string]: string | number | null;
}

export interface ChartData {
  series: { key: string; label: string }[];
  points: ChartPoint[];
  /** The points not drawn because they are suppressed, as "period: column" (shown as "<5"). */
  suppressed: string[];
}

/**
 * One point per period from the period's totals over every group (the rows are in the table):
 * a suppressed total is null in the chart, so it is neither drawn nor read as 0.
 */
export function chartData(figure: DashboardFigure, report: Report, language: Language): ChartData {
  const label = (c: Column) => (language === 'da' ? c.labelDa : c.labelEn);
  const seen = new Map<string, string>();
  for (const table of report.tables) {
    for (const column of chartColumns(figure, table.columns))
      if (!seen.has(column.key)) seen.set(column.key, label(column));
  }
  const suppressed: string[] = [];
  const points = report.tables.map((table) => {
    const point: ChartPoint = { period: table.period };
    for (const [key, name] of seen) {
      const index = table.columns.findIndex((c) => c.key === key);
      const cell = index >= 0 ? table.columnTotals[index] : undefined;
      if (cell?.suppressed) suppressed.push(`${table.period}: ${name}`);
      point[key] = cell && !cell.suppressed ? cell.value : null;
    }
    return point;
  });
  return { series: [...seen].map(([key, name]) => ({ key, label: name })), points, suppressed };
}

/** The export route's query: the dashboard's filters and the format. */
export function exportQuery(filters: Filters, format: 'csv' | 'xlsx') {
  return { ...filters, format };
}

/** The file name from Content-Disposition, or a fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(disposition ?? '');
  return match?.[1] ?? fallback;
}

/** A colour per series, distinguishable and at least 3:1 against white (WCAG 1.4.11). */
export const SERIES_COLOURS = ['#1f5fa8', '#b3541e', '#2e7d32', '#7b3fa0', '#a61b4a', '#00695c', '#5d4037', '#455a64'];

/** The comparison's levels and groups (GET /api/v1/statistics/comparison; docs/statistics-risk-model.md). */
export const COMPARISON_LEVELS = ['municipality', 'housing_organisation'] as const;
export type ComparisonLevel = (typeof COMPARISON_LEVELS)[number];
export const COMPARISON_GROUPS = [
  'significantly_lower',
  'lower',
  'as_expected',
  'higher',
  'significantly_higher',
] as const;
export type ComparisonGroup = (typeof COMPARISON_GROUPS)[number];

export interface ComparisonUnit {
  unitId: string;
  unitName: string;
  own: boolean;
  cases: Cell;
  actual: Cell;
  expected: number;
  ratio: number | null;
  lower: number | null;
  upper: number | null;
  group: string | null;
}

export interface ComparisonPoint {
  unitId: string;
  name: string;
  own: boolean;
  /** null: hidden (the evictions are suppressed), not drawn and never 0. */
  ratio: number | null;
  /** The 95 % interval as recharts' error bar wants it: [below, above] the ratio. */
  interval: [number, number] | null;
  group: ComparisonGroup | null;
}

/**
 * The comparison as chart points, one per unit in the API's order: the ratio with its interval,
 * the own unit marked; a unit whose ratio is hidden gets a null point (listed under the chart).
 */
export function comparisonPoints(units: readonly ComparisonUnit[]): ComparisonPoint[] {
  return units.map((u) => ({
    unitId: u.unitId,
    name: u.unitName,
    own: u.own,
    ratio: u.ratio,
    interval:
      u.ratio !== null && u.lower !== null && u.upper !== null
        ? [Math.max(0, u.ratio - u.lower), Math.max(0, u.upper - u.ratio)]
        : null,
    group: COMPARISON_GROUPS.includes(u.group as ComparisonGroup) ? (u.group as ComparisonGroup) : null,
  }));
}

const RATIO: Record<Language, Intl.NumberFormat> = {
  da: new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

/** A ratio, an expected count or an interval bound with two decimals; `hidden` (e.g. "—") when null. */
export function decimalText(value: number | null, language: Language, hidden: string): string {
  return value === null ? hidden : RATIO[language].format(value);
}

/** The interval as "0,81–1,23"; `hidden` when the ratio is hidden. */
export function intervalText(lower: number | null, upper: number | null, language: Language, hidden: string): string {
  return lower === null || upper === null
    ? hidden
    : `${RATIO[language].format(lower)}–${RATIO[language].format(upper)}`;
}

/** The axis' upper end: the largest interval bound, at least 2, so the reference line at 1 is always in view. */
export function comparisonDomainMax(units: readonly ComparisonUnit[]): number {
  const top = Math.max(2, ...units.map((u) => u.upper ?? u.ratio ?? 0));
  return Math.ceil(top * 2) / 2;
}

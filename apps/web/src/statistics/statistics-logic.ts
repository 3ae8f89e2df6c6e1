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

import { type ColumnSpec, type FigureSpec } from './statistics-figures.js';
import { type PeriodBucket } from './statistics-periods.js';
import { type StatisticsCell, type StatisticsRow, type StatisticsTable } from './statistics-report.js';
import { suppressList, suppressTable } from './suppression.js';

/** What the repository counted for one group in one period. */
export interface GroupFigures {
  readonly groupId: string | null;
  readonly groupName: string;
  /** By count key; a key not there is 0. */
  readonly counts: Readonly<Record<string, number>>;
  /** By interval (time to act): its quantiles in business days, by quantile (0.5: the median). */
  readonly durations: Durations;
}

/** Time to act's quantiles by interval, then by quantile; a key not there has no intervals. */
export type Durations = Readonly<Record<string, Readonly<Record<number, number | null>>>>;

const shown = (value: number | null): StatisticsCell => ({ value, suppressed: false });
const hidden: StatisticsCell = Object.freeze({ value: null, suppressed: true });
const cellOf = (value: number | null, mark: 'primary' | 'secondary' | null): StatisticsCell =>
  mark === null && value !== null ? shown(value) : hidden;
const totalOf = (value: number | null): StatisticsCell => (value === null ? hidden : shown(value));

function rate(numerator: number, denominator: number, per: number): number | null {
  if (denominator <= 0) return null;
  // Four decimals: enough for a share, and a rate per 1,000 to 0.0001.
  return Math.round((numerator / denominator) * per * 10000) / 10000;
}

/**
 * One period's table of a figure: the count columns suppressed (`suppressTable` for a figure
 * whose columns partition its rows, so the row totals are shown and protected too; otherwise
 * `suppressList` per column with its total), then the rates and durations computed from the true
 * counts, each hidden when the count it rests on is hidden (a rate of a known denominator, or a
 * median, would give a hidden count away or describe fewer than 5 cases). `overall`: the
 * durations over all the groups (quantiles do not add up, so they come computed).
 */
export function shapeTable(
  spec: FigureSpec,
  bucket: PeriodBucket,
  groups: readonly GroupFigures[],
  overall: Durations = {},
): StatisticsTable {
  const countColumns = spec.columns.filter((c) => c.kind === 'count');
  const value = (g: GroupFigures, key: string): number => g.counts[key] ?? 0;
  const matrix = groups.map((g) => countColumns.map((c) => value(g, c.key)));

  // The suppressed count cells by [row][count column], and the column totals.
  let countCells: StatisticsCell[][];
  let countTotals: StatisticsCell[];
  let rowTotals: (StatisticsCell | null)[];
  let total: StatisticsCell | null;
  if (groups.length === 0) {
    // Nothing in scope: every total is a true 0.
    countCells = [];
    countTotals = countColumns.map(() => shown(0));
    rowTotals = [];
    total = spec.additive ? shown(0) : null;
  } else if (spec.additive) {
    const table = suppressTable(matrix);
    countCells = table.cells.map((r, ri) => r.map((v, ci) => cellOf(v, table.suppressed[ri]![ci]!)));
    countTotals = table.columnTotals.map(totalOf);
    rowTotals = table.rowTotals.map(totalOf);
    total = totalOf(table.total);
  } else {
    const perColumn = countColumns.map((_, ci) => suppressList(matrix.map((r) => r[ci]!)));
    countCells = groups.map((_, ri) => perColumn.map((col) => cellOf(col.values[ri]!, col.suppressed[ri]!)));
    countTotals = perColumn.map((col) => totalOf(col.total));
    rowTotals = groups.map(() => null);
    total = null;
  }
  const countIndex = new Map(countColumns.map((c, i) => [c.key, i]));

  const derived = (
    column: ColumnSpec,
    rowCells: (key: string) => StatisticsCell | undefined,
    figures: {
      count: (key: string) => number;
      durations: Durations;
    },
  ): StatisticsCell => {
    switch (column.kind) {
      case 'count':
        throw new Error('count columns are not derived');
      case 'rate': {
        const numeratorCell = rowCells(column.numerator);
        if (numeratorCell?.suppressed) return hidden;
        return shown(rate(figures.count(column.numerator), figures.count(column.denominator), column.per));
      }
      case 'business_days': {
        if (rowCells(column.count)?.suppressed) return hidden;
        return shown(figures.durations[column.interval]?.[column.quantile] ?? null);
      }
    }
  };

  const rows: StatisticsRow[] = groups.map((g, ri) => {
    const rowCell = (key: string): StatisticsCell | undefined => {
      const i = countIndex.get(key);
      return i === undefined ? undefined : countCells[ri]![i];
    };
    const figures = { count: (key: string) => value(g, key), durations: g.durations };
    return {
      groupId: g.groupId,
      groupName: g.groupName,
      cells: spec.columns.map((column) =>
        column.kind === 'count' ? countCells[ri]![countIndex.get(column.key)!]! : derived(column, rowCell, figures),
      ),
      total: rowTotals[ri] ?? null,
    };
  });

  const allCount = (key: string): number => groups.reduce((sum, g) => sum + value(g, key), 0);
  const totalCell = (key: string): StatisticsCell | undefined => {
    const i = countIndex.get(key);
    return i === undefined ? undefined : countTotals[i];
  };
  const allFigures = { count: allCount, durations: overall };
  return {
    period: bucket.key,
    periodStart: bucket.start,
    periodEnd: bucket.end,
    columns: spec.columns.map((c) => ({ key: c.key, label: c.label, kind: c.kind })),
    rows,
    columnTotals: spec.columns.map((column) =>
      column.kind === 'count' ? countTotals[countIndex.get(column.key)!]! : derived(column, totalCell, allFigures),
    ),
    total,
  };
}

/**
 * PLACEHOLDER (helper S1) with the signature agreed in issue 16; helper S4 owns this file and the
 * integrator replaces it with S4's. Primary suppression of counts 1–4 (cells and totals), then a
 * simple secondary pass over the table with its totals: every line (a row with its total, a
 * column with its total, the column totals with the grand total, the row totals with the grand
 * total) that hides exactly one entry hides another non-zero one too — the smallest cell, else
 * the smallest total — repeated until nothing changes, so no hidden entry is the difference of
 * one line's shown entries.
 */
export const SUPPRESSION_THRESHOLD = 5;

export interface SuppressedTable {
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
  suppressed: ('primary' | 'secondary' | null)[][];
}

type Mark = 'primary' | 'secondary' | null;

/** cells[r][c] are counts of persons or cases; totals are sums of the true cells. */
export function suppressTable(cells: number[][], threshold = SUPPRESSION_THRESHOLD): SuppressedTable {
  const rows = cells.length;
  const cols = rows > 0 ? cells[0]!.length : 0;
  // The table with its totals: row `rows` holds the column totals, column `cols` the row totals.
  const grid: number[][] = cells.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
  grid.push(Array.from({ length: cols + 1 }, (_, c) => grid.reduce((a, r) => a + r[c]!, 0)));
  const marks: Mark[][] = grid.map((r) => r.map((v) => (v > 0 && v < threshold ? 'primary' : null)));
  const lines: [number, number][][] = [
    ...Array.from({ length: rows + 1 }, (_, r) =>
      Array.from({ length: cols + 1 }, (_, c) => [r, c] as [number, number]),
    ),
    ...Array.from({ length: cols + 1 }, (_, c) =>
      Array.from({ length: rows + 1 }, (_, r) => [r, c] as [number, number]),
    ),
  ];
  const isTotal = ([r, c]: [number, number]) => r === rows || c === cols;
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (line.filter(([r, c]) => marks[r]![c] !== null).length !== 1) continue;
      const pick = line
        .filter(([r, c]) => marks[r]![c] === null && grid[r]![c]! > 0)
        .sort((a, b) => Number(isTotal(a)) - Number(isTotal(b)) || grid[a[0]]![a[1]]! - grid[b[0]]![b[1]]!)[0];
      if (pick) {
        marks[pick[0]]![pick[1]] = 'secondary';
        changed = true;
      }
    }
  }
  const shown = (r: number, c: number): number | null => (marks[r]![c] === null ? grid[r]![c]! : null);
  return {
    cells: cells.map((row, r) => row.map((_, c) => shown(r, c))),
    rowTotals: cells.map((_, r) => shown(r, cols)),
    columnTotals: Array.from({ length: cols }, (_, c) => shown(rows, c)),
    total: shown(rows, cols),
    suppressed: cells.map((row, r) => row.map((_, c) => marks[r]![c]!)),
  };
}

/** a one-dimensional list with its total (e.g. outcomes by reason) */
export function suppressList(
  values: number[],
  threshold = SUPPRESSION_THRESHOLD,
): { values: (number | null)[]; total: number | null; suppressed: ('primary' | 'secondary' | null)[] } {
  const table = suppressTable(
    values.map((v) => [v]),
    threshold,
  );
  return {
    values: table.cells.map((r) => r[0]!),
    total: table.columnTotals[0] ?? null,
    suppressed: table.suppressed.map((r) => r[0]!),
  };
}

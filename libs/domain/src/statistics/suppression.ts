/**
 * PLACEHOLDER (helper S1) with the signature agreed in issue 16; helper S4 owns this file and the
 * integrator replaces it with S4's. Primary suppression of counts 1–4, then a simple secondary
 * pass: a row or column (with its total shown) that hides exactly one cell hides its smallest
 * other non-zero cell too, repeated until nothing changes.
 */
export const SUPPRESSION_THRESHOLD = 5;

export interface SuppressedTable {
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
  suppressed: ('primary' | 'secondary' | null)[][];
}

const small = (n: number, threshold: number): boolean => n > 0 && n < threshold;

/** cells[r][c] are counts of persons or cases; totals are sums of the true cells. */
export function suppressTable(cells: number[][], threshold = SUPPRESSION_THRESHOLD): SuppressedTable {
  const rows = cells.length;
  const cols = rows > 0 ? cells[0]!.length : 0;
  const rowSums = cells.map((r) => r.reduce((a, b) => a + b, 0));
  const colSums = Array.from({ length: cols }, (_, c) => cells.reduce((a, r) => a + r[c]!, 0));
  const total = rowSums.reduce((a, b) => a + b, 0);
  const marks: ('primary' | 'secondary' | null)[][] = cells.map((r) =>
    r.map((v) => (small(v, threshold) ? 'primary' : null)),
  );
  const rowHidden = rowSums.map((s) => small(s, threshold));
  const colHidden = colSums.map((s) => small(s, threshold));
  const lines: { cells: [number, number][]; hidden: boolean }[] = [
    ...cells.map((_, r) => ({
      cells: Array.from({ length: cols }, (_, c) => [r, c] as [number, number]),
      hidden: rowHidden[r]!,
    })),
    ...Array.from({ length: cols }, (_, c) => ({
      cells: Array.from({ length: rows }, (_, r) => [r, c] as [number, number]),
      hidden: colHidden[c]!,
    })),
  ];
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (line.hidden) continue;
      const hidden = line.cells.filter(([r, c]) => marks[r]![c] !== null);
      if (hidden.length !== 1) continue;
      const candidates = line.cells
        .filter(([r, c]) => marks[r]![c] === null && cells[r]![c]! > 0)
        .sort(([r1, c1], [r2, c2]) => cells[r1]![c1]! - cells[r2]![c2]!);
      const pick = candidates[0];
      if (pick) {
        marks[pick[0]]![pick[1]] = 'secondary';
        changed = true;
      }
    }
  }
  return {
    cells: cells.map((r, ri) => r.map((v, ci) => (marks[ri]![ci] === null ? v : null))),
    rowTotals: rowSums.map((s, r) => (rowHidden[r] ? null : s)),
    columnTotals: colSums.map((s, c) => (colHidden[c] ? null : s)),
    total: small(total, threshold) ? null : total,
    suppressed: marks,
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
    total: table.columnTotals[0] ?? (values.length === 0 ? 0 : null),
    suppressed: table.suppressed.map((r) => r[0]!),
  };
}

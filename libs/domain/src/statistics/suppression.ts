/**
 * PLACEHOLDER (issue 16): helper S4 owns this file; this minimal version with the agreed signature
 * lets the risk-adjusted comparison build on its own branch. The integrator replaces it with S4's.
 * Primary suppression hides every count under the threshold (0 included, so a hidden cell cannot be
 * told apart from an empty one); the list's secondary suppression hides
 * the smallest other value when exactly one is hidden and the total is shown.
 */
export const SUPPRESSION_THRESHOLD = 5;

export interface SuppressedTable {
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
  suppressed: ('primary' | 'secondary' | null)[][];
}

const hidden = (value: number, threshold: number) => value < threshold;

/** cells[r][c] are counts of persons or cases; totals are sums of the true cells. */
export function suppressTable(cells: number[][], threshold = SUPPRESSION_THRESHOLD): SuppressedTable {
  const suppressed = cells.map((row) => row.map((v) => (hidden(v, threshold) ? ('primary' as const) : null)));
  const rowTotals = cells.map((row) => row.reduce((s, v) => s + v, 0));
  const columnTotals = (cells[0] ?? []).map((_, c) => cells.reduce((s, row) => s + row[c]!, 0));
  const total = rowTotals.reduce((s, v) => s + v, 0);
  return {
    cells: cells.map((row, r) => row.map((v, c) => (suppressed[r]![c] ? null : v))),
    rowTotals: rowTotals.map((v) => (hidden(v, threshold) ? null : v)),
    columnTotals: columnTotals.map((v) => (hidden(v, threshold) ? null : v)),
    total: hidden(total, threshold) ? null : total,
    suppressed,
  };
}

/** a one-dimensional list with its total (e.g. outcomes by reason) */
export function suppressList(
  values: number[],
  threshold = SUPPRESSION_THRESHOLD,
): { values: (number | null)[]; total: number | null; suppressed: ('primary' | 'secondary' | null)[] } {
  const suppressed: ('primary' | 'secondary' | null)[] = values.map((v) => (hidden(v, threshold) ? 'primary' : null));
  const total = values.reduce((s, v) => s + v, 0);
  const totalShown = !hidden(total, threshold);
  if (totalShown && suppressed.filter(Boolean).length === 1) {
    // One hidden value would follow from the total minus the others: hide the smallest shown one too.
    let smallest = -1;
    values.forEach((v, i) => {
      if (!suppressed[i] && (smallest < 0 || v < values[smallest]!)) smallest = i;
    });
    if (smallest >= 0) suppressed[smallest] = 'secondary';
  }
  return {
    values: values.map((v, i) => (suppressed[i] ? null : v)),
    total: totalShown ? total : null,
    suppressed,
  };
}

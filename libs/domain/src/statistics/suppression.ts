/**
 * Statistical disclosure control for the managers' statistics (issue 16, item 2): no count of
 * persons or cases under 5 is shown, and no hidden count can be worked out from the totals and the
 * cells that are shown. Pure functions; the method is described in docs/statistics-suppression.md.
 *
 * The table and its margins are treated as one (R+1)×(C+1) grid: the R×C cells, the row totals as
 * column C, the column totals as row R and the grand total at [R][C]. Every row and every column of
 * that grid is a *line* whose last entry is the sum of the others (the row totals' column and the
 * column totals' row end in the grand total). Totals are counts of cases too, and are suppressed by
 * the same rules as cells.
 *
 * 1. Primary suppression: every entry with 1 ≤ value < threshold. A zero is shown: "nobody" names
 *    nobody, and hiding zeros would make every sparse table unreadable. (A zero can still tell that
 *    everyone in a row is in the other columns; that is disclosed by any shown figure of that row
 *    too and is not about a single person, which is what the threshold protects.)
 * 2. Secondary suppression, the line rule: a line with exactly one hidden entry gives it away by
 *    subtraction, so one more entry of that line is hidden — the shown entry with the smallest
 *    value, a non-zero one before a zero, a cell before a total, then the first by position. Lines
 *    are visited in a fixed order (grid rows top to bottom, then columns left to right) and the pass
 *    repeats until no line has exactly one hidden entry.
 * 3. Secondary suppression, the cycle rule: two hidden entries per line is not yet enough. Seen as
 *    a bipartite graph (grid rows and grid columns as nodes, hidden entries as edges), a hidden
 *    entry whose edge is a bridge (on no cycle) can be derived by adding and subtracting whole lines
 *    — e.g. two 2×2 blocks of hidden cells joined by one hidden cell. An entry on a cycle can be
 *    moved up and down around that cycle with every line sum unchanged, so it cannot be derived.
 *    For each bridge (first by position) the smallest shown entry that closes a cycle through it is
 *    hidden (a non-zero one before a zero). Adding an edge inside a component never makes a new
 *    bridge, so this ends; then step 2 runs again, and so on to a fixed point.
 *
 * After that, the hidden entries of every line are 0 or ≥ 2, and no hidden entry is determined by
 * the linear equations of the table. Complements are chosen non-zero first because the counts are
 * known to be ≥ 0: a cycle whose entries could only move downwards through a zero would be pinned.
 *
 * `suppressed[r][c]` says why a cell is hidden, for tests and for the services; a response should
 * show primary and secondary cells alike (telling them apart says which hidden cells are under 5).
 */
export const SUPPRESSION_THRESHOLD = 5;

export type SuppressionKind = 'primary' | 'secondary';

export interface SuppressedTable {
  /** null = suppressed (shown as "<5"). */
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
  suppressed: (SuppressionKind | null)[][];
  /** Why each row total, column total and the grand total is hidden. */
  rowTotalsSuppressed?: (SuppressionKind | null)[];
  columnTotalsSuppressed?: (SuppressionKind | null)[];
  totalSuppressed?: SuppressionKind | null;
}

export interface SuppressedList {
  values: (number | null)[];
  total: number | null;
  suppressed: (SuppressionKind | null)[];
  totalSuppressed?: SuppressionKind | null;
}

/** cells[r][c] are counts of persons or cases; totals are sums of the true cells. */
export function suppressTable(cells: number[][], threshold = SUPPRESSION_THRESHOLD): SuppressedTable {
  checkThreshold(threshold);
  const rows = cells.length;
  const columns = rows === 0 ? 0 : cells[0]!.length;
  for (const row of cells) {
    if (row.length !== columns) throw new RangeError('suppressTable: every row must have as many cells');
    row.forEach(checkCount);
  }
  const rowTotals = cells.map((row) => row.reduce((sum, value) => sum + value, 0));
  const columnTotals = Array.from({ length: columns }, (_, c) => cells.reduce((sum, row) => sum + row[c]!, 0));
  const total = rowTotals.reduce((sum, value) => sum + value, 0);

  // The grid: cells, row totals as the last column, column totals as the last row, the grand total in the corner.
  const grid: number[][] = [...cells.map((row, r) => [...row, rowTotals[r]!]), [...columnTotals, total]];
  const marks = suppressGrid(grid, threshold);

  return {
    cells: cells.map((row, r) => row.map((value, c) => (marks[r]![c] ? null : value))),
    rowTotals: rowTotals.map((value, r) => (marks[r]![columns] ? null : value)),
    columnTotals: columnTotals.map((value, c) => (marks[rows]![c] ? null : value)),
    total: marks[rows]![columns] ? null : total,
    suppressed: cells.map((row, r) => row.map((_, c) => marks[r]![c]!)),
    rowTotalsSuppressed: rowTotals.map((_, r) => marks[r]![columns]!),
    columnTotalsSuppressed: columnTotals.map((_, c) => marks[rows]![c]!),
    totalSuppressed: marks[rows]![columns]!,
  };
}

/** A one-dimensional list with its total (e.g. outcomes by reason): one line, the same rules. */
export function suppressList(values: number[], threshold = SUPPRESSION_THRESHOLD): SuppressedList {
  checkThreshold(threshold);
  values.forEach(checkCount);
  const total = values.reduce((sum, value) => sum + value, 0);
  const line = [...values, total];
  const marks: (SuppressionKind | null)[] = line.map((value) => (isPrimary(value, threshold) ? 'primary' : null));
  if (marks.filter((mark) => mark !== null).length === 1) {
    const candidates = line.map((_, i) => i).filter((i) => marks[i] === null);
    // Always one: the hidden entry is a value ≥ 1 (then the total is shown), or the total ≥ 1 (then its values are).
    marks[
      pickSmallest(
        candidates,
        (i) => line[i]!,
        (i) => (i === values.length ? 1 : 0),
      )
    ] = 'secondary';
  }
  return {
    values: values.map((value, i) => (marks[i] ? null : value)),
    total: marks[values.length] ? null : total,
    suppressed: values.map((_, i) => marks[i]!),
    totalSuppressed: marks[values.length]!,
  };
}

function checkThreshold(threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new RangeError('suppression threshold must be an integer ≥ 1');
}

function checkCount(value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError('suppression applies to counts: integers ≥ 0');
}

function isPrimary(value: number, threshold: number): boolean {
  return value >= 1 && value < threshold;
}

/**
 * The index among `candidates` with the smallest value: non-zero before zero, then by value, then
 * by `rank` (a cell before a total), then the first given.
 */
function pickSmallest(candidates: number[], valueOf: (i: number) => number, rank: (i: number) => number): number {
  let best = candidates[0]!;
  const key = (i: number): number[] => [valueOf(i) === 0 ? 1 : 0, valueOf(i), rank(i)];
  for (const candidate of candidates.slice(1)) {
    const a = key(candidate);
    const b = key(best);
    const order = a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
    if (order < 0) best = candidate;
  }
  return best;
}

/** Steps 1–3 of the header on the whole (R+1)×(C+1) grid; returns why each entry is hidden. */
function suppressGrid(grid: number[][], threshold: number): (SuppressionKind | null)[][] {
  const height = grid.length;
  const width = grid[0]!.length;
  const marks: (SuppressionKind | null)[][] = grid.map((row) =>
    row.map((value) => (isPrimary(value, threshold) ? 'primary' : null)),
  );
  // The grid's last row and last column hold totals: a cell is hidden before a total, the grand total last.
  const rank = (r: number, c: number): number => (r === height - 1 ? 1 : 0) + (c === width - 1 ? 1 : 0);
  const index = (r: number, c: number): number => r * width + c;
  const hide = (i: number): void => {
    marks[Math.floor(i / width)]![i % width] = 'secondary';
  };
  const lines: number[][] = [
    ...Array.from({ length: height }, (_, r) => Array.from({ length: width }, (__, c) => index(r, c))),
    ...Array.from({ length: width }, (_, c) => Array.from({ length: height }, (__, r) => index(r, c))),
  ];
  const valueOf = (i: number): number => grid[Math.floor(i / width)]![i % width]!;
  const rankOf = (i: number): number => rank(Math.floor(i / width), i % width);
  const isHidden = (i: number): boolean => marks[Math.floor(i / width)]![i % width] !== null;

  for (;;) {
    // Step 2: the line rule, to a fixed point.
    let changed = true;
    while (changed) {
      changed = false;
      for (const line of lines) {
        if (line.filter(isHidden).length !== 1) continue;
        const shown = line.filter((i) => !isHidden(i));
        // Never empty: a line has at least two entries (a cell and its total). When its hidden entry is ≥ 1 the line
        // holds another non-zero entry too (the sum it belongs to, or one of its terms), which is taken before zeros.
        hide(pickSmallest(shown, valueOf, rankOf));
        changed = true;
      }
    }
    // Step 3: one bridge closed per round, then the line rule again (which it cannot break: it adds an edge
    // between two nodes that already had hidden entries).
    const bridge = firstBridge(marks, height, width);
    if (bridge === null) return marks;
    const candidates: number[] = [];
    for (const r of bridge.rowsAcross) {
      for (const c of bridge.columnsAcross) if (!isHidden(index(r, c))) candidates.push(index(r, c));
    }
    hide(pickSmallest(candidates, valueOf, rankOf));
  }
}

interface Bridge {
  /** Grid rows on the far side of the bridge from its column, and grid columns on the far side from its row. */
  rowsAcross: number[];
  columnsAcross: number[];
}

/**
 * The first hidden entry (row-major) that is a bridge of the graph rows–columns, with the two sides
 * it separates: an entry joining any row of its column's side to any column of its row's side
 * closes a cycle through it.
 */
function firstBridge(marks: (SuppressionKind | null)[][], height: number, width: number): Bridge | null {
  const edges: [number, number][] = [];
  for (let r = 0; r < height; r += 1) {
    for (let c = 0; c < width; c += 1) if (marks[r]![c] !== null) edges.push([r, c]);
  }
  // Nodes: grid rows 0..height-1, grid columns height..height+width-1.
  const neighbours: number[][] = Array.from({ length: height + width }, () => []);
  edges.forEach(([r, c], e) => {
    neighbours[r]!.push(e);
    neighbours[height + c]!.push(e);
  });
  const other = (e: number, node: number): number => {
    const [r, c] = edges[e]!;
    return node === r ? height + c : r;
  };
  // Bridges by depth-first lowlinks (Tarjan), iteratively: O(nodes + edges) per round.
  const order = new Array<number>(height + width).fill(-1);
  const low = new Array<number>(height + width).fill(0);
  const isBridge = new Array<boolean>(edges.length).fill(false);
  let counter = 0;
  for (let root = 0; root < height + width; root += 1) {
    if (order[root] !== -1) continue;
    order[root] = low[root] = counter++;
    // Each frame: the node, the edge it was reached by, and how far through its neighbours it is.
    const stack: { node: number; via: number; next: number }[] = [{ node: root, via: -1, next: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const list = neighbours[frame.node]!;
      if (frame.next < list.length) {
        const f = list[frame.next++]!;
        if (f === frame.via) continue;
        const next = other(f, frame.node);
        if (order[next] === -1) {
          order[next] = low[next] = counter++;
          stack.push({ node: next, via: f, next: 0 });
        } else {
          low[frame.node] = Math.min(low[frame.node]!, order[next]!);
        }
      } else {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) {
          low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
          if (low[frame.node]! > order[parent.node]!) isBridge[frame.via] = true;
        }
      }
    }
  }
  const e = isBridge.indexOf(true);
  if (e === -1) return null;
  const [r, c] = edges[e]!;
  const sideOf = (start: number): Set<number> => {
    const seen = new Set<number>([start]);
    const queue = [start];
    while (queue.length > 0) {
      const node = queue.pop()!;
      for (const f of neighbours[node]!) {
        if (f === e) continue;
        const next = other(f, node);
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return seen;
  };
  return {
    rowsAcross: [...sideOf(height + c)].filter((node) => node < height).sort((a, b) => a - b),
    columnsAcross: [...sideOf(r)]
      .filter((node) => node >= height)
      .map((node) => node - height)
      .sort((a, b) => a - b),
  };
}

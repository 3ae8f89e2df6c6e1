import fc from 'fast-check';
import { suppressList, suppressTable, SUPPRESSION_THRESHOLD, type SuppressedTable } from './suppression.js';

/** The table and its margins as one grid (row totals as the last column, column totals as the last row). */
function gridOf(cells: number[][]): number[][] {
  const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = cells[0]!.map((_, c) => cells.reduce((a, row) => a + row[c]!, 0));
  return [...cells.map((row, r) => [...row, rowTotals[r]!]), [...columnTotals, rowTotals.reduce((a, b) => a + b, 0)]];
}

function hiddenGrid(result: SuppressedTable): boolean[][] {
  return [
    ...result.cells.map((row, r) => [...row.map((v) => v === null), result.rowTotals[r] === null]),
    [...result.columnTotals.map((v) => v === null), result.total === null],
  ];
}

/**
 * Which hidden entries the linear equations of the table pin to one value: every line of the grid sums to its last
 * entry. Gaussian elimination over the hidden entries (the shown ones are constants): a hidden entry is determined
 * iff it is a pivot whose reduced row has no free variable in it.
 */
function determinedEntries(hidden: boolean[][]): [number, number][] {
  const height = hidden.length;
  const width = hidden[0]!.length;
  const variables: [number, number][] = [];
  hidden.forEach((row, r) => row.forEach((h, c) => h && variables.push([r, c])));
  const column = new Map(variables.map(([r, c], i) => [`${r},${c}`, i]));
  const equations: number[][] = [];
  for (let r = 0; r < height; r += 1) {
    const eq = new Array<number>(variables.length).fill(0);
    for (let c = 0; c < width; c += 1) {
      const i = column.get(`${r},${c}`);
      if (i !== undefined) eq[i] = c === width - 1 ? -1 : 1;
    }
    equations.push(eq);
  }
  for (let c = 0; c < width; c += 1) {
    const eq = new Array<number>(variables.length).fill(0);
    for (let r = 0; r < height; r += 1) {
      const i = column.get(`${r},${c}`);
      if (i !== undefined) eq[i] = r === height - 1 ? -1 : 1;
    }
    equations.push(eq);
  }
  // Reduced row echelon form (small integer matrices: floats with a tolerance are exact enough).
  const pivots: number[] = [];
  let row = 0;
  for (let col = 0; col < variables.length && row < equations.length; col += 1) {
    let best = row;
    for (let k = row + 1; k < equations.length; k += 1) {
      if (Math.abs(equations[k]![col]!) > Math.abs(equations[best]![col]!)) best = k;
    }
    if (Math.abs(equations[best]![col]!) < 1e-9) continue;
    [equations[row], equations[best]] = [equations[best]!, equations[row]!];
    const pivot = equations[row]![col]!;
    equations[row] = equations[row]!.map((v) => v / pivot);
    for (let k = 0; k < equations.length; k += 1) {
      if (k === row) continue;
      const factor = equations[k]![col]!;
      if (Math.abs(factor) > 1e-12) equations[k] = equations[k]!.map((v, j) => v - factor * equations[row]![j]!);
    }
    pivots.push(col);
    row += 1;
  }
  const free = variables.map((_, i) => i).filter((i) => !pivots.includes(i));
  return pivots
    .map((col, k) => ({ col, eq: equations[k]! }))
    .filter(({ eq }) => free.every((j) => Math.abs(eq[j]!) < 1e-9))
    .map(({ col }) => variables[col]!);
}

/** Tables of 1–7 × 1–7 counts, mostly small (many zeros and values under 5), some large. */
const anyTable = fc
  .record({ rows: fc.integer({ min: 1, max: 7 }), columns: fc.integer({ min: 1, max: 7 }) })
  .chain(({ rows, columns }) =>
    fc.array(
      fc.array(
        fc.oneof(
          { weight: 2, arbitrary: fc.constant(0) },
          { weight: 3, arbitrary: fc.integer({ min: 1, max: 4 }) },
          { weight: 3, arbitrary: fc.integer({ min: 5, max: 40 }) },
          { weight: 1, arbitrary: fc.integer({ min: 41, max: 5_000 }) },
        ),
        { minLength: columns, maxLength: columns },
      ),
      { minLength: rows, maxLength: rows },
    ),
  );

describe('suppression properties', () => {
  it('(the check itself) finds the cell joining two hidden blocks, and a lone hidden cell of a line', () => {
    const twoBlocks = [
      [true, true, false, false, false],
      [true, true, true, false, false],
      [false, false, true, true, false],
      [false, false, true, true, false],
      [false, false, false, false, false],
    ];
    expect(determinedEntries(twoBlocks)).toEqual([[1, 2]]);
    expect(
      determinedEntries([
        [true, false, false],
        [false, false, false],
        [false, false, false],
      ]),
    ).toEqual([[0, 0]]);
    expect(
      determinedEntries([
        [true, true, false],
        [true, true, false],
        [false, false, false],
      ]),
    ).toEqual([]);
  });

  it('every count 1–4 is hidden, zeros and the rest are shown as they are unless hidden as complements', () => {
    fc.assert(
      fc.property(anyTable, (cells) => {
        const result = suppressTable(cells);
        const grid = gridOf(cells);
        const hidden = hiddenGrid(result);
        grid.forEach((row, r) =>
          row.forEach((value, c) => {
            if (value >= 1 && value < SUPPRESSION_THRESHOLD) expect(hidden[r]![c]).toBe(true);
          }),
        );
        cells.forEach((row, r) =>
          row.forEach((value, c) => {
            expect(result.cells[r]![c]).toBe(hidden[r]![c] ? null : value);
            const kind = result.suppressed[r]![c];
            expect(kind).toBe(
              !hidden[r]![c] ? null : value >= 1 && value < SUPPRESSION_THRESHOLD ? 'primary' : 'secondary',
            );
          }),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('no line (row or column, counting its total) has exactly one hidden entry', () => {
    fc.assert(
      fc.property(anyTable, (cells) => {
        const hidden = hiddenGrid(suppressTable(cells));
        for (const row of hidden) expect(row.filter(Boolean).length).not.toBe(1);
        for (let c = 0; c < hidden[0]!.length; c += 1) {
          expect(hidden.filter((row) => row[c]).length).not.toBe(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('no hidden entry can be worked out from the shown ones by adding and subtracting lines', () => {
    fc.assert(
      fc.property(anyTable, (cells) => {
        expect(determinedEntries(hiddenGrid(suppressTable(cells)))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic: the same table gives the same hidden cells', () => {
    fc.assert(
      fc.property(anyTable, (cells) => {
        const once = suppressTable(cells);
        expect(suppressTable(cells.map((row) => [...row]))).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it('a list hides every count 1–4 and never leaves a single hidden entry beside its total', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 12 }), (values) => {
        const result = suppressList(values);
        const hidden = [...result.values.map((v) => v === null), result.total === null];
        expect(hidden.filter(Boolean).length).not.toBe(1);
        values.forEach((value, i) => {
          if (value >= 1 && value < SUPPRESSION_THRESHOLD) expect(result.values[i]).toBeNull();
          if (result.values[i] !== null) expect(result.values[i]).toBe(value);
        });
      }),
      { numRuns: 500 },
    );
  });
});

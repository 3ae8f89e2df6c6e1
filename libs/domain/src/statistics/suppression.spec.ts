import { suppressList, suppressTable } from './suppression.js';

/** The hidden cells of a result as a picture: `#` hidden, `.` shown; the row totals after `|`, the column totals below. */
function picture(result: ReturnType<typeof suppressTable>): string[] {
  const mark = (v: number | null) => (v === null ? '#' : '.');
  return [
    ...result.cells.map((row, r) => `${row.map(mark).join('')}|${mark(result.rowTotals[r]!)}`),
    `${result.columnTotals.map(mark).join('')}|${mark(result.total)}`,
  ];
}

describe('suppressTable', () => {
  it('shows a table with no count under 5 as it is, totals included', () => {
    const result = suppressTable([
      [10, 20],
      [30, 0],
    ]);
    expect(result).toEqual({
      cells: [
        [10, 20],
        [30, 0],
      ],
      rowTotals: [30, 30],
      columnTotals: [40, 20],
      total: 60,
      suppressed: [
        [null, null],
        [null, null],
      ],
      rowTotalsSuppressed: [null, null],
      columnTotalsSuppressed: [null, null],
      totalSuppressed: null,
    });
  });

  it('shows zeros: "nobody" discloses nobody', () => {
    const result = suppressTable([
      [0, 12],
      [7, 0],
    ]);
    expect(result.cells).toEqual([
      [0, 12],
      [7, 0],
    ]);
  });

  it('hides a count under 5 and one more cell in its row and in its column, the smallest: here the whole 2×2 block', () => {
    const result = suppressTable([
      [3, 10],
      [20, 30],
    ]);
    expect(result.cells).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(result.suppressed).toEqual([
      ['primary', 'secondary'],
      ['secondary', 'secondary'],
    ]);
    // The margins stay: any of the four could be 0…13 as far as they tell.
    expect(result.rowTotals).toEqual([13, 50]);
    expect(result.columnTotals).toEqual([23, 40]);
    expect(result.total).toBe(63);
  });

  it('picks the smallest shown cell of the line as its complement, not the first', () => {
    const result = suppressTable([
      [2, 50, 9, 40],
      [60, 70, 8, 80],
    ]);
    expect(picture(result)).toEqual(['#.#.|.', '#.#.|.', '....|.']);
  });

  it('takes a non-zero complement before a zero (a zero could only move upwards)', () => {
    const result = suppressTable([
      [1, 0, 6],
      [0, 9, 7],
    ]);
    // Row 0: 1 hidden, its complement is 6 (not the 0); column 0: 1 and 0 — the 0 is the only other cell, but the
    // column total (1) is itself under 5 and hidden.
    expect(result.cells[0]).toEqual([null, 0, null]);
    expect(result.columnTotals[0]).toBeNull();
    expect(result.suppressed[0]).toEqual(['primary', null, 'secondary']);
  });

  it('hides a total under 5, and then another entry of the totals row or column so it cannot be worked out', () => {
    const result = suppressTable([
      [1, 1],
      [20, 30],
    ]);
    expect(result.rowTotals[0]).toBeNull();
    expect(result.rowTotalsSuppressed![0]).toBe('primary');
    // The row totals and the grand total form a line too: the first row total is not left alone in it.
    const hiddenInTotalsColumn = [...result.rowTotals, result.total].filter((v) => v === null).length;
    expect(hiddenInTotalsColumn).toBeGreaterThanOrEqual(2);
  });

  it('closes a cycle through a hidden cell that joins two hidden blocks (it could be derived from whole lines)', () => {
    // Two 2×2 blocks of ones, and a one at [1][2] joining them: every line has 0 or ≥ 2 hidden cells, yet rows 0–1
    // minus columns 0–1 give [1][2] exactly. The cycle rule hides the smallest cell joining the blocks the other way.
    const result = suppressTable([
      [1, 1, 50, 50],
      [1, 1, 1, 50],
      [50, 50, 1, 1],
      [50, 50, 1, 1],
    ]);
    expect(picture(result)).toEqual(['##..|.', '###.|.', '#.##|.', '..##|.', '....|.']);
    expect(result.suppressed[2]![0]).toBe('secondary');
  });

  it('refuses what is not a table of counts', () => {
    expect(() => suppressTable([[1, 2], [3]])).toThrow(RangeError);
    expect(() => suppressTable([[1.5]])).toThrow(RangeError);
    expect(() => suppressTable([[-1]])).toThrow(RangeError);
    expect(() => suppressTable([[1]], 0)).toThrow(RangeError);
  });

  it('answers an empty table with zero totals', () => {
    expect(suppressTable([])).toMatchObject({ cells: [], rowTotals: [], columnTotals: [], total: 0 });
    expect(suppressTable([[], []])).toMatchObject({ rowTotals: [0, 0], columnTotals: [], total: 0 });
  });

  it('takes another threshold', () => {
    expect(suppressTable([[7, 20]], 10).cells).toEqual([[null, null]]);
  });
});

describe('suppressList', () => {
  it('shows a list with no count under 5', () => {
    expect(suppressList([10, 0, 7])).toEqual({
      values: [10, 0, 7],
      total: 17,
      suppressed: [null, null, null],
      totalSuppressed: null,
    });
  });

  it('hides a count under 5 and the smallest other value, so the total does not give it away', () => {
    expect(suppressList([12, 3, 40, 0, 9])).toEqual({
      values: [12, null, 40, 0, null],
      total: 64,
      suppressed: [null, 'primary', null, null, 'secondary'],
      totalSuppressed: null,
    });
  });

  it('leaves two counts under 5 as they are hidden: neither can be worked out alone', () => {
    expect(suppressList([2, 3, 40]).suppressed).toEqual(['primary', 'primary', null]);
  });

  it('hides the total when it is under 5 itself, and then one of its values', () => {
    expect(suppressList([0, 4, 0])).toEqual({
      values: [0, null, 0],
      total: null,
      suppressed: [null, 'primary', null],
      totalSuppressed: 'primary',
    });
    // The only value of a list equals its total.
    expect(suppressList([7]).values).toEqual([7]);
    expect(suppressList([])).toEqual({ values: [], total: 0, suppressed: [], totalSuppressed: null });
  });
});

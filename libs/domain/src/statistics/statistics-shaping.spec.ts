import { type IsoDate } from '@app/calendar';
import { figureSpec } from './statistics-figures.js';
import { periodOf } from './statistics-periods.js';
import { shapeTable, type GroupFigures } from './statistics-shaping.js';

const bucket = periodOf('2026-03-10' as IsoDate, 'month');
const group = (
  groupId: string,
  counts: Record<string, number>,
  durations: GroupFigures['durations'] = {},
): GroupFigures => ({ groupId, groupName: `Afdeling ${groupId}`, counts, durations });
const values = (cells: readonly { value: number | null; suppressed: boolean }[]) =>
  cells.map((c) => (c.suppressed ? '<5' : c.value));

describe('shapeTable', () => {
  it('suppresses small outcome counts, then enough others that none can be worked out', () => {
    const spec = figureSpec('outcomes');
    const table = shapeTable(spec, bucket, [
      group('a', { evicted: 2, averted_paid: 20, closed_without_proceedings: 9, tenancies: 1000, closed_total: 31 }),
      group('b', { evicted: 7, averted_paid: 30, closed_without_proceedings: 6, tenancies: 2000, closed_total: 43 }),
    ]);
    const keys = table.columns.map((c) => c.key);
    const col = (key: string) => keys.indexOf(key);
    const a = table.rows[0]!;
    const b = table.rows[1]!;
    expect(a.cells[col('evicted')]).toEqual({ value: null, suppressed: true });
    // The column total (9) would give a's 2 away from b's 7, so b's evicted is hidden too.
    expect(b.cells[col('evicted')]!.suppressed).toBe(true);
    // a's row total (31) would give the 2 away: another cell of a's row is hidden.
    expect(a.cells.filter((c, i) => table.columns[i]!.kind === 'count' && c.suppressed).length).toBeGreaterThan(1);
    expect(table.columnTotals[col('evicted')]).toEqual({ value: 9, suppressed: false });
    expect(a.total).toEqual({ value: 31, suppressed: false });
    expect(table.total).toEqual({ value: 74, suppressed: false });
    // Rates on a hidden count are hidden; over all rows they are shown.
    expect(a.cells[col('evicted_per_1000_tenancies')]!.suppressed).toBe(true);
    expect(table.columnTotals[col('evicted_per_1000_tenancies')]).toEqual({ value: 3, suppressed: false });
    expect(table.columnTotals[col('evicted_per_case')]!.value).toBeCloseTo(9 / 74, 4);
  });

  it('answers an empty table with true zeros when nothing is in scope', () => {
    const table = shapeTable(figureSpec('outcomes'), bucket, []);
    expect(table.rows).toEqual([]);
    expect(table.columnTotals).toHaveLength(table.columns.length);
    expect(table.columnTotals[0]).toEqual({ value: 0, suppressed: false });
    expect(table.total).toEqual({ value: 0, suppressed: false });
  });

  it('leaves zeros and counts of 5 or more as they are', () => {
    const table = shapeTable(figureSpec('inflow'), bucket, [group('a', { opened: 5 }), group('b', {})]);
    expect(table.rows.map((r) => values(r.cells))).toEqual([[5], [0]]);
    expect(values(table.columnTotals)).toEqual([5]);
  });

  it('protects each column of a figure whose columns do not add up, without row totals', () => {
    const table = shapeTable(figureSpec('warnings'), bucket, [
      group('a', { sent: 12, undelivered: 3, escalated: 6, acknowledged_in_time: 9 }),
      group('b', { sent: 15, undelivered: 8, escalated: 0, acknowledged_in_time: 10 }),
    ]);
    expect(table.rows.map((r) => values(r.cells))).toEqual([
      [12, '<5', 6, 9],
      [15, '<5', 0, 10],
    ]);
    expect(values(table.columnTotals)).toEqual([27, 11, 6, 19]);
    expect(table.rows[0]!.total).toBeNull();
    expect(table.total).toBeNull();
  });

  it('shows median and 90th percentile in business days, hidden when fewer than 5 intervals', () => {
    const spec = figureSpec('time_to_act');
    const table = shapeTable(
      spec,
      bucket,
      [
        group('a', { 'arrears_to_payment_demand.n': 6 }, { arrears_to_payment_demand: { 0.5: 4, 0.9: 20 } }),
        group('b', { 'arrears_to_payment_demand.n': 2 }, { arrears_to_payment_demand: { 0.5: 30, 0.9: 30 } }),
        // The smallest other count, hidden too so that b's cannot be worked out from the total.
        group('c', { 'arrears_to_payment_demand.n': 5 }, { arrears_to_payment_demand: { 0.5: 1, 0.9: 1 } }),
      ],
      // Over all rows (added up from the histograms: quantiles do not add up, see intervalsOf).
      { arrears_to_payment_demand: { 0.5: 4, 0.9: 30 } },
    );
    const col = (key: string) => table.columns.findIndex((c) => c.key === key);
    const [a, b, c] = table.rows;
    expect(a!.cells[col('arrears_to_payment_demand.median')]).toEqual({ value: 4, suppressed: false });
    expect(a!.cells[col('arrears_to_payment_demand.p90')]).toEqual({ value: 20, suppressed: false });
    expect(b!.cells[col('arrears_to_payment_demand.median')]!.suppressed).toBe(true);
    expect(c!.cells[col('arrears_to_payment_demand.n')]!.suppressed).toBe(true);
    expect(c!.cells[col('arrears_to_payment_demand.median')]!.suppressed).toBe(true);
    expect(table.columnTotals[col('arrears_to_payment_demand.n')]).toEqual({ value: 13, suppressed: false });
    expect(table.columnTotals[col('arrears_to_payment_demand.median')]).toEqual({ value: 4, suppressed: false });
    expect(table.columnTotals[col('arrears_to_payment_demand.p90')]).toEqual({ value: 30, suppressed: false });
    // No intervals: not defined, not hidden.
    expect(a!.cells[col('referral_to_first_contact.median')]).toEqual({ value: null, suppressed: false });
  });
});

import { aggregateByUnit, comparisonView } from './risk-comparison.js';

describe('aggregateByUnit', () => {
  it('sums actual and expected per unit, and each level sums to the national totals', () => {
    const cases = Array.from({ length: 300 }, (_, i) => ({
      municipalityId: `m${i % 3}`,
      housingOrganisationId: `h${i % 4}`,
      evicted: i % 9 === 0,
      probability: ((i % 10) + 1) / 50,
    }));
    const units = aggregateByUnit(cases);
    const actual = cases.filter((c) => c.evicted).length;
    const expected = cases.reduce((s, c) => s + c.probability, 0);
    for (const level of ['municipality', 'housing_organisation'] as const) {
      const at = units.filter((u) => u.level === level);
      expect(at.reduce((s, u) => s + u.actual, 0)).toBe(actual);
      expect(at.reduce((s, u) => s + u.nCases, 0)).toBe(300);
      expect(at.reduce((s, u) => s + u.expected, 0)).toBeCloseTo(expected, 9);
    }
    expect(units.filter((u) => u.level === 'municipality')).toHaveLength(3);
  });
});

describe('comparisonView', () => {
  const rows = [
    { level: 'municipality' as const, unitId: 'a', unitName: 'A', nCases: 400, actual: 40, expected: 20 },
    { level: 'municipality' as const, unitId: 'b', unitName: 'B', nCases: 300, actual: 30, expected: 30.5 },
    { level: 'municipality' as const, unitId: 'c', unitName: 'C', nCases: 40, actual: 3, expected: 2.5 },
  ];

  it('gives ratio, interval and group, and flags the caller’s own unit', () => {
    const { units } = comparisonView(rows.slice(0, 2), 'b');
    expect(units[0]).toMatchObject({ unitId: 'a', own: false, ratio: 2, group: 'significantly_higher' });
    expect(units[0]!.lower).toBeGreaterThan(1);
    expect(units[1]).toMatchObject({ own: true, group: 'as_expected', actual: { value: 30, suppressed: false } });
  });

  it('hides evictions under 5, and one more so the total does not give it away, with their ratios', () => {
    const { units, total } = comparisonView(rows, null);
    expect(units[2]!.actual).toEqual({ value: null, suppressed: true });
    expect(units[2]).toMatchObject({ ratio: null, lower: null, upper: null, group: null });
    // B has the smallest shown evictions (30): hidden as well, or total − A would give C.
    expect(units[1]!.actual).toEqual({ value: null, suppressed: true });
    expect(units[1]!.ratio).toBeNull();
    expect(units[0]!.actual).toEqual({ value: 40, suppressed: false });
    expect(total.actual).toEqual({ value: 73, suppressed: false });
    expect(total.expected).toBeCloseTo(53, 9);
    expect(units.every((u) => u.cases.value !== null)).toBe(true);
  });
});

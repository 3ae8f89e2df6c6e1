import { suppressList } from '../suppression.js';
import { byarInterval, comparisonGroup, type ComparisonGroup } from './observed-expected.js';
import { predictEviction, type RiskCoefficient } from './risk-model.js';
import { type ComparisonLevel, type UnitComparison } from './risk-model.repository.js';

/** A count of cases or evictions as a manager sees it: null and `suppressed` when under 5 (or hidden to protect one that is). */
export interface CountCell {
  value: number | null;
  suppressed: boolean;
}

export interface UnitComparisonView {
  unitId: string;
  unitName: string;
  /** The caller's own municipality or housing organisation. */
  own: boolean;
  cases: CountCell;
  actual: CountCell;
  expected: number;
  /** Null when the actual count is suppressed (the ratio times the expected would give it back) or nothing is expected. */
  ratio: number | null;
  lower: number | null;
  upper: number | null;
  group: ComparisonGroup | null;
}

export interface ComparisonTotals {
  cases: CountCell;
  actual: CountCell;
  expected: number;
}

/**
 * Sums the predicted probabilities (expected) and the evictions (actual) of scored cases per unit at
 * both levels. Every case counts once at each level, so each level's units sum to the national totals.
 */
export function aggregateByUnit(
  cases: readonly { municipalityId: string; housingOrganisationId: string; evicted: boolean; probability: number }[],
): UnitComparison[] {
  const units = new Map<string, UnitComparison>();
  const add = (level: ComparisonLevel, unitId: string, evicted: boolean, probability: number) => {
    const key = `${level}:${unitId}`;
    const unit = units.get(key) ?? { level, unitId, nCases: 0, actual: 0, expected: 0 };
    unit.nCases += 1;
    unit.actual += evicted ? 1 : 0;
    unit.expected += probability;
    units.set(key, unit);
  };
  for (const c of cases) {
    add('municipality', c.municipalityId, c.evicted, c.probability);
    add('housing_organisation', c.housingOrganisationId, c.evicted, c.probability);
  }
  return [...units.values()].sort((a, b) =>
    a.level === b.level ? (a.unitId < b.unitId ? -1 : 1) : a.level < b.level ? -1 : 1,
  );
}

export { predictEviction, type RiskCoefficient };

/**
 * The comparison as shown: per unit the ratio O/E with its interval and group, counts under 5
 * suppressed with secondary suppression against the shown totals (per column: cases, evictions).
 * A unit whose evictions are hidden shows no ratio, interval or group.
 */
export function comparisonView(
  rows: readonly (UnitComparison & { unitName: string })[],
  ownUnitId: string | null,
): { units: UnitComparisonView[]; total: ComparisonTotals } {
  const cases = suppressList(rows.map((r) => r.nCases));
  const actual = suppressList(rows.map((r) => r.actual));
  const units = rows.map((row, i): UnitComparisonView => {
    const actualHidden = actual.suppressed[i] !== null;
    const interval = actualHidden ? null : byarInterval(row.actual, row.expected);
    return {
      unitId: row.unitId,
      unitName: row.unitName,
      own: ownUnitId !== null && row.unitId === ownUnitId,
      cases: { value: cases.values[i]!, suppressed: cases.suppressed[i] !== null },
      actual: { value: actual.values[i]!, suppressed: actualHidden },
      expected: row.expected,
      ratio: interval?.ratio ?? null,
      lower: interval?.lower ?? null,
      upper: interval?.upper ?? null,
      group: comparisonGroup(interval),
    };
  });
  return {
    units,
    total: {
      cases: { value: cases.total, suppressed: cases.total === null },
      actual: { value: actual.total, suppressed: actual.total === null },
      expected: rows.reduce((s, r) => s + r.expected, 0),
    },
  };
}

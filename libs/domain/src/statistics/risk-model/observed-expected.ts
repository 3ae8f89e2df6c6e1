/**
 * Observed against expected evictions (indirect standardisation, docs/statistics-risk-model.md#the-interval):
 * the ratio O/E with a 95 % interval by Byar's approximation to the exact Poisson interval, and the
 * unit's group among five.
 */

/** The normal quantile for a two-sided 95 % interval. */
const Z_95 = 1.959963984540054;

export interface RatioInterval {
  ratio: number;
  lower: number;
  upper: number;
}

/**
 * Byar's approximation (Breslow & Day 1987, vol. II, p. 69) for a Poisson count O against an
 * expected E: lower = O/E · (1 − 1/(9O) − z/(3√O))³, upper = (O+1)/E · (1 − 1/(9(O+1)) + z/(3√(O+1)))³;
 * for O = 0 the lower limit is 0. Within about 1 % of the exact limits from O = 1; null when E ≤ 0.
 */
export function byarInterval(observed: number, expected: number, z = Z_95): RatioInterval | null {
  if (!(expected > 0) || !Number.isFinite(expected) || !(observed >= 0)) return null;
  const o = observed;
  const lower = o === 0 ? 0 : (o / expected) * (1 - 1 / (9 * o) - z / (3 * Math.sqrt(o))) ** 3;
  const o1 = o + 1;
  const upper = (o1 / expected) * (1 - 1 / (9 * o1) + z / (3 * Math.sqrt(o1))) ** 3;
  return { ratio: o / expected, lower: Math.max(0, lower), upper };
}

export const COMPARISON_GROUPS = [
  'significantly_lower',
  'lower',
  'as_expected',
  'higher',
  'significantly_higher',
] as const;
export type ComparisonGroup = (typeof COMPARISON_GROUPS)[number];

/**
 * How far from 1 a ratio must be, when its interval still holds 1, to be called lower or higher
 * rather than as expected: 10 % more or fewer evictions than the case mix predicts.
 */
export const RATIO_BAND = 0.1;

/**
 * The five groups: the interval wholly below 1 (significantly lower) or wholly above it
 * (significantly higher); otherwise by the ratio itself — below 0.9 lower, above 1.1 higher, between
 * as expected. Null when nothing is expected (no interval).
 */
export function comparisonGroup(interval: RatioInterval | null, band = RATIO_BAND): ComparisonGroup | null {
  if (!interval) return null;
  if (interval.upper < 1) return 'significantly_lower';
  if (interval.lower > 1) return 'significantly_higher';
  if (interval.ratio < 1 - band) return 'lower';
  if (interval.ratio > 1 + band) return 'higher';
  return 'as_expected';
}

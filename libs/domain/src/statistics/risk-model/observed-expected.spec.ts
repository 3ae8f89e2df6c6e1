import { byarInterval, comparisonGroup } from './observed-expected.js';

describe('byarInterval', () => {
  it('is close to the exact Poisson limits (Garwood) for O = 10, E = 10', () => {
    // Exact 95 % limits for a Poisson count of 10: 4.7954 and 18.3904.
    const interval = byarInterval(10, 10)!;
    expect(interval.ratio).toBe(1);
    expect(interval.lower).toBeCloseTo(0.4795, 2);
    expect(interval.upper).toBeCloseTo(1.839, 2);
  });

  it('gives 0 as the lower limit for no events, and the upper limit within 1 % of the exact 3.689 / E', () => {
    const interval = byarInterval(0, 2)!;
    expect(interval.lower).toBe(0);
    expect(Math.abs(interval.upper - 3.689 / 2) / (3.689 / 2)).toBeLessThan(0.01);
  });

  it('has no interval when nothing is expected', () => {
    expect(byarInterval(3, 0)).toBeNull();
    expect(byarInterval(3, Number.NaN)).toBeNull();
  });
});

describe('comparisonGroup', () => {
  it('puts an interval wholly below or above 1 in the significant groups', () => {
    expect(comparisonGroup(byarInterval(20, 40))).toBe('significantly_lower');
    expect(comparisonGroup(byarInterval(60, 40))).toBe('significantly_higher');
  });

  it('otherwise groups by the ratio with a 10 % band', () => {
    expect(comparisonGroup(byarInterval(8, 10))).toBe('lower');
    expect(comparisonGroup(byarInterval(10, 10))).toBe('as_expected');
    expect(comparisonGroup(byarInterval(9.5, 10))).toBe('as_expected');
    expect(comparisonGroup(byarInterval(12, 10))).toBe('higher');
  });

  it('has no group without an interval', () => {
    expect(comparisonGroup(null)).toBeNull();
  });
});

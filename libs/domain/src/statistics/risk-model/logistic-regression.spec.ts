import { fitLogisticRegression, LogisticRegressionError, sigmoid } from './logistic-regression.js';

/** mulberry32: a small seeded PRNG, so the synthetic population is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A population shaped like the case mix: months 1–6, arrears/rent near them, binary features. */
function population(n: number, beta: readonly number[], seed: number) {
  const random = seededRandom(seed);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const months = 1 + Math.floor(random() * 6);
    const row = [
      1,
      months,
      months * (0.6 + random() * 0.8),
      random() < 0.35 ? 1 : 0,
      Math.floor(random() * 3),
      random() < 0.05 ? 1 : 0,
      random() < 0.3 ? 1 : 0,
    ];
    const p = sigmoid(row.reduce((s, v, j) => s + v * beta[j]!, 0));
    x.push(row);
    y.push(random() < p ? 1 : 0);
  }
  return { x, y };
}

describe('fitLogisticRegression', () => {
  const beta = [-3, 0.25, 0.15, 0.4, 0.5, 0.9, -0.6];

  it('recovers known coefficients from 20,000 synthetic cases (each within 3 standard errors and 0.25)', () => {
    const { x, y } = population(20_000, beta, 16);
    const fit = fitLogisticRegression(x, y);
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeLessThan(15);
    fit.coefficients.forEach((estimate, j) => {
      const error = Math.abs(estimate - beta[j]!);
      expect(error).toBeLessThan(3 * fit.standardErrors[j]!);
      expect(error).toBeLessThan(0.25);
    });
    // Standard errors of this size are what 20,000 cases with ~8 % events give.
    expect(fit.standardErrors[0]).toBeGreaterThan(0.02);
    expect(fit.standardErrors[0]).toBeLessThan(0.2);
  });

  it('is reproducible: the same rows give the same bits', () => {
    const { x, y } = population(3_000, beta, 7);
    expect(fitLogisticRegression(x, y)).toEqual(fitLogisticRegression(x, y));
  });

  it('with an intercept, the fitted probabilities sum to the number of events (the score equation)', () => {
    const { x, y } = population(5_000, beta, 3);
    const fit = fitLogisticRegression(x, y);
    const expected = x.reduce((s, row) => s + sigmoid(row.reduce((t, v, j) => t + v * fit.coefficients[j]!, 0)), 0);
    expect(expected).toBeCloseTo(
      y.reduce((s, v) => s + v, 0),
      6,
    );
  });

  it('matches a textbook fit: intercept only gives the log-odds of the event rate', () => {
    const y = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
    const fit = fitLogisticRegression(
      y.map(() => [1]),
      y,
    );
    expect(fit.coefficients[0]).toBeCloseTo(Math.log(3 / 7), 9);
    // Var(logit) = 1 / (n p (1 - p))
    expect(fit.standardErrors[0]).toBeCloseTo(Math.sqrt(1 / (10 * 0.3 * 0.7)), 9);
  });

  it('refuses a constant column as singular and complete separation as not converged', () => {
    expect(() =>
      fitLogisticRegression(
        [
          [1, 0],
          [1, 0],
          [1, 0],
          [1, 0],
        ],
        [1, 0, 1, 0],
      ),
    ).toThrow(expect.objectContaining({ reason: 'singular' }) as unknown as Error);
    expect(() =>
      fitLogisticRegression(
        [
          [1, 0],
          [1, 1],
          [1, 2],
          [1, 3],
        ],
        [0, 0, 1, 1],
      ),
    ).toThrow(LogisticRegressionError);
    expect(() => fitLogisticRegression([], [])).toThrow(
      expect.objectContaining({ reason: 'empty' }) as unknown as Error,
    );
  });
});

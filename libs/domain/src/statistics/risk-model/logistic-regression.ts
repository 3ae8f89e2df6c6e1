/**
 * Maximum-likelihood logistic regression by Newton–Raphson (equivalently iteratively reweighted
 * least squares, IRLS), with standard errors from the inverse of the observed information (the
 * Hessian of the negative log-likelihood) at the optimum. Pure and deterministic: the same rows in
 * the same order give the same bits. Written here rather than taken from npm because the JavaScript
 * packages found (e.g. `ml-logistic-regression`) fit by gradient descent with a learning rate and
 * return no standard errors; the interval and the report need both, and Newton's method on a
 * handful of features converges in a few iterations without tuning (docs/statistics-risk-model.md).
 */

export const LOGISTIC_REGRESSION_METHOD = 'newton-raphson-irls/1';

export interface LogisticFitOptions {
  /** Stop when no coefficient moves by more than this in one step. */
  tolerance?: number;
  maxIterations?: number;
}

export interface LogisticFit {
  coefficients: number[];
  standardErrors: number[];
  iterations: number;
  logLikelihood: number;
  converged: boolean;
}

export class LogisticRegressionError extends Error {
  constructor(
    readonly reason: 'empty' | 'shape' | 'singular' | 'not_converged',
    message: string,
  ) {
    super(message);
    this.name = 'LogisticRegressionError';
  }
}

/** 1 / (1 + e^-x), without overflow for large |x|. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export function linearPredictor(coefficients: readonly number[], row: readonly number[]): number {
  let eta = 0;
  for (let j = 0; j < coefficients.length; j++) eta += coefficients[j]! * row[j]!;
  return eta;
}

function logLikelihoodOf(x: readonly (readonly number[])[], y: readonly number[], beta: readonly number[]): number {
  let ll = 0;
  for (let i = 0; i < x.length; i++) {
    const eta = linearPredictor(beta, x[i]!);
    // log(1 + e^eta) computed stably
    const softplus = eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
    ll += y[i]! * eta - softplus;
  }
  return ll;
}

/** Cholesky factor L (lower) of a symmetric positive-definite matrix, or null when it is not. */
function cholesky(a: readonly (readonly number[])[]): number[][] | null {
  const n = a.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i]![j]!;
      for (let k = 0; k < j; k++) sum -= l[i]![k]! * l[j]![k]!;
      if (i === j) {
        // Relative to the diagonal, so a badly scaled but regular matrix still passes.
        if (!(sum > 1e-12 * Math.max(1, Math.abs(a[i]![i]!)))) return null;
        l[i]![i] = Math.sqrt(sum);
      } else {
        l[i]![j] = sum / l[j]![j]!;
      }
    }
  }
  return l;
}

function solveCholesky(l: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = l.length;
  const z = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i]![k]! * z[k]!;
    z[i] = sum / l[i]![i]!;
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = z[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k]![i]! * x[k]!;
    x[i] = sum / l[i]![i]!;
  }
  return x;
}

function information(x: readonly (readonly number[])[], beta: readonly number[]) {
  const p = beta.length;
  const h = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const probabilities = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) {
    const row = x[i]!;
    const mu = sigmoid(linearPredictor(beta, row));
    probabilities[i] = mu;
    const w = mu * (1 - mu);
    for (let a = 0; a < p; a++) {
      const wa = w * row[a]!;
      if (wa === 0) continue;
      for (let b = 0; b <= a; b++) h[a]![b]! += wa * row[b]!;
    }
  }
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) h[b]![a] = h[a]![b]!;
  return { h, probabilities };
}

/**
 * Fits P(y = 1 | x) = sigmoid(x · β). `x` rows must already hold the intercept column (a 1) if
 * one is wanted. Refuses (LogisticRegressionError) an empty or ragged design, a singular
 * information matrix (a constant or collinear column), and a fit that does not converge (complete
 * separation drives a coefficient to infinity).
 */
export function fitLogisticRegression(
  x: readonly (readonly number[])[],
  y: readonly number[],
  options: LogisticFitOptions = {},
): LogisticFit {
  const tolerance = options.tolerance ?? 1e-9;
  const maxIterations = options.maxIterations ?? 50;
  if (x.length === 0) throw new LogisticRegressionError('empty', 'no rows to fit');
  const p = x[0]!.length;
  if (p === 0 || x.some((row) => row.length !== p) || y.length !== x.length) {
    throw new LogisticRegressionError('shape', 'rows of unequal length, or as many outcomes as rows expected');
  }
  let beta = new Array<number>(p).fill(0);
  let ll = logLikelihoodOf(x, y, beta);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const { h, probabilities } = information(x, beta);
    const gradient = new Array<number>(p).fill(0);
    for (let i = 0; i < x.length; i++) {
      const r = y[i]! - probabilities[i]!;
      const row = x[i]!;
      for (let a = 0; a < p; a++) gradient[a]! += r * row[a]!;
    }
    const l = cholesky(h);
    if (!l)
      throw new LogisticRegressionError(
        'singular',
        'the information matrix is singular (a constant or collinear feature)',
      );
    const step = solveCholesky(l, gradient);
    // Step halving keeps each iteration from lowering the likelihood (rarely needed for a logit).
    let scale = 1;
    let next = beta.map((b, j) => b + step[j]!);
    let nextLl = logLikelihoodOf(x, y, next);
    while (nextLl < ll - 1e-12 * Math.abs(ll) && scale > 1 / 1024) {
      scale /= 2;
      next = beta.map((b, j) => b + scale * step[j]!);
      nextLl = logLikelihoodOf(x, y, next);
    }
    const moved = Math.max(...step.map((s) => Math.abs(s * scale)));
    beta = next;
    ll = nextLl;
    if (moved < tolerance) {
      const final = information(x, beta);
      const lFinal = cholesky(final.h);
      if (!lFinal) throw new LogisticRegressionError('singular', 'the information matrix is singular at the optimum');
      const standardErrors = beta.map((_, j) => {
        const unit = new Array<number>(p).fill(0);
        unit[j] = 1;
        return Math.sqrt(solveCholesky(lFinal, unit)[j]!);
      });
      return { coefficients: beta, standardErrors, iterations: iteration, logLikelihood: ll, converged: true };
    }
  }
  throw new LogisticRegressionError(
    'not_converged',
    `no convergence in ${maxIterations} iterations (a feature may separate the outcomes completely)`,
  );
}

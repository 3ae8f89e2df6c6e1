import {
  LOGISTIC_REGRESSION_METHOD,
  LogisticRegressionError,
  fitLogisticRegression,
  linearPredictor,
  sigmoid,
} from './logistic-regression.js';
import { RISK_FEATURES, type RiskFeature } from './risk-features.js';

export interface RiskCoefficient {
  name: RiskFeature;
  /** Null: the feature did not vary among the cases fitted (e.g. no custody episode at all), so it was left out. */
  estimate: number | null;
  standardError: number | null;
}

export interface RiskModel {
  method: string;
  coefficients: RiskCoefficient[];
  nCases: number;
  nEvents: number;
  iterations: number;
  logLikelihood: number;
}

/** Why no model could be fitted; the previous fit stays in use. */
export type RiskModelUnfit = 'too_few_cases' | 'no_variation' | 'singular' | 'not_converged';

/** The fewest closed cases, and the fewest of each outcome, a fit is attempted on. */
export const MIN_CASES = 50;
export const MIN_EVENTS = 5;

export type RiskFitResult = { ok: true; model: RiskModel } | { ok: false; reason: RiskModelUnfit };

/**
 * Fits the eviction model to closed cases: `rows` are design rows in RISK_FEATURES order
 * (riskFeatureRow), `evicted` whether each case ended in eviction. Columns that are constant over
 * the rows (other than the intercept) are left out, as the likelihood does not depend on them.
 */
export function fitRiskModel(rows: readonly (readonly number[])[], evicted: readonly boolean[]): RiskFitResult {
  const nEvents = evicted.filter(Boolean).length;
  if (rows.length < MIN_CASES) return { ok: false, reason: 'too_few_cases' };
  if (nEvents < MIN_EVENTS || rows.length - nEvents < MIN_EVENTS) return { ok: false, reason: 'no_variation' };
  const kept = RISK_FEATURES.map((_, j) => j).filter((j) => j === 0 || rows.some((row) => row[j] !== rows[0]![j]));
  const x = rows.map((row) => kept.map((j) => row[j]!));
  const y = evicted.map((e) => (e ? 1 : 0));
  try {
    const fit = fitLogisticRegression(x, y);
    const coefficients = RISK_FEATURES.map((name, j): RiskCoefficient => {
      const at = kept.indexOf(j);
      return at < 0
        ? { name, estimate: null, standardError: null }
        : { name, estimate: fit.coefficients[at]!, standardError: fit.standardErrors[at]! };
    });
    return {
      ok: true,
      model: {
        method: LOGISTIC_REGRESSION_METHOD,
        coefficients,
        nCases: rows.length,
        nEvents,
        iterations: fit.iterations,
        logLikelihood: fit.logLikelihood,
      },
    };
  } catch (error) {
    if (error instanceof LogisticRegressionError && (error.reason === 'singular' || error.reason === 'not_converged')) {
      return { ok: false, reason: error.reason };
    }
    throw error;
  }
}

/** The predicted probability that a case with this design row ends in eviction; left-out features count 0. */
export function predictEviction(coefficients: readonly RiskCoefficient[], row: readonly number[]): number {
  return sigmoid(
    linearPredictor(
      coefficients.map((c) => c.estimate ?? 0),
      row,
    ),
  );
}

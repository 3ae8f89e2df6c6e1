export * from './risk-model.module.js';
export * from './risk-model.service.js';
export * from './risk-model.js';
export * from './risk-features.js';
export * from './risk-comparison.js';
export * from './observed-expected.js';
export * from './logistic-regression.js';
export {
  COMPARISON_LEVELS,
  type ComparisonLevel,
  type RiskModelFitRow,
  type UnitComparison,
} from './risk-model.repository.js';

// Debt counselling: the rules of sessions, debts and budgets, and the standard living amounts.
// Pure rules plus one reference-data repository; the counselling module exports this folder.
export * from './validation-issue.js';
export * from './session-rules.js';
export * from './debt-rules.js';
export * from './budget-rules.js';
export * from './budget-assessment.js';
export * from './standard-living-amount.js';
export * from './standard-living-amount.repository.js';
export * from './budget.errors.js';
export * from './standard-living-amount.service.js';

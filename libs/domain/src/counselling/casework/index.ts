// The debt advisor's casework on a referral: sessions, debts and budgets (docs/debt-counselling.md#casework).
export * from './casework-rules.js';
export * from './casework.errors.js';
export * from './counselling-session.service.js';
export * from './counselling-debt.service.js';
export * from './counselling-budget.service.js';

export * from './db-errors.js';
export * from './idempotency.service.js';
export * from './keyset-page.sql.js';
export * from './query-plan.repository.js';
export * from './shared.module.js';
export * from './sql-fragment.js';

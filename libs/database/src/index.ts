export * from './data-source-options.js';
export * from './database.module.js';
export * from './migrate.js';
export * from './preflight.js';
export * from './prepared-statements.js';
export * from './run-migrations.js';
export * from './snake-naming.strategy.js';
export * from './embedded-postgres.js';

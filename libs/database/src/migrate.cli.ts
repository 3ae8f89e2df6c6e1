import { ConfigError, loadConfig } from '@app/config';
import { migrateDatabase } from './migrate.js';

// `npm run migrate`: apply migrations and exit.
try {
  const applied = await migrateDatabase(loadConfig());
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date.');
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

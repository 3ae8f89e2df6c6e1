import { runMigrations as runQueueMigrations } from 'bullmq';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { type AppConfig } from '@app/config';
import { dataSourceOptions } from './data-source-options.js';
import { assertDatabaseReachable } from './preflight.js';
import { runMigrationsLocked } from './run-migrations.js';

/**
 * Brings the database up to date: the application's migrations, and, when queues run on
 * PostgreSQL, BullMQ's own schema. Both take advisory locks, so concurrent starts are safe.
 */
export async function migrateDatabase(config: AppConfig): Promise<string[]> {
  await assertDatabaseReachable(config.database.url);
  const dataSource = new DataSource(
    dataSourceOptions(config.database.url, { poolSize: 2, applicationName: 'migrate' }),
  );
  await dataSource.initialize();
  try {
    const applied = await runMigrationsLocked(dataSource);
    if (config.queue.backend === 'postgres') {
      const client = new pg.Client({ connectionString: config.database.url });
      await client.connect();
      try {
        await runQueueMigrations(client, config.queue.pgSchema);
      } finally {
        await client.end();
      }
    }
    return applied;
  } finally {
    await dataSource.destroy();
  }
}

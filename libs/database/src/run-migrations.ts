import { DataSource } from 'typeorm';

/** Arbitrary but fixed: every process that migrates takes this session-level advisory lock. */
const MIGRATION_LOCK_KEY = 7_310_092_502;

/**
 * Runs pending migrations while holding an advisory lock, so API and worker processes that
 * start together never migrate at the same time. Returns the names of the migrations applied.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockRunner.release();
  }
}

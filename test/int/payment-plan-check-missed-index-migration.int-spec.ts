import { PaymentPlanCheckMissedIndex1764770000000 } from '../../libs/database/src/migrations/1764770000000-PaymentPlanCheckMissedIndex.js';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { type QueryRunner } from 'typeorm';

/** The index of the missed payment-plan checks goes down and up again on a real database. */
describe('migration PaymentPlanCheckMissedIndex1764770000000', () => {
  let database: TestDatabase;
  const runner = () => ({ query: (sql: string) => database.query(sql) }) as unknown as QueryRunner;
  const definition = async () =>
    (
      await database.query<{ indexdef: string }>(
        `SELECT indexdef FROM pg_indexes WHERE tablename = 'payment_plan_check' AND indexname = 'ix_payment_plan_check_missed'`,
      )
    )[0]?.indexdef ?? null;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('indexes the missed checks by plan, and goes down and up again', async () => {
    expect(await definition()).toMatch(/\(plan_id\) WHERE missed$/);
    const migration = new PaymentPlanCheckMissedIndex1764770000000();
    await migration.down(runner());
    expect(await definition()).toBeNull();
    await migration.up(runner());
    expect(await definition()).toMatch(/\(plan_id\) WHERE missed$/);
  });
});

import { PaymentPlanSweep1764660000000 } from '../../libs/database/src/migrations/1764660000000-PaymentPlanSweep.js';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { type QueryRunner } from 'typeorm';

/** The payment-plan sweep migration goes down and up again on a real database. */
describe('migration PaymentPlanSweep1764660000000', () => {
  let database: TestDatabase;
  const runner = () => ({ query: (sql: string) => database.query(sql) }) as unknown as QueryRunner;
  const breakAfterDefault = async () =>
    (
      await database.query<{ column_default: string }>(
        `SELECT column_default FROM information_schema.columns
          WHERE table_name = 'housing_organisation' AND column_name = 'payment_plan_break_after_misses'`,
      )
    )[0]?.column_default ?? null;
  const checkForeignKey = async () =>
    (
      await database.query(
        `SELECT 1 FROM pg_constraint WHERE conname = 'payment_plan_check_plan_id_instalment_number_fkey'`,
      )
    ).length > 0;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('adds the break setting (default 2, 1–12) and drops the check rows’ key to the instalments, and goes down and up again', async () => {
    expect(await breakAfterDefault()).toBe('2');
    expect(await checkForeignKey()).toBe(false);
    const migration = new PaymentPlanSweep1764660000000();
    await migration.down(runner());
    expect(await breakAfterDefault()).toBeNull();
    expect(await checkForeignKey()).toBe(true);
    await migration.up(runner());
    expect(await breakAfterDefault()).toBe('2');
    expect(await checkForeignKey()).toBe(false);
    await database.query(`INSERT INTO housing_organisation (id, name) VALUES (gen_random_uuid(), 'Boligselskabet')`);
    await expect(
      database.query(`UPDATE housing_organisation SET payment_plan_break_after_misses = 13`),
    ).rejects.toThrow(/ck_housing_organisation_break_after_misses/);
  });
});

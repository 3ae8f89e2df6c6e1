import { PaymentPlans1764650000000 } from '../../libs/database/src/migrations/1764650000000-PaymentPlans.js';
import { StatisticsAggregates1764731000000 } from '../../libs/database/src/migrations/1764731000000-StatisticsAggregates.js';
import { StatisticsTimeToActHistograms1764800000000 } from '../../libs/database/src/migrations/1764800000000-StatisticsTimeToActHistograms.js';
import { StatisticsTimeToActPeriods1764810000000 } from '../../libs/database/src/migrations/1764810000000-StatisticsTimeToActPeriods.js';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { type QueryRunner } from 'typeorm';

/** The payment-plan migration goes down and up again on a real database, and its checks hold. */
describe('migration PaymentPlans1764650000000', () => {
  let database: TestDatabase;
  const runner = () => ({ query: (sql: string) => database.query(sql) }) as unknown as QueryRunner;
  const constraintDef = async (name: string) =>
    (
      await database.query<{ def: string }>(
        `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = $1`,
        [name],
      )
    )[0]?.def ?? null;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('is applied: the stage, the grace days and the plan tables exist', async () => {
    expect(await constraintDef('ck_arrears_case_stage')).toContain('payment_plan_agreed');
    expect(await constraintDef('ck_payment_plan_clears')).not.toBeNull();
    const [column] = await database.query<{ column_default: string }>(
      `SELECT column_default FROM information_schema.columns
        WHERE table_name = 'housing_organisation' AND column_name = 'payment_plan_grace_days'`,
    );
    expect(column?.column_default).toBe('5');
  });

  it('goes down and up again', async () => {
    const migration = new PaymentPlans1764650000000();
    // The statistics' views read the plans: later migrations, taken down first (the views read from
    // them before them) and put back last.
    const statistics = new StatisticsAggregates1764731000000();
    const histograms = new StatisticsTimeToActHistograms1764800000000();
    const periods = new StatisticsTimeToActPeriods1764810000000();
    await periods.down(runner());
    await histograms.down(runner());
    await statistics.down(runner());
    await migration.down(runner());
    expect(await constraintDef('ck_arrears_case_stage')).not.toContain('payment_plan_agreed');
    expect(await constraintDef('ck_payment_plan_clears')).toBeNull();
    await migration.up(runner());
    expect(await constraintDef('ck_arrears_case_closed')).toContain('payment_plan_agreed');
    expect(await constraintDef('ck_payment_plan_clears')).not.toBeNull();
    await statistics.up(runner());
    await histograms.up(runner());
    await periods.up(runner());
  });
});

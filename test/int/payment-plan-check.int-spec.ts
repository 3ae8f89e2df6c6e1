import { type INestApplication } from '@nestjs/common';
import { addDays, copenhagenDateOf, type IsoDate } from '@app/calendar';
import {
  ArrearsCaseService,
  expectedBalance,
  instalmentExpectedFrom,
  instalmentSchedule,
  PaymentPlanService,
} from '@app/domain';
import { createTestDatabase, testConfig, TestWorld, type TestDatabase } from '@app/testing';
import { createApi } from '../../apps/api/src/api.factory.js';

/**
 * The set-based missed-instalment check on a real database, with a controllable day: each
 * instalment is checked once after its grace days, also when the check runs twice or twice at
 * once, and its expected balance is the pure rule's.
 */
describe('the missed-instalment check', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let world: TestWorld;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    world = new TestWorld(api);
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('checks each instalment once after its grace days, as the pure rule expects', async () => {
    const { departments, caseworker } = await world.organisation();
    const { caseId } = await world.caseAt('registered', { department: departments[0]!, caseworker });
    const cases = api.get(ArrearsCaseService);
    const plans = api.get(PaymentPlanService);
    const today = copenhagenDateOf(new Date());
    const firstDueOn = addDays(today, 3);
    const { version } = await cases.summaryOf(caseworker.actor, caseId);
    const plan = await world.paymentPlan(caseworker.actor, caseId, version, 650_000, { instalments: 3, firstDueOn });
    const schedule = instalmentSchedule({ ...plan, firstDueOn: plan.firstDueOn });
    expect(plan.instalments.map((i) => [i.dueOn, i.amountOre])).toEqual(schedule.map((i) => [i.dueOn, i.amountOre]));
    const from = schedule.map((i) => instalmentExpectedFrom(i, plan.graceDays));

    // Before the first grace period has run, nothing is due.
    expect(await plans.checkDueInstalments(addDays(from[0]!, -1))).toEqual([]);

    // The first instalment paid: checked, not missed.
    await cases.recordPayment(caseworker.actor, caseId, { amountOre: 216_667, paidOn: today });
    const first = await plans.checkDueInstalments(from[0]!);
    expect(first).toEqual([
      {
        planId: plan.id,
        instalmentNumber: 1,
        checkedOn: from[0],
        expectedOre: expectedBalance(650_000, schedule, plan.graceDays, from[0]!),
        actualOre: 433_333,
        behindByOre: 0,
        missed: false,
      },
    ]);
    expect(first[0]!.expectedOre).toBe(433_333);
    // Again, and later the same day: nothing new.
    expect(await plans.checkDueInstalments(from[0]!)).toEqual([]);

    // The second not paid: missed, behind by the instalment.
    const [second] = await plans.checkDueInstalments(from[1]!);
    expect(second).toMatchObject({
      instalmentNumber: 2,
      expectedOre: 216_666,
      actualOre: 433_333,
      behindByOre: 216_667,
    });
    expect(second!.missed).toBe(true);

    // Two runs at the same moment (two workers): the third instalment is checked once.
    const runs = await Promise.all([plans.checkDueInstalments(from[2]!), plans.checkDueInstalments(from[2]!)]);
    const third = runs.flat();
    expect(third.map((c) => [c.instalmentNumber, c.expectedOre, c.missed])).toEqual([[3, 0, true]]);
    const [{ n }] = await database.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM payment_plan_check WHERE plan_id = $1`,
      [plan.id],
    );
    expect(n).toBe('3');
  });

  it('checks no plan that has ended', async () => {
    const { departments, caseworker } = await world.organisation();
    const { caseId } = await world.caseAt('registered', { department: departments[0]!, caseworker });
    const cases = api.get(ArrearsCaseService);
    const plans = api.get(PaymentPlanService);
    const today = copenhagenDateOf(new Date());
    const plan = await world.paymentPlan(
      caseworker.actor,
      caseId,
      (await cases.summaryOf(caseworker.actor, caseId)).version,
      650_000,
    );
    await plans.break(caseworker.actor, caseId, { version: plan.caseVersion, on: today });
    const checks = await plans.checkDueInstalments(addDays(today, 400) as IsoDate);
    expect(checks.filter((c) => c.planId === plan.id)).toEqual([]);
  });
});

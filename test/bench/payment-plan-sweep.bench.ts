import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CliModule } from '../../apps/api/src/cli/cli.module.js';
import { type IsoDate } from '@app/calendar';
import { PaymentPlanService } from '@app/domain';
import {
  clearRedisPrefix,
  createTestDatabase,
  testConfig,
  uniqueQueuePrefix,
  type TestConfigOptions,
  type TestDatabase,
} from '@app/testing';
import { report, size, timed } from './support/bench.js';
import { GRACE_DAYS, INSTALMENTS, LATEST_DUE, seedPaymentPlans } from './support/payment-plan-seed.js';

const N = size(100_000, 200);

/** What one run of the missed-instalment check did, and how long it took from asking to done. */
interface CheckRun {
  seconds: number;
  /** Instalments checked (recorded in `payment_plan_check`) by this run. */
  checked: number;
  /** Of those, missed. */
  missed: number;
}

interface Checker {
  run(on: IsoDate): Promise<CheckRun>;
  stop(): Promise<void>;
}

/**
 * The check under test, in one place. FOR NOW IN-PROCESS: `PaymentPlanService.checkDueInstalments`
 * (the set-based `PaymentPlanRepository.checkDueInstalments`, one statement) through a Nest
 * application context in this Jest process, because the worker's maintenance job
 * `payment-plan-check` (PaymentPlanSweeper.sweep, with its warnings and the automatic break and
 * completion) is not on main yet. Once it is, this function starts the built worker
 * (dist/apps/worker/src/main.js) against the same database and Redis, its mail to a SinkProcess,
 * waits for the maintenance jobs it starts with, and `run` adds `JobName.PaymentPlanCheck` with
 * `{ on }` to the maintenance queue (`QueueBackend.createQueue(QueueName.Maintenance)`) and times
 * it until `job.waitUntilFinished(queueEvents)` gives the sweep's counts; CheckRun then extends
 * PaymentPlanSweepResult and the test also expects `broken: twoMissed, completed: paidOff`.
 */
async function startChecker(options: TestConfigOptions): Promise<Checker> {
  const context: INestApplicationContext = await NestFactory.createApplicationContext(
    CliModule.forRoot(testConfig(options)),
    { logger: false },
  );
  const plans = context.get(PaymentPlanService);
  return {
    async run(on) {
      let checks: Awaited<ReturnType<PaymentPlanService['checkDueInstalments']>> = [];
      const seconds = await timed(async () => {
        checks = await plans.checkDueInstalments(on);
      });
      return { seconds, checked: checks.length, missed: checks.filter((check) => check.missed).length };
    },
    stop: () => context.close(),
  };
}

/**
 * The baseline: one hand-written query for the instalments missed as of `on`: of every active
 * plan, each instalment whose grace days have run (due_on + grace_days before `on`) and whose
 * expected remaining balance (the plan's amount less it and the instalments before it, never
 * below 0) is below the case's ledger balance.
 */
async function missedBySql(database: TestDatabase, on: IsoDate): Promise<string[]> {
  const rows = await database.query<{ plan_id: string; number: number }>(
    `SELECT e.plan_id, e.number
       FROM (SELECT p.id AS plan_id, p.case_id, i.number, i.due_on + p.grace_days AS grace_ends_on,
                    GREATEST(0, p.amount_ore - SUM(i.amount_ore) OVER (PARTITION BY p.id ORDER BY i.number)) AS expected_ore
               FROM payment_plan p JOIN payment_plan_instalment i ON i.plan_id = p.id
              WHERE p.status = 'active') AS e
       JOIN (SELECT l.case_id, SUM(l.amount_ore) AS balance_ore
               FROM ledger_entry l JOIN payment_plan p ON p.case_id = l.case_id AND p.status = 'active'
              GROUP BY l.case_id) AS b ON b.case_id = e.case_id
      WHERE e.grace_ends_on < $1::date AND e.expected_ore < b.balance_ore`,
    [on],
  );
  return rows.map((row) => `${row.plan_id}:${row.number}`);
}

/** Every (plan, instalment) the check has recorded as missed, this run's and the earlier sweeps'. */
async function missedByChecks(database: TestDatabase): Promise<string[]> {
  const rows = await database.query<{ plan_id: string; instalment_number: number }>(
    `SELECT plan_id, instalment_number FROM payment_plan_check WHERE missed`,
  );
  return rows.map((row) => `${row.plan_id}:${row.instalment_number}`);
}

/**
 * The daily missed-instalment check over N active monthly plans of a year's instalments each, on
 * the day the eleventh instalment's grace days have run out (the earlier ten were checked by the
 * sweeps before, see support/payment-plan-seed.ts), beside one hand-written SQL query finding
 * the same missed instalments, in the same run on the same database. The query runs first (the
 * check changes the data), once untimed to warm the caches and once timed. Both must find the
 * same set of (plan, instalment); no timing is asserted.
 */
describe(`payment plan sweep benchmark (${N} plans)`, () => {
  let database: TestDatabase;
  let checker: Checker | undefined;
  const prefix = uniqueQueuePrefix();

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await checker?.stop();
    await database?.drop();
    await clearRedisPrefix(prefix);
  });

  it('measures plans checked/s against one SQL query', async () => {
    const options: TestConfigOptions = { database, queue: 'redis', prefix };
    const seed = await seedPaymentPlans(database, N, testConfig(options).calendar);
    expect(seed).toMatchObject({ plans: N, instalments: N * INSTALMENTS, earlierChecks: N * (LATEST_DUE - 1) });
    const expectedMissed = 2 * seed.twoMissed + seed.oneMissed;
    expect(seed.twoMissed + seed.oneMissed).toBeGreaterThan(0);
    // The ledger as designed: the paid-off plans' cases owe nothing, every other case still owes.
    const [balances] = await database.query<{ zero: number; owing: number }>(
      `SELECT count(*) FILTER (WHERE balance_ore = 0)::int AS zero, count(*) FILTER (WHERE balance_ore > 0)::int AS owing
         FROM (SELECT case_id, SUM(amount_ore) AS balance_ore FROM ledger_entry GROUP BY case_id) AS b`,
    );
    expect(balances).toEqual({ zero: seed.paidOff, owing: N - seed.paidOff });
    checker = await startChecker(options);

    await missedBySql(database, seed.checkOn);
    let bySql: string[] = [];
    const sqlSeconds = await timed(async () => {
      bySql = await missedBySql(database, seed.checkOn);
    });

    const run = await checker.run(seed.checkOn);
    // One new check per plan (its eleventh instalment); missed where the tenant stopped paying.
    expect(run).toMatchObject({ checked: N, missed: seed.twoMissed + seed.oneMissed });

    // The same set: the check's missed rows (the earlier sweeps' and this one's) and the query's.
    const byChecks = await missedByChecks(database);
    expect(bySql).toHaveLength(expectedMissed);
    expect(byChecks).toHaveLength(expectedMissed);
    expect([...byChecks].sort()).toEqual([...bySql].sort());

    report('plans_checked_per_s', N / run.seconds, 'plans/s');
    report('instalment_sweep_ms', run.seconds * 1000, 'ms');
    report('instalment_sql_ms', sqlSeconds * 1000, 'ms');
    report('instalment_sweep_vs_sql', run.seconds / sqlSeconds, 'x');
    process.stdout.write(
      `payment plans: ${N} (${INSTALMENTS} monthly instalments, ${GRACE_DAYS} grace days, checked on ${seed.checkOn}), ` +
        `${seed.ledgerLines} ledger lines; ${seed.oneMissed + seed.twoMissed} plans missed (${seed.twoMissed} twice), ` +
        `${seed.paidOff} paid off, ${seed.ahead} ahead\n`,
    );
  });
});

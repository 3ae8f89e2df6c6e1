import { QueueEvents } from 'bullmq';
import { type IsoDate } from '@app/calendar';
import { type PaymentPlanSweepResult } from '@app/domain';
import { JobName, QueueBackend, QueueName, type PaymentPlanCheckJob } from '@app/queue';
import {
  clearRedisPrefix,
  createTestDatabase,
  eventually,
  startProcess,
  stopProcess,
  testConfig,
  testEnv,
  testRedisUrl,
  uniqueQueuePrefix,
  type TestConfigOptions,
  type TestDatabase,
} from '@app/testing';
import { report, SinkProcess, size, timed } from './support/bench.js';
import { GRACE_DAYS, INSTALMENTS, LATEST_DUE, seedPaymentPlans } from './support/payment-plan-seed.js';

const N = size(100_000, 200);

/**
 * What one run of the missed-instalment check did (the sweep's counts: instalments checked, of
 * them missed, plans broken and completed, warnings raised), and how long it took from asking to done.
 */
interface CheckRun extends PaymentPlanSweepResult {
  seconds: number;
}

interface Checker {
  run(on: IsoDate): Promise<CheckRun>;
  stop(): Promise<void>;
}

/**
 * The check under test, in one place: the real sweeper (PaymentPlanSweeper.sweep: the set-based
 * check, its warnings, the automatic break and completion) in the built worker
 * (dist/apps/worker/src/main.js), a real process against the bench database and Redis, its mail
 * going to an SMTP sink in a process of its own. `run` enqueues the maintenance job
 * `payment-plan-check` with `{ on }` on the maintenance queue, as its schedule does with today, and
 * times it from being added until BullMQ reports it completed, with the sweep's counts as its return value.
 */
async function startChecker(options: TestConfigOptions): Promise<Checker> {
  const sink = await SinkProcess.start();
  const worker = startProcess(
    'dist/apps/worker/src/main.js',
    testEnv({ ...options, smtpUrl: sink.url, env: { LOG_LEVEL: 'info', OUTBOX_POLL_MS: '250' } }),
  );
  const config = testConfig(options);
  const queue = new QueueBackend(config).createQueue(QueueName.Maintenance);
  const redis = new URL(testRedisUrl());
  const events = new QueueEvents(QueueName.Maintenance, {
    connection: { host: redis.hostname, port: redis.port ? Number(redis.port) : 6379 },
    prefix: config.queue.prefix,
  });
  const stop = async () => {
    await events.close();
    await queue.close();
    await stopProcess(worker);
    sink.stop();
  };
  try {
    await eventually(() => (/Worker running/.test(worker.output()) ? true : undefined), 30_000, 'the worker').catch(
      (error: Error) => {
        throw new Error(`${error.message}; it said:\n${worker.output()}`);
      },
    );
    await events.waitUntilReady();
    // The maintenance jobs the worker starts with (the warning sweep runs at once) finish before the clock starts.
    await eventually(
      async () => {
        const counts = await queue.getJobCounts('active', 'waiting', 'prioritized');
        return counts.active + counts.waiting + counts.prioritized === 0 ? true : undefined;
      },
      10 * 60_000,
      'the maintenance jobs of the worker start',
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    async run(on) {
      let result: PaymentPlanSweepResult | undefined;
      const seconds = await timed(async () => {
        const job = await queue.add(JobName.PaymentPlanCheck, { on } satisfies PaymentPlanCheckJob);
        result = (await job.waitUntilFinished(events, 30 * 60_000)) as PaymentPlanSweepResult;
      });
      return { seconds, ...result! };
    },
    stop,
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
    // One new check per plan (its eleventh instalment); missed where the tenant stopped paying; a
    // second miss breaks the plan (the default setting), a paid-off plan completes.
    expect(run).toMatchObject({
      checked: N,
      missed: seed.twoMissed + seed.oneMissed,
      broken: seed.twoMissed,
      completed: seed.paidOff,
    });
    expect(run.warnings).toBeGreaterThanOrEqual(run.missed + run.broken);
    const [ends] = await database.query<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE status = 'broken')::int AS broken,
              count(*) FILTER (WHERE status = 'completed')::int AS completed,
              count(*) FILTER (WHERE status = 'active')::int AS active FROM payment_plan`,
    );
    expect(ends).toEqual({
      broken: seed.twoMissed,
      completed: seed.paidOff,
      active: N - seed.twoMissed - seed.paidOff,
    });

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
      `sweep: ${run.checked} checked, ${run.missed} missed, ${run.broken} broken, ${run.completed} completed, ` +
        `${run.warnings} warnings\n`,
    );
    process.stdout.write(
      `payment plans: ${N} (${INSTALMENTS} monthly instalments, ${GRACE_DAYS} grace days, checked on ${seed.checkOn}), ` +
        `${seed.ledgerLines} ledger lines; ${seed.oneMissed + seed.twoMissed} plans missed (${seed.twoMissed} twice), ` +
        `${seed.paidOff} paid off, ${seed.ahead} ahead\n`,
    );
  });
});

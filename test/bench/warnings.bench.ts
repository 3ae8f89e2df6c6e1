import { randomUUID } from 'node:crypto';
import {
  clearRedisPrefix,
  createTestDatabase,
  eventually,
  startProcess,
  stopProcess,
  testEnv,
  uniqueQueuePrefix,
  type RunningProcess,
  type TestDatabase,
} from '@app/testing';
import { report, runFloor, SinkProcess, size, startRaiser, timed } from './support/bench.js';

const N = size(20_000, 40);
/**
 * Warnings (and floor messages or jobs) sent before the clock starts. The worker is a long-running
 * process; a cold one spends its first seconds compiling (V8), connecting and ramping up, which
 * production never sees after start-up. Each side gets the same warm-up.
 */
const WARMUP = size(2_000, 4);
/** Events raised per transaction, as a caseworker's bulk action or an import batch would. */
const BATCH = size(500, 10);

/**
 * N cases of one landlord in one municipality whose cooperation agreement switches on the
 * `payment-demand-sent` warning, each with a påkrav sent today and rent owed, and one municipal
 * social worker (so every warning also lands in an inbox). Seeding is not measured.
 */
async function seed(database: TestDatabase): Promise<string[]> {
  const [municipalityId, organisationId, departmentId] = [randomUUID(), randomUUID(), randomUUID()];
  await database.query(
    `INSERT INTO municipality (id, code, name, alert_email) VALUES ($1, '751', 'Aarhus', 'alerts@aarhus.dk')`,
    [municipalityId],
  );
  await database.query(`INSERT INTO housing_organisation (id, name) VALUES ($1, 'Bench Bolig')`, [organisationId]);
  await database.query(
    `INSERT INTO department (id, housing_organisation_id, municipality_id, number, name, address)
     VALUES ($1, $2, $3, 'D1', 'D1', 'Aarhus')`,
    [departmentId, organisationId, municipalityId],
  );
  await database.query(
    `INSERT INTO cooperation_agreement (id, municipality_id, housing_organisation_id, enabled_warnings, valid_from)
     VALUES (gen_random_uuid(), $1, $2, '{payment-demand-sent}', DATE '2000-01-01')`,
    [municipalityId, organisationId],
  );
  await database.query(
    `INSERT INTO app_user (id, email, name, role, password_hash, municipality_id)
     VALUES (gen_random_uuid(), 'sagsbehandler@aarhus.dk', 'Sagsbehandler', 'municipal_social_worker', 'x', $1)`,
    [municipalityId],
  );
  const rows = await database.query<{ id: string }>(
    `WITH n AS (
       SELECT i, gen_random_uuid() AS tenancy_id, gen_random_uuid() AS person_id, gen_random_uuid() AS case_id
         FROM generate_series(1, $4::int) AS i
     ),
     tenancies AS (
       INSERT INTO tenancy (id, housing_organisation_id, department_id, unit, address, postcode, city, monthly_rent_ore)
       SELECT tenancy_id, $1, $2, 'U-' || i, 'Testvej ' || i, '8000', 'Aarhus C', 650000 FROM n
     ),
     people AS (
       INSERT INTO person (id, housing_organisation_id, municipality_id, name, address, children_under_18)
       SELECT person_id, $1, $3, 'Lejer ' || i, 'Testvej ' || i, i % 3 FROM n
     ),
     tenants AS (INSERT INTO tenancy_tenant (tenancy_id, person_id) SELECT tenancy_id, person_id FROM n),
     cases AS (
       INSERT INTO arrears_case (id, tenancy_id, housing_organisation_id, department_id, municipality_id, stage,
                                 payment_demand_sent_on, payment_demand_received_on, payment_demand_delivery,
                                 payment_demand_fee_ore)
       SELECT case_id, tenancy_id, $1, $2, $3, 'payment_demand_sent', current_date, current_date + 1,
              'registered', 31000 FROM n
       RETURNING id
     ),
     ledger AS (
       INSERT INTO ledger_entry (case_id, kind, amount_ore, due_date, booked_on, source)
       SELECT case_id, 'rent_charge', 650000, current_date - 20, current_date - 20, 'manual' FROM n
     )
     SELECT id FROM cases`,
    [organisationId, departmentId, municipalityId, N + WARMUP],
  );
  // As autovacuum would soon after such a load: without statistics the context query scans every person per case.
  await database.query('ANALYZE');
  return rows.map((row) => row.id);
}

/**
 * Early warnings end to end: N `payment-demand-sent` warnings raised through the real engine in
 * batches of transactions, relayed from the outbox to BullMQ on Redis, sent by the worker (a real
 * process) to an SMTP sink in a process of its own, and recorded as sent. In the same run, two
 * floors: nodemailer sending N messages straight to the same sink with the system's own pool
 * options, and a no-op BullMQ worker over N jobs on the same Redis. Every side is timed after the
 * same untimed warm-up (WARMUP warnings, messages or jobs).
 */
describe(`warnings benchmark (${N} warnings)`, () => {
  let sink: SinkProcess;
  let database: TestDatabase;
  let raiser: Awaited<ReturnType<typeof startRaiser>> | undefined;
  let worker: RunningProcess | undefined;
  const prefix = uniqueQueuePrefix();

  beforeAll(async () => {
    sink = await SinkProcess.start();
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await stopProcess(worker);
    raiser?.stop();
    sink?.stop();
    await database?.drop();
    await clearRedisPrefix(prefix);
  });

  it('measures warnings/s against direct send and a no-op worker', async () => {
    // The shipped defaults, except what a test must set (database, Redis prefix, the sink).
    const env = testEnv({
      database,
      queue: 'redis',
      prefix,
      smtpUrl: sink.url,
      env: { LOG_LEVEL: 'info', OUTBOX_POLL_MS: '250', MAIL_BACKOFF_MS: '30000' },
    });

    const directSeconds = await runFloor('direct', N, env, WARMUP);
    const total = N + WARMUP;
    expect(await sink.count()).toMatchObject({ total, distinct: total, duplicates: 0 });
    await sink.reset();
    const noopSeconds = await runFloor('noop', N, env, WARMUP);

    const caseIds = await seed(database);
    expect(caseIds).toHaveLength(total);
    // Warnings are raised from a plain Node process, as the API raises them (see support/raise-warnings.mjs).
    raiser = await startRaiser(BATCH, env);

    // `BENCH_PROFILE_DIR=/tmp/prof npm run bench`: a CPU profile of the worker, written when it stops.
    const profileDir = process.env.BENCH_PROFILE_DIR;
    worker = startProcess(
      'dist/apps/worker/src/main.js',
      env,
      profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    );
    await eventually(() => (/Worker running/.test(worker!.output()) ? true : undefined), 30_000, 'the worker').catch(
      (error: Error) => {
        throw new Error(`${error.message}; it said:\n${worker!.output()}`);
      },
    );

    const allSent = (count: number) =>
      eventually(
        async () => {
          const [row] = await database.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM outbox WHERE channel = 'email' AND status = 'sent'`,
          );
          return row!.n === count ? true : undefined;
        },
        600_000,
        'every outbox row marked sent',
      );
    expect(await raiser.go(WARMUP)).toBe(WARMUP);
    await sink.waitForTotal(WARMUP, 600_000);
    await allSent(WARMUP);
    const warmupIds = new Set(await sink.ids());
    await sink.reset();

    let raised = 0;
    let raiseSeconds = 0;
    const systemSeconds = await timed(async () => {
      raiseSeconds = await timed(async () => {
        raised = await raiser!.go(N);
      });
      await sink.waitForTotal(N, 600_000);
      await allSent(total);
    });
    await stopProcess(worker);
    expect(raised).toBe(N);

    // Exactly one email per warning: N distinct notification ids, each an outbox row, none twice.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await sink.count()).toMatchObject({ total: N, distinct: N, duplicates: 0 });
    const outboxIds = await database.query<{ id: string }>(
      `SELECT id FROM outbox WHERE channel = 'email' AND warning_id IS NOT NULL`,
    );
    expect(new Set(await sink.ids())).toEqual(
      new Set(outboxIds.map((row) => row.id).filter((id) => !warmupIds.has(id))),
    );
    const [written] = await database.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM warning)::int AS warnings, (SELECT count(*) FROM inbox_item)::int AS inbox,
              (SELECT count(*) FROM outbox WHERE status = 'sent' AND sent_at IS NOT NULL)::int AS sent`,
    );
    expect(written).toEqual({ warnings: total, inbox: total, sent: total });

    const warnings = N / systemSeconds;
    const direct = N / directSeconds;
    const noop = N / noopSeconds;
    report('warnings_raise_per_s', N / raiseSeconds, 'warnings/s');
    report('warnings_per_s', warnings, 'warnings/s');
    report('direct_send_per_s', direct, 'messages/s');
    report('noop_worker_jobs_per_s', noop, 'jobs/s');
    report('warnings_vs_direct_send', direct / warnings, 'x');
    report('warnings_vs_noop_worker', noop / warnings, 'x');
  });
});

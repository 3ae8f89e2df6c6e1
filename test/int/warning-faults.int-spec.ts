import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { NestFactory } from '@nestjs/core';
import { CliModule } from '../../apps/api/src/cli/cli.module.js';
import { copenhagenDateOf } from '@app/calendar';
import { WarningEngine } from '@app/domain';
import { QueueName } from '@app/queue';
import {
  clearRedisPrefix,
  createTestDatabase,
  eventually,
  SmtpSink,
  startProcess,
  stopProcess,
  testConfig,
  testEnv,
  testRedisUrl,
  uniqueQueuePrefix,
  type ReceivedEmail,
  type RunningProcess,
  type TestDatabase,
} from '@app/testing';

const WORKER = 'dist/apps/worker/src/main.js';
const WARNINGS = 1_000;
const MAILBOX = 'boligvarsler@odense.dk';
/** The worker's SMTP pool size, set explicitly in `SMTP_URL`: holding this many replies stalls every connection. */
const POOL = 5;
/** When the fault is injected: after this many emails have arrived, about a third of the batch. */
const FAULT_AFTER = 300;

/**
 * One housing organisation in Odense with 1,000 cases whose påkrav went out today, and a
 * cooperation agreement that switches on the `payment-demand-sent` warning: each case then
 * warns the municipality's mailbox once.
 */
async function seedCases(database: TestDatabase, today: string): Promise<string[]> {
  const [{ municipality, organisation, department }] = await database.query<{
    municipality: string;
    organisation: string;
    department: string;
  }>(`SELECT gen_random_uuid() AS municipality, gen_random_uuid() AS organisation, gen_random_uuid() AS department`);
  await database.query(`INSERT INTO municipality (id, code, name, alert_email) VALUES ($1, '461', 'Odense', $2)`, [
    municipality,
    MAILBOX,
  ]);
  await database.query(`INSERT INTO housing_organisation (id, name) VALUES ($1, 'Fynbo Boligselskab')`, [organisation]);
  await database.query(
    `INSERT INTO department (id, housing_organisation_id, municipality_id, number, name, address)
     VALUES ($1, $2, $3, '12', 'Afdeling 12', 'Vollsmose Allé, 5240 Odense NØ')`,
    [department, organisation, municipality],
  );
  await database.query(
    `INSERT INTO cooperation_agreement (id, municipality_id, housing_organisation_id, enabled_warnings, valid_from)
     VALUES (gen_random_uuid(), $1, $2, '{payment-demand-sent}', '2020-01-01')`,
    [municipality, organisation],
  );
  await database.query(
    `INSERT INTO tenancy (id, housing_organisation_id, department_id, unit, address, postcode, city, monthly_rent_ore)
     SELECT md5('tenancy' || n)::uuid, $1, $2, 'U-' || n, 'Vollsmose Allé ' || n, '5240', 'Odense NØ', 650000
       FROM generate_series(1, $3) AS n`,
    [organisation, department, WARNINGS],
  );
  // Every third household has children under 18, so urgent and normal warnings are both in flight.
  await database.query(
    `INSERT INTO person (id, housing_organisation_id, municipality_id, name, children_under_18)
     SELECT md5('person' || n)::uuid, $1, $2, 'Lejer ' || n, CASE WHEN n % 3 = 0 THEN 2 ELSE 0 END
       FROM generate_series(1, $3) AS n`,
    [organisation, municipality, WARNINGS],
  );
  await database.query(
    `INSERT INTO tenancy_tenant (tenancy_id, person_id)
     SELECT md5('tenancy' || n)::uuid, md5('person' || n)::uuid FROM generate_series(1, $1) AS n`,
    [WARNINGS],
  );
  const cases = await database.query<{ id: string }>(
    `INSERT INTO arrears_case (id, tenancy_id, housing_organisation_id, department_id, municipality_id, stage,
                               payment_demand_sent_on, payment_demand_received_on, payment_demand_delivery)
     SELECT md5('case' || n)::uuid, md5('tenancy' || n)::uuid, $1, $2, $3, 'payment_demand_sent',
            $4::date, $4::date, 'digital_post'
       FROM generate_series(1, $5) AS n
     RETURNING id`,
    [organisation, department, municipality, today, WARNINGS],
  );
  await database.query(
    `INSERT INTO ledger_entry (case_id, kind, amount_ore, due_date, booked_on)
     SELECT id, 'rent_charge', 650000, $2::date - 20, $2::date - 20 FROM unnest($1::uuid[]) AS id`,
    [cases.map((c) => c.id), today],
  );
  return cases.map((c) => c.id);
}

/**
 * The 1,000 warnings, raised by the real engine in one transaction, as the case service does
 * when a påkrav is recorded. Returns the ids of the outbox rows: one email per warning.
 */
async function raiseWarnings(database: TestDatabase): Promise<string[]> {
  const today = copenhagenDateOf(new Date());
  const caseIds = await seedCases(database, today);
  const context = await NestFactory.createApplicationContext(
    CliModule.forRoot(testConfig({ database, queue: 'postgres' })),
    { logger: false },
  );
  try {
    const engine = context.get(WarningEngine);
    const raised = await context.get(DataSource).transaction((manager) =>
      engine.raiseForEvents(
        manager,
        null,
        caseIds.map((caseId) => ({ caseId, type: 'payment_demand_sent', on: today })),
      ),
    );
    expect(raised).toBe(WARNINGS);
  } finally {
    await context.close();
  }
  const rows = await database.query<{ id: string; recipient: string; status: string }>(
    `SELECT id, recipient, status FROM outbox WHERE channel = 'email'`,
  );
  expect(rows).toHaveLength(WARNINGS);
  // A worker already running (the two-worker scenario) may have picked some up by now.
  expect(rows.filter((row) => row.recipient === MAILBOX && row.status !== 'undelivered')).toHaveLength(WARNINGS);
  return rows.map((row) => row.id);
}

/** A TCP port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A Redis of this test's own, without persistence: a restart loses every job, as in production without AOF. */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  await eventually(
    async () => {
      const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null });
      client.on('error', () => undefined);
      try {
        await client.connect();
        return (await client.ping()) === 'PONG' ? true : undefined;
      } catch {
        return undefined;
      } finally {
        client.disconnect();
      }
    },
    10_000,
    `redis-server on port ${port}`,
  );
  return child;
}

async function killRedis(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

function notificationQueue(redisUrl: string, prefix: string): Queue {
  const url = new URL(redisUrl);
  const queue = new Queue(QueueName.Notifications, {
    connection: { host: url.hostname, port: Number(url.port || 6379), maxRetriesPerRequest: null },
    prefix,
  });
  queue.on('error', () => undefined);
  return queue;
}

async function sentCount(database: TestDatabase): Promise<number> {
  const [row] = await database.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM outbox WHERE channel = 'email' AND status = 'sent'`,
  );
  return row!.n;
}

/** Resolves when `count` held messages are waiting for their reply: every pool connection is mid-send. */
function holds(sink: SmtpSink, count: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    const onHolding = () => {
      if (++seen < count) return;
      sink.off('holding', onHolding);
      resolve();
    };
    sink.on('holding', onHolding);
  });
}

/** Resolves when the sink has accepted `count` emails. */
function arrived(sink: SmtpSink, count: number): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = () => {
      if (sink.received.length < count) return;
      sink.off('message', onMessage);
      resolve();
    };
    sink.on('message', onMessage);
  });
}

/**
 * The outcome every scenario must end in: each outbox row `sent`, no warning undelivered, and at
 * the sinks exactly one email per notification id, all to the municipality's mailbox. It counts
 * only once the queue is idle (nothing waiting, delayed or running, stalled jobs included), so a
 * duplicate still on its way cannot slip past.
 */
async function expectEachDeliveredOnce(
  database: TestDatabase,
  ids: string[],
  received: () => ReceivedEmail[],
  queue: Queue,
  timeoutMs: number,
): Promise<void> {
  await eventually(async () => ((await sentCount(database)) === ids.length ? true : undefined), timeoutMs, 'all sent');
  await eventually(
    async () => {
      const counts = await queue.getJobCounts('active', 'wait', 'delayed', 'prioritized', 'waiting-children');
      return Object.values(counts).every((n) => n === 0) ? true : undefined;
    },
    30_000,
    'an idle queue',
  );
  const perId = new Map<string, number>();
  for (const email of received()) {
    perId.set(email.notificationId ?? '(none)', (perId.get(email.notificationId ?? '(none)') ?? 0) + 1);
  }
  expect([...perId].filter(([, n]) => n > 1)).toEqual([]);
  expect(ids.filter((id) => !perId.has(id))).toEqual([]);
  expect(received()).toHaveLength(ids.length);
  expect(received().filter((email) => email.to.join() !== MAILBOX)).toEqual([]);
  expect(
    await database.query(`SELECT status, count(*)::int AS n FROM outbox WHERE channel = 'email' GROUP BY status`),
  ).toEqual([{ status: 'sent', n: ids.length }]);
  expect(await database.query(`SELECT count(*)::int AS n FROM warning WHERE undelivered_at IS NOT NULL`)).toEqual([
    { n: 0 },
  ]);
}

describe(`${WARNINGS} warnings in flight, each delivered exactly once`, () => {
  let database: TestDatabase;
  let prefix: string;
  let sinks: SmtpSink[];
  let workers: RunningProcess[];
  let queue: Queue | undefined;
  let redis: ChildProcess | undefined;

  beforeEach(async () => {
    database = await createTestDatabase();
    prefix = uniqueQueuePrefix();
    sinks = [];
    workers = [];
  });

  afterEach(async () => {
    await Promise.all(workers.map((worker) => stopProcess(worker)));
    await queue?.close();
    queue = undefined;
    await killRedis(redis);
    redis = undefined;
    await Promise.all(sinks.map((sink) => sink.close()));
    await database.drop();
    await clearRedisPrefix(prefix);
  });

  function workerEnv(sink: SmtpSink, env: Record<string, string> = {}): Record<string, string> {
    return testEnv({ database, queue: 'redis', prefix, smtpUrl: `${sink.url}&maxConnections=${POOL}`, env });
  }

  it('survives the worker being killed (SIGKILL) mid-batch and restarted', async () => {
    const sink = await SmtpSink.start();
    sinks.push(sink);
    // A short lock, so the restarted worker takes over the killed worker's jobs within seconds; not
    // shorter, because on a busy machine a live worker's own lock must not lapse between renewals.
    const env = workerEnv(sink, { QUEUE_LOCK_DURATION_MS: '4000', QUEUE_STALLED_INTERVAL_MS: '1000' });
    // Once a third has arrived, the sink stops answering: each pool connection is then waiting for
    // the reply to its message, so no email is between "accepted" and "recorded as sent" (the
    // window no SMTP client can close, RFC 1047) when the worker dies.
    const held = holds(sink, POOL);
    const faulted = arrived(sink, FAULT_AFTER).then(() => sink.holdNext(POOL, 20_000));
    workers.push(startProcess(WORKER, env));
    const ids = await raiseWarnings(database);
    await faulted;
    await held;
    await eventually(async () => ((await sentCount(database)) === sink.received.length ? true : undefined));
    const acceptedBeforeCrash = sink.received.length;
    workers[0]!.child.kill('SIGKILL');
    expect((await workers[0]!.exited).signal).toBe('SIGKILL');
    expect(acceptedBeforeCrash).toBeLessThan(WARNINGS);
    expect(await sentCount(database)).toBe(acceptedBeforeCrash);

    workers.push(startProcess(WORKER, env));
    queue = notificationQueue(testRedisUrl(), prefix);
    await expectEachDeliveredOnce(database, ids, () => sink.received, queue, 120_000);
  }, 180_000);

  it('survives Redis being killed mid-batch and restarted empty', async () => {
    const sink = await SmtpSink.start();
    sinks.push(sink);
    const port = await freePort();
    const redisUrl = `redis://127.0.0.1:${port}`;
    redis = await startRedis(port);
    // The relay re-adds rows still queued after 3 s: the jobs Redis lost with its restart.
    const env = { ...workerEnv(sink), REDIS_URL: redisUrl, OUTBOX_REQUEUE_AFTER_MS: '3000', LOG_LEVEL: 'warn' };
    const faulted = arrived(sink, FAULT_AFTER).then(() => killRedis(redis));
    workers.push(startProcess(WORKER, env));
    const ids = await raiseWarnings(database);
    await faulted;
    const acceptedWhileRedisDied = sink.received.length;
    // The outage itself: Redis stays down for a few seconds while the worker and the relay retry.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    redis = await startRedis(port);
    expect(acceptedWhileRedisDied).toBeLessThan(WARNINGS);

    queue = notificationQueue(redisUrl, prefix);
    await expectEachDeliveredOnce(database, ids, () => sink.received, queue, 120_000);
    // The lost jobs came back through the relay, not through luck.
    expect(workers[0]!.output()).toContain('Re-added outbox rows that were queued but not sent');
  }, 180_000);

  it('survives the SMTP server being down for 30 s mid-batch', async () => {
    const first = await SmtpSink.start();
    sinks.push(first);
    const port = first.port;
    // Retries must outlast the outage: exponential backoff from 1 s (BullMQ's jitter draws each
    // delay from half to all of 2^(n-1) s) reaches 31.5 s by the 7th attempt even at its low end,
    // so 12 attempts leave a margin and nothing is marked undelivered.
    const env = workerEnv(first, { MAIL_BACKOFF_MS: '1000', MAIL_MAX_ATTEMPTS: '12' });
    // As in the worker crash: the server dies while every connection waits for its reply, so
    // nothing it accepted is unrecorded at the worker, and what it held it never accepted.
    const held = holds(first, POOL);
    const faulted = arrived(first, FAULT_AFTER).then(() => first.holdNext(POOL, 60_000));
    workers.push(startProcess(WORKER, env));
    const ids = await raiseWarnings(database);
    await faulted;
    await held;
    await eventually(async () => ((await sentCount(database)) === first.received.length ? true : undefined));
    await first.crash();
    sinks.splice(sinks.indexOf(first), 1);

    // The outage: the port refuses connections for 30 s.
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    const [during] = await database.query<{ failed: number; undelivered: number }>(
      `SELECT count(*) FILTER (WHERE status = 'failed')::int AS failed,
              count(*) FILTER (WHERE status = 'undelivered')::int AS undelivered
         FROM outbox WHERE channel = 'email'`,
    );
    expect(during!.failed).toBeGreaterThan(0);
    expect(during!.undelivered).toBe(0);

    const second = await SmtpSink.start({ port });
    sinks.push(second);
    queue = notificationQueue(testRedisUrl(), prefix);
    await expectEachDeliveredOnce(database, ids, () => [...first.received, ...second.received], queue, 120_000);
  }, 240_000);

  it('has two worker processes share the batch', async () => {
    const sink = await SmtpSink.start();
    sinks.push(sink);
    queue = notificationQueue(testRedisUrl(), prefix);
    // Each process signs its emails with its own sender address, so the sink can tell who sent what.
    for (const from of ['worker-a@udsaettelse.local', 'worker-b@udsaettelse.local']) {
      workers.push(startProcess(WORKER, workerEnv(sink, { MAIL_FROM: from })));
    }
    // Both consume from the start: the warnings are raised once both are taking jobs.
    await eventually(async () => ((await queue!.getWorkersCount()) >= 2 ? true : undefined), 60_000, 'two workers');
    const ids = await raiseWarnings(database);

    await expectEachDeliveredOnce(database, ids, () => sink.received, queue, 120_000);
    const bySender = new Map<string, number>();
    for (const email of sink.received) {
      const from = email.parsed.from?.value[0]?.address ?? '(none)';
      bySender.set(from, (bySender.get(from) ?? 0) + 1);
    }
    expect([...bySender.keys()].sort()).toEqual(['worker-a@udsaettelse.local', 'worker-b@udsaettelse.local']);
  }, 180_000);
});

import { type INestApplicationContext } from '@nestjs/common';
import { createWorker } from '../../apps/worker/src/worker.factory.js';
import {
  clearRedisPrefix,
  createTestDatabase,
  eventually,
  SmtpSink,
  testConfig,
  uniqueQueuePrefix,
  type TestDatabase,
} from '@app/testing';
import { outboxSettled } from '../support/outbox-settled.js';

async function insertNotices(database: TestDatabase, count: number): Promise<string[]> {
  const rows = await database.query<{ id: string }>(
    `INSERT INTO outbox (id, topic, payload)
     SELECT gen_random_uuid(), 'municipality.registered',
            jsonb_build_object('channel', 'email', 'template', 'municipality-registered', 'locale', 'en',
              'to', 'alerts' || n || '@kommune.dk',
              'data', jsonb_build_object('code', lpad(n::text, 3, '0'), 'name', 'Test ' || n, 'alertEmail', 'alerts' || n || '@kommune.dk'))
       FROM generate_series(1, $1) AS n
     RETURNING id`,
    [count],
  );
  return rows.map((row) => row.id);
}

/** The relay on Redis: what is in the outbox reaches the sink once, whatever happens to the queue. */
describe('outbox relay (Redis queues)', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let worker: INestApplicationContext | undefined;
  const prefix = uniqueQueuePrefix();

  beforeEach(async () => {
    database = await createTestDatabase();
    sink = await SmtpSink.start();
  });

  afterEach(async () => {
    await worker?.close();
    worker = undefined;
    await sink.close();
    await database.drop();
    await clearRedisPrefix(prefix);
  });

  it('sends each of 200 notices exactly once with two workers relaying at once', async () => {
    const ids = await insertNotices(database, 200);
    const config = testConfig({ database, queue: 'redis', prefix, smtpUrl: sink.url });
    worker = await createWorker(config);
    const second = await createWorker(config);
    try {
      await sink.waitFor(200, 30_000);
      await outboxSettled(database, worker!);
      expect(sink.received).toHaveLength(200);
      expect(new Set(sink.received.map((e) => e.notificationId))).toEqual(new Set(ids));
    } finally {
      await second.close();
    }
    const statuses = await database.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM outbox GROUP BY status`,
    );
    expect(statuses).toEqual([{ status: 'sent', n: 200 }]);
  });

  it('re-adds rows whose jobs vanished from the queue (Redis lost its data) and sends them once', async () => {
    const ids = await insertNotices(database, 20);
    // As if a relay had queued them before Redis restarted empty: marked queued, no jobs exist.
    await database.query(`UPDATE outbox SET status = 'queued', queued_at = now() - interval '1 hour'`);
    worker = await createWorker(
      testConfig({ database, queue: 'redis', prefix, smtpUrl: sink.url, env: { OUTBOX_REQUEUE_AFTER_MS: '1000' } }),
    );
    await sink.waitFor(20, 30_000);
    await outboxSettled(database, worker!);
    expect(sink.received.map((e) => e.notificationId).sort()).toEqual([...ids].sort());
    await eventually(async () => {
      const [row] = await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE status <> 'sent'`);
      return row?.n === 0 ? true : undefined;
    });
  });

  it('keeps notices while SMTP is down and sends them when it is back', async () => {
    const port = sink.port;
    await sink.close();
    const ids = await insertNotices(database, 5);
    worker = await createWorker(
      testConfig({ database, queue: 'redis', prefix, smtpUrl: `smtp://127.0.0.1:${port}?tls=off` }),
    );
    await eventually(async () => {
      const rows = await database.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM outbox WHERE attempts > 0 AND last_error IS NOT NULL`,
      );
      return rows[0]!.n === 5 ? true : undefined;
    });
    sink = await SmtpSink.start({ port });
    await sink.waitFor(5, 30_000);
    await outboxSettled(database, worker!);
    expect(sink.received.map((e) => e.notificationId).sort()).toEqual([...ids].sort());
  });
});

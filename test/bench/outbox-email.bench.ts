import { type INestApplicationContext } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import nodemailer from 'nodemailer';
import { createWorker } from '../../apps/worker/src/worker.factory.js';
import {
  clearRedisPrefix,
  createTestDatabase,
  eventually,
  testConfig,
  testRedisUrl,
  uniqueQueuePrefix,
  type TestDatabase,
} from '@app/testing';
import { report, SinkProcess, size, timed } from './support/bench.js';

const N = size(5_000, 50);

/**
 * Notices end to end (outbox rows → relay → BullMQ on Redis → worker → SMTP sink in its own
 * process, recorded as sent), beside two floors measured in the same run: nodemailer sending
 * straight to the same sink with the same pool, and a no-op BullMQ worker on the same Redis.
 */
describe(`outbox → email benchmark (${N} notices)`, () => {
  let sink: SinkProcess;
  let database: TestDatabase;
  let worker: INestApplicationContext | undefined;
  const prefix = uniqueQueuePrefix();

  beforeAll(async () => {
    sink = await SinkProcess.start();
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await worker?.close();
    sink?.stop();
    await database?.drop();
    await clearRedisPrefix(prefix);
  });

  it('measures notices/s against direct send and a no-op worker', async () => {
    // Floor 1: nodemailer straight to the sink, same pool settings as the system's transport.
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: sink.port,
      ignoreTLS: true,
      pool: true,
      maxConnections: 5,
      maxMessages: Infinity,
    });
    const directSeconds = await timed(async () => {
      const sends: Promise<unknown>[] = [];
      for (let i = 0; i < N; i++) {
        sends.push(
          transport.sendMail({
            from: 'no-reply@udsaettelse.local',
            to: `alerts${i}@kommune.dk`,
            subject: `Direct ${i}`,
            text: 'Benchmark floor: direct send.',
            headers: { 'X-Notification-Id': `direct-${i}` },
          }),
        );
      }
      await Promise.all(sends);
    });
    transport.close();
    expect((await sink.count()).distinct).toBe(N);
    await sink.reset();

    // Floor 2: a no-op worker draining N jobs on the same Redis.
    const connection = { host: new URL(testRedisUrl()).hostname, port: Number(new URL(testRedisUrl()).port || 6379) };
    const noopQueue = new Queue('noop', { connection: { ...connection, maxRetriesPerRequest: null }, prefix });
    await noopQueue.addBulk(Array.from({ length: N }, (_, i) => ({ name: 'noop', data: { i } })));
    let done = 0;
    const noopSeconds = await timed(async () => {
      const noop = new Worker('noop', async () => undefined, {
        connection: { ...connection, maxRetriesPerRequest: null },
        prefix,
        concurrency: 10,
      });
      await new Promise<void>((resolve) =>
        noop.on('completed', () => {
          if (++done === N) resolve();
        }),
      );
      await noop.close();
    });
    await noopQueue.close();

    // The system: N outbox rows already committed, then the worker starts.
    await database.query(
      `INSERT INTO outbox (id, topic, payload)
       SELECT gen_random_uuid(), 'municipality.registered',
              jsonb_build_object('channel', 'email', 'template', 'municipality-registered', 'locale', 'da',
                'to', 'alerts' || n || '@kommune.dk',
                'data', jsonb_build_object('code', '101', 'name', 'København', 'alertEmail', 'alerts' || n || '@kommune.dk'))
         FROM generate_series(1, $1) AS n`,
      [N],
    );
    const systemSeconds = await timed(async () => {
      worker = await createWorker(testConfig({ database, queue: 'redis', prefix, smtpUrl: sink.url }));
      await sink.waitForTotal(N, 600_000);
      await eventually(async () => {
        const [row] = await database.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM outbox WHERE status = 'sent'`,
        );
        return row!.n === N ? true : undefined;
      }, 600_000);
    });
    const count = await sink.count();
    expect(count).toMatchObject({ total: N, distinct: N, duplicates: 0 });

    const notices = N / systemSeconds;
    const direct = N / directSeconds;
    const noop = N / noopSeconds;
    report('notices_per_s', notices, 'notices/s');
    report('direct_send_per_s', direct, 'messages/s');
    report('noop_worker_jobs_per_s', noop, 'jobs/s');
    report('notices_vs_direct_send', direct / notices, 'x');
    report('notices_vs_noop_worker', noop / notices, 'x');
  });
});

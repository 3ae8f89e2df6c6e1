import {
  clearRedisPrefix,
  createTestDatabase,
  eventually,
  SmtpSink,
  startProcess,
  stopProcess,
  testEnv,
  uniqueQueuePrefix,
  type RunningProcess,
  type TestDatabase,
} from '@app/testing';

const WORKER = 'dist/apps/worker/src/main.js';

/**
 * The worker is killed (SIGKILL) while the SMTP conversation for a notice is in flight, so
 * the email was never accepted. After a restart it arrives, exactly once.
 */
describe.each(['redis', 'postgres'] as const)('worker killed mid-send (%s queues)', (queue) => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let worker: RunningProcess | undefined;
  const prefix = uniqueQueuePrefix();

  beforeAll(async () => {
    database = await createTestDatabase();
    // The first message is held unanswered for 30 s: plenty of time to kill the sender.
    sink = await SmtpSink.start({ holdMs: 30_000, holdCount: 1 });
  });

  afterAll(async () => {
    await stopProcess(worker);
    await sink?.close();
    await database?.drop();
    if (queue === 'redis') await clearRedisPrefix(prefix);
  });

  it('delivers the notice exactly once after a restart', async () => {
    const env = testEnv({
      database,
      queue,
      prefix,
      smtpUrl: sink.url,
      // A short lock, so the restarted worker reclaims the killed worker's job quickly.
      env: { QUEUE_LOCK_DURATION_MS: '2000', QUEUE_STALLED_INTERVAL_MS: '1000' },
    });
    // The row a registration writes, committed before any worker runs.
    const [{ id }] = await database.query<{ id: string }>(
      `INSERT INTO outbox (id, topic, payload) VALUES (gen_random_uuid(), 'municipality.registered', $1) RETURNING id`,
      [
        JSON.stringify({
          channel: 'email',
          template: 'municipality-registered',
          to: 'boligvarsler@odense.dk',
          locale: 'da',
          data: { code: '461', name: 'Odense', alertEmail: 'boligvarsler@odense.dk' },
        }),
      ],
    );

    worker = startProcess(WORKER, env);
    const holding = new Promise((resolve) => sink.once('holding', resolve));
    await holding;
    worker.child.kill('SIGKILL');
    const { signal } = await worker.exited;
    expect(signal).toBe('SIGKILL');
    expect(sink.received).toHaveLength(0);
    const [afterCrash] = await database.query<{ status: string; sent_at: Date | null }>(
      `SELECT status, sent_at FROM outbox WHERE id = $1`,
      [id],
    );
    expect(afterCrash).toEqual({ status: 'queued', sent_at: null });

    worker = startProcess(WORKER, env);
    await sink.waitFor(1, 40_000);
    await eventually(async () => {
      const [row] = await database.query<{ status: string }>(`SELECT status FROM outbox WHERE id = $1`, [id]);
      return row?.status === 'sent' ? row : undefined;
    });
    // Let any duplicate (a second stalled-job recovery, a re-relay) surface before counting.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(sink.countFor(id)).toBe(1);
    expect(sink.received[0]?.to).toEqual(['boligvarsler@odense.dk']);
  });
});

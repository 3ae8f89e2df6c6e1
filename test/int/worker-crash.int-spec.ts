import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApi } from '../../apps/api/src/api.factory.js';
import { Role } from '@app/domain';
import {
  clearRedisPrefix,
  createTestDatabase,
  eventually,
  SmtpSink,
  startProcess,
  stopProcess,
  testEnv,
  uniqueQueuePrefix,
  signIn,
  testConfig,
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

const ROWS = 20_000;
const HEADER = 'Afdeling;Lejemål;Adresse;Postnr;By;Navn;CPR;Husleje;Restance;Forfaldsdato;Børn';

/**
 * The worker is killed (SIGKILL) while it is processing an arrears import, some batches
 * committed and others not. After a restart the queue delivers the import's job again (its
 * stalled check) and the import completes, with every row written once. An import whose upload
 * committed but whose job was never queued is queued when a worker starts, and completes.
 */
describe.each(['redis', 'postgres'] as const)('worker killed mid-import (%s queues)', (queue) => {
  let database: TestDatabase;
  let api: INestApplication;
  let worker: RunningProcess | undefined;
  let organisationId: string;
  let bearer: string;
  const prefix = uniqueQueuePrefix();
  const env = () =>
    testEnv({ database, queue, prefix, env: { QUEUE_LOCK_DURATION_MS: '2000', QUEUE_STALLED_INTERVAL_MS: '1000' } });
  const statusOf = async (id: string) =>
    (
      await database.query<{ status: string; attempts: number; changed: number; unchanged: number; failed: number }>(
        `SELECT status, attempts, changed_rows AS changed, unchanged_rows AS unchanged, failed_rows AS failed
           FROM arrears_import WHERE id = $1`,
        [id],
      )
    )[0]!;
  const csv = (unitPrefix: string, rows: number) =>
    [
      HEADER,
      ...Array.from(
        { length: rows },
        (_, i) =>
          `1;${unitPrefix}-${i + 1};Parkvej ${i + 1};8000;Aarhus C;Lejer ${i + 1};;6.500,00;1.000,00;01-10-2026;`,
      ),
    ].join('\r\n') + '\r\n';

  /** Every row of the import once: one case, one ledger line, one registration on the timeline per tenancy. */
  async function expectWrittenOnce(importId: string, unitPrefix: string, rows: number): Promise<void> {
    const [counts] = await database.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM tenancy WHERE unit LIKE $2 || '-%') AS tenancies,
              (SELECT count(*)::int FROM arrears_case c JOIN tenancy t ON t.id = c.tenancy_id WHERE t.unit LIKE $2 || '-%') AS cases,
              (SELECT count(*)::int FROM ledger_entry WHERE import_id = $1) AS lines,
              (SELECT count(DISTINCT (case_id, source_key))::int FROM ledger_entry WHERE import_id = $1) AS distinct_lines,
              (SELECT count(*)::int FROM case_event e JOIN arrears_case c ON c.id = e.case_id JOIN tenancy t ON t.id = c.tenancy_id
                WHERE t.unit LIKE $2 || '-%' AND e.type = 'arrears_registered') AS registered,
              (SELECT count(*)::int FROM case_event e JOIN arrears_case c ON c.id = e.case_id JOIN tenancy t ON t.id = c.tenancy_id
                WHERE t.unit LIKE $2 || '-%' AND e.type = 'case_opened') AS opened,
              (SELECT count(*)::int FROM person WHERE name LIKE 'Lejer %'
                 AND id IN (SELECT person_id FROM tenancy_tenant tt JOIN tenancy t ON t.id = tt.tenancy_id WHERE t.unit LIKE $2 || '-%')) AS tenants`,
      [importId, unitPrefix],
    );
    expect(counts).toEqual({
      tenancies: rows,
      cases: rows,
      lines: rows,
      distinct_lines: rows,
      registered: rows,
      opened: rows,
      tenants: rows,
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue, prefix }));
    await api.init();
    const admin = await signIn(api, Role.Administrator);
    const post = (path: string, body: object) =>
      request(api.getHttpServer()).post(path).set('Authorization', admin.bearer).send(body).expect(201);
    const municipality = (
      await post('/api/v1/municipalities', { code: '751', name: 'Aarhus', alertEmail: 'v@aarhus.dk' })
    ).body;
    organisationId = (await post('/api/v1/housing-organisations', { name: 'Aarhus Bolig' })).body.id;
    await post('/api/v1/departments', {
      housingOrganisationId: organisationId,
      municipalityId: municipality.id,
      number: '1',
      name: 'Afdeling 1',
      address: 'Aarhus',
    });
    bearer = (await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisationId })).bearer;
  });

  afterAll(async () => {
    await stopProcess(worker);
    await api?.close();
    await database?.drop();
    if (queue === 'redis') await clearRedisPrefix(prefix);
  });

  it('completes the import after a restart, every row written once', async () => {
    const id = (
      await request(api.getHttpServer())
        .post('/api/v1/arrears-imports')
        .set('Authorization', bearer)
        .set('Content-Type', 'text/csv; charset=utf-8')
        .send(csv('k', ROWS))
        .expect(202)
    ).body.id as string;

    worker = startProcess(WORKER, env());
    // Killed once the first batch has committed, long before the last.
    await eventually(
      async () => {
        const [{ lines }] = await database.query<{ lines: number }>(
          `SELECT count(*)::int AS lines FROM ledger_entry WHERE import_id = $1`,
          [id],
        );
        return lines > 0 ? lines : undefined;
      },
      60_000,
      'the first batch',
    );
    worker.child.kill('SIGKILL');
    const { signal } = await worker.exited;
    expect(signal).toBe('SIGKILL');
    const [{ written }] = await database.query<{ written: number }>(
      `SELECT count(*)::int AS written FROM ledger_entry WHERE import_id = $1`,
      [id],
    );
    expect(written).toBeLessThan(ROWS);
    expect((await statusOf(id)).status).toBe('processing');

    worker = startProcess(WORKER, env());
    await eventually(
      async () => ((await statusOf(id)).status === 'completed' ? true : undefined),
      120_000,
      'the import to complete',
    );
    const state = await statusOf(id);
    // Two deliveries of the one job: the killed one and the one after the restart.
    expect(state).toMatchObject({ status: 'completed', attempts: 2, failed: 0 });
    expect(state.changed + state.unchanged).toBe(ROWS);
    await expectWrittenOnce(id, 'k', ROWS);
    await stopProcess(worker);
    worker = undefined;
  });

  it('queues, at start, an import whose upload committed but whose job was never added', async () => {
    // The rows an upload commits, with no job on the queue (as when adding it failed).
    const [{ id }] = await database.query<{ id: string }>(
      `INSERT INTO arrears_import (id, housing_organisation_id, file_name, format, status, size_bytes)
       VALUES (gen_random_uuid(), $1, 'lost.csv', 'csv', 'received', 0) RETURNING id`,
      [organisationId],
    );
    await database.query(`INSERT INTO arrears_import_chunk (import_id, seq, data) VALUES ($1, 0, $2)`, [
      id,
      Buffer.from(csv('q', 3), 'utf8'),
    ]);
    worker = startProcess(WORKER, env());
    await eventually(
      async () => ((await statusOf(id)).status === 'completed' ? true : undefined),
      60_000,
      'the unqueued import to complete',
    );
    expect(await statusOf(id)).toMatchObject({ status: 'completed', attempts: 1, changed: 3, failed: 0 });
    await expectWrittenOnce(id, 'q', 3);
  });
});

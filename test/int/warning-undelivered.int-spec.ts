import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { Role } from '@app/domain';
import {
  clearRedisPrefix,
  createTestDatabase,
  eventually,
  httpAs,
  type SignedInUser,
  signIn,
  SmtpSink,
  testConfig,
  type TestDatabase,
  TestWorld,
  uniqueQueuePrefix,
} from '@app/testing';
import { outboxSettled } from '../support/outbox-settled.js';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createWorker } from '../../apps/worker/src/worker.factory.js';

const MAILBOX = 'boligvarsler@vallensbaek.dk';

/**
 * A warning email nobody could deliver: every attempt fails (the SMTP server is down), the row
 * ends `undelivered` after MAIL_MAX_ATTEMPTS, the landlord's caseworker is given a task, and a
 * retry once the server is back sends it exactly once.
 */
describe.each(['postgres', 'redis'] as const)('a warning email that cannot be delivered (%s queues)', (queue) => {
  const prefix = uniqueQueuePrefix();
  let database: TestDatabase;
  let sink: SmtpSink | undefined;
  let port: number;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let world: TestWorld;
  let caseworker: SignedInUser;
  let elsewhere: SignedInUser;
  let caseId: string;
  let outboxId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    // A port nothing listens on (yet): every connection is refused.
    const probe = await SmtpSink.start();
    port = probe.port;
    await probe.close();
    const config = testConfig({
      database,
      queue,
      prefix,
      smtpUrl: `smtp://127.0.0.1:${port}?tls=off`,
      env: {
        MAIL_MAX_ATTEMPTS: '3',
        MAIL_BACKOFF_MS: '10',
        WARNING_SWEEP_EVERY_MS: String(24 * 3600_000),
        WARNING_DIGEST_CRON: '0 3 29 2 *',
      },
    });
    api = await createApi(config);
    await api.init();
    worker = await createWorker(config);
    world = new TestWorld(api);

    const vallensbaek = await world.municipality({ name: 'Vallensbæk', alertEmail: MAILBOX });
    const landlord = await world.housingOrganisation({ name: 'Vallensbæk Boligselskab' });
    const other = await world.housingOrganisation({ name: 'Anden Boligorganisation' });
    const department = await world.department(landlord.id, vallensbaek.id, '5');
    await world.agreement({
      municipalityId: vallensbaek.id,
      housingOrganisationId: landlord.id,
      enabledWarnings: ['arrears-registered'],
    });
    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: landlord.id });
    elsewhere = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: other.id });
    const { tenancyId } = await world.tenancyIn(caseworker, department.id, {
      name: 'Gitte Gran',
      address: 'Vallensbæk Torvevej 4',
    });
    caseId = await world.registerArrears(caseworker, tenancyId, '2026-10-01');
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink?.close();
    await database?.drop();
    if (queue === 'redis') await clearRedisPrefix(prefix);
  });

  it('ends undelivered after the allowed attempts', async () => {
    const row = await eventually(
      async () => {
        const [found] = await database.query<{ id: string; status: string; attempts: number; last_error: string }>(
          `SELECT o.id, o.status, o.attempts, o.last_error FROM outbox o JOIN warning w ON w.id = o.warning_id
            WHERE w.case_id = $1`,
          [caseId],
        );
        return found?.status === 'undelivered' ? found : undefined;
      },
      30_000,
      'the warning email to be given up',
    );
    outboxId = row.id;
    expect(row.attempts).toBe(3);
    expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
    const [warning] = await database.query<{ undelivered: boolean }>(
      `SELECT undelivered_at IS NOT NULL AS undelivered FROM warning WHERE case_id = $1`,
      [caseId],
    );
    expect(warning!.undelivered).toBe(true);
  });

  it('gives the sender’s caseworker a task, and shows it on the case', async () => {
    const inbox = await httpAs(api, caseworker).get('/api/v1/inbox?kind=undelivered').expect(200);
    expect(inbox.body.items).toHaveLength(1);
    expect(inbox.body.items[0]).toMatchObject({ kind: 'undelivered', caseId, warning: { rule: 'arrears-registered' } });
    expect((await httpAs(api, elsewhere).get('/api/v1/inbox').expect(200)).body.items).toEqual([]);

    const detail = await httpAs(api, caseworker).get(`/api/v1/cases/${caseId}/timeline?limit=200`).expect(200);
    const undelivered = detail.body.items.filter((e: { type: string }) => e.type === 'warning_undelivered');
    expect(undelivered).toHaveLength(1);
    expect(undelivered[0].details).toMatchObject({ notificationId: outboxId, recipient: MAILBOX });

    const warnings = await httpAs(api, caseworker).get(`/api/v1/cases/${caseId}/warnings`).expect(200);
    expect(warnings.body).toEqual([
      expect.objectContaining({
        rule: 'arrears-registered',
        state: 'undelivered',
        undeliveredAt: expect.any(String),
        deliveries: [expect.objectContaining({ id: outboxId, recipient: MAILBOX, status: 'undelivered', attempts: 3 })],
      }),
    ]);
  });

  it('is not anyone’s to retry but the sender’s caseworkers and administrators', async () => {
    const response = await httpAs(api, elsewhere).post(`/api/v1/notifications/${outboxId}/retry`);
    expect(response.status).toBe(404);
  });

  it('sends it exactly once when retried after the server is back', async () => {
    sink = await SmtpSink.start({ port });
    const response = await httpAs(api, caseworker).post(`/api/v1/notifications/${outboxId}/retry`).expect(202);
    expect(response.body).toEqual({ id: outboxId, status: 'pending' });

    const email = await eventually(
      () => sink!.received.find((e) => e.notificationId === outboxId),
      20_000,
      'the retried email',
    );
    expect(email.to).toEqual([MAILBOX]);
    expect(email.text).toContain('Vallensbæk Torvevej 4');
    await eventually(async () => {
      const [row] = await database.query<{ status: string }>(`SELECT status FROM outbox WHERE id = $1`, [outboxId]);
      return row?.status === 'sent' ? true : undefined;
    });
    // Every outbox row settled and the queue idle: a duplicate would have arrived by now.
    await outboxSettled(database, worker);
    expect(sink.countFor(outboxId)).toBe(1);

    const warnings = await httpAs(api, caseworker).get(`/api/v1/cases/${caseId}/warnings`).expect(200);
    expect(warnings.body[0]).toMatchObject({ state: 'sent', undeliveredAt: null });
    expect(warnings.body[0].deliveries[0]).toMatchObject({ status: 'sent' });
    const detail = await httpAs(api, caseworker).get(`/api/v1/cases/${caseId}/timeline?limit=200`).expect(200);
    expect(detail.body.items.map((e: { type: string }) => e.type)).toContain('warning_retried');
  });

  it('refuses to retry a notification that was sent', async () => {
    const response = await httpAs(api, caseworker).post(`/api/v1/notifications/${outboxId}/retry`);
    expect([response.status, response.body.code]).toEqual([409, 'NOTIFICATION_NOT_UNDELIVERED']);
    await outboxSettled(database, worker);
    expect(sink!.countFor(outboxId)).toBe(1);
  });
});

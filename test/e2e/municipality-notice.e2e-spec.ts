import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { Role } from '@app/domain';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createWorker } from '../../apps/worker/src/worker.factory.js';
import {
  clearRedisPrefix,
  createTestDatabase,
  eventually,
  signIn,
  SmtpSink,
  type SignedInUser,
  testConfig,
  uniqueQueuePrefix,
  type TestDatabase,
} from '@app/testing';
import { outboxSettled } from '../support/outbox-settled.js';

/** The walking skeleton, through every real part, on each queue backend. */
describe.each(['redis', 'postgres'] as const)('registering a municipality (%s queues)', (queue) => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let admin: SignedInUser;
  const prefix = uniqueQueuePrefix();

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = await SmtpSink.start();
    const config = testConfig({ database, queue, prefix, smtpUrl: sink.url });
    api = await createApi(config);
    await api.init();
    admin = await signIn(api, Role.Administrator);
    worker = await createWorker(config);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink?.close();
    await database?.drop();
    if (queue === 'redis') await clearRedisPrefix(prefix);
  });

  it('emails the municipality alert mailbox through outbox, queue and SMTP, exactly once', async () => {
    const response = await request(api.getHttpServer())
      .post('/api/v1/municipalities')
      .set('Authorization', admin.bearer)
      .send({ code: '751', name: 'Aarhus', alertEmail: 'boligvarsler@aarhus.dk' })
      .expect(201);
    expect(response.body).toMatchObject({ code: '751', name: 'Aarhus', alertEmail: 'boligvarsler@aarhus.dk' });

    const [email] = await sink.waitFor(1);
    expect(email.to).toEqual(['boligvarsler@aarhus.dk']);
    expect(email.subject).toBe('Aarhus Kommune (751) er tilmeldt varsler om udsættelser');
    expect(email.text).toContain('kommunekode 751');
    expect(email.text).toContain('almenlejelovens § 92, stk. 2');
    expect(email.html).toContain('<strong>Aarhus Kommune</strong>');
    expect(email.parsed.from?.value[0]?.address).toBe('no-reply@udsaettelse.local');

    const [row] = await eventually(async () => {
      const rows = await database.query<{
        id: string;
        status: string;
        sent_at: Date | null;
        provider_message_id: string;
      }>(`SELECT id, status, sent_at, provider_message_id FROM outbox`);
      return rows[0]?.status === 'sent' ? rows : undefined;
    });
    expect(row.sent_at).toBeInstanceOf(Date);
    expect(email.notificationId).toBe(row.id);
    expect(row.provider_message_id).toBe(`<${row.id}@udsaettelse.local>`);
    expect(email.messageId).toBe(row.provider_message_id);

    // Every outbox row settled and the queue idle: a duplicate would have arrived by now.
    await outboxSettled(database, worker);
    expect(sink.countFor(row.id)).toBe(1);
  });

  it('reports database, queue backend and SMTP in /health', async () => {
    const response = await request(api.getHttpServer()).get('/health').expect(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.details.database.status).toBe('up');
    expect(response.body.details.queue).toMatchObject({ status: 'up', backend: queue });
    expect(response.body.details.smtp).toMatchObject({ status: 'up', transport: 'smtp' });
  });

  it('serves the OpenAPI document of every endpoint at /docs-json', async () => {
    const response = await request(api.getHttpServer()).get('/docs-json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/municipalities', '/api/v1/municipalities/{code}', '/health']),
    );
    await request(api.getHttpServer()).get('/docs').expect(200);
  });
});

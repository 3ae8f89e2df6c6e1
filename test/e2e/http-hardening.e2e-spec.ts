import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { Role } from '@app/domain';
import { createApi } from '../../apps/api/src/api.factory.js';
import { HealthProbes } from '../../apps/api/src/health/health-probes.service.js';
import { createTestDatabase, signIn, SmtpSink, testConfig, type SignedInUser, type TestDatabase } from '@app/testing';

/**
 * What every response carries whatever it answers (security headers, no caching of personal
 * data), and /health, which anyone may call as often as they like without costing a connection.
 */
describe('HTTP hardening', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let api: INestApplication;
  let admin: SignedInUser;

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = await SmtpSink.start();
    // A probe interval longer than the test: every SMTP connection the sink sees is the first round's.
    api = await createApi(
      testConfig({ database, queue: 'postgres', smtpUrl: sink.url, env: { HEALTH_PROBE_INTERVAL_MS: '600000' } }),
    );
    await api.init();
    admin = await signIn(api, Role.Administrator);
  });

  afterAll(async () => {
    await api?.close();
    await sink?.close();
    await database?.drop();
  });

  const http = () => request(api.getHttpServer());

  it.each([
    ['an API response', '/api/v1/me', true],
    ['an error', '/api/v1/no-such-route', true],
    ['the API document', '/docs', false],
    ['the queue board', '/admin/queues', true],
    ['/health', '/health', false],
  ])('sends the security headers on %s', async (_what, path, bearer) => {
    const call = http().get(path);
    const response = await (bearer ? call.set('Authorization', admin.bearer) : call);
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const csp = response.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('lets the API document load its own scripts and styles under that policy', async () => {
    const page = await http().get('/docs/').expect(200);
    // Swagger UI's page: every script is a file from this origin, none inline (script-src 'self').
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="\.?\/?[^":]+"/);
      expect(body.trim()).toBe('');
    }
  });

  it('forbids caching every response that can carry personal data', async () => {
    const person = await http()
      .post('/api/v1/persons')
      .set('Authorization', admin.bearer)
      .send({ name: 'Anna Andersen', housingOrganisationId: await organisation() })
      .expect(201);
    for (const path of [`/api/v1/persons/${person.body.id}`, '/api/v1/me', '/api/v1/users']) {
      const response = await http().get(path).set('Authorization', admin.bearer).expect(200);
      expect([path, response.headers['cache-control']]).toEqual([path, 'no-store']);
    }
    const refused = await http().get(`/api/v1/persons/${person.body.id}`).expect(401);
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('answers /health from the last probes, opening no SMTP connection per call', async () => {
    const before = sink.connections;
    expect(before).toBeGreaterThan(0); // the first probe round did reach the server
    const answers = await Promise.all(Array.from({ length: 20 }, () => http().get('/health').expect(200)));
    expect(sink.connections).toBe(before);
    const { details } = answers[0].body;
    for (const probe of ['database', 'queue', 'smtp']) {
      expect(details[probe]).toMatchObject({ status: 'up', checkedAt: expect.any(String), ageMs: expect.any(Number) });
    }
    // A new round (the timer's job) is what reaches the server again.
    await api.get(HealthProbes).probeAll();
    expect(sink.connections).toBeGreaterThan(before);
  });

  it('reports a failed SMTP probe as degraded with its age, keeping the API in service', async () => {
    await sink.crash();
    await api.get(HealthProbes).probeAll();
    const response = await http().get('/health').expect(200);
    expect(response.body.status).toBe('degraded');
    expect(response.body.details.smtp).toMatchObject({
      status: 'degraded',
      transport: 'smtp',
      ageMs: expect.any(Number),
    });
  });

  it('answers liveness without any I/O, to anyone', async () => {
    expect((await http().get('/health/live').expect(200)).body).toEqual({ status: 'ok' });
  });

  async function organisation(): Promise<string> {
    const response = await http()
      .post('/api/v1/housing-organisations')
      .set('Authorization', admin.bearer)
      .send({ name: `Bolig ${Math.random()}` })
      .expect(201);
    return response.body.id;
  }
});

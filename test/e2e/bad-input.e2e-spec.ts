import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApi } from '../../apps/api/src/api.factory.js';
import { Role } from '@app/domain';
import { createTestDatabase, signIn, testConfig, type SignedInUser, type TestDatabase } from '@app/testing';

/** Bad input gets a 4xx in the one error shape, with a stable code, and changes nothing. */
describe('bad input to POST /api/v1/municipalities', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let admin: SignedInUser;
  const valid = { code: '101', name: 'København', alertEmail: 'boligvarsler@kk.dk' };

  beforeAll(async () => {
    database = await createTestDatabase();
    // No worker: the outbox rows stay where the API put them, so they can be counted.
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.init();
    admin = await signIn(api, Role.Administrator);
    await post(valid).expect(201);
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  async function snapshot(): Promise<unknown> {
    return {
      municipalities: await database.query('SELECT * FROM municipality ORDER BY code'),
      outbox: await database.query('SELECT id, status FROM outbox ORDER BY id'),
    };
  }

  function expectErrorShape(body: Record<string, unknown>, statusCode: number, code: string): void {
    expect(body).toEqual(
      expect.objectContaining({ statusCode, code, message: expect.any(String), requestId: expect.any(String) }),
    );
    expect(Object.keys(body).sort()).toEqual(
      ['code', 'message', 'requestId', 'statusCode', ...('details' in body ? ['details'] : [])].sort(),
    );
  }

  const post = (body: string | object, contentType = 'application/json') =>
    request(api.getHttpServer())
      .post('/api/v1/municipalities')
      .set('Authorization', admin.bearer)
      .set('Content-Type', contentType)
      .send(typeof body === 'string' ? body : JSON.stringify(body));

  it.each([
    ['malformed JSON', '{"code": "102", "name": ', 400, 'MALFORMED_JSON'],
    ['an unknown field', { ...valid, code: '102', cpr: '0101701234' }, 400, 'UNKNOWN_FIELD'],
    ['a number where text belongs', { ...valid, code: 102 }, 400, 'VALIDATION_FAILED'],
    ['a missing field', { code: '102', name: 'Frederiksberg' }, 400, 'VALIDATION_FAILED'],
    ['a code that is not three digits', { ...valid, code: '1024' }, 400, 'VALIDATION_FAILED'],
    ['an invalid email', { ...valid, code: '102', alertEmail: 'not-an-email' }, 400, 'VALIDATION_FAILED'],
    ['an oversize name', { ...valid, code: '102', name: 'x'.repeat(101) }, 400, 'VALIDATION_FAILED'],
    ['an array instead of an object', [valid], 400, 'VALIDATION_FAILED'],
    ['a body over 1 MB', { ...valid, code: '102', name: 'x'.repeat(1_100_000) }, 413, 'PAYLOAD_TOO_LARGE'],
    ['a duplicate municipality code', valid, 409, 'MUNICIPALITY_CODE_TAKEN'],
  ])('refuses %s and leaves the database unchanged', async (_what, body, status, code) => {
    const before = await snapshot();
    const response = await post(body as string | object).expect(status);
    expectErrorShape(response.body, status, code);
    expect(await snapshot()).toEqual(before);
  });

  it('names each field at fault in details', async () => {
    const response = await post({ code: 'abc', name: '', alertEmail: 'x', extra: true }).expect(400);
    const fields = (response.body.details as { field: string }[]).map((d) => d.field);
    expect(new Set(fields)).toEqual(new Set(['code', 'name', 'alertEmail', 'extra']));
  });

  it('answers in English when asked, in Danish by default', async () => {
    const danish = await post(valid).expect(409);
    expect(danish.body.message).toBe('Der findes allerede en kommune med kommunekode 101.');
    const english = await post(valid).set('Accept-Language', 'en-GB,en;q=0.9').expect(409);
    expect(english.body.message).toBe('A municipality with municipality code 101 already exists.');
  });

  it('echoes a caller-supplied request id', async () => {
    const response = await post(valid).set('X-Request-Id', 'trace-12345678').expect(409);
    expect(response.body.requestId).toBe('trace-12345678');
    expect(response.headers['x-request-id']).toBe('trace-12345678');
  });

  it('answers unknown routes and municipalities with 404 in the same shape', async () => {
    const route = await request(api.getHttpServer()).get('/api/v1/nothing-here').expect(404);
    expectErrorShape(route.body, 404, 'NOT_FOUND');
    const missing = await request(api.getHttpServer())
      .get('/api/v1/municipalities/999')
      .set('Authorization', admin.bearer)
      .expect(404);
    expectErrorShape(missing.body, 404, 'MUNICIPALITY_NOT_FOUND');
  });

  it('lets exactly one of two simultaneous registrations of a code win', async () => {
    const body = { ...valid, code: '147', name: 'Frederiksberg' };
    const results = await Promise.all([post(body), post(body), post(body)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const rows = await database.query(`SELECT 1 FROM municipality WHERE code = '147'`);
    expect(rows).toHaveLength(1);
  });
});

import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApi } from '../../apps/api/src/api.factory.js';
import { Role } from '@app/domain';
import { createTestDatabase, signIn, testConfig, TestWorld, type TestDatabase } from '@app/testing';

/** The calendar over HTTP, and the disputed readings switched by configuration alone. */
describe('calendar endpoints', () => {
  let database: TestDatabase;
  const apps: INestApplication[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await database?.drop();
  });

  async function earliestDemandFor(dueDate: string, env: Record<string, string> = {}): Promise<string> {
    const api = await createApi(testConfig({ database, queue: 'postgres', env }));
    await api.init();
    apps.push(api);
    const { organisation } = await new TestWorld(api).organisation();
    const user = await signIn(api, Role.Manager, { housingOrganisationId: organisation.id });
    const response = await request(api.getHttpServer())
      .get(`/api/v1/calendar/deadlines?dueDate=${dueDate}`)
      .set('Authorization', user.bearer)
      .expect(200);
    return response.body.earliestPaymentDemandDate.date;
  }

  it('lists the public holidays of a year, without Store bededag from 2024', async () => {
    const api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.init();
    apps.push(api);
    const user = await signIn(api, Role.Administrator);
    const get = (year: number) =>
      request(api.getHttpServer()).get(`/api/v1/calendar/holidays?year=${year}`).set('Authorization', user.bearer);
    const names = (await get(2026).expect(200)).body.map((h: { name: string }) => h.name);
    expect(names).toContain('Langfredag');
    expect(names).not.toContain('Store bededag');
    expect((await get(2023).expect(200)).body.map((h: { name: string }) => h.name)).toContain('Store bededag');
    expect((await get(1800)).body.code).toBe('VALIDATION_FAILED');
  });

  it('counts the weekdays before a påkrav from the reading configured (due Saturday 1 August 2026)', async () => {
    // Default: from the last on-time day (Monday 3 August) → Friday 7 August.
    expect(await earliestDemandFor('2026-08-01')).toBe('2026-08-07');
    // The themis checklist's reading: from the calendar due date → Thursday 6 August.
    expect(await earliestDemandFor('2026-08-01', { CALENDAR_PAYMENT_DEMAND_COUNT_FROM: 'dueDate' })).toBe('2026-08-06');
  });
});

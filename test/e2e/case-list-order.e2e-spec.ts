import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApi } from '../../apps/api/src/api.factory.js';
import { type CaseStage } from '@app/domain';
import { createTestDatabase, TEST_PASSWORD, testConfig, TestWorld, type TestDatabase } from '@app/testing';

/**
 * The worktray's order (issue 13): `sort=deadline` lists every case by its next legal date,
 * overdue first and cases with no next date last, and pages through them without losing or
 * repeating one across the boundary between dated and undated cases.
 */
describe('the case list by deadline', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let bearer: string;
  const ids = new Map<string, CaseStage>();

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.init();
    const world = new TestWorld(api);
    const { departments, caseworker } = await world.organisation();
    const where = { department: departments[0]!, caseworker };
    for (const stage of ['registered', 'payment_demand_sent', 'terminated', 'eviction_requested'] as CaseStage[]) {
      ids.set((await world.caseAt(stage, where)).caseId, stage);
    }
    const login = await request(api.getHttpServer())
      .post('/api/v1/auth/login')
      .send({ email: caseworker.user.email, password: TEST_PASSWORD })
      .expect(200);
    bearer = `Bearer ${login.body.accessToken}`;
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  const page = (query: string) =>
    request(api.getHttpServer()).get(`/api/v1/cases?${query}`).set('Authorization', bearer).expect(200);

  it('orders by the next legal date, undated last, one case per page without loss or repetition', async () => {
    const seen: { id: string; nextDeadlineOn: string | null }[] = [];
    let cursor: string | null = null;
    do {
      const body: { items: { id: string; nextDeadlineOn: string | null }[]; nextCursor: string | null } = (
        await page(`sort=deadline&limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      ).body;
      seen.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);

    expect(seen.map((c) => c.id).sort()).toEqual([...ids.keys()].sort());
    const dates = seen.map((c) => c.nextDeadlineOn ?? '9999-12-31');
    expect(dates).toEqual([...dates].sort());
    expect(seen.some((c) => c.nextDeadlineOn === null)).toBe(true);
    expect(seen[0]!.nextDeadlineOn).not.toBeNull();
  });

  it('refuses an unknown order with a field error', async () => {
    const response = await request(api.getHttpServer())
      .get('/api/v1/cases?sort=newest')
      .set('Authorization', bearer)
      .expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details[0].field).toBe('sort');
  });
});

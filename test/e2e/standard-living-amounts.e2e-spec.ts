import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApi } from '../../apps/api/src/api.factory.js';
import { Role } from '@app/domain';
import { createTestDatabase, signIn, testConfig, TestWorld, type TestDatabase } from '@app/testing';

/** The standard living amounts over HTTP: the migrated 2024 rates, by date, for debt advisors. */
describe('GET /api/v1/standard-living-amounts', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let bearer: string;
  const get = (query: string) =>
    request(api.getHttpServer()).get(`/api/v1/standard-living-amounts${query}`).set('Authorization', bearer);

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.init();
    const provider = await new TestWorld(api).counsellingProvider();
    bearer = (await signIn(api, Role.DebtAdvisor, { counsellingProviderId: provider.id })).bearer;
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('answers Gældsstyrelsen’s 2024 rates on 2024-06-01', async () => {
    const response = await get('?on=2024-06-01').expect(200);
    expect(response.body).toEqual({
      validFrom: '2024-01-01',
      validTo: null,
      firstAdultOre: 724000,
      furtherAdultOre: 504000,
      child0to1Ore: 197000,
      child2to6Ore: 252000,
      child7to17Ore: 363000,
      source: expect.stringContaining('Gældsstyrelsen'),
      fromEarlierYear: false,
    });
  });

  it('says when the rates in force are an earlier year’s', async () => {
    expect((await get('?on=2026-12-01').expect(200)).body).toMatchObject({
      validFrom: '2024-01-01',
      fromEarlierYear: true,
    });
  });

  it('answers 404 with a code before the first rates, and 400 without a date', async () => {
    const none = await get('?on=2023-12-31').expect(404);
    expect(none.body).toMatchObject({ code: 'STANDARD_LIVING_AMOUNT_NOT_IN_FORCE' });
    expect(none.body.message).toContain('2023-12-31');
    expect((await get('?on=2024-02-30').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await get('').expect(400)).body.code).toBe('VALIDATION_FAILED');
  });
});

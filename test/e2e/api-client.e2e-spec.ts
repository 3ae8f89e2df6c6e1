import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { type INestApplication } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createTestDatabase, TEST_PASSWORD, testConfig, TestWorld, type TestDatabase } from '@app/testing';
import { walkThrough } from '../support/api-client-walkthrough.js';

/**
 * The API driven through the client generated from /docs-json (libs/api-client). The walkthrough
 * is type-checked against the committed schema first (Jest only transpiles), so a document that
 * does not say what the API takes and answers fails here, not in the web application.
 */
describe('the API through its generated client', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let baseUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.listen(0, '127.0.0.1');
    baseUrl = await api.getUrl();
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('type-checks the walkthrough against the generated schema', () => {
    const tsc = join(process.cwd(), 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', 'test/tsconfig.api-client.json'], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);

  it('signs in, registers a tenancy, a tenant and arrears, reads the case, and shows a refused step by its code', async () => {
    const { departments, caseworker } = await new TestWorld(api).organisation();
    const seen = await walkThrough(
      baseUrl,
      { email: caseworker.user.email, password: TEST_PASSWORD },
      departments[0]!.id,
    );

    expect(seen.statuses).toEqual({
      login: 200,
      tenancy: 201,
      person: 201,
      tenant: 201,
      arrears: 201,
      refused: 409,
      signedOut: 401,
    });
    expect(seen.role).toBe('housing_caseworker');
    expect(seen.arrearsOutcome).toBe('created');
    expect(seen.case).toMatchObject({ stage: 'registered', balanceOre: 685_000 });
    expect(seen.case?.tenants.map((t) => t.name)).toEqual(['Karen Hansen']);
    expect(seen.refused).toMatchObject({ statusCode: 409, code: 'CASE_STAGE_INVALID', requestId: expect.any(String) });
    expect(seen.signedOut?.code).toBe('AUTHENTICATION_REQUIRED');
  });
});

import { type INestApplication } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createTestDatabase, testConfig, type TestDatabase } from '@app/testing';
import {
  closeFuzzAgent,
  describeFailures,
  runApiFuzz,
  stillAnswers,
  type FuzzResult,
} from '../support/fuzz/api-fuzz.js';

/**
 * Every operation of /docs-json, fuzzed with bounded malformed variants (fixed seed, a few
 * variants of each class per operation) as an administrator, as a housing caseworker and, on
 * public routes, without a token. Bad input must be a 4xx in the one error shape; a 5xx or no
 * answer at all is a failure. `npm run bench` runs the same fuzzer at full size.
 */
describe('fuzzing the API from its OpenAPI document', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let result: FuzzResult;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.listen(0, '127.0.0.1');
    result = await runApiFuzz(api, {
      seed: 20_260_310,
      perKind: 1,
      randomValues: 2,
      concurrency: 4,
    });
    console.log(
      `fuzz: ${result.requests} requests over ${result.operations} operations; statuses ${JSON.stringify(result.statuses)}` +
        `; ${result.refusedByDatabase.length} refused by the database's constraints rather than by validation` +
        (result.refusedByDatabase.length > 0 ? `:\n${describeFailures(result.refusedByDatabase)}` : ''),
    );
  }, 300_000);

  afterAll(async () => {
    closeFuzzAgent();
    await api?.close();
    await database?.drop();
  });

  it('covers every operation the API documents', () => {
    expect(result.operations).toBeGreaterThan(70);
  });

  it('answers no variant with a 5xx or not at all', () => {
    expect(describeFailures(result.failures)).toBe('');
  });

  it('answers every 4xx in the one error shape with a stable code', () => {
    expect(describeFailures(result.shapeless)).toBe('');
  });

  it('refuses bad values in validation, before the database: only races on a unique constraint reach it', () => {
    // Concurrent variants that are all valid may race for one unique key: a 409 CONFLICT from
    // the safety net is right there. Any other database refusal is input validation let through.
    const throughValidation = result.refusedByDatabase.filter((r) => !r.body.includes('"code":"CONFLICT"'));
    expect(describeFailures(throughValidation)).toBe('');
  });

  it('still answers /health and an authenticated read afterwards', async () => {
    expect(await stillAnswers(api)).toEqual({ health: 200, read: 200 });
  });
});

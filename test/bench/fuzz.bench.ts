import { type INestApplication } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createTestDatabase, testConfig, type TestDatabase } from '@app/testing';
import { closeFuzzAgent, describeFailures, runApiFuzz, stillAnswers } from '../support/fuzz/api-fuzz.js';
import { fullScale } from './support/bench.js';

/**
 * The OpenAPI fuzzer of test/e2e/fuzz.e2e-spec.ts at full size: every variant of every class for
 * every operation (the e2e test keeps one per class), with more random JSON, as an administrator,
 * a housing caseworker and anonymously. Under `npm test` a smoke run on a few operations.
 * Prints `fuzz_requests` and `fuzz_5xx` (goal 0: a 5xx or an unanswered request counts).
 */
const SMOKE_OPERATIONS = /^(GET \/health|POST \/api\/v1\/auth\/login|PATCH \/api\/v1\/persons\/\{id\})$/;

/** Counts are whole numbers: printed as such, in the `bench: <name> <value> <unit>` form. */
const reportCount = (name: string, value: number, unit: string) =>
  process.stdout.write(`bench: ${name} ${value} ${unit}\n`);

describe(`fuzz benchmark (${fullScale ? 'every variant of every operation' : 'smoke run'})`, () => {
  let database: TestDatabase;
  let api: INestApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    closeFuzzAgent();
    await api?.close();
    await database?.drop();
  });

  it('answers every variant with something other than a 5xx, and still answers afterwards', async () => {
    const result = await runApiFuzz(api, {
      seed: 20_260_311,
      perKind: fullScale ? Infinity : 1,
      randomValues: fullScale ? 8 : 1,
      concurrency: 4,
      only: fullScale ? undefined : SMOKE_OPERATIONS,
    });
    reportCount('fuzz_requests', result.requests, 'requests');
    reportCount('fuzz_5xx', result.failures.length, 'responses');
    reportCount('fuzz_shapeless_4xx', result.shapeless.length, 'responses');
    // Not failures (4xx all the same), but input that validation let through to the database.
    reportCount('fuzz_db_refusals', result.refusedByDatabase.length, 'responses');
    for (const list of [result.failures, result.refusedByDatabase]) {
      if (list.length > 0) process.stdout.write(`${describeFailures(list)}\n`);
    }
    expect(describeFailures(result.failures)).toBe('');
    expect(describeFailures(result.shapeless)).toBe('');
    expect(await stillAnswers(api)).toEqual({ health: 200, read: 200 });
  });
});

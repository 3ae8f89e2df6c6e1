import { readFile, writeFile } from 'node:fs/promises';
import { type INestApplication } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.factory.js';
import {
  API_CLIENT_SCHEMA_FILE,
  createTestDatabase,
  fetchApiDocument,
  generateApiClientSchema,
  testConfig,
  type TestDatabase,
} from '@app/testing';

/**
 * The client's committed types (libs/api-client) are what openapi-typescript makes of today's
 * /docs-json. `npm run generate:api-client` runs this file with UPDATE_API_CLIENT=1 to write them.
 */
describe('the generated API client', () => {
  let database: TestDatabase;
  let api: INestApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.init();
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('has types generated from the current API document', async () => {
    const generated = await generateApiClientSchema(await fetchApiDocument(api));
    if (process.env.UPDATE_API_CLIENT === '1') {
      await writeFile(API_CLIENT_SCHEMA_FILE, generated);
      return;
    }
    const committed = await readFile(API_CLIENT_SCHEMA_FILE, 'utf8').catch(() => '');
    if (committed !== generated) {
      throw new Error(
        `${API_CLIENT_SCHEMA_FILE} does not match the API document: run \`npm run generate:api-client\` and commit the result.`,
      );
    }
  }, 60_000);
});

import { type INestApplication } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createTestDatabase, fetchApiDocument, redoclyLint, testConfig, type TestDatabase } from '@app/testing';

/** The API document (/docs-json) passes `redocly lint` with the recommended rules (redocly.yaml). */
describe('the API document', () => {
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

  it('has no errors under redocly lint (recommended rules)', async () => {
    const document = await fetchApiDocument(api);
    if (process.env.API_DOCUMENT_OUT) {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(process.env.API_DOCUMENT_OUT, JSON.stringify(document, null, 2));
    }
    const result = await redoclyLint(document);
    console.log(`redocly lint /docs-json: ${result.errors} errors, ${result.warnings} warnings`);
    if (result.errors > 0 || result.warnings > 0) console.log(result.report);
    expect(result.errors).toBe(0);
  }, 120_000);
});

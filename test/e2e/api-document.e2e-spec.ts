import { writeFile } from 'node:fs/promises';
import { type INestApplication } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createTestDatabase, fetchApiDocument, redoclyLint, testConfig, type TestDatabase } from '@app/testing';

interface Schema {
  type?: string;
  format?: string;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  additionalProperties?: unknown;
  allOf?: unknown[];
  oneOf?: unknown[];
  $ref?: string;
  items?: Schema;
}

interface Operation {
  summary?: string;
  description?: string;
  security?: unknown[];
  parameters?: { name: string; in: string; schema?: Schema }[];
  responses: Record<string, { content?: Record<string, { examples?: Record<string, { value: { code: string } }> }> }>;
}

type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

const PUBLIC = [
  'post /api/v1/auth/login',
  'post /api/v1/auth/refresh',
  // The web application's session: the refresh token is in a cookie, not a bearer header.
  'post /api/v1/auth/browser-session',
  'post /api/v1/auth/browser-session/refresh',
  'delete /api/v1/auth/browser-session',
  'get /health',
  'get /health/live',
];

/** The API document (/docs-json): redocly lint with the recommended rules (redocly.yaml), and our own rules. */
describe('the API document', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let document: Document;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.init();
    document = (await fetchApiDocument(api)) as unknown as Document;
    // For a look at the whole document: API_DOCUMENT_OUT=/tmp/openapi.json
    if (process.env.API_DOCUMENT_OUT) await writeFile(process.env.API_DOCUMENT_OUT, JSON.stringify(document, null, 2));
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ name: `${method} ${path}`, operation })),
    );
  const properties = () =>
    Object.entries(document.components.schemas).flatMap(([schema, { properties = {} }]) =>
      Object.entries(properties).map(([name, property]) => ({ name: `${schema}.${name}`, property })),
    );

  it('has no errors under redocly lint (recommended rules)', async () => {
    const result = await redoclyLint(document);
    console.log(`redocly lint /docs-json: ${result.errors} errors, ${result.warnings} warnings`);
    if (result.errors > 0 || result.warnings > 0) console.log(result.report);
    expect(result.errors).toBe(0);
  }, 120_000);

  it('describes every operation, and says which are public', () => {
    for (const { name, operation } of operations()) {
      expect({ name, summary: !!operation.summary, description: (operation.description ?? '').length > 40 }).toEqual({
        name,
        summary: true,
        description: true,
      });
      expect({ name, security: operation.security }).toEqual({
        name,
        security: PUBLIC.includes(name) ? [] : [{ bearer: [] }],
      });
    }
  });

  it('names the codes of every error response, with an example body in the error shape', () => {
    for (const { name, operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        const examples = Object.values(response.content?.['application/json']?.examples ?? {});
        for (const { value } of examples) {
          expect({ name, status, ...value, message: typeof (value as { message?: unknown }).message }).toMatchObject({
            name,
            status,
            statusCode: Number(status),
            code: expect.stringMatching(/^[A-Z_]+$/),
            message: 'string',
            requestId: expect.any(String),
          });
        }
      }
      if (operation.security?.length) {
        expect({
          name,
          codes: Object.keys(operation.responses['401']?.content?.['application/json']?.examples ?? {}),
        }).toEqual({ name, codes: expect.arrayContaining(['AUTHENTICATION_REQUIRED', 'TOKEN_EXPIRED']) });
        expect(Object.keys(operation.responses['403']?.content?.['application/json']?.examples ?? {})).toContain(
          'ROLE_NOT_ALLOWED',
        );
      }
    }
  });

  it('types every field: no bare object, øre amounts and counts integer, dates formatted', () => {
    for (const { name, property } of properties()) {
      // A field typed `object` with nothing inside becomes Record<string, never> in a generated client.
      const bare = property.type === 'object' && !property.properties && !property.additionalProperties;
      const composed = property.allOf || property.oneOf || property.$ref;
      expect({ name, bareObject: bare && !composed }).toEqual({ name, bareObject: false });
      if (/Ore$|(^|\.)(version|limit|attempts|escalationLevel)$|Rows$|(Business|Deadline|Within)Days$/.test(name)) {
        expect({ name, type: property.type }).toEqual({ name, type: 'integer' });
      }
      if (/(On|Date)$|\.(date|on)$/.test(name) && property.type === 'string') {
        expect({ name, format: property.format }).toEqual({ name, format: 'date' });
      }
      if (/At$/.test(name) && property.type === 'string') {
        expect({ name, format: property.format }).toEqual({ name, format: 'date-time' });
      }
    }
    for (const { name, operation } of operations()) {
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'path' && /(^id|Id)$/.test(parameter.name)) {
          expect({ name, parameter: parameter.name, format: parameter.schema?.format }).toEqual({
            name,
            parameter: parameter.name,
            format: 'uuid',
          });
        }
        if (/^limit$|Ore$|WithinDays$/.test(parameter.name)) {
          expect({ name, parameter: parameter.name, type: parameter.schema?.type }).toEqual({
            name,
            parameter: parameter.name,
            type: 'integer',
          });
        }
      }
    }
  });
});

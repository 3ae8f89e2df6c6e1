import { type INestApplication } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createTestDatabase, SmtpSink, testConfig, type TestDatabase } from '@app/testing';

const WEB_ROOT = resolve('dist/web');

/**
 * The API serving the built web application (issue 13): every page address answers the HTML
 * shell (never cached, under the CSP), the hashed assets are cached for good, and the API's own
 * paths keep answering as the API.
 */
describe('the web application, served by the API', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let api: INestApplication;
  let script: string;

  beforeAll(async () => {
    if (!existsSync(join(WEB_ROOT, 'index.html'))) {
      throw new Error(
        `The web application is not built (${WEB_ROOT}): run \`npm run build:web\` first (npm test does).`,
      );
    }
    // The entry script index.html loads (other chunks may sit beside it in assets/).
    const built = /src="\/assets\/([^"]+\.js)"/.exec(readFileSync(join(WEB_ROOT, 'index.html'), 'utf8'))?.[1];
    if (!built || !existsSync(join(WEB_ROOT, 'assets', built))) {
      throw new Error(`index.html in ${WEB_ROOT} names no built script: run \`npm run build:web\`.`);
    }
    script = built;
    database = await createTestDatabase();
    sink = await SmtpSink.start();
    api = await createApi(testConfig({ database, queue: 'postgres', smtpUrl: sink.url, env: { WEB_ROOT } }));
    await api.init();
  });

  afterAll(async () => {
    await api?.close();
    await sink?.close();
    await database?.drop();
  });

  const http = () => request(api.getHttpServer());

  it.each(['/', '/inbox/warnings/x', '/directory'])(
    'answers %s with the HTML shell, not cached, under the CSP',
    async (path) => {
      const response = await http().get(path).set('Accept', 'text/html').expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.text).toContain('<div id="root"');
      expect(response.text).toContain(`/assets/${script}`);
    },
  );

  it('serves the built script with immutable caching', async () => {
    const response = await http().get(`/assets/${script}`).expect(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toContain('immutable');
    expect(response.headers['cache-control']).toContain('max-age=31536000');
  });

  it('answers an unknown asset with 404, not the shell', async () => {
    const response = await http().get('/assets/no-such-file.js');
    expect(response.status).toBe(404);
    expect(response.text).not.toContain('<div id="root"');
  });

  it('keeps the API answering as the API: an unknown API path is a JSON 404 in the error shape', async () => {
    const response = await http().get('/api/v1/nope').set('Accept', 'text/html,application/json').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toMatchObject({ statusCode: 404, code: expect.any(String), message: expect.any(String) });
    expect(response.body.requestId).toEqual(expect.any(String));
  });

  it('still serves the API document', async () => {
    const response = await http().get('/docs-json').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toContain('/api/v1/me');
  });

  it('does not answer a POST to a page address with the HTML shell', async () => {
    const response = await http().post('/').set('Accept', 'text/html').send({});
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.headers['content-type'] ?? '').not.toMatch(/^text\/html/);
    expect(response.text).not.toContain('<div id="root"');
  });
});

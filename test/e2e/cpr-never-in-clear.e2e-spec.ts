import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  createTestDatabase,
  eventually,
  startProcess,
  stopProcess,
  testEnv,
  type RunningProcess,
  type TestDatabase,
} from '@app/testing';

const run = promisify(execFile);

/** Every spelling of a CPR number that could leak: plain, dashed, spaced. */
function spellings(cpr: string): string[] {
  return [cpr, `${cpr.slice(0, 6)}-${cpr.slice(6)}`, `${cpr.slice(0, 6)} ${cpr.slice(6)}`];
}

/**
 * The real API process at debug log level does everything one does with CPR numbers, right and
 * wrong; afterwards neither a dump of its database nor anything it printed holds one in clear.
 */
describe('CPR numbers in dumps and logs', () => {
  let database: TestDatabase;
  let api: RunningProcess | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await stopProcess(api);
    await database?.drop();
  });

  it('never appear in clear text', async () => {
    // Ports are taken from the OS: find the one the API printed.
    api = startProcess('dist/apps/api/src/main.js', {
      ...testEnv({ database, queue: 'postgres', env: { LOG_LEVEL: 'debug' } }),
    });
    const base = await eventually(
      () => /API listening on (http:\/\/localhost:\d+)/.exec(api!.output())?.[1],
      30_000,
      'the API to listen',
    );
    const call = async (method: string, path: string, body?: unknown, token?: string) => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> };
    };

    // An administrator and a caseworker, made the way an operator would.
    await run(
      process.execPath,
      ['dist/apps/api/src/cli/create-admin.js', '--email', 'admin@test.dk', '--name', 'Admin'],
      {
        env: { ...process.env, ...testEnv({ database, queue: 'postgres' }), ADMIN_PASSWORD: 'admin-password-123' },
      },
    );
    const admin = (await call('POST', '/api/v1/auth/login', { email: 'admin@test.dk', password: 'admin-password-123' }))
      .body.accessToken as string;
    const organisation = (await call('POST', '/api/v1/housing-organisations', { name: 'Bolig' }, admin)).body;
    await call(
      'POST',
      '/api/v1/users',
      {
        email: 'cw@test.dk',
        name: 'Caseworker',
        role: 'housing_caseworker',
        password: 'caseworker-password',
        housingOrganisationId: organisation.id,
      },
      admin,
    );
    const caseworker = (
      await call('POST', '/api/v1/auth/login', { email: 'cw@test.dk', password: 'caseworker-password' })
    ).body.accessToken as string;

    const valid = ['0101704321', '2412859876', '3006120123'];
    const invalid = ['3102904321', '9999999999'];
    for (const cpr of valid) {
      const created = await call(
        'POST',
        '/api/v1/persons',
        { name: 'Lejer', cpr: `${cpr.slice(0, 6)}-${cpr.slice(6)}` },
        caseworker,
      );
      expect(created.status).toBe(201);
      await call('GET', `/api/v1/persons/${created.body.id}`, undefined, admin);
      await call('POST', '/api/v1/persons/search', { cpr }, caseworker);
      await call('POST', '/api/v1/persons', { name: 'Igen', cpr }, caseworker); // 409 duplicate
    }
    for (const cpr of invalid) {
      expect((await call('POST', '/api/v1/persons', { name: 'Forkert', cpr }, caseworker)).status).toBe(400);
      await call('POST', '/api/v1/persons/search', { cpr }, caseworker);
    }
    // Malformed JSON around a CPR number, and one smuggled into a URL's query string.
    await call('POST', '/api/v1/persons', `{"name": "X", "cpr": "${valid[0]}"`, caseworker);
    await call('GET', `/api/v1/persons?name=${valid[1]}`, undefined, caseworker);
    await stopProcess(api);

    const { stdout: dump } = await run('pg_dump', ['--no-owner', database.url], { maxBuffer: 64 * 1024 * 1024 });
    expect(dump).toContain('audit_log'); // the dump is real and complete
    const logs = api.output();
    expect(logs).toContain('"req"'); // request logging was on
    for (const cpr of [...valid, ...invalid]) {
      for (const spelling of spellings(cpr)) {
        expect([spelling, dump.includes(spelling)]).toEqual([spelling, false]);
        expect([spelling, logs.includes(spelling)]).toEqual([spelling, false]);
      }
    }
  });
});

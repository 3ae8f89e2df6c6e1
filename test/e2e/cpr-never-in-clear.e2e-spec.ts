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

/**
 * A database error carries the statement's parameters and, in PostgreSQL's `detail`, the row it
 * refused. Forced in the API (a failing UPDATE of a person) and in the worker (an import whose
 * every batch the database refuses), neither process may log any of that: no name, email, phone,
 * address, CPR number, ciphertext or blind index, and no `parameters`/`detail` field at all.
 */
describe('personal data in the logs when the database fails', () => {
  let database: TestDatabase;
  let api: RunningProcess | undefined;
  let worker: RunningProcess | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await stopProcess(api);
    await stopProcess(worker);
    await database?.drop();
  });

  it('is never written, by the API or by the worker', async () => {
    const env = testEnv({ database, queue: 'postgres', env: { LOG_LEVEL: 'debug' } });
    api = startProcess('dist/apps/api/src/main.js', env);
    const base = await eventually(
      () => /API listening on (http:\/\/localhost:\d+)/.exec(api!.output())?.[1],
      30_000,
      'the API to listen',
    );
    const call = async (method: string, path: string, body?: unknown, token?: string, contentType?: string) => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: {
          'Content-Type': contentType ?? 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> };
    };
    await run(
      process.execPath,
      ['dist/apps/api/src/cli/create-admin.js', '--email', 'admin@test.dk', '--name', 'Admin'],
      { env: { ...process.env, ...env, ADMIN_PASSWORD: 'admin-password-123' } },
    );
    const admin = (await call('POST', '/api/v1/auth/login', { email: 'admin@test.dk', password: 'admin-password-123' }))
      .body.accessToken as string;
    const municipality = (
      await call('POST', '/api/v1/municipalities', { code: '751', name: 'Aarhus', alertEmail: 'v@aarhus.dk' }, admin)
    ).body;
    const organisation = (await call('POST', '/api/v1/housing-organisations', { name: 'Bolig' }, admin)).body;
    await call(
      'POST',
      '/api/v1/departments',
      { housingOrganisationId: organisation.id, municipalityId: municipality.id, number: '1', name: 'A', address: 'X' },
      admin,
    );
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

    const person = {
      name: 'Margrethe Sørensen-Lund',
      cpr: '0101704321',
      email: 'margrethe.lund@privat-mail.dk',
      phone: '+45 31 41 59 26',
      address: 'Solsikkevej 17, 3. tv.',
      city: 'Vindeby',
    };
    const created = await call('POST', '/api/v1/persons', person, caseworker);
    expect(created.status).toBe(201);
    const [stored] = await database.query<{ cipher: string; cipherBase64: string; blind: string }>(
      `SELECT encode(cpr_ciphertext, 'hex') AS cipher, encode(cpr_ciphertext, 'base64') AS "cipherBase64",
              cpr_index AS blind FROM person WHERE id = $1`,
      [created.body.id],
    );

    // The API: every UPDATE of a person now fails inside PostgreSQL, with the row in hand.
    await database.query(`CREATE FUNCTION refuse_person() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'forced failure for the log test' USING DETAIL = 'row: ' || NEW::text; END $$`);
    await database.query(`CREATE TRIGGER refuse_person_update BEFORE UPDATE ON person
      FOR EACH ROW EXECUTE FUNCTION refuse_person()`);
    const update = await call(
      'PATCH',
      `/api/v1/persons/${created.body.id}`,
      { version: created.body.version, name: 'Margrethe Sørensen-Lund Holm', email: 'm.holm@privat-mail.dk' },
      caseworker,
    );
    expect(update.status).toBe(500);
    // The failure was logged, under its id (the process's output reaches us a moment later).
    await eventually(() => (api!.output().includes(update.body.errorId as string) ? true : undefined), 10_000);

    // The worker: every new person an import brings is refused by the database.
    await database.query(`CREATE TRIGGER refuse_person_insert BEFORE INSERT ON person
      FOR EACH ROW EXECUTE FUNCTION refuse_person()`);
    worker = startProcess('dist/apps/worker/src/main.js', env);
    const importer = {
      name: 'Torben Kjærgaard-Winther',
      cpr: '2412859876',
      address: 'Hyldebærvej 88, 2. th.',
    };
    const upload = await call(
      'POST',
      '/api/v1/arrears-imports',
      'Afdeling;Lejemål;Adresse;Postnr;By;Navn;CPR;Husleje;Restance;Forfaldsdato\r\n' +
        `1;1-001;${importer.address};8000;Vindeby;${importer.name};${importer.cpr};6.500,00;6.500,00;01-10-2026\r\n`,
      caseworker,
      'text/csv',
    );
    expect(upload.status).toBe(202);
    await eventually(
      () => (/forced failure for the log test/.test(worker!.output()) ? true : undefined),
      30_000,
      'the worker to log the refused import batch',
    );
    // An address in a path is logged with the request, scrubbed.
    await call('GET', `/api/v1/notification-settings/${encodeURIComponent(person.email)}`, undefined, admin);
    await call('GET', `/api/v1/notification-settings/${person.email}`, undefined, admin);
    await eventually(() => (api!.output().split('notification-settings').length > 2 ? true : undefined), 10_000);
    await stopProcess(worker);
    await stopProcess(api);

    const logs = api.output() + worker.output();
    const secrets = [
      person.name,
      person.email,
      person.phone,
      person.address,
      'm.holm@privat-mail.dk',
      importer.name,
      importer.address,
      stored.cipher,
      stored.cipherBase64,
      stored.blind,
      ...[person.cpr, importer.cpr].flatMap(spellings),
    ];
    for (const secret of secrets) expect([secret, logs.includes(secret)]).toEqual([secret, false]);
    for (const field of ['"parameters"', '"detail"', '"driverError"', '"query"']) {
      expect([field, logs.includes(field)]).toEqual([field, false]);
    }
  });
});

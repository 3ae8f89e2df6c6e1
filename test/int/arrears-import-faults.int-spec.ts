import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApi } from '../../apps/api/src/api.factory.js';
import { ArrearsImportService, Role } from '@app/domain';
import { createTestDatabase, signIn, testConfig, type SignedInUser, type TestDatabase } from '@app/testing';

const HEADER = 'Afdeling;Lejemål;Adresse;Postnr;By;Navn;CPR;Husleje;Restance;Forfaldsdato;Børn';
const row = (unit: string, name = `Lejer ${unit}`) =>
  `1;${unit};Parkvej ${unit};8000;Aarhus C;${name};;6.500,00;1.000,00;01-10-2026;`;
const csv = (rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';
const MAX_ATTEMPTS = 3;

interface Problem {
  rowNumber: number;
  field: string;
  code: string;
  message: { da: string; en: string };
}

/**
 * What the database refuses during an import: a row it cannot store is reported as that row's
 * problem and the rest are kept; an import it refuses as a whole ends `failed` after its
 * attempts, with a reason, and is not taken up again. No worker runs here: the test runs
 * each attempt itself, as the import job's processor does on each delivery of the job, so
 * nothing depends on timing.
 */
describe('arrears imports the database refuses', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let imports: ArrearsImportService;
  let caseworker: SignedInUser;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({
      database,
      queue: 'postgres',
      env: { LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent', IMPORT_MAX_ATTEMPTS: String(MAX_ATTEMPTS) },
    });
    api = await createApi(config);
    await api.init();
    imports = api.get(ArrearsImportService);
    const admin = await signIn(api, Role.Administrator);
    const post = (path: string, body: object) =>
      request(api.getHttpServer()).post(path).set('Authorization', admin.bearer).send(body).expect(201);
    const municipality = (
      await post('/api/v1/municipalities', { code: '751', name: 'Aarhus', alertEmail: 'v@aarhus.dk' })
    ).body;
    const organisationId = (await post('/api/v1/housing-organisations', { name: 'Aarhus Bolig' })).body.id;
    await post('/api/v1/departments', {
      housingOrganisationId: organisationId,
      municipalityId: municipality.id,
      number: '1',
      name: 'Afdeling 1',
      address: 'Aarhus',
    });
    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisationId });
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  async function upload(content: string): Promise<string> {
    const accepted = await request(api.getHttpServer())
      .post('/api/v1/arrears-imports')
      .set('Authorization', caseworker.bearer)
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(content)
      .expect(202);
    return accepted.body.id as string;
  }

  async function problemsOf(id: string): Promise<Problem[]> {
    const response = await request(api.getHttpServer())
      .get(`/api/v1/arrears-imports/${id}/problems?limit=200`)
      .set('Authorization', caseworker.bearer)
      .expect(200);
    return response.body.items;
  }

  async function casesFor(units: string[]): Promise<string[]> {
    const rows = await database.query<{ unit: string }>(
      `SELECT t.unit FROM arrears_case c JOIN tenancy t ON t.id = c.tenancy_id
        JOIN ledger_entry l ON l.case_id = c.id WHERE t.unit = ANY($1) ORDER BY t.unit`,
      [units],
    );
    return rows.map((r) => r.unit);
  }

  /** The import job's processor, one delivery: the import is still to do, and is processed. */
  async function attempt(expectedId: string): Promise<void> {
    expect(await imports.unfinished()).toEqual([expectedId]);
    await imports.process(expectedId);
  }

  /** Nothing left to do: no import is unfinished (none would be queued again), and another delivery changes nothing. */
  async function notTakenUpAgain(id: string): Promise<void> {
    expect(await imports.unfinished()).toEqual([]);
    const before = await database.query(`SELECT status, attempts FROM arrears_import WHERE id = $1`, [id]);
    await imports.process(id);
    expect(await database.query(`SELECT status, attempts FROM arrears_import WHERE id = $1`, [id])).toEqual(before);
  }

  it('reports a row with a NUL byte as that row’s problem and keeps every good row', async () => {
    const units = ['n-1', 'n-2', 'n-3', 'n-4'];
    const id = await upload(csv([row('n-1'), row('n-2'), row('n-3', 'Bo\u0000Berg'), row('n-4')]));
    await attempt(id);
    const [state] = await database.query(
      `SELECT status, total_rows AS total, changed_rows AS changed, failed_rows AS failed FROM arrears_import WHERE id = $1`,
      [id],
    );
    expect(state).toEqual({ status: 'completed', total: 4, changed: 3, failed: 1 });
    expect(await casesFor(units)).toEqual(['n-1', 'n-2', 'n-4']);
    const problems = await problemsOf(id);
    expect(problems.map((p) => [p.rowNumber, p.field, p.code])).toEqual([[4, 'tenantName', 'INVALID_TEXT']]);
    expect(problems[0]!.message.da).toMatch(/nul-tegn/);
    expect(problems[0]!.message.en).toMatch(/NUL character/);
    await notTakenUpAgain(id);
  });

  it('reports a row the database refuses as a bad row and keeps the good rows of its batch and the next', async () => {
    // A rule the database enforces and the file's validation does not know: the test adds one.
    await database.query(`ALTER TABLE tenancy ADD CONSTRAINT ck_test_refused_unit CHECK (unit NOT LIKE 'x-%')`);
    try {
      // More than one batch (2,000 rows), with a refused row in each.
      const units = Array.from({ length: 2_100 }, (_, i) => `c-${i + 1}`);
      units[1_499] = 'x-1500';
      units[2_049] = 'x-2050';
      const id = await upload(csv(units.map((unit) => row(unit))));
      await attempt(id);
      const [state] = await database.query(
        `SELECT status, total_rows AS total, changed_rows AS changed, unchanged_rows AS unchanged, failed_rows AS failed
           FROM arrears_import WHERE id = $1`,
        [id],
      );
      expect(state).toEqual({ status: 'completed', total: 2_100, changed: 2_098, unchanged: 0, failed: 2 });
      const kept = await casesFor(units);
      expect(kept).toHaveLength(2_098);
      expect(kept).not.toContain('x-1500');
      const problems = await problemsOf(id);
      // Line numbers: the header is line 1.
      expect(problems.map((p) => [p.rowNumber, p.field, p.code])).toEqual([
        [1_501, 'row', 'ROW_REFUSED'],
        [2_051, 'row', 'ROW_REFUSED'],
      ]);
      expect(problems[0]!.message.da).toMatch(/Rækken kunne ikke gemmes/);
      expect(problems[0]!.message.en).toMatch(/The row could not be saved/);
      // The good rows' warnings and timeline were written with them.
      const [events] = await database.query<{ events: number }>(
        `SELECT count(*)::int AS events FROM case_event e JOIN arrears_case c ON c.id = e.case_id
           JOIN tenancy t ON t.id = c.tenancy_id WHERE t.unit LIKE 'c-%' AND e.type = 'arrears_registered'`,
      );
      expect(events!.events).toBe(2_098);
      await notTakenUpAgain(id);
    } finally {
      await database.query(`ALTER TABLE tenancy DROP CONSTRAINT ck_test_refused_unit`);
    }
  });

  it(`ends an import the database refuses as a whole as failed after ${MAX_ATTEMPTS} attempts, with a reason`, async () => {
    await database.query(`
      CREATE FUNCTION test_refuse_tenancy() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await database.query(
      `CREATE TRIGGER tr_test_refuse_tenancy BEFORE INSERT ON tenancy FOR EACH STATEMENT EXECUTE FUNCTION test_refuse_tenancy()`,
    );
    try {
      const id = await upload(csv([row('t-1'), row('t-2')]));
      for (let n = 1; n <= MAX_ATTEMPTS; n++) {
        expect(await imports.unfinished()).toEqual([id]);
        await expect(imports.process(id)).rejects.toThrow();
        const [state] = await database.query(`SELECT status, attempts FROM arrears_import WHERE id = $1`, [id]);
        expect(state).toEqual({ status: n < MAX_ATTEMPTS ? 'received' : 'failed', attempts: n });
      }
      // Not taken up again, now or when its job is delivered once more (a stalled job's redelivery).
      await notTakenUpAgain(id);
      await database.query(`UPDATE arrears_import SET started_at = now() - interval '1 day' WHERE id = $1`, [id]);
      await notTakenUpAgain(id);

      const view = (
        await request(api.getHttpServer())
          .get(`/api/v1/arrears-imports/${id}`)
          .set('Authorization', caseworker.bearer)
          .expect(200)
      ).body;
      expect(view).toMatchObject({
        status: 'failed',
        attempts: MAX_ATTEMPTS,
        error: { code: 'IMPORT_PROCESSING_FAILED' },
      });
      expect(view.finishedAt).not.toBeNull();
      expect(view.error.text.da).toContain(`${MAX_ATTEMPTS} forsøg`);
      expect(view.error.text.en).toContain(`${MAX_ATTEMPTS} attempts`);
      // Nothing of the technical cause reaches the caseworker.
      expect(JSON.stringify(view.error)).not.toMatch(/refused by the test|P0001|tenancy/);
      expect(await casesFor(['t-1', 't-2'])).toEqual([]);
    } finally {
      await database.query(`DROP TRIGGER tr_test_refuse_tenancy ON tenancy`);
      await database.query(`DROP FUNCTION test_refuse_tenancy()`);
    }
  });

  it('ends an import whose worker keeps dying as failed once its attempts are used up', async () => {
    const id = await upload(csv([row('d-1')]));
    // Each attempt is abandoned, as by a worker killed half-way, and its job is delivered again.
    for (let n = 1; n <= MAX_ATTEMPTS; n++) {
      expect(await imports.unfinished()).toEqual([id]);
      expect(await imports.beginAttempt(id)).toEqual({ run: true, attempts: n });
    }
    // The next delivery finds the attempts used up: the import fails without being run.
    expect(await imports.beginAttempt(id)).toEqual({ run: false, attempts: MAX_ATTEMPTS });
    await notTakenUpAgain(id);
    const [state] = await database.query(
      `SELECT status, attempts, error->>'code' AS code, finished_at IS NOT NULL AS finished FROM arrears_import WHERE id = $1`,
      [id],
    );
    expect(state).toEqual({
      status: 'failed',
      attempts: MAX_ATTEMPTS,
      code: 'IMPORT_PROCESSING_FAILED',
      finished: true,
    });
  });

  it('completes an import whose first attempt failed, with no trace of the failure', async () => {
    await database.query(`
      CREATE FUNCTION test_refuse_tenancy() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await database.query(
      `CREATE TRIGGER tr_test_refuse_tenancy BEFORE INSERT ON tenancy FOR EACH STATEMENT EXECUTE FUNCTION test_refuse_tenancy()`,
    );
    const id = await upload(csv([row('o-1'), row('o-2')]));
    try {
      expect(await imports.unfinished()).toEqual([id]);
      await expect(imports.process(id)).rejects.toThrow();
    } finally {
      // The database takes the work again, as after a deadlock or a restart.
      await database.query(`DROP TRIGGER tr_test_refuse_tenancy ON tenancy`);
      await database.query(`DROP FUNCTION test_refuse_tenancy()`);
    }
    await attempt(id);
    const [state] = await database.query(
      `SELECT status, attempts, error, changed_rows AS changed, failed_rows AS failed FROM arrears_import WHERE id = $1`,
      [id],
    );
    expect(state).toEqual({ status: 'completed', attempts: 2, error: null, changed: 2, failed: 0 });
    expect(await casesFor(['o-1', 'o-2'])).toEqual(['o-1', 'o-2']);
  });
});

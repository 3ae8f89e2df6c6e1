import { type INestApplication } from '@nestjs/common';
import { Readable } from 'node:stream';
import { createApi } from '../../apps/api/src/api.factory.js';
import { ArrearsImportService } from '@app/domain';
import { createTestDatabase, testConfig, TestWorld, type TestDatabase, type WorldOrganisation } from '@app/testing';

const HEADER = 'Afdeling;Lejemål;Adresse;Postnr;By;Navn;CPR;Husleje;Restance;Forfaldsdato;Børn';
/** Tenancies in the file; each has two rows (September and October), the second far below the first. */
const UNITS = 2_250;

/** A valid CPR number for tenancy k (born 1940–1999). */
function cprOf(k: number): string {
  const day = String((k % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(k / 28) % 12) + 1).padStart(2, '0');
  const year = String(40 + (Math.floor(k / 336) % 60)).padStart(2, '0');
  return `${day}${month}${year}4${String(k % 1000).padStart(3, '0')}`;
}

const row = (k: number, dueDate: string, arrears: string) =>
  `1;u-${k};Parkvej ${k};8000;Aarhus C;Lejer ${k};${cprOf(k)};6.500,00;${arrears};${dueDate};`;

/**
 * The import writes two batches (2,000 rows each) at once, each in its own transaction. Here
 * every tenancy has a row in one batch and another in a later one, with the same tenant, so the
 * batches written together share tenancies and people; a row the database refuses and rows the
 * validation refuses sit between them. What is written must be what one batch after the other
 * writes: one case per tenancy with both months, one person per CPR number, every count and
 * problem once. No worker runs: the test runs the attempt itself.
 */
describe('arrears import batches written at once', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let imports: ArrearsImportService;
  let org: WorldOrganisation;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({ database, queue: 'postgres', env: { LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' } });
    api = await createApi(config);
    await api.init();
    imports = api.get(ArrearsImportService);
    // Department number 1, as the file's rows name it.
    org = await new TestWorld(api).organisation();
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('writes tenancies shared by batches written at once as one batch after the other would', async () => {
    // A rule the database enforces and the file's validation does not know: the test adds one.
    await database.query(`ALTER TABLE tenancy ADD CONSTRAINT ck_test_refused_unit CHECK (unit <> 'u-1999')`);
    try {
      const lines = [HEADER];
      for (let k = 0; k < UNITS; k++) lines.push(row(k, '01-09-2026', '1.000,00'));
      // Line 2,252 and 2,253: refused by the validation (no unit; a date that is not one).
      lines.push('1;;Parkvej;8000;Aarhus C;Lejer;;6.500,00;1.000,00;01-10-2026;');
      lines.push('1;u-1;Parkvej 1;8000;Aarhus C;Lejer 1;;6.500,00;1.000,00;31-02-2026;');
      for (let k = 0; k < UNITS; k++) lines.push(row(k, '01-10-2026', '2.000,00'));
      const { id } = await imports.receive(
        org.caseworker.actor,
        { format: 'csv', fileName: 'restancer.csv' },
        Readable.from([lines.join('\r\n') + '\r\n']),
      );
      await imports.process(id);

      const [state] = await database.query(
        `SELECT status, total_rows AS total, changed_rows AS changed, unchanged_rows AS unchanged, failed_rows AS failed
           FROM arrears_import WHERE id = $1`,
        [id],
      );
      // Both rows of u-1999 are refused by the database; two by the validation.
      expect(state).toEqual({
        status: 'completed',
        total: 2 * UNITS + 2,
        changed: 2 * UNITS - 2,
        unchanged: 0,
        failed: 4,
      });
      const problems = (await imports.problems(org.caseworker.actor, id, { limit: 200 })).items;
      // Line numbers: the header is line 1.
      expect(problems.map((p) => [p.rowNumber, p.code])).toEqual([
        [2_001, 'ROW_REFUSED'],
        [2_252, 'REQUIRED'],
        [2_253, 'INVALID_DATE'],
        [2_254 + 1_999, 'ROW_REFUSED'],
      ]);

      const cases = await database.query<{ unit: string; lines: string[]; opened: number; registered: number }>(
        `SELECT t.unit,
                array(SELECT l.kind || ':' || l.due_date || ':' || l.amount_ore FROM ledger_entry l
                       WHERE l.case_id = c.id ORDER BY l.due_date) AS lines,
                (SELECT count(*)::int FROM case_event e WHERE e.case_id = c.id AND e.type = 'case_opened') AS opened,
                (SELECT count(*)::int FROM case_event e WHERE e.case_id = c.id AND e.type = 'arrears_registered') AS registered
           FROM arrears_case c JOIN tenancy t ON t.id = c.tenancy_id ORDER BY t.unit`,
      );
      expect(cases).toHaveLength(UNITS - 1);
      expect(cases.map((c) => c.unit)).not.toContain('u-1999');
      for (const c of cases) {
        expect(c).toEqual({
          unit: c.unit,
          lines: ['rent_charge:2026-09-01:100000', 'rent_charge:2026-10-01:200000'],
          opened: 1,
          registered: 2,
        });
      }
      const [people] = await database.query<{ people: number; cprs: number; links: number }>(
        `SELECT count(*)::int AS people, count(DISTINCT cpr_index)::int AS cprs,
                (SELECT count(*)::int FROM tenancy_tenant) AS links FROM person`,
      );
      expect(people).toEqual({ people: UNITS - 1, cprs: UNITS - 1, links: UNITS - 1 });
    } finally {
      await database.query(`ALTER TABLE tenancy DROP CONSTRAINT ck_test_refused_unit`);
    }
  });
});

import { type INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { createApi } from '../../apps/api/src/api.factory.js';
import { Role } from '@app/domain';
import { createTestDatabase, signIn, testConfig, TestWorld, type SignedInUser, type TestDatabase } from '@app/testing';

function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

interface Cell {
  value: number | null;
  suppressed: boolean;
}
interface Report {
  tables: {
    period: string;
    columns: { key: string; labelDa: string }[];
    rows: { groupName: string; cells: Cell[]; total: Cell | null }[];
    columnTotals: Cell[];
    total: Cell | null;
  }[];
}

/** What the file must show for a cell: "<5" when suppressed, else the number (Danish decimal comma). */
const shown = (cell: Cell | null) => (cell === null ? '' : cell.suppressed ? '<5' : String(cell.value ?? ''));

/**
 * The statistics exports (issue 16, item 4): each figure's file holds exactly what its JSON route
 * answers for the same filters, suppressed cells as "<5", within the manager's scope.
 */
describe('the statistics exports', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let manager: SignedInUser;
  const year = new Date().getFullYear();
  const query = `period=year&from=${year}-01-01&to=${year}-12-31&groupBy=department`;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.init();
    const world = new TestWorld(api);
    const a = await world.organisation({ departments: 0 });
    const north = await world.department(a.organisation.id, a.municipality.id, '1', { name: 'Afdeling Nord' });
    const south = await world.department(a.organisation.id, a.municipality.id, '2', { name: 'Afdeling Syd' });
    for (let n = 0; n < 6; n++) await world.caseAt('registered', { department: north, caseworker: a.caseworker });
    for (let n = 0; n < 2; n++) await world.caseAt('registered', { department: south, caseworker: a.caseworker });
    const b = await world.organisation({ departments: 0 });
    const other = await world.department(b.organisation.id, b.municipality.id, '1', { name: 'Afdeling Fremmed' });
    for (let n = 0; n < 6; n++) await world.caseAt('registered', { department: other, caseworker: b.caseworker });
    manager = await signIn(api, Role.Manager, { housingOrganisationId: a.organisation.id });
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  const file = (path: string, language?: string) => {
    const req = request(api.getHttpServer()).get(path).set('Authorization', manager.bearer);
    return (language ? req.set('Accept-Language', language) : req).buffer(true).parse(binary);
  };
  const json = async (figure: string): Promise<Report> =>
    (
      await request(api.getHttpServer())
        .get(`/api/v1/statistics/${figure}?${query}`)
        .set('Authorization', manager.bearer)
        .expect(200)
    ).body;

  it('answers the inflow as CSV with the JSON route figures, "<5" for the suppressed departments (secondary too), never 0', async () => {
    const response = await file(`/api/v1/statistics/inflow/export?format=csv&${query}`).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="statistik-tilgang-${year}-01-01-${year}-12-31.csv"`,
    );
    const bytes = response.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').slice(0, -1);
    const report = await json('inflow');
    const table = report.tables[0]!;
    expect(lines[0]!.split(';').slice(0, 4)).toEqual(['Periode', 'Fra', 'Til', 'Afdeling']);
    expect(lines[0]!.split(';').slice(4, 4 + table.columns.length)).toEqual(table.columns.map((c) => c.labelDa));
    const byGroup = new Map(lines.slice(1).map((line) => [line.split(';')[3], line.split(';')]));
    for (const row of table.rows) {
      expect(byGroup.get(row.groupName)!.slice(4, 4 + row.cells.length)).toEqual(row.cells.map(shown));
    }
    expect(byGroup.get('I alt')!.slice(4, 4 + table.columnTotals.length)).toEqual(table.columnTotals.map(shown));
    // Syd's 2 is under 5; Nord's 6 is hidden too, else the total (8) would give Syd away
    expect(byGroup.get('2 Afdeling Syd')![4]).toBe('<5');
    expect(byGroup.get('1 Afdeling Nord')![4]).toBe('<5');
    expect(byGroup.get('I alt')![4]).toBe('8');
    expect(bytes.toString('utf8')).not.toContain('Afdeling Fremmed');
  });

  it('answers an .xlsx that reads back to the same values, with the about sheet', async () => {
    const response = await file(`/api/v1/statistics/inflow/export?format=xlsx&${query}`, 'en').expect(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Inflow', 'About the figures']);
    const sheet = workbook.getWorksheet('Inflow')!;
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row, n) => {
      const values = (row.values as unknown[]).slice(1);
      if (n > 1) rows.set(String(values[3]), values);
    });
    expect(rows.get('1 Afdeling Nord')![4]).toBe('<5');
    expect(rows.get('2 Afdeling Syd')![4]).toBe('<5');
    expect(rows.get('Total')![4]).toBe(8);
    expect(rows.get('1 Afdeling Nord')![1]).toEqual(new Date(Date.UTC(year, 0, 1)));
    expect([...rows.keys()]).not.toContain('Afdeling Fremmed');
    const about = workbook.getWorksheet('About the figures')!;
    expect(about.getCell('A2').value).toBe('Computed live from the cases');
  });

  it('exports every figure the statistics API answers', async () => {
    for (const figure of ['stages', 'flow', 'outcomes', 'time-to-act', 'payment-plans', 'repeat-arrears', 'warnings']) {
      const response = await file(`/api/v1/statistics/${figure}/export?format=csv&${query}`);
      expect([figure, response.status]).toEqual([figure, 200]);
      const report = await json(figure);
      const lines = (response.body as Buffer).toString('utf8').split('\r\n').slice(0, -1);
      // a line per group and a totals line per period, after the header
      const expected = report.tables.reduce((n, t) => n + t.rows.length + 1, 1);
      expect([figure, lines.length]).toEqual([figure, expected]);
    }
  });

  it('audits the export as a statistics read', async () => {
    const [{ n }] = await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'statistics.read' AND actor_id = $1 AND details->>'figure' = 'inflow'`,
      [manager.user.id],
    );
    // two exports and one JSON read so far
    expect(n).toBe(3);
  });

  it('refuses an unknown figure and an unknown format with field errors', async () => {
    const figure = await request(api.getHttpServer())
      .get(`/api/v1/statistics/secrets/export?${query}`)
      .set('Authorization', manager.bearer)
      .expect(400);
    expect(figure.body.details[0].field).toBe('figure');
    const format = await request(api.getHttpServer())
      .get(`/api/v1/statistics/inflow/export?format=pdf&${query}`)
      .set('Authorization', manager.bearer)
      .expect(400);
    expect(format.body.details[0].field).toBe('format');
  });
});

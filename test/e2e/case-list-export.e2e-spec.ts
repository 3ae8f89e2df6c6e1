import { type INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { createApi } from '../../apps/api/src/api.factory.js';
import { CaseListExportService, ExportTooLargeError, type Actor } from '@app/domain';
import { createTestDatabase, TEST_PASSWORD, testConfig, TestWorld, type TestDatabase } from '@app/testing';

/** Supertest keeps a binary body as a Buffer only when told how to collect it. */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/**
 * The case-list export (issue 16, item 4): the list's own filters and scope as CSV for Danish
 * Excel and as .xlsx, one audit row per export, text that could start a formula neutralised.
 */
describe('the case-list export', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let bearer: string;
  let actor: Actor;
  let ownCases: string[];
  let registeredCase: string;
  let foreignCase: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.init();
    const world = new TestWorld(api);
    const { departments, caseworker } = await world.organisation();
    const where = { department: departments[0]!, caseworker };
    registeredCase = (await world.caseAt('registered', where, { amountOre: 123_456 })).caseId;
    const terminated = (await world.caseAt('terminated', where)).caseId;
    // An address a spreadsheet would read as a formula
    const formula = await world.tenancy(departments[0]!, {
      caseworker,
      tenancy: { address: '=HYPERLINK("http://evil.test";"Klik")' },
    });
    const formulaCase = (await world.caseAt('registered', { ...where, tenancy: formula })).caseId;
    ownCases = [registeredCase, terminated, formulaCase];
    const other = await world.organisation();
    foreignCase = (
      await world.caseAt('registered', { department: other.departments[0]!, caseworker: other.caseworker })
    ).caseId;
    actor = caseworker.actor;
    const login = await request(api.getHttpServer())
      .post('/api/v1/auth/login')
      .send({ email: caseworker.user.email, password: TEST_PASSWORD })
      .expect(200);
    bearer = `Bearer ${login.body.accessToken}`;
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  const get = (query: string, language?: string) => {
    const req = request(api.getHttpServer()).get(`/api/v1/cases/export?${query}`).set('Authorization', bearer);
    return (language ? req.set('Accept-Language', language) : req).buffer(true).parse(binary);
  };
  const audits = () =>
    database.query<{ actor_id: string; details: Record<string, unknown>; person_id: string | null }>(
      `SELECT actor_id, details, person_id FROM audit_log WHERE action = 'case_list.export' ORDER BY id`,
    );

  it('answers CSV for Danish Excel with exactly the cases the list shows, and audits the export once', async () => {
    const before = (await audits()).length;
    const response = await get('format=csv').expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="sager.csv"');
    const bytes = response.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'Sags-id;Stadie;Adresse;Lejemål;Afdelings-id;Kommune-id;Saldo (kr.);Næste frist;Overskredet;Oprettet',
    );
    const rows = lines.slice(1, -1).map((line) => line.split(';'));
    expect(rows.map((r) => r[0]).sort()).toEqual([...ownCases].sort());
    expect(text).not.toContain(foreignCase);
    const registered = rows.find((r) => r[0] === registeredCase)!;
    expect(registered[1]).toBe('registreret');
    expect(registered[6]).toBe('1234,56');
    expect(registered[9]).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
    // neutralised and quoted (the address holds ';' and '"')
    expect(text).toContain(`"'=HYPERLINK(""http://evil.test"";""Klik"")"`);

    const list = await request(api.getHttpServer()).get('/api/v1/cases?limit=100').set('Authorization', bearer);
    expect(rows.map((r) => r[0])).toEqual(list.body.items.map((c: { id: string }) => c.id));

    const after = await audits();
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)).toMatchObject({ actor_id: actor.principal.userId, person_id: null });
    expect(after.at(-1)!.details).toEqual({ format: 'csv', count: 3 });
  });

  it('applies the list filters and records them in the audit row', async () => {
    const response = await get('format=csv&stage=registered&sort=deadline').expect(200);
    const ids = (response.body as Buffer)
      .toString('utf8')
      .split('\r\n')
      .slice(1, -1)
      .map((l) => l.split(';')[0]);
    const list = await request(api.getHttpServer())
      .get('/api/v1/cases?stage=registered&sort=deadline&limit=100')
      .set('Authorization', bearer);
    expect(ids).toEqual(list.body.items.map((c: { id: string }) => c.id));
    expect(ids).toHaveLength(2);
    expect((await audits()).at(-1)!.details).toEqual({
      format: 'csv',
      count: 2,
      'filter.stage': ['registered'],
      'filter.sort': 'deadline',
    });
  });

  it('answers an .xlsx workbook that reads back to the same values, typed, headers in English on request', async () => {
    const response = await get('format=xlsx', 'en').expect(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe('attachment; filename="cases.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Cases')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['Case id', 'Stage']);
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => n > 1 && rows.push((row.values as unknown[]).slice(1)));
    expect(rows.map((r) => r[0]).sort()).toEqual([...ownCases].sort());
    const registered = rows.find((r) => r[0] === registeredCase)!;
    expect(registered[1]).toBe('registered');
    expect(registered[6]).toBe(1234.56);
    expect(registered[9]).toBeInstanceOf(Date);
    expect(rows.some((r) => r[2] === `'=HYPERLINK("http://evil.test";"Klik")`)).toBe(true);
    expect((await audits()).at(-1)!.details).toEqual({ format: 'xlsx', count: 3 });
  });

  it('refuses an unknown format and paging parameters with field errors', async () => {
    const pdf = await request(api.getHttpServer())
      .get('/api/v1/cases/export?format=pdf')
      .set('Authorization', bearer)
      .expect(400);
    expect(pdf.body.code).toBe('VALIDATION_FAILED');
    expect(pdf.body.details[0].field).toBe('format');
    const paged = await request(api.getHttpServer())
      .get('/api/v1/cases/export?limit=5')
      .set('Authorization', bearer)
      .expect(400);
    expect(paged.body.details[0].field).toBe('limit');
  });

  it('refuses more cases than one export holds, with nothing audited', async () => {
    const before = (await audits()).length;
    await expect(api.get(CaseListExportService).export(actor, {}, 'csv', 'da', 2)).rejects.toBeInstanceOf(
      ExportTooLargeError,
    );
    expect((await audits()).length).toBe(before);
  });
});

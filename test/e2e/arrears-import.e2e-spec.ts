import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import request from 'supertest';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createWorker } from '../../apps/worker/src/worker.factory.js';
import { Role } from '@app/domain';
import { createTestDatabase, eventually, signIn, testConfig, type SignedInUser, type TestDatabase } from '@app/testing';

const HEADER = 'Afdeling;Lejemål;Adresse;Postnr;By;Navn;CPR;Husleje;Restance;Forfaldsdato;Børn';
const GOOD = [
  '1;1-001;Parkvej 1, st. tv.;8000;Aarhus C;Anna Andersen;010170-1234;6.500,00;6.500,00;01-10-2026;2',
  '1;1-002;Parkvej 1, st. th.;8000;Aarhus C;Bo Berg;;7.250,50;3.000,00;2026-10-01;',
  '1;1-003;"Parkvej 1,\n1. tv.";8000;Aarhus C;Carla Clausen;;5.900,00;11.800,00;01.10.2026;0',
  '2;2-010;Skovvej 10;8210;Aarhus V;Dan Due;150585-4321;8.000,00;8.000,00;1-10-2026;1',
];
const BAD = [
  ['9;9-001;Ukendt 1;8000;Aarhus C;Eva Ek;;6.000,00;6.000,00;01-10-2026;', 'departmentNumber', 'UNKNOWN_DEPARTMENT'],
  ['1;1-004;Parkvej 2;8000;Aarhus C;Finn Fisk;;6.000,00;-100,00;01-10-2026;', 'arrearsOre', 'INVALID_AMOUNT'],
  ['1;1-005;Parkvej 3;8000;Aarhus C;Gitte Gram;;6.000,00;1.000,00;31-09-2026;', 'dueDate', 'INVALID_DATE'],
  ['1;1-006;Parkvej 4;8000;Aarhus C;Hans Holm;3102901234;6.000,00;1.000,00;01-10-2026;', 'cpr', 'INVALID_CPR'],
  ['1;;Parkvej 5;8000;Aarhus C;Ida Isak;;6.000,00;1.000,00;01-10-2026;', 'unit', 'REQUIRED'],
  ['1;1-007;Parkvej 6;80000;Aarhus C;Jens Juul;;6.000,00;1.000,00;01-10-2026;', 'postcode', 'INVALID_POSTCODE'],
  ['1;1-008;Parkvej 7;8000;Aarhus C;Karl Krog;;6.000,00;1.000,00;01-10-2026;x', 'childrenUnder18', 'INVALID_NUMBER'],
  [
    '1;1-001;Parkvej 1, st. tv.;8000;Aarhus C;Anna Andersen;010170-1234;6.500,00;6.500,00;01-10-2026;2',
    'unit',
    'DUPLICATE_ROW',
  ],
] as const;

/** The monthly arrears list, mixed good and bad, imported twice. */
describe('monthly arrears list import', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let caseworker: SignedInUser;
  let organisationId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({ database, queue: 'postgres', env: { LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' } });
    api = await createApi(config);
    await api.init();
    worker = await createWorker(config);
    const admin = await signIn(api, Role.Administrator);
    const post = (path: string, body: object) =>
      request(api.getHttpServer()).post(path).set('Authorization', admin.bearer).send(body);
    const municipality = (
      await post('/api/v1/municipalities', { code: '751', name: 'Aarhus', alertEmail: 'v@aarhus.dk' })
    ).body;
    organisationId = (await post('/api/v1/housing-organisations', { name: 'Aarhus Bolig' })).body.id;
    for (const number of ['1', '2']) {
      await post('/api/v1/departments', {
        housingOrganisationId: organisationId,
        municipalityId: municipality.id,
        number,
        name: `Afdeling ${number}`,
        address: 'Aarhus',
      });
    }
    // The municipality wants to hear about every new arrears case: the import raises those warnings too.
    await request(api.getHttpServer())
      .put('/api/v1/cooperation-agreements')
      .set('Authorization', admin.bearer)
      .send({
        municipalityId: municipality.id,
        housingOrganisationId: organisationId,
        enabledWarnings: ['arrears-registered'],
        arrearsThresholdOre: 0,
        evictionReminderBusinessDays: 10,
        validFrom: '2020-01-01',
      })
      .expect(200);
    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisationId });
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await database?.drop();
  });

  const file = '\uFEFF' + [HEADER, ...GOOD, ...BAD.map(([line]) => line)].join('\r\n') + '\r\n';

  async function importFile(
    content: string | Buffer,
    asMultipart = false,
    file = { filename: 'restancer-oktober.csv', contentType: 'text/csv' },
  ) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const upload = asMultipart
      ? request(api.getHttpServer())
          .post('/api/v1/arrears-imports')
          .set('Authorization', caseworker.bearer)
          .attach('file', bytes, file)
      : request(api.getHttpServer())
          .post('/api/v1/arrears-imports')
          .set('Authorization', caseworker.bearer)
          .set('Content-Type', 'text/csv; charset=utf-8')
          .send(bytes);
    const accepted = await upload.expect(202);
    expect(accepted.body.status).toBe('received');
    return waitFor(accepted.body.id);
  }

  async function problemsOf(id: string) {
    return (
      await request(api.getHttpServer())
        .get(`/api/v1/arrears-imports/${id}/problems?limit=200`)
        .set('Authorization', caseworker.bearer)
        .expect(200)
    ).body.items as { rowNumber: number; field: string; column: string | null; code: string; message: object }[];
  }

  async function waitFor(id: string) {
    const accepted = { body: { id } };
    return eventually(async () => {
      const response = await request(api.getHttpServer())
        .get(`/api/v1/arrears-imports/${accepted.body.id}`)
        .set('Authorization', caseworker.bearer)
        .expect(200);
      return ['completed', 'failed'].includes(response.body.status) ? response.body : undefined;
    }, 30_000);
  }

  async function counts() {
    const [row] = await database.query(
      `SELECT (SELECT count(*) FROM tenancy)::int AS tenancies, (SELECT count(*) FROM person)::int AS persons,
              (SELECT count(*) FROM arrears_case)::int AS cases, (SELECT count(*) FROM ledger_entry)::int AS ledger,
              (SELECT count(*) FROM case_event)::int AS events, (SELECT count(*) FROM warning)::int AS warnings,
              (SELECT count(*) FROM outbox WHERE warning_id IS NOT NULL)::int AS outbox`,
    );
    return row;
  }

  it('imports every good row and reports every bad one by row, field and code', async () => {
    const result = await importFile(file, true);
    expect(result).toMatchObject({
      status: 'completed',
      fileName: 'restancer-oktober.csv',
      format: 'csv',
      // UTF-8 with a byte-order mark, as Excel's "CSV UTF-8" writes it.
      encoding: 'UTF-8',
      totalRows: GOOD.length + BAD.length,
      changedRows: GOOD.length,
      unchangedRows: 0,
      failedRows: BAD.length,
    });
    const problems = await request(api.getHttpServer())
      .get(`/api/v1/arrears-imports/${result.id}/problems?limit=200`)
      .set('Authorization', caseworker.bearer)
      .expect(200);
    // Rows count the header as line 1; the third good row spans two lines.
    const firstBadLine = 1 + GOOD.length + 1 + 1;
    expect(
      problems.body.items.map((p: { rowNumber: number; field: string; code: string }) => [
        p.rowNumber,
        p.field,
        p.code,
      ]),
    ).toEqual(BAD.map(([, field, code], index) => [firstBadLine + index, field, code]));
    expect(JSON.stringify(problems.body)).not.toContain('3102901234');
    // Per case: opened, arrears registered, warning raised; one warning and its email to the municipality.
    expect(await counts()).toEqual({
      tenancies: 4,
      persons: 4,
      cases: 4,
      ledger: 4,
      events: 12,
      warnings: 4,
      outbox: 4,
    });
    const [ledger] = await database.query(
      `SELECT l.amount_ore::int AS amount, l.due_date::text AS due FROM ledger_entry l JOIN arrears_case c ON c.id = l.case_id
         JOIN tenancy t ON t.id = c.tenancy_id WHERE t.unit = '1-003'`,
    );
    expect(ledger).toEqual({ amount: 1_180_000, due: '2026-10-01' });
    const [cpr] = await database.query(
      `SELECT cpr_index IS NOT NULL AS indexed, name FROM person WHERE name = 'Anna Andersen'`,
    );
    expect(cpr).toEqual({ indexed: true, name: 'Anna Andersen' });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await counts();
    const result = await importFile(file);
    expect(result).toMatchObject({
      status: 'completed',
      changedRows: 0,
      unchangedRows: GOOD.length,
      failedRows: BAD.length,
    });
    expect(await counts()).toEqual(before);
  });

  it('books a changed amount as a correction, keeping the ledger append-only', async () => {
    const changed = file.replace('Bo Berg;;7.250,50;3.000,00', 'Bo Berg;;7.250,50;3.500,00');
    const result = await importFile(changed);
    expect(result).toMatchObject({ changedRows: 1, unchangedRows: GOOD.length - 1 });
    const lines = await database.query(
      `SELECT l.kind, l.amount_ore::int AS amount FROM ledger_entry l JOIN arrears_case c ON c.id = l.case_id
         JOIN tenancy t ON t.id = c.tenancy_id WHERE t.unit = '1-002' ORDER BY l.id`,
    );
    expect(lines).toEqual([
      { kind: 'rent_charge', amount: 300_000 },
      { kind: 'correction', amount: 50_000 },
    ]);
  });

  it('fails a file without the required columns with one clear error, and writes nothing', async () => {
    const before = await counts();
    const result = await importFile('Navn;Adresse\nX;Y\n');
    expect(result.status).toBe('failed');
    expect(result.error.code).toBe('IMPORT_MISSING_COLUMNS');
    // One detail per missing column, in the house's details shape.
    expect(result.error.details.map((d: { field: string; rule: string; column: string }) => d.field)).toEqual([
      'departmentNumber',
      'unit',
      'monthlyRentOre',
      'arrearsOre',
      'dueDate',
    ]);
    expect(result.error.details[3]).toMatchObject({
      field: 'arrearsOre',
      rule: 'IMPORT_MISSING_COLUMNS',
      column: 'Restance',
      message: { da: 'Kolonnen Restance mangler i første linje.' },
    });
    expect(await counts()).toEqual(before);
  });

  it('names each problem by the column header of the file, keeping the stable field', async () => {
    const result = await importFile(
      [
        'Afdeling;Lejemål;Adresse;Navn;Husleje;Restance (kr.);Forfald',
        '1;1-201;Parkvej 201;Ole Olsen;6.000,00;-5,00;01-10-2026',
      ].join('\n'),
    );
    expect(await problemsOf(result.id)).toEqual([
      {
        rowNumber: 2,
        field: 'arrearsOre',
        column: 'Restance (kr.)',
        code: 'INVALID_AMOUNT',
        message: { da: 'Restance (kr.) må ikke være negativ.', en: 'Restance (kr.) must not be negative.' },
      },
    ]);
  });

  it('reads a Windows-1252 file, as Danish Excel saves "CSV (semikolonsepareret)", with the right names', async () => {
    const csv = [
      'Afdeling;Lejemål;Adresse;Postnr;By;Navn;CPR;Husleje;Restance;Forfaldsdato;Børn',
      '2;2-301;Ærøvej 3–5;8210;Aarhus V;Søren Ågård Æbelø;;6.000,00;1.500,00;01-10-2026;',
    ].join('\r\n');
    const bytes = iconv.encode(csv, 'windows-1252');
    const result = await importFile(bytes, true, { filename: 'restancer.csv', contentType: 'text/csv' });
    expect(result).toMatchObject({ status: 'completed', encoding: 'Windows-1252', changedRows: 1, failedRows: 0 });
    const [person] = await database.query(
      `SELECT p.name, t.address FROM person p JOIN tenancy_tenant tt ON tt.person_id = p.id
         JOIN tenancy t ON t.id = tt.tenancy_id WHERE t.unit = '2-301'`,
    );
    expect(person).toEqual({ name: 'Søren Ågård Æbelø', address: 'Ærøvej 3–5' });
  });

  describe('an Excel workbook (.xlsx)', () => {
    const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    async function workbook(): Promise<Buffer> {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Restancer oktober');
      sheet.addRow(['Afdeling', 'Lejemål', 'Adresse', 'Postnr', 'By', 'Navn', 'Husleje', 'Restance', 'Forfaldsdato']);
      sheet.addRow([
        2,
        '2-401',
        'Skovvej 401',
        8210,
        'Aarhus V',
        'Åse Ørum',
        6000,
        2500.5,
        new Date(Date.UTC(2026, 9, 1)),
      ]);
      sheet.addRow([2, '2-402', 'Skovvej 402', 8210, 'Aarhus V', 'Per Møller', '6.000,00', '1.250,00', '01-10-2026']);
      sheet.addRow([2, '2-403', 'Skovvej 403', 8210, 'Aarhus V', 'Kim Kjær', 6000, -10, '01-10-2026']);
      book.addWorksheet('Noter').addRow(['Ikke en del af listen']);
      return Buffer.from(await book.xlsx.writeBuffer());
    }

    it('imports its first sheet with the same validation and report as CSV, and changes nothing the second time', async () => {
      const bytes = await workbook();
      const before = await counts();
      const first = await importFile(bytes, true, { filename: 'restancer-oktober.xlsx', contentType: XLSX });
      expect(first).toMatchObject({
        status: 'completed',
        format: 'xlsx',
        encoding: null,
        totalRows: 3,
        changedRows: 2,
        failedRows: 1,
      });
      expect(await problemsOf(first.id)).toMatchObject([
        { rowNumber: 4, field: 'arrearsOre', column: 'Restance', code: 'INVALID_AMOUNT' },
      ]);
      const ledger = await database.query(
        `SELECT t.unit, l.amount_ore::int AS amount, l.due_date::text AS due FROM ledger_entry l
           JOIN arrears_case c ON c.id = l.case_id JOIN tenancy t ON t.id = c.tenancy_id
          WHERE t.unit IN ('2-401', '2-402') ORDER BY t.unit`,
      );
      expect(ledger).toEqual([
        { unit: '2-401', amount: 250_050, due: '2026-10-01' },
        { unit: '2-402', amount: 125_000, due: '2026-10-01' },
      ]);
      const afterFirst = await counts();
      expect(afterFirst.cases).toBe((before.cases as number) + 2);

      // Sent as the raw body with the workbook's content type: the same file changes nothing.
      const again = await request(api.getHttpServer())
        .post('/api/v1/arrears-imports')
        .set('Authorization', caseworker.bearer)
        .set('Content-Type', XLSX)
        .send(bytes)
        .expect(202);
      expect(await waitFor(again.body.id)).toMatchObject({
        status: 'completed',
        format: 'xlsx',
        changedRows: 0,
        unchangedRows: 2,
        failedRows: 1,
      });
      expect(await counts()).toEqual(afterFirst);
    });

    it('recognises a workbook by its zip signature whatever it is called', async () => {
      const result = await importFile(await workbook(), true, { filename: 'liste.csv', contentType: 'text/csv' });
      expect(result).toMatchObject({ status: 'completed', format: 'xlsx', changedRows: 0, unchangedRows: 2 });
    });

    it('refuses a file announced as a workbook that is none, with a clear code, keeping nothing', async () => {
      const [{ imports: before }] = await database.query(`SELECT count(*)::int AS imports FROM arrears_import`);
      const refused = await request(api.getHttpServer())
        .post('/api/v1/arrears-imports')
        .set('Authorization', caseworker.bearer)
        .set('Accept-Language', 'en')
        .attach('file', Buffer.from('Afdeling;Lejemål\n1;2\n'), { filename: 'liste.xlsx', contentType: XLSX })
        .expect(422);
      expect(refused.body).toMatchObject({
        code: 'IMPORT_NOT_A_WORKBOOK',
        message: expect.stringContaining('not an Excel workbook'),
        details: [{ field: 'file', rule: 'IMPORT_NOT_A_WORKBOOK' }],
      });
      const danish = await request(api.getHttpServer())
        .post('/api/v1/arrears-imports')
        .set('Authorization', caseworker.bearer)
        .attach('file', Buffer.from('not a workbook'), {
          filename: 'liste.xls',
          contentType: 'application/vnd.ms-excel',
        })
        .expect(422);
      expect(danish.body.message).toContain('ikke en Excel-projektmappe');
      const [{ imports: after }] = await database.query(`SELECT count(*)::int AS imports FROM arrears_import`);
      expect(after).toBe(before);

      // A zip that holds no worksheet gets as far as the worker, and fails there with the same code.
      const zip = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer());
      const result = await importFile(zip, true, { filename: 'tom.xlsx', contentType: XLSX });
      expect(result.status).toBe('failed');
      expect(['IMPORT_NOT_A_WORKBOOK', 'IMPORT_EMPTY_FILE']).toContain(result.error.code);
    });
  });

  it('completes a list with a NUL byte in one row: the good rows become cases, the bad one a problem', async () => {
    const before = await counts();
    const result = await importFile(
      [
        HEADER,
        '1;1-101;Parkvej 101;8000;Aarhus C;Lise Lund;;6.000,00;1.000,00;01-10-2026;',
        '1;1-102;Parkvej 102;8000;Aarhus C;Mads\u0000Mørk;;6.000,00;1.000,00;01-10-2026;',
        '1;1-103;Parkvej 103;8000;Aarhus C;Nina Nørgaard;;6.000,00;1.000,00;01-10-2026;',
      ].join('\n'),
    );
    expect(result).toMatchObject({ status: 'completed', totalRows: 3, changedRows: 2, failedRows: 1, attempts: 1 });
    const problems = await request(api.getHttpServer())
      .get(`/api/v1/arrears-imports/${result.id}/problems`)
      .set('Authorization', caseworker.bearer)
      .expect(200);
    expect(problems.body.items).toMatchObject([{ rowNumber: 3, field: 'tenantName', code: 'INVALID_TEXT' }]);
    expect((await counts()).cases).toBe((before.cases as number) + 2);
  });

  it('keeps imports of one organisation from another', async () => {
    const other = await signIn(api, Role.HousingCaseworker, {
      housingOrganisationId: (
        await request(api.getHttpServer())
          .post('/api/v1/housing-organisations')
          .set('Authorization', (await signIn(api, Role.Administrator)).bearer)
          .send({ name: 'Andre' })
      ).body.id,
    });
    const [row] = await database.query<{ id: string }>(`SELECT id FROM arrears_import LIMIT 1`);
    await request(api.getHttpServer())
      .get(`/api/v1/arrears-imports/${row!.id}`)
      .set('Authorization', other.bearer)
      .expect(404);
  });
});

import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
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

  async function importFile(content: string, asMultipart = false) {
    const upload = asMultipart
      ? request(api.getHttpServer())
          .post('/api/v1/arrears-imports')
          .set('Authorization', caseworker.bearer)
          .attach('file', Buffer.from(content, 'utf8'), { filename: 'restancer-oktober.csv', contentType: 'text/csv' })
      : request(api.getHttpServer())
          .post('/api/v1/arrears-imports')
          .set('Authorization', caseworker.bearer)
          .set('Content-Type', 'text/csv; charset=utf-8')
          .send(content);
    const accepted = await upload.expect(202);
    expect(accepted.body.status).toBe('received');
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
    expect(await counts()).toEqual(before);
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

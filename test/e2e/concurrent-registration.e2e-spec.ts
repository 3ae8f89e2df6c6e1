import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { createApi } from '../../apps/api/src/api.factory.js';
import { ImportBatchWriter, type ResolvedRow } from '../../libs/domain/src/arrears/import/import-batch.writer.js';
import { ArrearsCaseService, Role } from '@app/domain';
import { createTestDatabase, eventually, signIn, testConfig, type SignedInUser, type TestDatabase } from '@app/testing';

interface Registration {
  dueDate: string;
  amountOre: number;
}

interface Tenancy {
  id: string;
  unit: string;
  address: string;
  personId: string;
  tenantName: string;
}

interface Answer {
  status: number;
  body: Record<string, unknown> & { outcome?: string; code?: string };
}

/**
 * Registrations of arrears on one tenancy at the same moment (two caseworkers, a retrying client,
 * the monthly import): every one is answered 2xx and booked, and the tenancy has one open case
 * (almenlejeloven: one arrears process per tenancy at a time).
 */
describe('concurrent registrations of arrears on one tenancy', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let base: string;
  let caseworker: SignedInUser;
  let organisationId: string;
  let departmentId: string;
  let municipalityId: string;
  let units = 0;

  const call = async (method: string, path: string, user: SignedInUser, body?: unknown): Promise<Answer> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: user.bearer },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json().catch(() => ({}))) as Answer['body'] };
  };
  const register = (tenancyId: string, registration: Registration) =>
    call('POST', `/api/v1/tenancies/${tenancyId}/arrears`, caseworker, registration);

  /** A tenancy with one tenant and no case yet. */
  async function newTenancy(): Promise<Tenancy> {
    units += 1;
    const unit = `7-${String(units).padStart(3, '0')}`;
    const address = `Solvej ${units}`;
    const tenantName = `Lejer ${units}`;
    const person = await call('POST', '/api/v1/persons', caseworker, { name: tenantName, municipalityId });
    const tenancy = await call('POST', '/api/v1/tenancies', caseworker, {
      departmentId,
      unit,
      address,
      monthlyRentOre: 650_000,
    });
    expect([person.status, tenancy.status]).toEqual([201, 201]);
    const id = tenancy.body.id as string;
    expect(
      (await call('POST', `/api/v1/tenancies/${id}/tenants`, caseworker, { personId: person.body.id })).status,
    ).toBe(201);
    return { id, unit, address, personId: person.body.id as string, tenantName };
  }

  async function openCases(tenancyId: string): Promise<string[]> {
    const rows = await database.query<{ id: string }>(
      `SELECT id FROM arrears_case WHERE tenancy_id = $1 AND closed_at IS NULL`,
      [tenancyId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Every accepted registration is in the ledger: per due date the lines (in the order they were
   * booked) are one rent_charge and then corrections, each running total is an amount someone
   * registered and every registered amount was a running total once; the last total, which the
   * case's balance shows, is the amount of the registration booked last (its timeline event).
   */
  async function expectBooked(caseId: string, accepted: Registration[]): Promise<void> {
    const lines = await database.query<{ kind: string; amount: number; due: string }>(
      `SELECT kind, amount_ore::int AS amount, due_date::text AS due FROM ledger_entry WHERE case_id = $1 ORDER BY id`,
      [caseId],
    );
    const events = await database.query<{ due: string; amount: number }>(
      `SELECT details->>'dueDate' AS due, (details->>'amountOre')::int AS amount FROM case_event
        WHERE case_id = $1 AND type = 'arrears_registered' ORDER BY id`,
      [caseId],
    );
    const dueDates = [...new Set(accepted.map((r) => r.dueDate))].sort();
    expect([...new Set(lines.map((l) => l.due))].sort()).toEqual(dueDates);
    let balance = 0;
    for (const due of dueDates) {
      const booked = lines.filter((l) => l.due === due);
      expect([due, booked.map((l) => l.kind)]).toEqual([
        due,
        ['rent_charge', ...booked.slice(1).map(() => 'correction')],
      ]);
      const totals = booked.map((_, i) => booked.slice(0, i + 1).reduce((sum, l) => sum + l.amount, 0));
      const amounts = accepted.filter((r) => r.dueDate === due).map((r) => r.amountOre);
      expect([due, [...new Set(totals)].sort()]).toEqual([due, [...new Set(amounts)].sort()]);
      const last = events.filter((e) => e.due === due).at(-1)!;
      expect([due, totals.at(-1)]).toEqual([due, last.amount]);
      balance += totals.at(-1)!;
    }
    const detail = await call('GET', `/api/v1/cases/${caseId}`, caseworker);
    expect(detail.body.balanceOre).toBe(balance);
    expect(detail.body.oldestUnpaidDueDate).toBe(dueDates[0]);
  }

  /** Backends of this test's database waiting for a lock another transaction holds. */
  const waiting = async (): Promise<number> =>
    (
      await database.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      )
    )[0]!.n;

  /**
   * Rows of the monthly import for the tenancy, as the import's own writer takes them; the
   * tenancy's details are unchanged, so its upsert leaves the row as it is.
   */
  const importRows = (tenancy: Tenancy, rows: Registration[]): ResolvedRow[] =>
    rows.map((r, i) => ({
      rowNumber: i + 2,
      departmentId,
      municipalityId,
      unit: tenancy.unit,
      address: tenancy.address,
      postcode: null,
      city: null,
      tenantName: tenancy.tenantName,
      cprCiphertext: null,
      cprKeyId: null,
      cprIndex: null,
      monthlyRentOre: 650_000,
      arrearsOre: r.amountOre,
      dueDate: r.dueDate,
      childrenUnder18: null,
    }));
  const importContext = () => ({ importId: randomUUID(), organisationId, bookedOn: '2025-12-01' as IsoDate });

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.listen(0);
    base = (await api.getUrl()).replace('[::1]', 'localhost');
    const admin = await signIn(api, Role.Administrator);
    municipalityId = (
      await call('POST', '/api/v1/municipalities', admin, { code: '851', name: 'Aalborg', alertEmail: 'v@aalborg.dk' })
    ).body.id as string;
    organisationId = (await call('POST', '/api/v1/housing-organisations', admin, { name: 'Aalborg Bolig' })).body
      .id as string;
    departmentId = (
      await call('POST', '/api/v1/departments', admin, {
        housingOrganisationId: organisationId,
        municipalityId,
        number: '7',
        name: 'Solparken',
        address: 'Solvej, 9000 Aalborg',
      })
    ).body.id as string;
    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisationId });
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('five first registrations at once open one case and book all five amounts', async () => {
    const tenancy = await newTenancy();
    const registrations = [1, 2, 3, 4, 5].map((month) => ({
      dueDate: `2025-0${month}-01`,
      amountOre: 100_000 * month + 50,
    }));
    const answers = await Promise.all(registrations.map((r) => register(tenancy.id, r)));
    expect(answers.map((a) => [a.status, a.body.outcome]).sort()).toEqual([
      [200, 'updated'],
      [200, 'updated'],
      [200, 'updated'],
      [200, 'updated'],
      [201, 'created'],
    ]);
    const cases = await openCases(tenancy.id);
    expect(cases).toHaveLength(1);
    await expectBooked(cases[0]!, registrations);
    const opened = await database.query(`SELECT 1 FROM case_event WHERE case_id = $1 AND type = 'case_opened'`, [
      cases[0],
    ]);
    expect(opened).toHaveLength(1);
    // The tenant now has an open case, so retention waits.
    const [tenant] = await database.query(`SELECT inactive_since FROM person WHERE id = $1`, [tenancy.personId]);
    expect(tenant).toEqual({ inactive_since: null });
  });

  it('five first registrations of one due date with different amounts: one rent charge, then corrections, the last booked wins', async () => {
    const tenancy = await newTenancy();
    const registrations = [110_000, 220_000, 330_000, 440_000, 550_000].map((amountOre) => ({
      dueDate: '2025-06-01',
      amountOre,
    }));
    const answers = await Promise.all(registrations.map((r) => register(tenancy.id, r)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 201]);
    const cases = await openCases(tenancy.id);
    expect(cases).toHaveLength(1);
    await expectBooked(cases[0]!, registrations);
  });

  it('registrations on an open case at once, of new due dates and of one already booked, are all booked', async () => {
    const tenancy = await newTenancy();
    const first = { dueDate: '2025-03-01', amountOre: 300_000 };
    expect((await register(tenancy.id, first)).status).toBe(201);
    const registrations = [
      { dueDate: '2025-04-01', amountOre: 400_000 },
      { dueDate: '2025-05-01', amountOre: 500_000 },
      { dueDate: '2025-06-01', amountOre: 600_000 },
      { dueDate: '2025-03-01', amountOre: 310_000 },
      { dueDate: '2025-03-01', amountOre: 320_000 },
      { dueDate: '2025-03-01', amountOre: 290_000 },
      { dueDate: '2025-04-01', amountOre: 410_000 },
    ];
    const answers = await Promise.all(registrations.map((r) => register(tenancy.id, r)));
    expect(answers.map((a) => [a.status, a.body.outcome])).toEqual(registrations.map(() => [200, 'updated']));
    const cases = await openCases(tenancy.id);
    expect(cases).toHaveLength(1);
    await expectBooked(cases[0]!, [first, ...registrations]);
  });

  it('registrations on many tenancies at once are each answered for themselves: an unknown tenancy gets its 404, the others are booked by their caseworker', async () => {
    const tenancies = await Promise.all(Array.from({ length: 12 }, () => newTenancy()));
    const unknown = randomUUID();
    const targets = [...tenancies.map((t) => t.id), unknown];
    const answers = await Promise.all(
      targets.map((id, i) => register(id, { dueDate: '2025-02-01', amountOre: 100_000 + i })),
    );
    expect(answers.map((a) => a.status)).toEqual([...tenancies.map(() => 201), 404]);
    expect(answers.at(-1)!.body.code).toBe('TENANCY_NOT_FOUND');
    const lines = await database.query<{ tenancy_id: string; amount: number; created_by: string }>(
      `SELECT c.tenancy_id, l.amount_ore::int AS amount, l.created_by
         FROM ledger_entry l JOIN arrears_case c ON c.id = l.case_id
        WHERE c.tenancy_id = ANY($1::uuid[]) ORDER BY l.amount_ore`,
      [targets],
    );
    expect(lines).toEqual(
      tenancies.map((t, i) => ({ tenancy_id: t.id, amount: 100_000 + i, created_by: caseworker.user.id })),
    );
  });

  it('registrations made while an import batch is writing the same tenancy wait for it and add to the case it opened', async () => {
    const tenancy = await newTenancy();
    const dataSource = api.get(DataSource);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let written!: () => void;
    const wrote = new Promise<void>((resolve) => (written = resolve));
    const imported = { dueDate: '2025-07-01', amountOre: 700_000 };
    const batch = dataSource.transaction(async (manager) => {
      await api.get(ImportBatchWriter).write(manager, importContext(), importRows(tenancy, [imported]));
      written();
      await held;
    });
    // The batch has written (its case is open, not yet committed) before the caseworkers send theirs.
    await wrote;
    const registrations = [
      { dueDate: '2025-07-01', amountOre: 710_000 },
      { dueDate: '2025-08-01', amountOre: 800_000 },
      { dueDate: '2025-09-01', amountOre: 900_000 },
    ];
    const answers = Promise.all(registrations.map((r) => register(tenancy.id, r)));
    // One registration waits for the batch's lock on the tenancy; the others on the same tenancy
    // wait behind it in the API (registrations of one tenancy are never written side by side).
    const queued = () => api.get(ArrearsCaseService).registrationsQueued;
    await eventually(async () => ((await waiting()) >= 1 && queued() >= registrations.length - 1 ? true : undefined));
    release();
    await batch;
    expect((await answers).map((a) => [a.status, a.body.outcome])).toEqual(registrations.map(() => [200, 'updated']));
    const cases = await openCases(tenancy.id);
    expect(cases).toHaveLength(1);
    await expectBooked(cases[0]!, [imported, ...registrations]);
    const [line] = await database.query(
      `SELECT kind, source, amount_ore::int AS amount FROM ledger_entry WHERE case_id = $1 ORDER BY id LIMIT 1`,
      [cases[0]],
    );
    expect(line).toEqual({ kind: 'rent_charge', source: 'import', amount: 700_000 });
  });

  it('a tenant linked while the first registration is opening the case is marked as having an open case', async () => {
    const tenancy = await newTenancy();
    const newcomer = await call('POST', '/api/v1/persons', caseworker, { name: 'Ny Lejer', municipalityId });
    // Another transaction holds the first tenant, so the registration stops right after opening the case.
    const blocker = new pg.Client({ connectionString: database.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM person WHERE id = $1 FOR UPDATE`, [tenancy.personId]);
      const registration = register(tenancy.id, { dueDate: '2025-11-01', amountOre: 500_000 });
      await eventually(async () => ((await waiting()) >= 1 ? true : undefined));
      const linked = call('POST', `/api/v1/tenancies/${tenancy.id}/tenants`, caseworker, {
        personId: newcomer.body.id,
      });
      let linkDone = false;
      void linked.then(() => (linkDone = true));
      // The link waits for the registration; without the tenancy lock it would finish beside it.
      await eventually(async () => (linkDone || (await waiting()) >= 2 ? true : undefined));
      await blocker.query('COMMIT');
      expect([(await registration).status, (await linked).status]).toEqual([201, 201]);
    } finally {
      await blocker.end();
    }
    const persons = await database.query(`SELECT inactive_since FROM person WHERE id = ANY($1) ORDER BY id`, [
      [tenancy.personId, newcomer.body.id],
    ]);
    expect(persons).toEqual([{ inactive_since: null }, { inactive_since: null }]);
  });

  it('an import batch that reaches a tenancy while a registration is booking on it waits, then books on top', async () => {
    const tenancy = await newTenancy();
    const first = { dueDate: '2025-10-01', amountOre: 1_000_000 };
    expect((await register(tenancy.id, first)).status).toBe(201);
    const [caseId] = await openCases(tenancy.id);
    // Another transaction holds the case row, so the registration stops half-way, inside its transaction.
    const blocker = new pg.Client({ connectionString: database.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM arrears_case WHERE id = $1 FOR UPDATE`, [caseId]);
      const registration = { dueDate: '2025-10-01', amountOre: 1_100_000 };
      const answer = register(tenancy.id, registration);
      await eventually(async () => ((await waiting()) >= 1 ? true : undefined));
      const imported = { dueDate: '2025-10-01', amountOre: 1_200_000 };
      const batch = api
        .get(DataSource)
        .transaction((manager) =>
          api.get(ImportBatchWriter).write(manager, importContext(), importRows(tenancy, [imported])),
        );
      await eventually(async () => ((await waiting()) >= 2 ? true : undefined));
      await blocker.query('COMMIT');
      expect((await answer).status).toBe(200);
      expect(await batch).toMatchObject({ changedRows: 1 });
      const lines = await database.query(
        `SELECT kind, source, amount_ore::int AS amount FROM ledger_entry WHERE case_id = $1 ORDER BY id`,
        [caseId],
      );
      // The registration had the tenancy first; the import then saw its line and corrected from there.
      expect(lines).toEqual([
        { kind: 'rent_charge', source: 'manual', amount: 1_000_000 },
        { kind: 'correction', source: 'manual', amount: 100_000 },
        { kind: 'correction', source: 'import', amount: 100_000 },
      ]);
      expect(await openCases(tenancy.id)).toEqual([caseId]);
    } finally {
      await blocker.end();
    }
  });
});

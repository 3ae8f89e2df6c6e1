import { formatLegalDate } from '@app/common';
import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createWorker } from '../../apps/worker/src/worker.factory.js';
import {
  addDays,
  copenhagenDateOf,
  earliestPaymentDemandDate,
  earliestTerminationDate,
  type IsoDate,
} from '@app/calendar';
import { Role } from '@app/domain';
import {
  createTestDatabase,
  eventually,
  httpAs,
  signIn,
  SmtpSink,
  testConfig,
  type SignedInUser,
  type TestDatabase,
} from '@app/testing';

// Rent due Tuesday 1 September 2026: every date below is in the past when the suite runs.
const DUE = '2026-09-01' as IsoDate;
const DEMAND_ON = earliestPaymentDemandDate(DUE);
const RECEIVED_ON = addDays(DEMAND_ON, 1);
const TERMINATE_ON = earliestTerminationDate(RECEIVED_ON);
// A day in the future on any day the suite runs: a week after today in Copenhagen (a run across midnight keeps it
// ahead), not a fixed year.
const IN_FUTURE = addDays(copenhagenDateOf(new Date()), 7);
const ADDRESS = 'Strandvej 18, st. tv.';

/** Issue 12, items 5 and 9: the § 92 notice once per date, corrections explicit, one error shape. */
describe('the notice to the municipality and the refusals of a case', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let sink: SmtpSink;
  let caseworker: SignedInUser;
  let caseId: string;
  let departmentId: string;
  const as = (user: SignedInUser) => httpAs(api, user);
  const notice = (body: object) => as(caseworker).post(`/api/v1/cases/${caseId}/municipality-notice`, body);
  const current = async () => (await as(caseworker).get(`/api/v1/cases/${caseId}`).expect(200)).body;
  const timeline = async () =>
    (await as(caseworker).get(`/api/v1/cases/${caseId}/timeline?limit=100`).expect(200)).body.items as {
      type: string;
      on: string;
      details: Record<string, unknown> | null;
    }[];
  const noticeEmails = () => sink.received.filter((email) => email.subject.includes(ADDRESS));
  const outboxRows = async () =>
    Number(
      (
        await database.query<{ n: string }>(
          `SELECT count(*)::text AS n FROM outbox o JOIN warning w ON w.id = o.warning_id WHERE w.case_id = $1`,
          [caseId],
        )
      )[0]!.n,
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = await SmtpSink.start();
    const config = testConfig({ database, queue: 'postgres', smtpUrl: sink.url });
    api = await createApi(config);
    await api.init();
    worker = await createWorker(config);
    const admin = await signIn(api, Role.Administrator);
    const municipality = (
      await as(admin).post('/api/v1/municipalities', {
        code: '167',
        name: 'Hvidovre',
        alertEmail: 'boligvarsler@hvidovre.dk',
      })
    ).body;
    const organisation = (await as(admin).post('/api/v1/housing-organisations', { name: 'Hvidovre Bolig' })).body;
    const department = (
      await as(admin).post('/api/v1/departments', {
        housingOrganisationId: organisation.id,
        municipalityId: municipality.id,
        number: '4',
        name: 'Strandparken',
        address: 'Strandvej 1-99, 2650 Hvidovre',
      })
    ).body;
    departmentId = department.id;
    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisation.id });
    const tenancyId = (
      await as(caseworker).post('/api/v1/tenancies', {
        departmentId: department.id,
        unit: '4-018',
        address: ADDRESS,
        postcode: '2650',
        city: 'Hvidovre',
        monthlyRentOre: 650_000,
      })
    ).body.id;
    caseId = (await as(caseworker).post(`/api/v1/tenancies/${tenancyId}/arrears`, { dueDate: DUE, amountOre: 650_000 }))
      .body.case.id;
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink?.close();
    await database?.drop();
  });

  it('refuses a notice dated before the first unpaid due date, and one in the future', async () => {
    const before = await notice({ noticeOn: addDays(DUE, -1) });
    expect([before.status, before.body.code]).toEqual([400, 'NOTICE_BEFORE_ARREARS']);
    expect(before.body.details).toEqual([
      expect.objectContaining({ field: 'noticeOn', rule: 'notBeforeArrears', earliestDate: DUE }),
    ]);
    const future = await notice({ noticeOn: IN_FUTURE });
    expect([future.status, future.body.code]).toEqual([400, 'DATE_IN_FUTURE']);
    expect(future.body.details).toEqual([
      expect.objectContaining({ field: 'noticeOn', rule: 'notFuture', date: IN_FUTURE }),
    ]);
    expect((await current()).municipalityNoticeOn).toBeNull();
  });

  it('takes an early notice once: the same date again adds no line, no version and no email', async () => {
    const first = await notice({ noticeOn: DEMAND_ON }).expect(201);
    expect(first.body.municipalityNoticeOn).toBe(DEMAND_ON);
    await eventually(async () => (noticeEmails().length === 1 ? true : undefined));
    const lines = (await timeline()).length;
    const emails = await outboxRows();

    const again = await notice({ noticeOn: DEMAND_ON }).expect(201);
    expect(again.body.version).toBe(first.body.version);
    expect((await timeline()).length).toBe(lines);
    expect(await outboxRows()).toBe(emails);
    expect(noticeEmails()).toHaveLength(1);
  });

  it('refuses another date unless it is a correction, then records and sends it as one', async () => {
    const before = await current();
    const CORRECTED = addDays(DEMAND_ON, 2);
    const changed = await notice({ noticeOn: CORRECTED });
    expect([changed.status, changed.body.code]).toEqual([409, 'NOTICE_DATE_CHANGED']);
    expect(changed.body.details).toEqual([
      expect.objectContaining({ field: 'noticeOn', rule: 'correctionRequired', municipalityNoticeOn: DEMAND_ON }),
    ]);
    expect(await current()).toEqual(before);

    const corrected = await notice({ noticeOn: CORRECTED, correction: true }).expect(201);
    expect(corrected.body).toMatchObject({ municipalityNoticeOn: CORRECTED, version: before.version + 1 });
    expect((await timeline()).filter((line) => line.type === 'municipality_notice_corrected')).toEqual([
      expect.objectContaining({ on: CORRECTED, details: expect.objectContaining({ corrects: DEMAND_ON }) }),
    ]);
    const [, correction] = await eventually(async () => (noticeEmails().length === 2 ? noticeEmails() : undefined));
    expect(correction!.subject).toContain(
      `Rettelse: Underretning om udsættelsessag (§ 92, stk. 2): ${ADDRESS}, 2650 Hvidovre (SAG-`,
    );
    // It names the date it corrects, in Danish form.
    expect(correction!.text).toContain(`retter datoen i underretningen dateret ${formatLegalDate(DEMAND_ON, 'da')}`);
    // The correction again is the same notice: nothing more.
    await notice({ noticeOn: CORRECTED, correction: true }).expect(201);
    expect((await current()).version).toBe(corrected.body.version);
  });

  it('answers every refusal with details as one list of { field, rule, message, …values }', async () => {
    let state = await current();
    const transition = (body: object) => as(caseworker).post(`/api/v1/cases/${caseId}/transitions`, body);
    const step = async (body: object) => {
      state = (await transition({ version: state.version, ...body }).expect(200)).body;
    };
    // DATE_IN_FUTURE has the same details on a transition as on the notice and on a payment.
    const shapes = await Promise.all([
      transition({ version: state.version, type: 'close', on: IN_FUTURE, outcome: 'withdrawn' }),
      notice({ noticeOn: IN_FUTURE }),
      as(caseworker).post(`/api/v1/cases/${caseId}/payments`, { amountOre: 100, paidOn: IN_FUTURE }),
    ]);
    for (const response of shapes) {
      expect([response.status, response.body.code]).toEqual([400, 'DATE_IN_FUTURE']);
      expect(response.body.details).toHaveLength(1);
      expect(Object.keys(response.body.details[0]).sort()).toEqual([
        'date',
        'earliestDate',
        'field',
        'message',
        'rule',
        'today',
      ]);
      expect(response.body.details[0].rule).toBe('notFuture');
    }
    const early = await transition({
      version: state.version,
      type: 'send_payment_demand',
      sentOn: addDays(DEMAND_ON, -1),
      receivedOn: DEMAND_ON,
      deliveryMethod: 'registered_and_ordinary',
      feeOre: 0,
    });
    expect(early.body.details).toEqual([
      expect.objectContaining({ field: 'sentOn', rule: 'paymentDemandTooEarly', earliestDate: DEMAND_ON }),
    ]);
    expect(typeof early.body.details[0].message).toBe('string');

    // STALE_VERSION says whether the version sent is behind the case or ahead of it.
    const ahead = await transition({ version: state.version + 5, type: 'close', on: DUE, outcome: 'withdrawn' });
    expect([ahead.status, ahead.body.code]).toEqual([409, 'STALE_VERSION']);
    expect(ahead.body.message).toContain(`${state.version + 5}`);
    expect(ahead.body.details).toEqual([
      expect.objectContaining({ field: 'version', rule: 'versionAhead', currentVersion: state.version }),
    ]);
    const behind = await transition({ version: state.version - 1, type: 'close', on: DUE, outcome: 'withdrawn' });
    expect(behind.body.details).toEqual([expect.objectContaining({ field: 'version', rule: 'versionChanged' })]);

    // `avert` without a reason is the documented REASON_MISSING, not a validation failure.
    await step({
      type: 'send_payment_demand',
      sentOn: DEMAND_ON,
      receivedOn: RECEIVED_ON,
      deliveryMethod: 'registered_and_ordinary',
      feeOre: 0,
    });
    await step({ type: 'mark_deadline_passed', on: TERMINATE_ON });
    await step({ type: 'terminate', on: TERMINATE_ON });
    const FILED_ON = addDays(TERMINATE_ON, 3);
    await notice({ noticeOn: FILED_ON, correction: true }).expect(201);
    state = await current();
    await step({ type: 'request_eviction', on: FILED_ON });
    const noReason = await transition({ version: state.version, type: 'avert', on: FILED_ON });
    expect([noReason.status, noReason.body.code]).toEqual([400, 'REASON_MISSING']);
    expect(noReason.body.details).toEqual([expect.objectContaining({ field: 'reason', rule: 'reasonMissing' })]);
  });

  it('carries the balance of an averted case into the next case of the tenancy, and shows both', async () => {
    const tenancyId = (
      await as(caseworker)
        .post('/api/v1/tenancies', {
          departmentId,
          unit: '4-019',
          address: 'Strandvej 19, 2. th.',
          postcode: '2650',
          city: 'Hvidovre',
          monthlyRentOre: 685_000,
        })
        .expect(201)
    ).body.id;
    const opened = await as(caseworker)
      .post(`/api/v1/tenancies/${tenancyId}/arrears`, { dueDate: DUE, amountOre: 685_000 })
      .expect(201);
    const earlierId: string = opened.body.case.id;
    let version: number = opened.body.case.version;
    const step = async (body: object) => {
      const response = await as(caseworker)
        .post(`/api/v1/cases/${earlierId}/transitions`, { version, ...body })
        .expect(200);
      version = response.body.version;
      return response.body;
    };
    await step({
      type: 'send_payment_demand',
      sentOn: DEMAND_ON,
      receivedOn: RECEIVED_ON,
      deliveryMethod: 'registered_and_ordinary',
      feeOre: 18_000,
    });
    await step({ type: 'mark_deadline_passed', on: TERMINATE_ON });
    await step({ type: 'terminate', on: TERMINATE_ON });
    const FILED_ON = addDays(TERMINATE_ON, 3);
    await as(caseworker).post(`/api/v1/cases/${earlierId}/municipality-notice`, { noticeOn: FILED_ON }).expect(201);
    version = (await as(caseworker).get(`/api/v1/cases/${earlierId}`).expect(200)).body.version;
    await step({ type: 'request_eviction', on: FILED_ON });
    const averted = await step({ type: 'avert', on: addDays(FILED_ON, 2), reason: 'Kommunen betaler en del' });
    expect([averted.stage, averted.balanceOre]).toEqual(['averted', 703_000]);

    // New arrears a month later open a new case, which carries the 7,030 kr still owed.
    const next = await as(caseworker)
      .post(`/api/v1/tenancies/${tenancyId}/arrears`, { dueDate: '2026-10-01', amountOre: 685_000 })
      .expect(201);
    expect(next.body.outcome).toBe('created');
    const laterId: string = next.body.case.id;
    expect(laterId).not.toBe(earlierId);
    expect(next.body.case).toMatchObject({ balanceOre: 703_000 + 685_000, oldestUnpaidDueDate: DUE });
    const ledger = (await as(caseworker).get(`/api/v1/cases/${laterId}/ledger?limit=50`).expect(200)).body.items;
    expect(ledger).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'balance_forward', amountOre: 703_000, relatedCaseId: earlierId }),
      ]),
    );
    const earlier = (await as(caseworker).get(`/api/v1/cases/${earlierId}/ledger?limit=50`).expect(200)).body.items;
    expect(earlier.at(-1)).toMatchObject({ kind: 'balance_forward', amountOre: -703_000, relatedCaseId: laterId });
    const timeline = (await as(caseworker).get(`/api/v1/cases/${laterId}/timeline?limit=50`).expect(200)).body.items;
    expect(timeline).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'balance_carried_forward',
          details: expect.objectContaining({ fromCaseId: earlierId, amountOre: 703_000 }),
        }),
      ]),
    );

    // The tenancy shows its whole history; the debt is counted once.
    const tenancy = (await as(caseworker).get(`/api/v1/tenancies/${tenancyId}`).expect(200)).body;
    expect(tenancy.cases).toEqual([
      expect.objectContaining({ id: earlierId, stage: 'averted', balanceOre: 0 }),
      expect.objectContaining({ id: laterId, stage: 'registered', balanceOre: 703_000 + 685_000 }),
    ]);
  });

  it('renders the timeline in Danish by default and in English on request, old English lines as stored', async () => {
    // A line stored before the values were (an English text) still shows, in either language.
    await database.query(`INSERT INTO case_event (case_id, on_date, type, details) VALUES ($1, $2, 'terminated', $3)`, [
      caseId,
      TERMINATE_ON,
      JSON.stringify({ summary: 'Lease terminated on 26 October 2026.' }),
    ]);
    const page = (language?: string) => {
      const request = as(caseworker).get(`/api/v1/cases/${caseId}/timeline?limit=100`);
      return (language ? request.set('Accept-Language', language) : request).expect(200);
    };
    const summaries = async (language?: string) =>
      ((await page(language)).body.items as { type: string; summary: string | null }[]).map((line) => [
        line.type,
        line.summary,
      ]);
    const da = await summaries();
    const en = await summaries('en-GB,en;q=0.9');
    expect(await summaries('da')).toEqual(da);
    expect(da).toEqual(
      expect.arrayContaining([
        ['terminated', expect.stringMatching(/^Lejemålet ophævet \d+\. \w+ 2026 \(almenlejeloven § 90/)],
        ['municipality_notified', expect.stringMatching(/^Kommunen underrettet/)],
        ['municipality_notice_corrected', expect.stringMatching(/^Underretningen af kommunen rettet fra/)],
        ['terminated', 'Lease terminated on 26 October 2026.'],
      ]),
    );
    expect(en).toEqual(
      expect.arrayContaining([
        ['terminated', expect.stringMatching(/^Lease terminated on \d+ \w+ 2026 \(almenlejeloven § 90/)],
        ['municipality_notified', expect.stringMatching(/^Municipality notified on/)],
        ['terminated', 'Lease terminated on 26 October 2026.'],
      ]),
    );
    // What is stored is values, not a text in one language.
    const [stored] = await database.query<{ details: Record<string, unknown> }>(
      `SELECT details FROM case_event WHERE case_id = $1 AND type = 'payment_demand_sent'`,
      [caseId],
    );
    expect(stored!.details).toEqual(
      expect.objectContaining({
        sentOn: DEMAND_ON,
        receivedOn: RECEIVED_ON,
        deliveryMethod: 'registered_and_ordinary',
      }),
    );
    expect(stored!.details).not.toHaveProperty('summary');
  });
});

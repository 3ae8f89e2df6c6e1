import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createWorker } from '../../apps/worker/src/worker.factory.js';
import {
  addDays,
  copenhagenDateOf,
  earliestPaymentDemandDate,
  earliestTerminationDate,
  paymentDeadline,
  type IsoDate,
} from '@app/calendar';
import { Role } from '@app/domain';
import {
  createTestDatabase,
  httpAs,
  type SignedInUser,
  signIn,
  SmtpSink,
  testConfig,
  type TestDatabase,
} from '@app/testing';

// Rent due Tuesday 1 September 2026: every date below is in the past when the suite runs.
const DUE = '2026-09-01' as IsoDate;
const DEMAND_ON = earliestPaymentDemandDate(DUE);
const RECEIVED_ON = addDays(DEMAND_ON, 1);
const DEADLINE = paymentDeadline(RECEIVED_ON);
const TERMINATE_ON = earliestTerminationDate(RECEIVED_ON);
// A day in the future on any day the suite runs: a week after today in Copenhagen (a run across midnight keeps it
// ahead), not a fixed year.
const IN_FUTURE = addDays(copenhagenDateOf(new Date()), 7);

/** One arrears case walked through every legal step over HTTP, with every refusal checked. */
describe('an arrears case from registration to eviction', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let sink: SmtpSink;
  let admin: SignedInUser;
  let caseworker: SignedInUser;
  let otherCaseworker: SignedInUser;
  let socialWorker: SignedInUser;
  let tenancyId: string;
  let caseId: string;
  let tenantId: string;
  let departmentId: string;
  const as = (user: SignedInUser) => httpAs(api, user);
  const transition = (body: object, user = caseworker) => as(user).post(`/api/v1/cases/${caseId}/transitions`, body);
  const current = async () => (await as(caseworker).get(`/api/v1/cases/${caseId}`).expect(200)).body;
  /** The whole timeline, page by page. */
  const timelineOf = async (id: string, limit = 3) => {
    const lines: { type: string; on: string }[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await as(caseworker).get(`/api/v1/cases/${id}/timeline?limit=${limit}${query}`).expect(200);
      lines.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return lines;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = await SmtpSink.start();
    const config = testConfig({ database, queue: 'postgres', smtpUrl: sink.url });
    api = await createApi(config);
    await api.init();
    worker = await createWorker(config);
    admin = await signIn(api, Role.Administrator);
    const municipality = (
      await as(admin).post('/api/v1/municipalities', {
        code: '167',
        name: 'Hvidovre',
        alertEmail: 'boligvarsler@hvidovre.dk',
      })
    ).body;
    const organisation = (await as(admin).post('/api/v1/housing-organisations', { name: 'Hvidovre Bolig' })).body;
    const other = (await as(admin).post('/api/v1/housing-organisations', { name: 'Anden Bolig' })).body;
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
    otherCaseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: other.id });
    socialWorker = await signIn(api, Role.MunicipalSocialWorker, { municipalityId: municipality.id });
    tenantId = (
      await as(caseworker).post('/api/v1/persons', {
        name: 'Mette Lejer',
        cpr: '1203861234',
        address: 'Strandvej 17, 1. th.',
        municipalityId: municipality.id,
        childrenUnder18: 1,
      })
    ).body.id;
    tenancyId = (
      await as(caseworker).post('/api/v1/tenancies', {
        departmentId: department.id,
        unit: '4-017',
        address: 'Strandvej 17, 1. th.',
        postcode: '2650',
        city: 'Hvidovre',
        monthlyRentOre: 650_000,
      })
    ).body.id;
    await as(caseworker).post(`/api/v1/tenancies/${tenancyId}/tenants`, { personId: tenantId }).expect(201);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink?.close();
    await database?.drop();
  });

  it('opens a case when arrears are registered, and registering them again changes nothing', async () => {
    const first = await as(caseworker)
      .post(`/api/v1/tenancies/${tenancyId}/arrears`, { dueDate: DUE, amountOre: 650_000 })
      .set('Idempotency-Key', 'register-2026-09-arrears');
    expect(first.status).toBe(201);
    expect(first.body.outcome).toBe('created');
    caseId = first.body.case.id;
    expect(first.body.case).toMatchObject({
      stage: 'registered',
      balanceOre: 650_000,
      balanceDkk: '6500.00',
      monthsInArrears: 1,
    });
    // The earliest påkrav day has passed with no påkrav sent: the work is overdue, not gone.
    expect(first.body.case.upcomingDeadlines).toEqual([
      expect.objectContaining({ key: 'earliest_payment_demand', date: DEMAND_ON, overdue: true }),
    ]);
    expect(first.body.case.overdue).toBe(true);

    const replay = await as(caseworker)
      .post(`/api/v1/tenancies/${tenancyId}/arrears`, { dueDate: DUE, amountOre: 650_000 })
      .set('Idempotency-Key', 'register-2026-09-arrears');
    expect([replay.status, replay.headers['idempotent-replayed']]).toEqual([201, 'true']);
    const again = await as(caseworker).post(`/api/v1/tenancies/${tenancyId}/arrears`, {
      dueDate: DUE,
      amountOre: 650_000,
    });
    expect([again.status, again.body.outcome]).toEqual([200, 'unchanged']);
    const ledger = await database.query(`SELECT kind, amount_ore::int AS amount FROM ledger_entry WHERE case_id = $1`, [
      caseId,
    ]);
    expect(ledger).toEqual([{ kind: 'rent_charge', amount: 650_000 }]);
    const reused = await as(caseworker)
      .post(`/api/v1/tenancies/${tenancyId}/arrears`, { dueDate: DUE, amountOre: 1 })
      .set('Idempotency-Key', 'register-2026-09-arrears');
    expect([reused.status, reused.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
  });

  it('refuses a due date outside the years the import accepts, as a field error, and keeps nothing', async () => {
    // Found by the fuzzer: rent due in 9999 put the case's legal dates past the calendar's end.
    const before = await database.query(`SELECT count(*)::int AS n FROM ledger_entry`);
    const far = await as(caseworker).post(`/api/v1/tenancies/${tenancyId}/arrears`, {
      dueDate: '9999-12-31',
      amountOre: 100,
    });
    expect([far.status, far.body.code, far.body.details[0].field]).toEqual([400, 'VALIDATION_FAILED', 'dueDate']);
    expect(far.body.details[0].message).toContain('2000–2099');
    expect(await database.query(`SELECT count(*)::int AS n FROM ledger_entry`)).toEqual(before);
  });

  it('shows an overdue case the same in the list and the detail, first in "due within N days"', async () => {
    const detail = await current();
    const list = await as(caseworker).get('/api/v1/cases?deadlineWithinDays=0').expect(200);
    const item = list.body.items.find((c: { id: string }) => c.id === caseId);
    expect(item).toMatchObject({ nextDeadlineOn: DEMAND_ON, overdue: true });
    expect(detail.upcomingDeadlines[0]).toMatchObject({ date: item.nextDeadlineOn, overdue: true });
    const dates: string[] = list.body.items.map((c: { nextDeadlineOn: string }) => c.nextDeadlineOn);
    expect(dates).toEqual([...dates].sort());
  });

  it('refuses a payment demand before the earliest day, naming that day, and leaves the case as it was', async () => {
    const before = await current();
    const early = await transition({
      version: before.version,
      type: 'send_payment_demand',
      sentOn: addDays(DEMAND_ON, -1),
      receivedOn: DEMAND_ON,
      deliveryMethod: 'registered_and_ordinary',
      feeOre: 31_400,
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('PAYMENT_DEMAND_TOO_EARLY');
    expect(early.body.details[0].earliestDate).toBe(DEMAND_ON);
    expect(await current()).toEqual(before);
  });

  it('refuses steps out of order, and a stale version', async () => {
    const before = await current();
    const wrongOrder = await transition({ version: before.version, type: 'terminate', on: TERMINATE_ON });
    expect([wrongOrder.status, wrongOrder.body.code]).toEqual([409, 'CASE_STAGE_INVALID']);
    const stale = await transition({ version: before.version + 1, type: 'close', on: DUE, outcome: 'withdrawn' });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
    const future = await transition({ version: before.version, type: 'close', on: IN_FUTURE, outcome: 'withdrawn' });
    expect([future.status, future.body.code]).toEqual([400, 'DATE_IN_FUTURE']);
    const missing = await transition({ version: before.version, type: 'send_payment_demand', sentOn: DEMAND_ON });
    expect([missing.status, missing.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await current()).toEqual(before);
  });

  it('is out of reach for another organisation (404) and closed to the municipality until notified', async () => {
    expect((await as(otherCaseworker).get(`/api/v1/cases/${caseId}`)).status).toBe(404);
    expect(
      (
        await as(otherCaseworker).post(`/api/v1/cases/${caseId}/transitions`, {
          version: 1,
          type: 'close',
          on: DUE,
          outcome: 'paid',
        })
      ).status,
    ).toBe(404);
    expect((await as(socialWorker).get(`/api/v1/cases/${caseId}`)).status).toBe(404);
  });

  it('walks through payment demand, deadline, termination, notice, filing, scheduling and eviction', async () => {
    let state = await current();
    const step = async (body: object) => {
      const response = await transition({ version: state.version, ...body });
      expect([response.status, response.body.code]).toEqual([200, undefined]);
      state = response.body;
      return state;
    };
    await step({
      type: 'send_payment_demand',
      sentOn: DEMAND_ON,
      receivedOn: RECEIVED_ON,
      deliveryMethod: 'registered_and_ordinary',
      feeOre: 31_400,
    });
    expect(state).toMatchObject({ stage: 'payment_demand_sent', balanceOre: 681_400 });

    const tooSoon = await transition({ version: state.version, type: 'mark_deadline_passed', on: DEADLINE });
    expect([tooSoon.status, tooSoon.body.code, tooSoon.body.details[0].earliestDate]).toEqual([
      409,
      'DEADLINE_NOT_PASSED',
      TERMINATE_ON,
    ]);

    await step({ type: 'mark_deadline_passed', on: TERMINATE_ON });
    await step({ type: 'terminate', on: TERMINATE_ON });
    expect(state.stage).toBe('terminated');

    const FILED_ON = addDays(TERMINATE_ON, 3);
    const noNotice = await transition({ version: state.version, type: 'request_eviction', on: FILED_ON });
    expect([noNotice.status, noNotice.body.code]).toEqual([409, 'MUNICIPALITY_NOTICE_MISSING']);

    const notified = await as(caseworker)
      .post(`/api/v1/cases/${caseId}/municipality-notice`, { noticeOn: FILED_ON })
      .expect(201);
    state = notified.body;
    expect(state.municipalityNoticeOn).toBe(FILED_ON);
    // The statutory notice reaches the municipality's alert mailbox with name and address only.
    // (The first email is the municipality's registration notice.)
    const email = (await sink.waitFor(2)).find((e) => e.subject.startsWith('Underretning'))!;
    expect(email.to).toEqual(['boligvarsler@hvidovre.dk']);
    expect(email.subject).toMatch(
      /^Underretning om udsættelsessag \(§ 92, stk\. 2\): Strandvej 17, 1\. th\., 2650 Hvidovre \(SAG-[0-9A-F]{8}\)$/,
    );
    expect(email.text).toContain('Lejer(e): Mette Lejer');
    expect(email.text).toContain('almenlejelovens § 92, stk. 2');
    expect(email.text).not.toMatch(/120386|6\.?500|681|børn|children/i);
    // Now the municipality may see the case.
    expect((await as(socialWorker).get(`/api/v1/cases/${caseId}`)).status).toBe(200);

    await step({ type: 'request_eviction', on: FILED_ON });
    const EVICTION_DATE = addDays(FILED_ON, 30);
    const FIRST_DATE = addDays(FILED_ON, 20);
    await step({ type: 'schedule_eviction', decidedOn: addDays(FILED_ON, 10), evictionDate: FIRST_DATE });
    expect(state).toMatchObject({ stage: 'eviction_scheduled', evictionScheduledFor: FIRST_DATE });
    // The fogedret moves the date: the same date again is refused and changes nothing; a new one is recorded.
    const scheduled = await current();
    const same = await transition({
      version: state.version,
      type: 'schedule_eviction',
      decidedOn: addDays(FILED_ON, 12),
      evictionDate: FIRST_DATE,
    });
    expect([same.status, same.body.code]).toEqual([400, 'EVICTION_DATE_UNCHANGED']);
    expect(await current()).toEqual(scheduled);
    await step({ type: 'schedule_eviction', decidedOn: addDays(FILED_ON, 12), evictionDate: EVICTION_DATE });
    expect(state).toMatchObject({ stage: 'eviction_scheduled', evictionScheduledFor: EVICTION_DATE });
    expect((await timelineOf(caseId)).at(-1)).toMatchObject({
      type: 'eviction_rescheduled',
      on: addDays(FILED_ON, 12),
    });
    await step({ type: 'record_eviction', on: EVICTION_DATE });
    expect(state).toMatchObject({ stage: 'evicted', upcomingDeadlines: [] });
    expect(state.closedAt).not.toBeNull();
    expect((await timelineOf(caseId)).map((e) => e.type)).toEqual([
      'case_opened',
      'arrears_registered',
      expect.any(String),
      expect.any(String),
      expect.any(String),
      'municipality_notified',
      // The § 92 notice is the statutory warning rule: it raises a warning to the municipality.
      'warning_raised',
      expect.any(String),
      'eviction_scheduled',
      'eviction_rescheduled',
      expect.any(String),
    ]);
    const closed = await transition({ version: state.version, type: 'close', on: EVICTION_DATE, outcome: 'paid' });
    expect([closed.status, closed.body.code]).toEqual([409, 'CASE_CLOSED']);
    const [person] = await database.query<{ inactive: boolean }>(
      `SELECT inactive_since IS NOT NULL AS inactive FROM person WHERE id = $1`,
      [tenantId],
    );
    expect(person!.inactive).toBe(true);
  });

  it('opens a new case for new arrears on the same tenancy, records payments and closes as paid', async () => {
    const opened = await as(caseworker)
      .post(`/api/v1/tenancies/${tenancyId}/arrears`, { dueDate: '2026-10-01', amountOre: 650_000 })
      .expect(201);
    const id = opened.body.case.id;
    expect(id).not.toBe(caseId);
    const paid = await as(caseworker)
      .post(`/api/v1/cases/${id}/payments`, { amountOre: 650_000, paidOn: '2026-10-05' })
      .expect(201);
    expect(paid.body).toMatchObject({ balanceOre: 0, monthsInArrears: 0 });
    const closed = await as(caseworker).post(`/api/v1/cases/${id}/transitions`, {
      version: paid.body.version,
      type: 'close',
      on: '2026-10-05',
      outcome: 'paid',
    });
    expect([closed.status, closed.body.stage, closed.body.outcome]).toEqual([200, 'closed', 'paid']);
  });

  it('lists and searches cases in scope with filters and cursor pages', async () => {
    const all = await as(caseworker).get('/api/v1/cases?limit=1').expect(200);
    expect(all.body.items).toHaveLength(1);
    const next = await as(caseworker).get(`/api/v1/cases?limit=1&cursor=${all.body.nextCursor}`).expect(200);
    expect(next.body.items[0].id).not.toBe(all.body.items[0].id);
    expect(
      (await as(caseworker).get('/api/v1/cases?stage=evicted').expect(200)).body.items.map((c: { id: string }) => c.id),
    ).toEqual([caseId]);
    expect((await as(caseworker).get('/api/v1/cases?address=strandvej').expect(200)).body.items).toHaveLength(2);
    expect(
      (await as(caseworker).get('/api/v1/cases?balanceMinOre=600000').expect(200)).body.items.map(
        (c: { id: string }) => c.id,
      ),
    ).toEqual([caseId]);
    expect((await as(otherCaseworker).get('/api/v1/cases').expect(200)).body.items).toEqual([]);
    const bad = await as(caseworker).get('/api/v1/cases?stage=nonsense');
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('answers a registration, a payment and a step with the case exactly as a read of it then shows it', async () => {
    // The answer of a write that changed a case open before is built from the case as the write stored it, not
    // read again: it must be what a read shows, version and derived dates included.
    const tenancy = (
      await as(caseworker).post('/api/v1/tenancies', {
        departmentId,
        unit: '4-019',
        address: 'Strandvej 19, st. tv.',
        monthlyRentOre: 650_000,
      })
    ).body.id;
    await as(caseworker).post(`/api/v1/tenancies/${tenancy}/tenants`, { personId: tenantId }).expect(201);
    const opened = await as(caseworker)
      .post(`/api/v1/tenancies/${tenancy}/arrears`, { dueDate: DUE, amountOre: 650_000 })
      .expect(201);
    const id: string = opened.body.case.id;
    const read = async () => {
      const {
        tenancy: _tenancy,
        tenants: _tenants,
        custody: _custody,
        ...summary
      } = (await as(caseworker).get(`/api/v1/cases/${id}`).expect(200)).body;
      return summary;
    };
    expect(opened.body.case).toEqual(await read());
    const registered = await as(caseworker)
      .post(`/api/v1/tenancies/${tenancy}/arrears`, { dueDate: '2026-10-01', amountOre: 650_000 })
      .expect(200);
    expect(registered.body.outcome).toBe('updated');
    expect(registered.body.case).toMatchObject({ version: opened.body.case.version + 1, balanceOre: 1_300_000 });
    expect(registered.body.case).toEqual(await read());
    const paid = (
      await as(caseworker).post(`/api/v1/cases/${id}/payments`, { amountOre: 50_000, paidOn: DEMAND_ON }).expect(201)
    ).body;
    expect(paid).toMatchObject({ balanceOre: 1_250_000 });
    expect(paid).toEqual(await read());
    const demanded = await as(caseworker)
      .post(`/api/v1/cases/${id}/transitions`, {
        version: paid.version,
        type: 'send_payment_demand',
        sentOn: DEMAND_ON,
        receivedOn: RECEIVED_ON,
        deliveryMethod: 'registered_and_ordinary',
        feeOre: 31_400,
      })
      .expect(200);
    expect(demanded.body).toMatchObject({ stage: 'payment_demand_sent', balanceOre: 1_281_400 });
    expect(demanded.body).toEqual(await read());
    const unchanged = await as(caseworker)
      .post(`/api/v1/tenancies/${tenancy}/arrears`, { dueDate: '2026-10-01', amountOre: 650_000 })
      .expect(200);
    expect([unchanged.body.outcome, unchanged.body.case]).toEqual(['unchanged', await read()]);
  });

  it('answers commands with the case summary, and pages the ledger and the timeline', async () => {
    const opened = await as(caseworker)
      .post(`/api/v1/tenancies/${tenancyId}/arrears`, { dueDate: '2026-11-01', amountOre: 650_000 })
      .expect(201);
    const id: string = opened.body.case.id;
    // A command's answer: the case as it stands, never its people or its history.
    expect(Object.keys(opened.body.case)).not.toEqual(expect.arrayContaining(['ledger']));
    for (const field of ['ledger', 'timeline', 'tenants', 'tenancy'])
      expect(opened.body.case).not.toHaveProperty(field);
    expect(opened.body.case).toMatchObject({ tenancyId, stage: 'registered', balanceOre: 650_000 });
    const size = JSON.stringify(opened.body).length;
    let paid = opened.body.case;
    for (const day of ['02', '03', '04', '05', '06']) {
      paid = (
        await as(caseworker)
          .post(`/api/v1/cases/${id}/payments`, { amountOre: 10_000, paidOn: `2026-11-${day}` })
          .expect(201)
      ).body;
    }
    expect(paid).toMatchObject({ balanceOre: 600_000 });
    for (const field of ['ledger', 'timeline', 'tenants']) expect(paid).not.toHaveProperty(field);
    const again = await as(caseworker)
      .post(`/api/v1/tenancies/${tenancyId}/arrears`, { dueDate: '2026-11-01', amountOre: 650_000 })
      .expect(200);
    // Six lines later the answer is no larger (give or take the digits of the version and balance).
    expect(Math.abs(JSON.stringify(again.body).length - size)).toBeLessThan(20);
    expect((await as(caseworker).get(`/api/v1/cases/${id}`).expect(200)).body).toMatchObject({
      tenants: [{ id: tenantId, name: 'Mette Lejer' }],
      tenancy: { id: tenancyId, unit: '4-017' },
    });

    const first = await as(caseworker).get(`/api/v1/cases/${id}/ledger?limit=4`).expect(200);
    expect(first.body.items.map((l: { kind: string; amountOre: number; balanceAfterOre: number }) => l)).toEqual([
      expect.objectContaining({
        kind: 'rent_charge',
        amountOre: 650_000,
        balanceAfterOre: 650_000,
        balanceAfterDkk: '6500.00',
      }),
      expect.objectContaining({
        kind: 'payment',
        amountOre: -10_000,
        balanceAfterOre: 640_000,
        bookedOn: '2026-11-02',
      }),
      expect.objectContaining({ kind: 'payment', balanceAfterOre: 630_000, bookedOn: '2026-11-03' }),
      expect.objectContaining({ kind: 'payment', balanceAfterOre: 620_000, bookedOn: '2026-11-04' }),
    ]);
    const rest = await as(caseworker)
      .get(`/api/v1/cases/${id}/ledger?limit=4&cursor=${first.body.nextCursor}`)
      .expect(200);
    expect(rest.body.items.map((l: { balanceAfterOre: number }) => l.balanceAfterOre)).toEqual([610_000, 600_000]);
    expect(rest.body.nextCursor).toBeNull();
    expect((await timelineOf(id, 2)).map((e) => e.type)).toEqual([
      'case_opened',
      'arrears_registered',
      ...Array(5).fill('payment_recorded'),
    ]);

    // Each page is a read of the tenant's financial history, and audited as one.
    const audited = await database.query<{ via: string }>(
      `SELECT details->>'via' AS via FROM audit_log WHERE entity_id = $1 AND person_id = $2 AND action = 'person.read'`,
      [id, tenantId],
    );
    expect(audited.map((a) => a.via)).toEqual(expect.arrayContaining(['case-ledger', 'case-timeline']));
    // Out of scope is not found; a cursor this API did not issue is refused.
    expect((await as(otherCaseworker).get(`/api/v1/cases/${id}/ledger`)).status).toBe(404);
    expect((await as(otherCaseworker).get(`/api/v1/cases/${id}/timeline`)).status).toBe(404);
    const forged = Buffer.from(JSON.stringify(['2026-11-01', 'not-a-number'])).toString('base64url');
    for (const part of ['ledger', 'timeline']) {
      const refused = await as(caseworker).get(`/api/v1/cases/${id}/${part}?cursor=${forged}`);
      expect([refused.status, refused.body.code]).toEqual([400, 'INVALID_CURSOR']);
    }
    await as(caseworker)
      .post(`/api/v1/cases/${id}/transitions`, {
        version: paid.version,
        type: 'close',
        on: '2026-11-06',
        outcome: 'withdrawn',
      })
      .expect(200);
  });
});

import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import {
  addBusinessDays,
  addDays,
  businessDayOnOrAfter,
  businessDaysBetween,
  copenhagenDateOf,
  daysBetween,
  earliestPaymentDemandDate,
  earliestTerminationDate,
  paymentDeadline,
  type IsoDate,
} from '@app/calendar';
import { type AppConfig } from '@app/config';
import { Role, ruleByCode, WarningSweeper, type SweepResult } from '@app/domain';
import {
  createTestDatabase,
  eventually,
  httpAs,
  type SignedInUser,
  signIn,
  SmtpSink,
  testConfig,
  type TestDatabase,
  TestWorld,
} from '@app/testing';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createWorker } from '../../apps/worker/src/worker.factory.js';
import { at, dayAfter } from './sweep-clock.js';

const NOTHING: SweepResult = { deadlineWarnings: 0, escalatedToLeads: 0, escalatedToManagers: 0 };

/** The worker's own schedules must not sweep in the middle of a test: the test moves the clock. */
const QUIET_SCHEDULES = { WARNING_SWEEP_EVERY_MS: String(24 * 3600_000), WARNING_DIGEST_CRON: '0 3 29 2 *' };

interface WarningRow {
  id: string;
  case_id: string;
  rule_code: string;
  recipient_type: string;
  recipient_id: string;
  urgency: string;
  occurrence: string;
  acknowledge_by: string;
  escalation_level: number;
  managers_by: string | null;
  data: { details?: Record<string, unknown> };
}

async function warningsOf(database: TestDatabase, caseId: string, rule?: string): Promise<WarningRow[]> {
  return database.query<WarningRow>(
    `SELECT id, case_id, rule_code, recipient_type, recipient_id, urgency, occurrence, acknowledge_by::text,
            escalation_level, managers_by::text, data
       FROM warning WHERE case_id = $1 AND ($2::text IS NULL OR rule_code = $2) ORDER BY recipient_type, created_at`,
    [caseId, rule ?? null],
  );
}

/** Rows the sweeper writes, counted: a sweep that changes nothing leaves every count as it was. */
async function footprint(database: TestDatabase): Promise<Record<string, number>> {
  const [row] = await database.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM warning) AS warnings,
            (SELECT count(*)::int FROM warning WHERE escalation_level > 0) AS escalated,
            (SELECT sum(escalation_level)::int FROM warning) AS levels,
            (SELECT count(*)::int FROM inbox_item) AS inbox,
            (SELECT count(*)::int FROM outbox) AS outbox,
            (SELECT count(*)::int FROM case_event) AS events,
            (SELECT count(*)::int FROM audit_log) AS audit`,
  );
  return row!;
}

/**
 * Escalation of unacknowledged warnings, with the clock moved by `sweep(now)`: the warnings are
 * raised today through the real HTTP path, then swept on the acknowledgement date, the day after,
 * and past the managers' date. The worker sends the escalation emails to a real SMTP sink.
 */
describe('escalating unacknowledged warnings', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let config: AppConfig;
  let sweeper: WarningSweeper;
  let world: TestWorld;
  let admin: SignedInUser;
  let caseworker: SignedInUser;
  let socialWorker: SignedInUser;
  let teamLead: SignedInUser;
  let manager: SignedInUser;
  let leaderless: SignedInUser;
  /** A: escalates to the team lead, then the manager. B: acknowledged in time. C: its municipality has no lead. */
  const cases = { a: '', b: '', c: '' };
  let acknowledgeBy: IsoDate;
  let managersBy: IsoDate;

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = await SmtpSink.start();
    config = testConfig({ database, queue: 'postgres', smtpUrl: sink.url, env: QUIET_SCHEDULES });
    api = await createApi(config);
    await api.init();
    worker = await createWorker(config);
    sweeper = api.get(WarningSweeper);
    admin = await signIn(api, Role.Administrator);
    world = new TestWorld(api);

    const hvidovre = await world.municipality({ name: 'Hvidovre', alertEmail: 'boligvarsler@hvidovre.dk' });
    const broendby = await world.municipality({ name: 'Brøndby', alertEmail: 'boligvarsler@broendby.dk' });
    const landlord = await world.housingOrganisation({ name: 'Vestegnens Bolig' });
    const inHvidovre = await world.department(landlord.id, hvidovre.id, '1');
    const inBroendby = await world.department(landlord.id, broendby.id, '2');
    for (const municipality of [hvidovre, broendby]) {
      await world.agreement({
        municipalityId: municipality.id,
        housingOrganisationId: landlord.id,
        enabledWarnings: ['arrears-registered'],
      });
    }
    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: landlord.id });
    socialWorker = await signIn(api, Role.MunicipalSocialWorker, { municipalityId: hvidovre.id });
    teamLead = await signIn(api, Role.MunicipalSocialWorker, { municipalityId: hvidovre.id });
    const promoted = await httpAs(api, admin)
      .patch(`/api/v1/users/${teamLead.user.id}`, { teamLead: true })
      .expect(200);
    expect(promoted.body.teamLead).toBe(true);
    manager = await signIn(api, Role.Manager, { municipalityId: hvidovre.id });
    leaderless = await signIn(api, Role.MunicipalSocialWorker, { municipalityId: broendby.id });

    const a = await world.tenancyIn(caseworker, inHvidovre.id, {
      name: 'Anna Andersen',
      address: 'Hvidovrevej 1, st.',
    });
    const b = await world.tenancyIn(caseworker, inHvidovre.id, { name: 'Bent Berg', address: 'Hvidovrevej 2, st.' });
    const c = await world.tenancyIn(caseworker, inBroendby.id, { name: 'Carl Clausen', address: 'Brøndbyvej 3, st.' });
    cases.a = await world.registerArrears(caseworker, a.tenancyId, '2026-10-01');
    cases.b = await world.registerArrears(caseworker, b.tenancyId, '2026-10-01');
    cases.c = await world.registerArrears(caseworker, c.tenancyId, '2026-10-01');
    // Raised today (the real today: the case service dates events by the clock), acknowledged within 5 business days.
    const today = copenhagenDateOf(new Date());
    acknowledgeBy = addBusinessDays(businessDayOnOrAfter(today, config.calendar), 5, config.calendar);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink?.close();
    await database?.drop();
  });

  const escalationMails = (caseId: string) =>
    database.query<{ id: string; recipient: string; status: string; payload: { data: Record<string, unknown> } }>(
      `SELECT o.id, o.recipient, o.status, o.payload FROM outbox o JOIN warning w ON w.id = o.warning_id
        WHERE w.case_id = $1 AND o.payload->>'template' = 'warning-escalation' ORDER BY o.created_at`,
      [caseId],
    );
  const escalationItems = (caseId: string) =>
    database.query<{ user_id: string; urgency: string }>(
      `SELECT i.user_id, i.urgency FROM inbox_item i JOIN warning w ON w.id = i.warning_id
        WHERE w.case_id = $1 AND i.kind = 'escalation' ORDER BY i.created_at`,
      [caseId],
    );

  it('raises each warning with an acknowledgement date 5 business days after today', async () => {
    for (const caseId of Object.values(cases)) {
      const [warning, ...more] = await warningsOf(database, caseId);
      expect(more).toEqual([]);
      expect(warning).toMatchObject({
        rule_code: 'arrears-registered',
        recipient_type: 'municipality',
        urgency: 'normal',
        acknowledge_by: acknowledgeBy,
        escalation_level: 0,
      });
    }
  });

  it('stops escalation for a warning acknowledged in time', async () => {
    const inbox = await httpAs(api, socialWorker).get(`/api/v1/inbox?caseId=${cases.b}`).expect(200);
    const [item] = inbox.body.items;
    expect(item).toMatchObject({ kind: 'warning', warning: { rule: 'arrears-registered', escalationLevel: 0 } });
    await httpAs(api, socialWorker)
      .post(`/api/v1/inbox/${item.id}/acknowledge`, { comment: 'Lejeren er kontaktet' })
      .expect(200);
    const again = await httpAs(api, socialWorker).post(`/api/v1/inbox/${item.id}/acknowledge`, {});
    expect([again.status, again.body.code]).toEqual([409, 'ALREADY_ACKNOWLEDGED']);
  });

  it('escalates nothing on the acknowledgement date itself', async () => {
    const before = await footprint(database);
    expect(await sweeper.sweep(at(acknowledgeBy))).toEqual(NOTHING);
    expect(await footprint(database)).toEqual(before);
  });

  it('escalates to the team lead the day after, with an inbox item and an email without personal data', async () => {
    const result = await sweeper.sweep(at(dayAfter(acknowledgeBy)));
    // A and C; B was acknowledged.
    expect(result).toEqual({ ...NOTHING, escalatedToLeads: 2 });
    const { escalateToManagersAfter } = ruleByCode('arrears-registered')!;
    managersBy = addBusinessDays(dayAfter(acknowledgeBy), escalateToManagersAfter, config.calendar);

    const [a] = await warningsOf(database, cases.a);
    expect(a).toMatchObject({ escalation_level: 1, managers_by: managersBy });
    expect((await warningsOf(database, cases.b))[0]!.escalation_level).toBe(0);
    expect(await escalationItems(cases.a)).toEqual([{ user_id: teamLead.user.id, urgency: 'urgent' }]);

    const [mail, ...others] = await escalationMails(cases.a);
    expect(others).toEqual([]);
    expect(mail!.recipient).toBe(teamLead.user.email.toLowerCase());
    expect(mail!.payload.data).toMatchObject({ level: 1, kind: 'arrears-registered', acknowledgeBy });
    const payload = JSON.stringify(mail!.payload);
    expect(payload).not.toMatch(/Anna|Andersen|Hvidovrevej|650000|balance|tenant/i);

    const email = await eventually(
      () => sink.received.find((e) => e.notificationId === mail!.id),
      20_000,
      'escalation',
    );
    expect(email.to).toEqual([teamLead.user.email.toLowerCase()]);
    expect(email.subject).toMatch(/^Ingen kvittering for varsel SAG-[0-9A-F]{8} inden fristen$/);
    for (const body of [email.subject, email.text, email.html]) {
      expect(body).not.toMatch(/Anna|Andersen|Hvidovrevej|6\.?500/);
    }
    // Issue 13: it links to the warning's page, where the team lead's own escalation item opens it.
    const [{ warning_id: warningId }] = await database.query<{ warning_id: string }>(
      `SELECT warning_id FROM outbox WHERE id = $1`,
      [mail!.id],
    );
    expect(email.text.match(/https?:\/\/\S+/g)).toEqual([`${config.warnings.publicUrl}/inbox/warnings/${warningId}`]);

    const events = await database.query<{ type: string; details: { level: number } }>(
      `SELECT type, details FROM case_event WHERE case_id = $1 AND type = 'warning_escalated'`,
      [cases.a],
    );
    expect(events).toEqual([{ type: 'warning_escalated', details: expect.objectContaining({ level: 1 }) }]);
  });

  it('tells the municipality’s mailbox when it has no team lead', async () => {
    expect(await escalationItems(cases.c)).toEqual([]);
    const mails = await escalationMails(cases.c);
    expect(mails.map((m) => [m.recipient, m.payload.data.level])).toEqual([['boligvarsler@broendby.dk', 1]]);
    expect(JSON.stringify(mails[0]!.payload)).not.toMatch(/Carl|Clausen|Brøndbyvej/);
    // The plain social worker is told nothing more: escalation is for leads.
    const inbox = await httpAs(api, leaderless).get(`/api/v1/inbox?kind=escalation`).expect(200);
    expect(inbox.body.items).toEqual([]);
  });

  it('changes nothing when swept again the same day', async () => {
    const before = await footprint(database);
    expect(await sweeper.sweep(at(dayAfter(acknowledgeBy)))).toEqual(NOTHING);
    expect(await footprint(database)).toEqual(before);
  });

  it('escalates to the managers only after the managers’ date', async () => {
    expect(await sweeper.sweep(at(managersBy))).toEqual(NOTHING);
    expect(await sweeper.sweep(at(dayAfter(managersBy)))).toEqual({ ...NOTHING, escalatedToManagers: 2 });

    expect((await warningsOf(database, cases.a))[0]!.escalation_level).toBe(2);
    expect(await escalationItems(cases.a)).toEqual([
      { user_id: teamLead.user.id, urgency: 'urgent' },
      { user_id: manager.user.id, urgency: 'urgent' },
    ]);
    const mails = await escalationMails(cases.a);
    expect(mails.map((m) => [m.recipient, m.payload.data.level])).toEqual([
      [teamLead.user.email.toLowerCase(), 1],
      [manager.user.email.toLowerCase(), 2],
    ]);
    expect(mails[1]!.payload.data.acknowledgeBy).toBe(managersBy);
    expect(JSON.stringify(mails[1]!.payload)).not.toMatch(/Anna|Andersen|Hvidovrevej/);
    const email = await eventually(
      () => sink.received.find((e) => e.notificationId === mails[1]!.id),
      20_000,
      'manager escalation',
    );
    expect(email.to).toEqual([manager.user.email.toLowerCase()]);
    expect(email.text).not.toMatch(/Anna|Andersen|Hvidovrevej/);
    // Managers see the escalation in their inbox without the tenant's data.
    const inbox = await httpAs(api, manager).get('/api/v1/inbox?kind=escalation').expect(200);
    expect(inbox.body.items).toHaveLength(1);
    expect(inbox.body.items[0].warning).toMatchObject({ escalationLevel: 2, data: null });

    // No managers in Brøndby: the mailbox gets the second escalation as well.
    expect((await escalationMails(cases.c)).map((m) => [m.recipient, m.payload.data.level])).toEqual([
      ['boligvarsler@broendby.dk', 1],
      ['boligvarsler@broendby.dk', 2],
    ]);
    const warnings = await httpAs(api, caseworker).get(`/api/v1/cases/${cases.a}/warnings`).expect(200);
    expect(warnings.body).toEqual([expect.objectContaining({ state: 'escalated', escalationLevel: 2 })]);
  });

  it('goes no further than the managers, and never escalates the acknowledged warning', async () => {
    const before = await footprint(database);
    expect(await sweeper.sweep(at(addDays(managersBy, 60)))).toEqual(NOTHING);
    expect(await footprint(database)).toEqual(before);
    const [b] = await warningsOf(database, cases.b);
    expect(b!.escalation_level).toBe(0);
    expect(await escalationMails(cases.b)).toEqual([]);
  });
});

/**
 * Warnings the sweeper raises from dates: the payment deadline passing unpaid, and the eviction
 * date coming near. Every date is in the past, set through the real HTTP path, and the sweeps
 * move through them in order. No worker runs here, so no sweep but the test's own happens.
 */
describe('deadline warnings raised by the sweeper', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let config: AppConfig;
  let sweeper: WarningSweeper;
  let world: TestWorld;
  let caseworker: SignedInUser;
  let farCaseworker: SignedInUser;
  let advisor: SignedInUser;
  const cases = { unpaid: '', paid: '', recorded: '', concurrent: '', reminder: '', farReminder: '' };
  let glostrup: { id: string };
  let provider: { id: string };
  // Påkrav received Friday 20 March 2026: 14 days end on Good Friday, so the deadline is Tuesday 7 April.
  const DEMAND = { sentOn: '2026-03-19', receivedOn: '2026-03-20' };
  // 5 business days before Wednesday 10 June 2026 (Grundlovsdag, Friday 5 June, is no business day).
  const EVICTION = '2026-06-10';
  // 60 business days before this eviction date is Friday 6 March 2026: 94 calendar days, over Easter and Whitsun.
  const FAR_EVICTION = addBusinessDays('2026-03-06' as IsoDate, 60);

  const deadlineWarnings = (caseId: string) => warningsOf(database, caseId, 'deadline-passed');

  beforeAll(async () => {
    database = await createTestDatabase();
    config = testConfig({ database, queue: 'postgres' });
    api = await createApi(config);
    await api.init();
    sweeper = api.get(WarningSweeper);
    world = new TestWorld(api);

    glostrup = await world.municipality({ name: 'Glostrup', alertEmail: 'boligvarsler@glostrup.dk' });
    const albertslund = await world.municipality({ name: 'Albertslund', alertEmail: 'boligvarsler@albertslund.dk' });
    const landlord = await world.housingOrganisation({ name: 'Glostrup Boligselskab' });
    const farLandlord = await world.housingOrganisation({ name: 'Albertslund Boligselskab' });
    const department = await world.department(landlord.id, glostrup.id, '7');
    const farDepartment = await world.department(farLandlord.id, albertslund.id, '8');
    await world.agreement({
      municipalityId: glostrup.id,
      housingOrganisationId: landlord.id,
      enabledWarnings: ['deadline-passed', 'eviction-scheduled-reminder'],
      evictionReminderBusinessDays: 5,
    });
    await world.agreement({
      municipalityId: albertslund.id,
      housingOrganisationId: farLandlord.id,
      enabledWarnings: ['eviction-scheduled-reminder'],
      evictionReminderBusinessDays: 60,
    });
    provider = await world.counsellingProvider({
      name: 'Gældsrådgivningen Vest',
      contactEmail: 'raadgivning@gaeld.dk',
    });
    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: landlord.id });
    farCaseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: farLandlord.id });
    advisor = await signIn(api, Role.DebtAdvisor, { counsellingProviderId: provider.id });

    const open = async (key: keyof typeof cases, due: string, consent: boolean, who = caseworker, dep = department) => {
      const { tenancyId, personId } = await world.tenancyIn(who, dep.id, {
        name: `Lejer ${key}`,
        address: `Hovedvejen ${Object.keys(cases).indexOf(key) + 1}`,
      });
      if (consent) {
        await httpAs(api, who)
          .post(`/api/v1/persons/${personId}/consents`, {
            purpose: 'debt-counselling',
            recipientId: provider.id,
            givenAt: '2026-01-01T00:00:00Z',
          })
          .expect(201);
      }
      cases[key] = await world.registerArrears(who, tenancyId, due);
    };
    const demand = (caseId: string, sentOn: string, receivedOn: string, who = caseworker) =>
      world.step(who, caseId, {
        type: 'send_payment_demand',
        sentOn,
        receivedOn,
        deliveryMethod: 'registered_and_ordinary',
        feeOre: 31_400,
      });

    await open('unpaid', '2026-03-02', true);
    await demand(cases.unpaid, DEMAND.sentOn, DEMAND.receivedOn);

    await open('paid', '2026-03-02', false);
    const {
      summary: { balanceOre },
    } = await demand(cases.paid, DEMAND.sentOn, DEMAND.receivedOn);
    await httpAs(api, caseworker)
      .post(`/api/v1/cases/${cases.paid}/payments`, { amountOre: balanceOre, paidOn: '2026-03-30' })
      .expect(201);

    await open('recorded', '2026-03-02', false);
    await demand(cases.recorded, DEMAND.sentOn, DEMAND.receivedOn);
    await world.step(caseworker, cases.recorded, { type: 'mark_deadline_passed', on: '2026-04-08' });

    // Received Monday 4 May: 14 days end on Monday 18 May.
    await open('concurrent', '2026-04-01', true);
    await demand(cases.concurrent, '2026-05-04', '2026-05-04');

    await open('reminder', '2026-03-02', false);
    await demand(cases.reminder, DEMAND.sentOn, DEMAND.receivedOn);
    await world.step(caseworker, cases.reminder, { type: 'mark_deadline_passed', on: '2026-04-08' });
    await world.step(caseworker, cases.reminder, { type: 'terminate', on: '2026-04-08' });
    await httpAs(api, caseworker).post(`/api/v1/cases/${cases.reminder}/municipality-notice`, {
      noticeOn: '2026-04-10',
    });
    await world.step(caseworker, cases.reminder, { type: 'request_eviction', on: '2026-04-10' });
    await world.step(caseworker, cases.reminder, {
      type: 'schedule_eviction',
      decidedOn: '2026-04-20',
      evictionDate: EVICTION,
    });

    const due = '2025-12-01' as IsoDate;
    const sentOn = earliestPaymentDemandDate(due, config.calendar);
    const receivedOn = addDays(sentOn, 1);
    const terminatedOn = earliestTerminationDate(receivedOn, config.calendar);
    await open('farReminder', due, false, farCaseworker, farDepartment);
    await demand(cases.farReminder, sentOn, receivedOn, farCaseworker);
    await world.step(farCaseworker, cases.farReminder, { type: 'mark_deadline_passed', on: terminatedOn });
    await world.step(farCaseworker, cases.farReminder, { type: 'terminate', on: terminatedOn });
    await httpAs(api, farCaseworker)
      .post(`/api/v1/cases/${cases.farReminder}/municipality-notice`, { noticeOn: terminatedOn })
      .expect(201);
    await world.step(farCaseworker, cases.farReminder, { type: 'request_eviction', on: terminatedOn });
    await world.step(farCaseworker, cases.farReminder, {
      type: 'schedule_eviction',
      decidedOn: '2026-01-20',
      evictionDate: FAR_EVICTION,
    });
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('reminds 60 business days before an eviction date even when they span more than 90 calendar days', async () => {
    const firstDay = '2026-03-06';
    expect(businessDaysBetween(firstDay as IsoDate, FAR_EVICTION, config.calendar)).toBe(60);
    expect(daysBetween(firstDay as IsoDate, FAR_EVICTION)).toBeGreaterThan(90);
    await sweeper.sweep(at('2026-03-05'));
    expect(await warningsOf(database, cases.farReminder, 'eviction-scheduled-reminder')).toEqual([]);
    await sweeper.sweep(at(firstDay));
    const reminders = await warningsOf(database, cases.farReminder, 'eviction-scheduled-reminder');
    expect(reminders.map((w) => [w.recipient_type, w.occurrence])).toEqual([
      ['housing_organisation', `eviction:${FAR_EVICTION}`],
      ['municipality', `eviction:${FAR_EVICTION}`],
    ]);
  });

  it('raises "deadline passed" only after the holiday-moved payment deadline, and only while unpaid', async () => {
    expect(paymentDeadline(DEMAND.receivedOn as IsoDate, config.calendar)).toBe('2026-04-07');
    for (const day of ['2026-04-03', '2026-04-05', '2026-04-06', '2026-04-07']) {
      await sweeper.sweep(at(day));
      expect(await deadlineWarnings(cases.unpaid)).toEqual([]);
    }
    const result = await sweeper.sweep(at('2026-04-08'));
    // To the municipality under the agreement and to the counselling provider the tenant consented to.
    expect(result.deadlineWarnings).toBe(2);
    const warnings = await deadlineWarnings(cases.unpaid);
    expect(warnings.map((w) => [w.recipient_type, w.recipient_id, w.occurrence])).toEqual([
      ['counselling_provider', provider.id, `demand:${DEMAND.sentOn}`],
      ['municipality', glostrup.id, `demand:${DEMAND.sentOn}`],
    ]);
    // Name and address only for the municipality (no consent); details for the consented provider.
    expect(warnings[1]!.data.details).toBeUndefined();
    expect(warnings[0]!.data.details).toMatchObject({ paymentDeadline: '2026-04-07', balanceOre: 681_400 });
    const outbox = await database.query<{ recipient: string; status: string }>(
      `SELECT o.recipient, o.status FROM outbox o JOIN warning w ON w.id = o.warning_id
        WHERE w.case_id = $1 AND w.rule_code = 'deadline-passed' ORDER BY o.recipient`,
      [cases.unpaid],
    );
    expect(outbox).toEqual([
      { recipient: 'boligvarsler@glostrup.dk', status: 'pending' },
      { recipient: 'raadgivning@gaeld.dk', status: 'pending' },
    ]);
    const inbox = await httpAs(api, advisor).get(`/api/v1/inbox?caseId=${cases.unpaid}`).expect(200);
    const items = inbox.body.items.filter((i: { warning: { rule: string } }) => i.warning.rule === 'deadline-passed');
    expect(items.map((i: { kind: string }) => i.kind)).toEqual(['warning']);

    expect(await deadlineWarnings(cases.paid)).toEqual([]);
    const timeline = await database.query<{ type: string }>(
      `SELECT type FROM case_event WHERE case_id = $1 AND type = 'warning_raised' AND details->>'rule' = 'deadline-passed'`,
      [cases.unpaid],
    );
    expect(timeline).toHaveLength(2);
  });

  it('raises it once per påkrav: a second sweep, a later one, or a caseworker’s earlier record change nothing', async () => {
    const before = await footprint(database);
    expect((await sweeper.sweep(at('2026-04-08'))).deadlineWarnings).toBe(0);
    expect((await sweeper.sweep(at('2026-04-09'))).deadlineWarnings).toBe(0);
    expect((await footprint(database)).warnings).toBe(before.warnings);
    expect(await deadlineWarnings(cases.unpaid)).toHaveLength(2);
    expect(await deadlineWarnings(cases.paid)).toEqual([]);
    // Recorded by the caseworker on 8 April: the sweeper does not add a second one.
    expect((await deadlineWarnings(cases.recorded)).map((w) => w.occurrence)).toEqual([`demand:${DEMAND.sentOn}`]);
  });

  it('raises and escalates once when two sweeps run at the same time', async () => {
    await sweeper.sweep(at('2026-05-18'));
    expect(await deadlineWarnings(cases.concurrent)).toEqual([]);
    // 21 May: the deadline has passed, and the April warnings are due for their second escalation,
    // so both sweeps compete for the same warnings to raise and to escalate.
    const results = await Promise.all([sweeper.sweep(at('2026-05-21')), sweeper.sweep(at('2026-05-21'))]);
    expect(results.reduce((sum, r) => sum + r.deadlineWarnings, 0)).toBe(2);
    expect(results.reduce((sum, r) => sum + r.escalatedToManagers, 0)).toBeGreaterThan(0);
    expect(await deadlineWarnings(cases.concurrent)).toHaveLength(2);
    const [{ outbox, inbox, raised, escalations, distinctEscalations }] = await database.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM outbox o JOIN warning w ON w.id = o.warning_id
                WHERE w.case_id = $1 AND w.rule_code = 'deadline-passed') AS outbox,
              (SELECT count(*)::int FROM inbox_item i JOIN warning w ON w.id = i.warning_id
                WHERE w.case_id = $1 AND w.rule_code = 'deadline-passed') AS inbox,
              (SELECT count(*)::int FROM case_event
                WHERE case_id = $1 AND type = 'warning_raised' AND details->>'rule' = 'deadline-passed') AS raised,
              (SELECT count(*)::int FROM case_event WHERE type = 'warning_escalated') AS escalations,
              (SELECT count(DISTINCT (details->>'warningId', details->>'level'))::int FROM case_event
                WHERE type = 'warning_escalated') AS "distinctEscalations"`,
      [cases.concurrent],
    );
    expect({ outbox, inbox, raised }).toEqual({ outbox: 2, inbox: 1, raised: 2 });
    expect(escalations).toBe(distinctEscalations);
  });

  it('reminds exactly 5 business days before the eviction date, to the municipality and the landlord', async () => {
    expect(businessDaysBetween('2026-06-02' as IsoDate, EVICTION as IsoDate, config.calendar)).toBe(5);
    await sweeper.sweep(at('2026-06-01'));
    expect(await warningsOf(database, cases.reminder, 'eviction-scheduled-reminder')).toEqual([]);
    await sweeper.sweep(at('2026-06-02'));
    const reminders = await warningsOf(database, cases.reminder, 'eviction-scheduled-reminder');
    expect(reminders.map((w) => [w.recipient_type, w.urgency, w.occurrence])).toEqual([
      ['housing_organisation', 'urgent', `eviction:${EVICTION}`],
      ['municipality', 'urgent', `eviction:${EVICTION}`],
    ]);
    // The landlord's own staff see the details; the municipality, without consent, name and address.
    expect(reminders[0]!.data.details).toMatchObject({ evictionDate: EVICTION });
    expect(reminders[1]!.data.details).toBeUndefined();
    const inbox = await httpAs(api, caseworker).get(`/api/v1/inbox?caseId=${cases.reminder}`).expect(200);
    expect(inbox.body.items.map((i: { kind: string; urgency: string }) => [i.kind, i.urgency])).toEqual([
      ['warning', 'urgent'],
    ]);
    const before = await footprint(database);
    expect((await sweeper.sweep(at('2026-06-02'))).deadlineWarnings).toBe(0);
    expect((await sweeper.sweep(at('2026-06-05'))).deadlineWarnings).toBe(0);
    expect((await footprint(database)).warnings).toBe(before.warnings);
  });

  it('reminds again before the new date when the fogedret moves the eviction', async () => {
    const moved = '2026-06-24';
    await world.step(caseworker, cases.reminder, {
      type: 'schedule_eviction',
      decidedOn: '2026-06-05',
      evictionDate: moved,
    });
    expect(businessDaysBetween('2026-06-17' as IsoDate, moved as IsoDate, config.calendar)).toBe(5);
    expect((await sweeper.sweep(at('2026-06-16'))).deadlineWarnings).toBe(0);
    expect((await sweeper.sweep(at('2026-06-17'))).deadlineWarnings).toBe(2);
    const reminders = await warningsOf(database, cases.reminder, 'eviction-scheduled-reminder');
    expect(reminders.map((w) => [w.recipient_type, w.occurrence])).toEqual([
      ['housing_organisation', `eviction:${EVICTION}`],
      ['housing_organisation', `eviction:${moved}`],
      ['municipality', `eviction:${EVICTION}`],
      ['municipality', `eviction:${moved}`],
    ]);
  });
});

import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createWorker } from '../../apps/worker/src/worker.factory.js';
import { addDays, copenhagenDateOf, type IsoDate } from '@app/calendar';
import { caseReference, Role } from '@app/domain';
import {
  clearRedisPrefix,
  createTestDatabase,
  eventually,
  httpAs,
  type ReceivedEmail,
  type SignedInUser,
  signIn,
  SmtpSink,
  testConfig,
  type TestDatabase,
  TestWorld,
  uniqueQueuePrefix,
} from '@app/testing';
import { outboxSettled } from '../support/outbox-settled.js';
import { runPaymentPlanCheck } from '../support/maintenance-job.js';

const PROVIDER_MAILBOX = 'henvisning@gaeldsraadgivning-vest.dk';
const CPR = '0507884321';
const NOTE = 'Lejeren fortalte om sygdom i familien';
const MONTHLY_RENT_ORE = 720_000;
const ARREARS_ORE = 1_440_000;

/**
 * Issue 14's acceptance walk, over HTTP with the real worker, Redis queues and an SMTP sink: the
 * caseworker refers a tenant (refused without consent, sent with it) → the advisor gets the email
 * and the inbox item, accepts, records the first contact, two sessions, the debts and a budget
 * (its ability to pay checked against a hand calculation) → the plan is agreed and the case is
 * `payment_plan_agreed` → two instalments are paid through the ledger, the third is missed → after
 * the grace days the advisor and the caseworker are both told (email and inbox), with permitted
 * data only → the second miss breaks the plan → the caseworker resumes with a new påkrav → a
 * second plan paid in full ends `completed` and closes the case as paid. The sweeper runs as the
 * `payment-plan-check` job with the day given, as the controllable clock.
 */
describe('debt counselling, from referral to a completed payment plan (acceptance walk)', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let api: INestApplication;
  let worker: INestApplicationContext;
  const prefix = uniqueQueuePrefix();
  const today = copenhagenDateOf(new Date());

  let caseworker: SignedInUser;
  let advisor: SignedInUser;
  let otherAdvisor: SignedInUser;
  let manager: SignedInUser;
  let providerId: string;
  let tenantId: string;
  let caseId: string;
  let consentId: string;
  let referralId: string;
  let plan: { id: string; instalmentOre: number; instalments: { dueOn: IsoDate; expectedFrom: IsoDate }[] };

  const as = (user: SignedInUser) => httpAs(api, user);
  const emailsTo = (address: string) => sink.received.filter((e) => e.to.includes(address.toLowerCase()));
  const aboutCase = (emails: ReceivedEmail[]) => emails.filter((e) => e.subject.includes(caseReference(caseId)));
  const caseNow = async () => (await as(caseworker).get(`/api/v1/cases/${caseId}`).expect(200)).body;
  const referralNow = async () => (await as(advisor).get(`/api/v1/referrals/${referralId}`).expect(200)).body;
  const inboxRules = async (user: SignedInUser) =>
    (
      (await as(user).get(`/api/v1/inbox?limit=100&caseId=${caseId}`).expect(200)).body.items as {
        urgency: string;
        warning: { rule: string; data: Record<string, unknown> };
      }[]
    ).map((item) => ({ rule: item.warning.rule, urgency: item.urgency, data: item.warning.data }));

  /** The sweeper's job, as its schedule runs it, for the day given. */
  const sweep = (on: IsoDate) => runPaymentPlanCheck(worker, database, on);

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = await SmtpSink.start();
    const config = testConfig({
      database,
      queue: 'redis',
      prefix,
      smtpUrl: sink.url,
      // Only the jobs the test enqueues run.
      env: { WARNING_SWEEP_EVERY_MS: String(24 * 3600_000), PAYMENT_PLAN_CHECK_CRON: '0 3 29 2 *' },
    });
    api = await createApi(config);
    await api.init();
    worker = await createWorker(config);
    const world = new TestWorld(api);

    const municipality = await world.municipality();
    const { organisation, departments } = await world.organisation({ municipality, name: 'Vestbo' });
    const provider = await world.counsellingProvider({ name: 'Gældsrådgivning Vest', contactEmail: PROVIDER_MAILBOX });
    const elsewhere = await world.counsellingProvider({ name: 'Anden Rådgivning' });
    providerId = provider.id;
    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisation.id });
    advisor = await signIn(api, Role.DebtAdvisor, { counsellingProviderId: provider.id });
    otherAdvisor = await signIn(api, Role.DebtAdvisor, { counsellingProviderId: elsewhere.id });
    manager = await signIn(api, Role.Manager, { housingOrganisationId: organisation.id });
    for (const user of [caseworker, advisor]) {
      await as(user).put('/api/v1/notification-settings/me', { delivery: 'immediate', language: 'da' }).expect(200);
    }

    tenantId = (
      await as(caseworker)
        .post('/api/v1/persons', {
          name: 'Jonas Lejer',
          cpr: CPR,
          address: 'Vestervang 3, st. tv.',
          municipalityId: municipality.id,
        })
        .expect(201)
    ).body.id;
    const tenancyId = (
      await as(caseworker)
        .post('/api/v1/tenancies', {
          departmentId: departments[0]!.id,
          unit: '3-001',
          address: 'Vestervang 3, st. tv.',
          postcode: '8000',
          city: 'Aarhus C',
          monthlyRentOre: MONTHLY_RENT_ORE,
        })
        .expect(201)
    ).body.id;
    await as(caseworker).post(`/api/v1/tenancies/${tenancyId}/tenants`, { personId: tenantId }).expect(201);
    caseId = (
      await as(caseworker)
        .post(`/api/v1/tenancies/${tenancyId}/arrears`, { dueDate: '2026-10-01', amountOre: ARREARS_ORE })
        .expect(201)
    ).body.case.id;
    await outboxSettled(database, worker);
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink?.close();
    await database?.drop();
    await clearRedisPrefix(prefix);
  });

  const referralBody = () => ({
    caseId,
    personId: tenantId,
    counsellingProviderId: providerId,
    serviceLevel: 'full_casework',
  });

  it('refuses a referral without the consent, writing nothing', async () => {
    const refused = await as(caseworker).post('/api/v1/referrals', referralBody());
    expect([refused.status, refused.body.code]).toEqual([409, 'REFERRAL_CONSENT_MISSING']);
    expect(refused.body.message).toBeTruthy();
    expect(await database.query(`SELECT id FROM referral`)).toEqual([]);
    expect(await database.query(`SELECT id FROM warning WHERE rule_code = 'referral-sent'`)).toEqual([]);
  });

  it('refers with the consent in force: the advisor gets the email and the inbox item', async () => {
    consentId = (
      await as(caseworker)
        .post(`/api/v1/persons/${tenantId}/consents`, {
          purpose: 'debt-counselling',
          recipientId: providerId,
          givenAt: new Date(Date.now() - 60_000).toISOString(),
        })
        .expect(201)
    ).body.id;
    const referral = (await as(caseworker).post('/api/v1/referrals', referralBody()).expect(201)).body;
    referralId = referral.id;
    expect([referral.status, referral.serviceLevel]).toEqual(['sent', 'full_casework']);
    await outboxSettled(database, worker);

    await eventually(
      async () => (aboutCase(emailsTo(advisor.user.email)).length > 0 ? true : undefined),
      30_000,
      'the referral email to the advisor',
    );
    expect(aboutCase(emailsTo(PROVIDER_MAILBOX))).toHaveLength(1);
    for (const email of [...aboutCase(emailsTo(advisor.user.email)), ...aboutCase(emailsTo(PROVIDER_MAILBOX))]) {
      expect(email.text).toContain('Jonas Lejer');
      expect(email.text + email.html).not.toContain(CPR.slice(0, 6));
    }
    expect((await inboxRules(advisor)).map((i) => i.rule)).toEqual(['referral-sent']);
    // Another provider's advisor never sees it.
    expect((await as(otherAdvisor).get(`/api/v1/referrals/${referralId}`)).status).toBe(404);
    expect((await as(otherAdvisor).get('/api/v1/referrals').expect(200)).body.items).toEqual([]);
  });

  it('the advisor accepts, records the first contact and two sessions', async () => {
    const accepted = await as(advisor)
      .post(`/api/v1/referrals/${referralId}/accept`, { version: (await referralNow()).version })
      .expect(200);
    expect(accepted.body.status).toBe('accepted');
    const contact = await as(advisor)
      .post(`/api/v1/referrals/${referralId}/first-contact`, { version: accepted.body.version, on: today })
      .expect(200);
    expect([contact.body.status, contact.body.firstContactOn]).toEqual(['in_contact', today]);

    const first = await as(advisor)
      .post(`/api/v1/referrals/${referralId}/sessions`, {
        date: today,
        channel: 'in_person',
        minutes: 75,
        topics: ['rent_arrears', 'debt_overview', 'budget'],
        nextAction: { text: 'Indhente lønsedler', dueDate: addDays(today, 7) },
        note: NOTE,
      })
      .expect(201);
    expect(first.body.firstContactRecorded).toBe(false);
    await as(advisor)
      .post(`/api/v1/referrals/${referralId}/sessions`, {
        date: today,
        channel: 'phone',
        minutes: 20,
        topics: ['creditor_negotiation'],
      })
      .expect(201);
    const sessions = (await as(advisor).get(`/api/v1/referrals/${referralId}/sessions`).expect(200)).body.items;
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s: { note: string | null }) => s.note === NOTE)).toHaveLength(1);
  });

  it('records the debts (rent arrears from the ledger) and a budget whose ability to pay matches a hand calculation', async () => {
    for (const debt of [
      {
        creditor: 'Kviklån ApS',
        kind: 'quick_loans',
        status: 'untouched',
        amountOwedOre: 800_000,
        monthlyPaymentOre: 40_000,
      },
      {
        creditor: 'Vandværket',
        kind: 'utilities',
        status: 'negotiating',
        amountOwedOre: 150_000,
        monthlyPaymentOre: 0,
      },
    ]) {
      await as(advisor).post(`/api/v1/referrals/${referralId}/debts`, debt).expect(201);
    }
    const overview = (await as(advisor).get(`/api/v1/referrals/${referralId}/debts`).expect(200)).body;
    const rent = overview.lines.find((l: { fromLedger: boolean }) => l.fromLedger);
    expect([rent.kind, rent.amountOwedOre, rent.priority]).toEqual(['rent_arrears', ARREARS_ORE, true]);
    // Priority: the rent arrears and the utilities; the quick loan is not.
    expect(overview.priority.amountOwedOre).toBe(ARREARS_ORE + 150_000);
    expect(overview.nonPriority.amountOwedOre).toBe(800_000);

    // By hand, per month: income 9,800 (benefits) + 1,900 (boligstøtte counted as benefits) = 11,700 kr;
    // approved fixed costs 7,200 (rent) + 500 (utilities) = 7,700 kr; transport 300 kr not approved;
    // the standard amount for one adult and a child of 4 (2024 rates): 7,240 + 2,520 = 9,760 kr;
    // ability to pay 11,700 − 7,700 − 9,760 = −5,760 kr; disposable 11,700 − 8,000 − 2,000 = 1,700 kr.
    const budget = await as(advisor)
      .post(`/api/v1/referrals/${referralId}/budgets`, {
        budgetOn: '2024-10-01',
        household: { adults: 1, childBirthDates: ['2020-06-15'] },
        income: [
          { group: 'benefits', amountOre: 980_000 },
          { group: 'benefits', amountOre: 190_000 },
        ],
        fixed: [
          { group: 'rent', amountOre: 720_000, approved: true },
          { group: 'utilities', amountOre: 50_000, approved: true },
          { group: 'transport', amountOre: 30_000, approved: false },
        ],
        flexible: [{ group: 'food', amountOre: 200_000 }],
      })
      .expect(201);
    expect(budget.body.calculation).toMatchObject({
      incomeOre: 1_170_000,
      approvedFixedOre: 770_000,
      standardLivingAmountOre: 976_000,
      abilityToPayOre: -576_000,
      disposableOre: 170_000,
    });
  });

  it('refuses a plan that does not clear the amount and one with its dates out of order, changing nothing', async () => {
    const before = await caseNow();
    const terms = {
      version: before.version,
      amountOre: ARREARS_ORE,
      instalmentOre: 360_000,
      instalmentCount: 4,
      firstDueOn: addDays(today, 3),
      agreedOn: today,
    };
    const short = await as(caseworker).post(`/api/v1/cases/${caseId}/payment-plan`, { ...terms, instalmentCount: 3 });
    expect([short.status, short.body.code]).toEqual([400, 'PAYMENT_PLAN_DOES_NOT_CLEAR']);
    const backwards = await as(caseworker).post(`/api/v1/cases/${caseId}/payment-plan`, {
      ...terms,
      firstDueOn: addDays(today, -1),
    });
    expect([backwards.status, backwards.body.code]).toEqual([400, 'PAYMENT_PLAN_FIRST_DUE_BEFORE_AGREEMENT']);
    const after = await caseNow();
    expect([after.stage, after.version]).toEqual([before.stage, before.version]);
    expect(await database.query(`SELECT id FROM payment_plan`)).toEqual([]);
  });

  it('agrees the plan: the case is payment_plan_agreed, and the advisor reads the plan', async () => {
    const { version } = await caseNow();
    plan = (
      await as(caseworker)
        .post(`/api/v1/cases/${caseId}/payment-plan`, {
          version,
          amountOre: ARREARS_ORE,
          instalmentOre: 360_000,
          instalmentCount: 4,
          firstDueOn: addDays(today, 3),
          agreedOn: today,
        })
        .expect(201)
    ).body;
    expect((await caseNow()).stage).toBe('payment_plan_agreed');
    const read = (await as(advisor).get(`/api/v1/referrals/${referralId}/payment-plan`).expect(200)).body;
    expect([read.id, read.instalments.length]).toEqual([plan.id, 4]);
  });

  it('pays two instalments through the ledger; the third is missed and both the advisor and the caseworker are told', async () => {
    for (let i = 0; i < 2; i++) {
      await as(caseworker)
        .post(`/api/v1/cases/${caseId}/payments`, { amountOre: plan.instalmentOre, paidOn: today })
        .expect(201);
    }
    expect((await caseNow()).balanceOre).toBe(ARREARS_ORE - 2 * plan.instalmentOre);
    const [first, second, third] = plan.instalments.map((i) => i.expectedFrom);
    expect(await sweep(first!)).toMatchObject({ checked: 1, missed: 0 });
    expect(await sweep(second!)).toMatchObject({ checked: 1, missed: 0 });

    const before = sink.received.length;
    const missed = await sweep(third!);
    expect(missed).toMatchObject({ checked: 1, missed: 1, broken: 0 });
    // Running it again, as a second worker or the next schedule would, tells nobody twice.
    expect(await sweep(third!)).toEqual({ checked: 0, missed: 0, broken: 0, completed: 0, warnings: 0 });

    const missedEmails = (address: string) =>
      aboutCase(emailsTo(address)).filter((e) => e.subject.includes('afdrag i afdragsordning ikke betalt'));
    await eventually(
      async () =>
        missedEmails(caseworker.user.email).length > 0 && missedEmails(advisor.user.email).length > 0
          ? true
          : undefined,
      30_000,
      'the missed-instalment emails',
    );
    for (const address of [caseworker.user.email, advisor.user.email]) {
      const [email, ...more] = missedEmails(address);
      expect(more).toEqual([]);
      expect(email!.subject).toMatch(/^HASTER/);
      expect(email!.text).toContain('Afdrag nr.: 3');
      expect(email!.text).toContain('Jonas Lejer');
      for (const body of [email!.text, email!.html]) {
        // Only what the warning may carry: never the CPR, the session note, the budget or the other debts.
        expect(body).not.toContain(CPR.slice(0, 6));
        expect(body).not.toContain(NOTE);
        expect(body).not.toMatch(/Kviklån|Vandværket|betalingsevne/i);
      }
    }
    expect(sink.received.length - before).toBeGreaterThanOrEqual(2);

    for (const user of [caseworker, advisor]) {
      const items = (await inboxRules(user)).filter((i) => i.rule === 'payment-plan-instalment-missed');
      expect(items).toHaveLength(1);
      expect(items[0]!.urgency).toBe('urgent');
      expect(JSON.stringify(items[0]!.data)).not.toContain(NOTE);
    }
    // Managers see none of the counselling (counts come with the statistics).
    expect((await as(manager).get(`/api/v1/referrals/${referralId}/sessions`)).status).toBe(403);
  });

  it('breaks the plan at the second miss; the caseworker resumes with a new påkrav', async () => {
    const result = await sweep(plan.instalments[3]!.expectedFrom);
    expect(result).toMatchObject({ checked: 1, missed: 1, broken: 1 });
    await eventually(
      async () =>
        aboutCase(emailsTo(advisor.user.email)).some((e) => e.subject.includes('afdragsordningen er misligholdt'))
          ? true
          : undefined,
      30_000,
      'the email that the plan broke',
    );
    for (const address of [caseworker.user.email, advisor.user.email]) {
      expect(
        aboutCase(emailsTo(address)).filter((e) => e.subject.includes('afdragsordningen er misligholdt')),
      ).toHaveLength(1);
    }
    const broken = await caseNow();
    expect([broken.stage, broken.balanceOre]).toEqual(['registered', ARREARS_ORE - 2 * plan.instalmentOre]);
    const demand = await as(caseworker)
      .post(`/api/v1/cases/${caseId}/transitions`, {
        version: broken.version,
        type: 'send_payment_demand',
        sentOn: today,
        receivedOn: today,
        deliveryMethod: 'hand_delivered',
        feeOre: 0,
      })
      .expect(200);
    expect(demand.body.stage).toBe('payment_demand_sent');
  });

  it('a second plan paid in full ends completed and closes the case as paid', async () => {
    const { version, balanceOre } = await caseNow();
    const second = (
      await as(caseworker)
        .post(`/api/v1/cases/${caseId}/payment-plan`, {
          version,
          amountOre: balanceOre,
          instalmentOre: balanceOre / 2,
          instalmentCount: 2,
          firstDueOn: addDays(today, 3),
          agreedOn: today,
        })
        .expect(201)
    ).body;
    await as(caseworker).post(`/api/v1/cases/${caseId}/payments`, { amountOre: balanceOre, paidOn: today }).expect(201);
    expect(await sweep(second.instalments[0].expectedFrom)).toMatchObject({ checked: 1, missed: 0, completed: 1 });
    const closed = await caseNow();
    expect([closed.stage, closed.outcome, closed.balanceOre]).toEqual(['closed', 'paid', 0]);
    const ended = (await as(caseworker).get(`/api/v1/cases/${caseId}/payment-plan`).expect(200)).body;
    expect([ended.id, ended.status]).toEqual([second.id, 'completed']);
    // Completing twice is not possible: the next run finds nothing to do.
    expect(await sweep(second.instalments[1].expectedFrom)).toEqual({
      checked: 0,
      missed: 0,
      broken: 0,
      completed: 0,
      warnings: 0,
    });
  });

  it('after the consent is withdrawn the advisor gets 404 at once, on the referral and its casework', async () => {
    await as(caseworker).post(`/api/v1/persons/${tenantId}/consents/${consentId}/withdrawal`).expect(200);
    for (const path of ['', '/sessions', '/debts', '/budgets', '/payment-plan']) {
      const gone = await as(advisor).get(`/api/v1/referrals/${referralId}${path}`);
      expect([path, gone.status, gone.body.code]).toEqual([path, 404, 'REFERRAL_NOT_FOUND']);
    }
    const audited = await database.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_id = $1 AND action = 'referral.close'`,
      [referralId],
    );
    expect(audited).toHaveLength(1);
  });
});

import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createWorker } from '../../apps/worker/src/worker.factory.js';
import { addDays, copenhagenDateOf, type IsoDate } from '@app/calendar';
import { ArrearsCaseService, caseReference, ConsentPurpose, Role } from '@app/domain';
import {
  actorOf,
  clearRedisPrefix,
  createTestDatabase,
  eventually,
  httpAs,
  type SignedInUser,
  signIn,
  SmtpSink,
  testConfig,
  TestWorld,
  type TestDatabase,
  type WorldUser,
  uniqueQueuePrefix,
} from '@app/testing';
import { outboxSettled } from '../support/outbox-settled.js';
import { runPaymentPlanCheck } from '../support/maintenance-job.js';

const PROVIDER_MAILBOX = 'raadgivning@afdrag-hjaelp.dk';
const MUNICIPALITY_MAILBOX = 'boligvarsler@kommune-uden-aftale.dk';
const CPR = '1203861234';

/**
 * Issue 14, item 5, through the real worker: the `payment-plan-check` job on the maintenance queue
 * (the clock given as `{ on }`) finds the missed third instalment of a plan; the landlord's
 * caseworker and the debt advisor of the open referral both get the urgent warning by email (SMTP
 * sink) and in their inbox, with the instalment's facts and nothing more (no CPR); the
 * municipality, without a cooperation agreement that switches it on, gets nothing. The fourth
 * missed instalment breaks the plan, with the same recipients told.
 */
describe('the payment-plan sweeper (worker, redis queues)', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let api: INestApplication;
  let worker: INestApplicationContext;
  const prefix = uniqueQueuePrefix();
  const today = copenhagenDateOf(new Date());

  let caseworker: SignedInUser;
  let advisor: SignedInUser;
  let socialWorker: SignedInUser;
  let admin: SignedInUser;
  let organisationId: string;
  let caseId: string;
  let expectedFrom: IsoDate[];
  let dueOn: IsoDate[];

  const as = (user: SignedInUser) => httpAs(api, user);
  const emailsTo = (address: string) => sink.received.filter((e) => e.to.includes(address.toLowerCase()));
  /** The warnings about the case (the municipality's mailbox also got its registration email). */
  const warningsTo = (address: string) => emailsTo(address).filter((e) => e.subject.includes(caseReference(caseId)));
  /** The sweeper's job, as its schedule runs it, for the day given. */
  const runCheck = (on: IsoDate) => runPaymentPlanCheck(worker, database, on);
  const inboxOf = async (user: SignedInUser) =>
    (await as(user).get(`/api/v1/inbox?limit=50&caseId=${caseId}`).expect(200)).body.items as {
      urgency: string;
      warning: { rule: string; data: { details?: Record<string, unknown>; tenantNames: string[] } };
    }[];

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

    const municipality = await world.municipality({ alertEmail: MUNICIPALITY_MAILBOX });
    const { organisation, departments } = await world.organisation({ municipality, name: 'Afdrag Bolig' });
    const provider = await world.counsellingProvider({ name: 'Gældshjælpen', contactEmail: PROVIDER_MAILBOX });
    organisationId = organisation.id;
    admin = await signIn(api, Role.Administrator);
    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisation.id });
    advisor = await signIn(api, Role.DebtAdvisor, { counsellingProviderId: provider.id });
    socialWorker = await signIn(api, Role.MunicipalSocialWorker, { municipalityId: municipality.id });
    for (const user of [caseworker, advisor, socialWorker]) {
      await as(user).put('/api/v1/notification-settings/me', { delivery: 'immediate', language: 'da' }).expect(200);
    }
    const by: WorldUser = { user: caseworker.user, actor: actorOf(caseworker.user) };
    const tenancy = await world.tenancy(departments[0]!, {
      caseworker: by,
      tenants: [{ name: 'Mette Lejer', cpr: CPR }],
    });
    const worldCase = await world.caseAt('registered', { department: departments[0]!, caseworker: by, tenancy });
    caseId = worldCase.caseId;
    await world.consent(tenancy.tenants[0]!, ConsentPurpose.DebtCounselling, provider.id, { by });
    const referral = (
      await as(caseworker)
        .post('/api/v1/referrals', {
          caseId,
          personId: tenancy.tenants[0]!.id,
          counsellingProviderId: provider.id,
          serviceLevel: 'full_casework',
        })
        .expect(201)
    ).body;
    await as(advisor).post(`/api/v1/referrals/${referral.id}/accept`, { version: referral.version }).expect(200);

    const summary = (await as(caseworker).get(`/api/v1/cases/${caseId}`).expect(200)).body;
    const balanceOre = summary.balanceOre as number;
    const plan = (
      await as(caseworker)
        .post(`/api/v1/cases/${caseId}/payment-plan`, {
          version: summary.version,
          amountOre: balanceOre,
          instalmentOre: Math.ceil(balanceOre / 4),
          instalmentCount: 4,
          firstDueOn: addDays(today, 3),
          agreedOn: today,
        })
        .expect(201)
    ).body;
    expectedFrom = plan.instalments.map((i: { expectedFrom: IsoDate }) => i.expectedFrom);
    dueOn = plan.instalments.map((i: { dueOn: IsoDate }) => i.dueOn);
    // Two instalments paid through the ledger.
    await api
      .get(ArrearsCaseService)
      .recordPayment(by.actor, caseId, { amountOre: 2 * plan.instalmentOre, paidOn: today });
    await outboxSettled(database, worker);
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink?.close();
    await database?.drop();
    await clearRedisPrefix(prefix);
  });

  it("keeps the organisation's grace days and misses before a break: 5 and 2 by default, set by an administrator", async () => {
    const path = `/api/v1/housing-organisations/${organisationId}/payment-plan-settings`;
    expect((await as(caseworker).get(path).expect(200)).body).toEqual({
      housingOrganisationId: organisationId,
      graceDays: 5,
      breakAfterMisses: 2,
    });
    for (const body of [
      { graceDays: 5, breakAfterMisses: 0 },
      { graceDays: 5, breakAfterMisses: 13 },
      { graceDays: 32, breakAfterMisses: 2 },
      { graceDays: 5 },
    ]) {
      const refused = await as(admin).put(path, body);
      expect([refused.status, refused.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect((await as(caseworker).put(path, { graceDays: 3, breakAfterMisses: 3 })).status).toBe(403);
    const set = await as(admin).put(path, { graceDays: 5, breakAfterMisses: 2 }).expect(200);
    expect(set.body).toEqual({ housingOrganisationId: organisationId, graceDays: 5, breakAfterMisses: 2 });
    const missing = await as(admin).put(
      '/api/v1/housing-organisations/00000000-0000-4000-8000-000000000000/payment-plan-settings',
      {
        graceDays: 5,
        breakAfterMisses: 2,
      },
    );
    expect(missing.status).toBe(404);
    const audits = await database.query(
      `SELECT details FROM audit_log WHERE action = 'housing_organisation.payment_plan_settings' AND entity_id = $1`,
      [organisationId],
    );
    expect(audits).toEqual([{ details: { graceDays: 5, breakAfterMisses: 2 } }]);
  });

  it('tells the caseworker and the advisor of the missed third instalment, by email and inbox, with permitted data only', async () => {
    expect(await runCheck(expectedFrom[0]!)).toEqual({ checked: 1, missed: 0, broken: 0, completed: 0, warnings: 0 });
    expect(await runCheck(expectedFrom[1]!)).toMatchObject({ checked: 1, missed: 0 });
    const before = sink.received.length;
    expect(await runCheck(expectedFrom[2]!)).toEqual({ checked: 1, missed: 1, broken: 0, completed: 0, warnings: 2 });
    await eventually(async () => (sink.received.length - before >= 3 ? true : undefined), 30_000, 'the emails');

    const reference = caseReference(caseId);
    const toCaseworker = emailsTo(caseworker.user.email).filter((e) => e.subject.includes('afdrag'));
    const toProvider = emailsTo(PROVIDER_MAILBOX).filter((e) => e.subject.includes('afdrag'));
    const toAdvisor = emailsTo(advisor.user.email).filter((e) => e.subject.includes('afdrag'));
    for (const emails of [toCaseworker, toProvider, toAdvisor]) {
      expect(emails.map((e) => e.subject)).toEqual([
        `HASTER: Varsel om risiko for udsættelse – afdrag i afdragsordning ikke betalt (${reference})`,
      ]);
      const [email] = emails;
      expect(email!.text).toContain('Afdrag nr.: 3');
      expect(email!.text).toContain('Bagud i forhold til afdragsordningen: ');
      expect(email!.text).toContain('Lejer(e): Mette Lejer');
      for (const body of [email!.text, email!.html]) {
        expect(body).not.toContain(CPR.slice(0, 6));
        expect(body).not.toMatch(/note|notat/i);
      }
    }
    expect(toProvider[0]!.text).toContain('om afdragsordningen');
    // No agreement switches the warning on: the municipality hears nothing.
    expect(warningsTo(MUNICIPALITY_MAILBOX)).toEqual([]);
    expect(emailsTo(socialWorker.user.email)).toEqual([]);
    expect(sink.received.length - before).toBe(3);

    for (const user of [caseworker, advisor]) {
      const items = await inboxOf(user);
      const missed = items.filter((i) => i.warning.rule === 'payment-plan-instalment-missed');
      expect(missed).toHaveLength(1);
      expect(missed[0]!.urgency).toBe('urgent');
      expect(missed[0]!.warning.data.tenantNames).toEqual(['Mette Lejer']);
      expect(missed[0]!.warning.data.details).toEqual({
        instalmentNumber: 3,
        instalmentDueOn: dueOn[2],
        behindByOre: expect.any(Number),
      });
    }
    expect((await as(socialWorker).get('/api/v1/inbox?limit=50').expect(200)).body.items).toEqual([]);

    // The same day again: nothing new.
    expect(await runCheck(expectedFrom[2]!)).toEqual({ checked: 0, missed: 0, broken: 0, completed: 0, warnings: 0 });
    expect(sink.received.length - before).toBe(3);
  });

  it('breaks the plan at the second miss and tells the same recipients', async () => {
    expect(await runCheck(expectedFrom[3]!)).toEqual({ checked: 1, missed: 1, broken: 1, completed: 0, warnings: 4 });
    await eventually(
      async () =>
        emailsTo(PROVIDER_MAILBOX).some((e) => e.subject.includes('afdragsordningen er misligholdt'))
          ? true
          : undefined,
      30_000,
      'the email that the plan broke',
    );
    for (const address of [caseworker.user.email, PROVIDER_MAILBOX, advisor.user.email]) {
      expect(emailsTo(address).filter((e) => e.subject.includes('afdragsordningen er misligholdt'))).toHaveLength(1);
    }
    expect(warningsTo(MUNICIPALITY_MAILBOX)).toEqual([]);
    const view = (await as(caseworker).get(`/api/v1/cases/${caseId}`).expect(200)).body;
    expect(view.stage).toBe('registered');
    const plan = (await as(caseworker).get(`/api/v1/cases/${caseId}/payment-plan`).expect(200)).body;
    expect([plan.status, plan.brokenOn]).toEqual(['broken', expectedFrom[3]]);
    for (const user of [caseworker, advisor]) {
      expect((await inboxOf(user)).filter((i) => i.warning.rule === 'payment-plan-broken')).toHaveLength(1);
    }
  });
});

import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createWorker } from '../../apps/worker/src/worker.factory.js';
import { addDays, copenhagenDateOf } from '@app/calendar';
import { caseReference, referralAnswerBy, ReferralService, Role, WarningSweeper } from '@app/domain';
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
  uniqueQueuePrefix,
} from '@app/testing';
import { outboxSettled } from '../support/outbox-settled.js';

const PROVIDER_MAILBOX = 'raadgivning@gaeldshjaelp.dk';
const OTHER_PROVIDER_MAILBOX = 'kontakt@andenraadgivning.dk';
const ADDRESS = 'Strandvej 17, 1. th., 2650 Hvidovre';

/**
 * Issue 14, item 1: a caseworker refers a tenant to debt counselling on the tenant's consent; the
 * provider's advisors get it in their inbox and by email (through the outbox, worker and a real
 * SMTP server), answer it, record the first contact and close it. Without consent nothing is
 * written; after a withdrawal the advisor gets 404 at once; another provider never sees it.
 */
describe('referrals to debt counselling (redis queues)', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let api: INestApplication;
  let worker: INestApplicationContext;
  const prefix = uniqueQueuePrefix();

  let caseworker: SignedInUser;
  let socialWorker: SignedInUser;
  let debtAdvisor: SignedInUser;
  let otherAdvisor: SignedInUser;
  let manager: SignedInUser;
  let admin: SignedInUser;
  let provider: { id: string };
  let otherProvider: { id: string };
  let tenantId: string;
  let caseId: string;
  let consentId: string;
  let referralId: string;
  const today = copenhagenDateOf(new Date());

  const as = (user: SignedInUser) => httpAs(api, user);
  const emailsTo = (address: string) => sink.received.filter((e) => e.to.includes(address));
  const refer = (user = caseworker, body: object = {}) =>
    as(user).post('/api/v1/referrals', {
      caseId,
      personId: tenantId,
      counsellingProviderId: provider.id,
      serviceLevel: 'light_casework',
      ...body,
    });
  const version = async (id: string, user = debtAdvisor) =>
    (await as(user).get(`/api/v1/referrals/${id}`).expect(200)).body.version as number;

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = await SmtpSink.start();
    const config = testConfig({
      database,
      queue: 'redis',
      prefix,
      smtpUrl: sink.url,
      env: { WARNING_SWEEP_EVERY_MS: String(24 * 3600_000) },
    });
    api = await createApi(config);
    await api.init();
    worker = await createWorker(config);
    admin = await signIn(api, Role.Administrator);
    const municipality = (
      await as(admin)
        .post('/api/v1/municipalities', { code: '167', name: 'Hvidovre', alertEmail: 'boligvarsler@hvidovre.dk' })
        .expect(201)
    ).body;
    const organisation = (await as(admin).post('/api/v1/housing-organisations', { name: 'Hvidovre Bolig' }).expect(201))
      .body;
    const departmentId = (
      await as(admin)
        .post('/api/v1/departments', {
          housingOrganisationId: organisation.id,
          municipalityId: municipality.id,
          number: '4',
          name: 'Strandparken',
          address: 'Strandvej 1-99, 2650 Hvidovre',
        })
        .expect(201)
    ).body.id;
    provider = (
      await as(admin)
        .post('/api/v1/counselling-providers', { name: 'Gældsrådgivningen', contactEmail: PROVIDER_MAILBOX })
        .expect(201)
    ).body;
    otherProvider = (
      await as(admin)
        .post('/api/v1/counselling-providers', { name: 'Anden Rådgivning', contactEmail: OTHER_PROVIDER_MAILBOX })
        .expect(201)
    ).body;
    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisation.id });
    socialWorker = await signIn(api, Role.MunicipalSocialWorker, { municipalityId: municipality.id });
    debtAdvisor = await signIn(api, Role.DebtAdvisor, { counsellingProviderId: provider.id });
    otherAdvisor = await signIn(api, Role.DebtAdvisor, { counsellingProviderId: otherProvider.id });
    manager = await signIn(api, Role.Manager, { housingOrganisationId: organisation.id });

    tenantId = (
      await as(caseworker)
        .post('/api/v1/persons', {
          name: 'Mette Lejer',
          cpr: '1203861234',
          address: 'Strandvej 17, 1. th.',
          municipalityId: municipality.id,
        })
        .expect(201)
    ).body.id;
    const tenancyId = (
      await as(caseworker)
        .post('/api/v1/tenancies', {
          departmentId,
          unit: '4-017',
          address: 'Strandvej 17, 1. th.',
          postcode: '2650',
          city: 'Hvidovre',
          monthlyRentOre: 650_000,
        })
        .expect(201)
    ).body.id;
    await as(caseworker).post(`/api/v1/tenancies/${tenancyId}/tenants`, { personId: tenantId }).expect(201);
    caseId = (
      await as(caseworker)
        .post(`/api/v1/tenancies/${tenancyId}/arrears`, { dueDate: '2026-09-01', amountOre: 650_000 })
        .expect(201)
    ).body.case.id;
    await outboxSettled(database, worker);
  }, 90_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink?.close();
    await database?.drop();
    await clearRedisPrefix(prefix);
  });

  it('keeps a referral setting per provider: 3 business days by default, set by an administrator', async () => {
    const path = `/api/v1/counselling-providers/${provider.id}/referral-settings`;
    expect((await as(debtAdvisor).get(path).expect(200)).body).toEqual({
      counsellingProviderId: provider.id,
      answerBusinessDays: 3,
    });
    expect((await as(admin).put(path, { answerBusinessDays: 31 })).body.code).toBe('VALIDATION_FAILED');
    expect((await as(debtAdvisor).put(path, { answerBusinessDays: 5 })).status).toBe(403);
    const set = await as(admin).put(`/api/v1/counselling-providers/${otherProvider.id}/referral-settings`, {
      answerBusinessDays: 5,
    });
    expect([set.status, set.body.answerBusinessDays]).toEqual([200, 5]);
    expect((await as(debtAdvisor).get(path).expect(200)).body.answerBusinessDays).toBe(3);
    const unknown = await as(admin).put(
      '/api/v1/counselling-providers/00000000-0000-4000-8000-000000000000/referral-settings',
      { answerBusinessDays: 5 },
    );
    expect([unknown.status, unknown.body.code]).toEqual([404, 'COUNSELLING_PROVIDER_NOT_FOUND']);
  });

  it('refuses a referral without a consent in force: stable code, no row, no warning, no email', async () => {
    const response = await refer();
    expect([response.status, response.body.code]).toEqual([409, 'REFERRAL_CONSENT_MISSING']);
    expect(response.body.message).toContain('samtykke');
    // A consent to another provider does not count for this one.
    await as(caseworker)
      .post(`/api/v1/persons/${tenantId}/consents`, {
        purpose: 'debt-counselling',
        recipientId: otherProvider.id,
        givenAt: new Date(Date.now() - 60_000).toISOString(),
      })
      .expect(201);
    expect((await refer()).body.code).toBe('REFERRAL_CONSENT_MISSING');
    expect(await database.query(`SELECT id FROM referral`)).toEqual([]);
    expect(await database.query(`SELECT id FROM warning WHERE rule_code = 'referral-sent'`)).toEqual([]);
    await outboxSettled(database, worker);
    expect(emailsTo(PROVIDER_MAILBOX)).toEqual([]);
    // Nobody else refers, and nobody refers to a case out of scope.
    expect((await refer(manager)).status).toBe(403);
    expect((await refer(debtAdvisor)).status).toBe(403);
  });

  it('refers on the consent: once for a repeated Idempotency-Key, to the advisors by email and inbox, name and address only', async () => {
    consentId = (
      await as(caseworker)
        .post(`/api/v1/persons/${tenantId}/consents`, {
          purpose: 'debt-counselling',
          recipientId: provider.id,
          givenAt: new Date(Date.now() - 60_000).toISOString(),
        })
        .expect(201)
    ).body.id;
    const body = { caseId, personId: tenantId, counsellingProviderId: provider.id, serviceLevel: 'light_casework' };
    const first = await as(caseworker).post('/api/v1/referrals', body).set('Idempotency-Key', 'referral-0001');
    expect([first.status, first.body.code]).toEqual([201, undefined]);
    const again = await as(caseworker).post('/api/v1/referrals', body).set('Idempotency-Key', 'referral-0001');
    expect([again.status, again.headers['idempotent-replayed'], again.body.id]).toEqual([201, 'true', first.body.id]);
    referralId = first.body.id;
    expect(first.body).toMatchObject({
      caseId,
      personId: tenantId,
      personName: 'Mette Lejer',
      address: ADDRESS,
      counsellingProvider: { id: provider.id, name: 'Gældsrådgivningen' },
      serviceLevel: 'light_casework',
      status: 'sent',
      sentOn: today,
      acceptedOn: null,
      outcome: null,
      version: 1,
    });
    expect(await database.query(`SELECT id FROM referral`)).toEqual([{ id: referralId }]);
    const [warning] = await database.query<{ acknowledge_by: string }>(
      `SELECT acknowledge_by::text FROM warning WHERE id = $1`,
      [first.body.warningId],
    );
    expect(warning!.acknowledge_by).toBe(referralAnswerBy(today, 3));

    const [email] = await eventually(async () => {
      const found = emailsTo(PROVIDER_MAILBOX);
      return found.length > 0 ? found : undefined;
    }, 30_000);
    await outboxSettled(database, worker);
    expect(emailsTo(PROVIDER_MAILBOX)).toHaveLength(1);
    const reference = caseReference(caseId);
    expect(email!.subject).toBe(`Varsel om risiko for udsættelse – henvisning til gældsrådgivning (${reference})`);
    expect(email!.text).toContain('Hvidovre Bolig har d. ');
    expect(email!.text).toContain('henvist lejeren nedenfor til gældsrådgivning hos jer.');
    const dataLines = email!.text.split('\n').filter((line) => /^(Lejer\(e\)|Adresse|Sagsnummer):/.test(line));
    expect(dataLines).toEqual(['Lejer(e): Mette Lejer', `Adresse: ${ADDRESS}`, `Sagsnummer: ${reference}`]);
    for (const e of [email!.text, email!.html]) {
      expect(e).not.toMatch(/kr\.|DKK|Restance:|120386/);
    }
    // The other provider hears nothing.
    expect(emailsTo(OTHER_PROVIDER_MAILBOX)).toEqual([]);

    const inbox = (await as(debtAdvisor).get('/api/v1/inbox?limit=50').expect(200)).body.items as {
      warning: { id: string; rule: string; data: Record<string, unknown> };
    }[];
    expect(inbox.map((i) => i.warning.rule)).toEqual(['referral-sent']);
    expect(inbox[0]!.warning.id).toBe(first.body.warningId);
    expect(inbox[0]!.warning.data).toMatchObject({ tenantNames: ['Mette Lejer'], address: ADDRESS });
    expect(inbox[0]!.warning.data.details).toBeUndefined();
    expect((await as(otherAdvisor).get('/api/v1/inbox?limit=50').expect(200)).body.items).toEqual([]);
  });

  it('shows the referral to its provider and the referrer only; an advisor of another provider gets 404', async () => {
    expect((await as(otherAdvisor).get(`/api/v1/referrals/${referralId}`)).status).toBe(404);
    expect((await as(otherAdvisor).get('/api/v1/referrals').expect(200)).body.items).toEqual([]);
    expect((await as(otherAdvisor).post(`/api/v1/referrals/${referralId}/accept`, { version: 1 })).status).toBe(404);
    // The municipality did not make it.
    expect((await as(socialWorker).get(`/api/v1/referrals/${referralId}`)).status).toBe(404);
    expect((await as(manager).get(`/api/v1/referrals/${referralId}`)).status).toBe(403);
    const list = (await as(debtAdvisor).get('/api/v1/referrals').expect(200)).body.items;
    expect(list.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([[referralId, 'sent']]);
    const reads = await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log
        WHERE action = 'referral.read' AND entity_id = $1 AND actor_id = $2 AND person_id = $3`,
      [referralId, debtAdvisor.user.id, tenantId],
    );
    expect(reads[0]!.n).toBe(1);
  });

  it('walks accepted → first contact → closed, refusing a stale version and dates out of order', async () => {
    const stale = await as(debtAdvisor).post(`/api/v1/referrals/${referralId}/accept`, { version: 7 });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
    const early = await as(debtAdvisor).post(`/api/v1/referrals/${referralId}/first-contact`, {
      version: 1,
      on: today,
    });
    expect([early.status, early.body.code]).toEqual([409, 'REFERRAL_STATE_INVALID']);

    const accepted = await as(debtAdvisor).post(`/api/v1/referrals/${referralId}/accept`, { version: 1 });
    expect([accepted.status, accepted.body.status, accepted.body.acceptedOn]).toEqual([200, 'accepted', today]);
    // Answering is acknowledging: the warning will not escalate.
    const [warning] = await database.query<{ acknowledged_at: Date | null; acknowledged_by: string }>(
      `SELECT acknowledged_at, acknowledged_by FROM warning WHERE id = $1`,
      [accepted.body.warningId],
    );
    expect(warning!.acknowledged_at).not.toBeNull();
    expect(warning!.acknowledged_by).toBe(debtAdvisor.user.id);
    expect(
      (await as(debtAdvisor).post(`/api/v1/referrals/${referralId}/decline`, { version: 2, reason: 'x' })).body.code,
    ).toBe('REFERRAL_STATE_INVALID');

    const future = await as(debtAdvisor).post(`/api/v1/referrals/${referralId}/first-contact`, {
      version: 2,
      on: addDays(today, 1),
    });
    expect([future.status, future.body.code]).toEqual([400, 'REFERRAL_DATE_IN_FUTURE']);
    const before = await as(debtAdvisor).post(`/api/v1/referrals/${referralId}/first-contact`, {
      version: 2,
      on: addDays(today, -1),
    });
    expect([before.status, before.body.code]).toEqual([400, 'REFERRAL_DATE_BEFORE_ACCEPTANCE']);
    const tooSoon = await as(debtAdvisor).post(`/api/v1/referrals/${referralId}/close`, {
      version: 2,
      outcome: 'plan_agreed',
    });
    expect([tooSoon.status, tooSoon.body.code]).toEqual([409, 'REFERRAL_FIRST_CONTACT_MISSING']);
    expect(await version(referralId)).toBe(2);

    const contact = await as(debtAdvisor).post(`/api/v1/referrals/${referralId}/first-contact`, {
      version: 2,
      on: today,
    });
    expect([contact.status, contact.body.status, contact.body.firstContactOn]).toEqual([200, 'in_contact', today]);
    const closed = await as(debtAdvisor).post(`/api/v1/referrals/${referralId}/close`, {
      version: 3,
      outcome: 'plan_agreed',
    });
    expect([closed.status, closed.body.status, closed.body.outcome, closed.body.version]).toEqual([
      200,
      'closed',
      'plan_agreed',
      4,
    ]);
    // The referrer sees the state; the advisor's steps are audited.
    const seen = (await as(caseworker).get(`/api/v1/referrals/${referralId}`).expect(200)).body;
    expect([seen.status, seen.outcome, seen.closedOn]).toEqual(['closed', 'plan_agreed', today]);
    const actions = await database.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_id = $1 AND action <> 'referral.read' ORDER BY id`,
      [referralId],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'referral.create',
      'referral.accept',
      'referral.first_contact',
      'referral.close',
    ]);
  });

  it('reminds the provider once when an accepted referral has no first contact in time; the first contact answers it', async () => {
    const referral = (await refer().expect(201)).body;
    await as(debtAdvisor).post(`/api/v1/referrals/${referral.id}/accept`, { version: 1 }).expect(200);
    await outboxSettled(database, worker);
    const before = emailsTo(PROVIDER_MAILBOX).length;
    const reminders = worker.get(ReferralService);
    // Within the provider's 3 business days of the acceptance: nothing yet.
    expect(await reminders.remindOverdueFirstContacts(new Date())).toBe(0);
    const later = new Date(Date.now() + 10 * 24 * 3600_000);
    const [first, second] = await Promise.all([
      reminders.remindOverdueFirstContacts(later),
      reminders.remindOverdueFirstContacts(later),
    ]);
    expect(first + second).toBe(1);
    expect(await reminders.remindOverdueFirstContacts(later)).toBe(0);
    const overdue = (await as(debtAdvisor).get(`/api/v1/referrals/${referral.id}`).expect(200)).body;
    expect(overdue.firstContactOverdue).toBe(false); // not yet by today's date: the reminder ran "later"
    await outboxSettled(database, worker);
    const emails = emailsTo(PROVIDER_MAILBOX).slice(before);
    expect(emails.map((e) => e.subject)).toEqual([
      `Varsel om risiko for udsættelse – ingen første kontakt efter henvisning (${caseReference(caseId)})`,
    ]);
    expect(emails[0]!.text).toContain('Lejer(e): Mette Lejer');
    expect(emails[0]!.text).not.toMatch(/kr\.|Restance:|120386/);
    const [reminder] = await database.query<{ id: string; acknowledged_at: Date | null }>(
      `SELECT id, acknowledged_at FROM warning WHERE rule_code = 'referral-first-contact-overdue'`,
    );
    expect(reminder!.acknowledged_at).toBeNull();
    const inbox = (await as(debtAdvisor).get('/api/v1/inbox?limit=50').expect(200)).body.items as {
      warning: { id: string; rule: string };
    }[];
    expect(inbox.map((i) => i.warning.rule)).toContain('referral-first-contact-overdue');

    await as(debtAdvisor).post(`/api/v1/referrals/${referral.id}/first-contact`, { version: 2, on: today }).expect(200);
    const [answered] = await database.query<{ acknowledged_at: Date | null }>(
      `SELECT acknowledged_at FROM warning WHERE id = $1`,
      [reminder!.id],
    );
    expect(answered!.acknowledged_at).not.toBeNull();
    await as(debtAdvisor)
      .post(`/api/v1/referrals/${referral.id}/close`, { version: 3, outcome: 'referred_on' })
      .expect(200);
  });

  it('escalates an unanswered referral; a withdrawn consent closes it and the advisor gets 404 at once', async () => {
    const second = await refer(caseworker, { serviceLevel: 'quick_advice' });
    expect([second.status, second.body.code]).toEqual([201, undefined]);
    await outboxSettled(database, worker);
    const before = emailsTo(PROVIDER_MAILBOX).length;
    // Nobody answers within the provider's 3 business days: the sweeper tells the provider (no team
    // lead registered: its mailbox).
    const later = new Date(Date.now() + 10 * 24 * 3600_000);
    const swept = await worker.get(WarningSweeper).sweep(later);
    expect(swept.escalatedToLeads).toBe(1);
    await outboxSettled(database, worker);
    const escalations = emailsTo(PROVIDER_MAILBOX).slice(before) as ReceivedEmail[];
    expect(escalations).toHaveLength(1);
    expect(escalations[0]!.text).not.toContain('Mette Lejer');
    expect((await worker.get(WarningSweeper).sweep(later)).escalatedToLeads).toBe(0);

    expect((await as(debtAdvisor).get(`/api/v1/referrals/${second.body.id}`)).status).toBe(200);
    await as(caseworker).post(`/api/v1/persons/${tenantId}/consents/${consentId}/withdrawal`).expect(200);
    const gone = await as(debtAdvisor).get(`/api/v1/referrals/${second.body.id}`);
    expect([gone.status, gone.body.code]).toEqual([404, 'REFERRAL_NOT_FOUND']);
    expect((await as(debtAdvisor).get(`/api/v1/referrals/${referralId}`)).status).toBe(404);
    expect((await as(debtAdvisor).get('/api/v1/referrals').expect(200)).body.items).toEqual([]);
    expect((await as(debtAdvisor).post(`/api/v1/referrals/${second.body.id}/accept`, { version: 1 })).status).toBe(404);

    const closed = (await as(caseworker).get(`/api/v1/referrals/${second.body.id}`).expect(200)).body;
    expect([closed.status, closed.outcome, closed.closedOn]).toEqual(['closed', 'consent_withdrawn', today]);
    const [warning] = await database.query<{ data: { tenantNames: string[]; address: string } }>(
      `SELECT data FROM warning WHERE id = $1`,
      [second.body.warningId],
    );
    expect(warning!.data).toMatchObject({ tenantNames: [], address: '' });
    const audit = await database.query<{ actor_id: string; details: { outcome: string } }>(
      `SELECT actor_id, details FROM audit_log WHERE action = 'referral.close' AND entity_id = $1`,
      [second.body.id],
    );
    expect(audit).toEqual([{ actor_id: caseworker.user.id, details: { outcome: 'consent_withdrawn', consentId } }]);
    // Without the consent a new referral is refused again.
    expect((await refer()).body.code).toBe('REFERRAL_CONSENT_MISSING');
  });
});

import type request from 'supertest';
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
import { formatLegalDate } from '@app/common';
import { caseReference, Role, VOLUNTARY_WARNINGS, WarningSweeper } from '@app/domain';
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
  type TestConfigOptions,
  type TestDatabase,
  uniqueQueuePrefix,
} from '@app/testing';
import { outboxSettled } from '../support/outbox-settled.js';

// Rent due Tuesday 1 September 2026: every date of the walk is in the past when the suite runs.
const DUE = '2026-09-01' as IsoDate;
const DEMAND_ON = earliestPaymentDemandDate(DUE);
const RECEIVED_ON = addDays(DEMAND_ON, 1);
const DEADLINE = paymentDeadline(RECEIVED_ON);
const TERMINATE_ON = earliestTerminationDate(RECEIVED_ON);
const FILED_ON = addDays(TERMINATE_ON, 3);

const MAILBOX = 'boligvarsler@hvidovre.dk';
const OTHER_MAILBOX = 'boligvarsler@brondby.dk';
const PROVIDER_MAILBOX = 'raadgivning@gaeldshjaelp.dk';
const PROBATION_MAILBOX = 'kontakt@kriminalforsorgen.dk';
const ADDRESS = 'Strandvej 17, 1. th., 2650 Hvidovre';

type Rule = 'arrears-registered' | 'payment-demand-sent' | 'deadline-passed' | 'terminated';
const LABELS: Record<Rule, { da: string; en: string }> = {
  'arrears-registered': { da: 'huslejerestance registreret', en: 'rent arrears registered' },
  'payment-demand-sent': { da: 'påkrav sendt', en: 'payment demand (påkrav) sent' },
  'deadline-passed': { da: 'betalingsfristen er overskredet', en: 'payment deadline passed' },
  terminated: { da: 'lejemålet er ophævet', en: 'tenancy terminated' },
};

interface InboxItem {
  id: string;
  kind: string;
  urgency: string;
  readAt: string | null;
  caseId: string | null;
  warning: {
    id: string;
    rule: string;
    recipientType: string;
    acknowledgedAt: string | null;
    acknowledgementComment: string | null;
    data: Record<string, unknown> | null;
  };
}

interface CaseWarning {
  id: string;
  rule: string;
  recipientType: string;
  recipientName: string;
  urgency: string;
  state: string;
  firstReadAt: string | null;
  acknowledgedAt: string | null;
  acknowledgementComment: string | null;
  deliveries: { id: string; recipient: string; status: string; template: string }[];
}

/**
 * Issue 5 acceptance: a case walked from arrears to the eviction request, with exactly the early
 * warnings the rules give — who is emailed, in which language, who finds what in the inbox, and
 * which data each recipient may see — through the real API, worker, Redis queues and SMTP.
 */
describe('early warnings along an arrears case (redis queues)', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let api: INestApplication;
  let worker: INestApplicationContext | undefined;
  let config: ReturnType<typeof testConfig>;
  const prefix = uniqueQueuePrefix();

  let admin: SignedInUser;
  let caseworker: SignedInUser;
  let otherCaseworker: SignedInUser;
  let socialWorker: SignedInUser; // immediate email copies, in English
  let colleague: SignedInUser; // inbox only
  let foreignSocialWorker: SignedInUser; // another municipality
  let debtAdvisor: SignedInUser;
  let probationOfficer: SignedInUser;
  let manager: SignedInUser;
  let municipality: { id: string };
  let organisation: { id: string };
  let provider: { id: string };
  let tenantId: string;
  let otherDepartmentId: string;
  let departmentId: string;
  let tenancyId: string;
  let caseId: string;
  let reference: string;
  let caseState: { version: number; balanceOre: number; monthsInArrears: number };

  const as = (user: SignedInUser) => httpAs(api, user);
  /**
   * The next `count` emails, once the relay and the queue are done with every outbox row: an
   * extra email would have arrived by then (no sleep that a slow worker could outlast).
   */
  let seen = 0;
  async function nextEmails(count: number): Promise<ReceivedEmail[]> {
    await sink.waitFor(seen + count);
    await outboxSettled(database, worker!);
    const fresh = sink.received.slice(seen);
    seen = sink.received.length;
    expect(fresh.map((e) => `${e.to.join(',')} ${e.subject}`)).toHaveLength(count);
    return fresh.sort((a, b) => a.to[0]!.localeCompare(b.to[0]!));
  }
  async function noEmails(): Promise<void> {
    await outboxSettled(database, worker!);
    const fresh = sink.received.slice(seen);
    seen = sink.received.length;
    expect(fresh.map((e) => e.subject)).toEqual([]);
  }

  async function inbox(user: SignedInUser, query = ''): Promise<InboxItem[]> {
    const response = await as(user).get(`/api/v1/inbox?limit=200${query}`);
    expect([response.status, response.body.code]).toEqual([200, undefined]);
    return response.body.items;
  }

  async function caseWarnings(user: SignedInUser, id = caseId): Promise<CaseWarning[]> {
    const response = await as(user).get(`/api/v1/cases/${id}/warnings`);
    expect([response.status, response.body.code]).toEqual([200, undefined]);
    return response.body;
  }

  async function transition(body: object, id = caseId, user = caseworker) {
    const version = (await as(user).get(`/api/v1/cases/${id}`).expect(200)).body.version;
    const response = await as(user).post(`/api/v1/cases/${id}/transitions`, { version, ...body });
    expect([response.status, response.body.code]).toEqual([200, undefined]);
    return response.body;
  }

  /** The outbox row (and its warning) an email was sent for, found by its X-Notification-Id. */
  async function outboxOf(email: ReceivedEmail) {
    const [row] = await database.query<{
      id: string;
      warning_id: string;
      recipient: string;
      locale: string;
      rule_code: string;
      recipient_type: string;
      case_id: string;
    }>(
      `SELECT o.id, o.warning_id, o.recipient, o.payload->>'locale' AS locale, w.rule_code, w.recipient_type, w.case_id
         FROM outbox o JOIN warning w ON w.id = o.warning_id WHERE o.id = $1`,
      [email.notificationId],
    );
    expect(row).toBeDefined();
    expect(email.messageId).toBe(`<${row!.id}@udsaettelse.local>`);
    return row!;
  }

  /** The one link of a warning email: its warning's page, under the public address, with the catalogue's words. */
  async function expectWarningLink(email: ReceivedEmail): Promise<string> {
    const { warning_id: warningId, locale } = await outboxOf(email);
    const page = `${config.warnings.publicUrl}/inbox/warnings/${warningId}`;
    expect(email.text.match(/https?:\/\/\S+/g)).toEqual([page]);
    expect(email.html.match(/<a\s[^>]*>/g)).toEqual([`<a href="${page}">`]);
    expect(email.text).toContain(locale === 'da' ? 'Se ' : 'View ');
    return page;
  }

  /** Lines of the body that carry data from the case: the only ones a recipient without consent gets. */
  const dataLines = (text: string) =>
    text
      .split('\n')
      .filter((line) => /^(Lejer\(e\)|Adresse|Sagsnummer|Tenant\(s\)|Address|Case reference):/.test(line));
  const NO_DETAILS = [
    /kr\.|DKK|\d\.\d{3},\d\d|\d,\d{3}\.\d\d/,
    /Restance:|Arrears:|måneder i restance|Months in arrears/i,
    /Betalingsfrist:|Payment deadline:|Lejemålet ophævet:|Tenancy terminated on:/,
    /Børn under 18 år i husstanden:|Children under 18 in the household:/,
    /120386/,
  ];

  /**
   * One voluntary warning step with children in the household: the municipality's mailbox (da)
   * and the social worker who asked for copies (en) get name and address only; the debt
   * counselling provider, whom the tenant consented to, gets the details too. All urgent.
   */
  async function expectWarningEmails(rule: Rule, details: string[], extra: ReceivedEmail[] = []): Promise<void> {
    const emails = extra.length > 0 ? extra : await nextEmails(3);
    expect(emails.map((e) => e.to).sort()).toEqual([[MAILBOX], [PROVIDER_MAILBOX], [socialWorker.user.email]].sort());
    const to = (address: string) => emails.find((e) => e.to[0] === address)!;
    const [mailbox, providerEmail, copy] = [to(MAILBOX), to(PROVIDER_MAILBOX), to(socialWorker.user.email)];

    expect(mailbox.subject).toBe(`HASTER: Varsel om risiko for udsættelse – ${LABELS[rule].da} (${reference})`);
    expect(providerEmail.subject).toBe(mailbox.subject);
    expect(copy.subject).toBe(`URGENT: Warning of eviction risk – ${LABELS[rule].en} (${reference})`);
    // Issue 13: every warning email links to the warning's page in the web application, and to nothing else.
    for (const email of emails) await expectWarningLink(email);
    // Issue 12, item 3: the provider was told on the tenant's consent, in its own role.
    expect(providerEmail.text).not.toMatch(/§ 5 a|kommunen straks|aftalte grænse/);
    expect(providerEmail.text).toContain('Lejeren har givet samtykke til, at vi orienterer jer.');
    expect(mailbox.text).toMatch(/^Til Hvidovre Kommune\n/);
    expect(copy.text).toMatch(/^To Hvidovre Kommune\n/);
    expect(providerEmail.text).toMatch(/^Til Gældsrådgivningen\n/);

    for (const email of [mailbox, copy]) {
      const da = email === mailbox;
      expect(dataLines(email.text)).toEqual(
        da
          ? ['Lejer(e): Mette Lejer', `Adresse: ${ADDRESS}`, `Sagsnummer: ${reference}`]
          : ['Tenant(s): Mette Lejer', `Address: ${ADDRESS}`, `Case reference: ${reference}`],
      );
      for (const pattern of NO_DETAILS) {
        expect(email.text).not.toMatch(pattern);
        expect(email.html).not.toMatch(pattern);
      }
    }
    for (const line of details) expect(providerEmail.text).toContain(line);
    expect(providerEmail.text).toContain('Børn under 18 år i husstanden: 2');
    expect(providerEmail.text).not.toMatch(/120386/);

    const rows = await Promise.all([mailbox, providerEmail, copy].map((e) => outboxOf(e)));
    expect(rows.map((r) => [r.recipient, r.locale, r.rule_code, r.recipient_type, r.case_id])).toEqual([
      [MAILBOX, 'da', rule, 'municipality', caseId],
      [PROVIDER_MAILBOX, 'da', rule, 'counselling_provider', caseId],
      [socialWorker.user.email, 'en', rule, 'municipality', caseId],
    ]);
  }

  /** Everyone's inbox after a step: the municipality's staff and the debt advisor get the warning, no one else. */
  const received: Record<'municipality' | 'provider', string[]> = { municipality: [], provider: [] };
  async function expectInboxes(rule: Rule, eventOn: IsoDate, details: Record<string, unknown>): Promise<void> {
    received.municipality.unshift(rule);
    received.provider.unshift(rule);
    const base = {
      kind: rule,
      reference,
      senderName: 'Hvidovre Bolig',
      tenantNames: ['Mette Lejer'],
      address: ADDRESS,
      eventOn,
    };
    for (const user of [socialWorker, colleague]) {
      const items = await inbox(user, `&caseId=${caseId}`);
      expect(items.map((i) => i.warning.rule)).toEqual(received.municipality);
      const [latest] = items;
      expect(latest).toMatchObject({ kind: 'warning', urgency: 'urgent', readAt: null });
      expect(latest!.warning.recipientType).toBe('municipality');
      // No municipality consent: name and address only — the data object has nothing else.
      expect(latest!.warning.data).toEqual(base);
    }
    const advised = await inbox(debtAdvisor);
    expect(advised.map((i) => i.warning.rule)).toEqual(received.provider);
    expect(advised[0]).toMatchObject({ kind: 'warning', urgency: 'urgent', caseId });
    expect(advised[0]!.warning.recipientType).toBe('counselling_provider');
    expect(advised[0]!.warning.data).toEqual({ ...base, details });
    for (const outsider of [foreignSocialWorker, probationOfficer, caseworker, otherCaseworker]) {
      expect(await inbox(outsider)).toEqual([]);
    }
    // The warning page (issue 13) finds the reader's own item by the warning's id; nobody else's.
    const warningId = advised[0]!.warning.id;
    expect((await inbox(debtAdvisor, `&warningId=${warningId}`)).map((i) => i.id)).toEqual([advised[0]!.id]);
    for (const other of [socialWorker, foreignSocialWorker, caseworker]) {
      expect(await inbox(other, `&warningId=${warningId}`)).toEqual([]);
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = await SmtpSink.start();
    // The sweeper is driven by hand below, so that the walk decides which rule fires when.
    const options: TestConfigOptions = {
      database,
      queue: 'redis',
      prefix,
      smtpUrl: sink.url,
      env: { WARNING_SWEEP_EVERY_MS: String(24 * 3600_000) },
    };
    config = testConfig(options);
    api = await createApi(config);
    await api.init();
    admin = await signIn(api, Role.Administrator);

    municipality = (
      await as(admin).post('/api/v1/municipalities', { code: '167', name: 'Hvidovre', alertEmail: MAILBOX }).expect(201)
    ).body;
    const otherMunicipality = (
      await as(admin)
        .post('/api/v1/municipalities', { code: '153', name: 'Brøndby', alertEmail: OTHER_MAILBOX })
        .expect(201)
    ).body;
    organisation = (await as(admin).post('/api/v1/housing-organisations', { name: 'Hvidovre Bolig' }).expect(201)).body;
    departmentId = (
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
    const probationUnit = (
      await as(admin)
        .post('/api/v1/probation-units', { name: 'Kriminalforsorgen Hovedstaden', contactEmail: PROBATION_MAILBOX })
        .expect(201)
    ).body;

    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisation.id });
    socialWorker = await signIn(api, Role.MunicipalSocialWorker, { municipalityId: municipality.id });
    colleague = await signIn(api, Role.MunicipalSocialWorker, { municipalityId: municipality.id });
    foreignSocialWorker = await signIn(api, Role.MunicipalSocialWorker, { municipalityId: otherMunicipality.id });
    debtAdvisor = await signIn(api, Role.DebtAdvisor, { counsellingProviderId: provider.id });
    probationOfficer = await signIn(api, Role.ProbationOfficer, { probationUnitId: probationUnit.id });
    manager = await signIn(api, Role.Manager, { municipalityId: municipality.id });
    const settings = await as(socialWorker).put('/api/v1/notification-settings/me', {
      delivery: 'immediate',
      language: 'en',
    });
    expect([settings.status, settings.body]).toEqual([
      200,
      { email: socialWorker.user.email, language: 'en', delivery: 'immediate', isDefault: false },
    ]);

    tenantId = (
      await as(caseworker)
        .post('/api/v1/persons', {
          name: 'Mette Lejer',
          cpr: '1203861234',
          address: 'Strandvej 17, 1. th.',
          municipalityId: municipality.id,
          childrenUnder18: 2,
        })
        .expect(201)
    ).body.id;
    // Debt counselling only: nothing for the municipality or the probation service.
    await as(caseworker)
      .post(`/api/v1/persons/${tenantId}/consents`, {
        purpose: 'debt-counselling',
        recipientId: provider.id,
        givenAt: new Date(Date.now() - 60_000).toISOString(),
      })
      .expect(201);
    tenancyId = (
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

    // A landlord with no cooperation agreement, in the same municipality.
    const otherOrganisation = (
      await as(admin).post('/api/v1/housing-organisations', { name: 'Anden Bolig' }).expect(201)
    ).body;
    otherDepartmentId = (
      await as(admin)
        .post('/api/v1/departments', {
          housingOrganisationId: otherOrganisation.id,
          municipalityId: municipality.id,
          number: '7',
          name: 'Engparken',
          address: 'Engvej 1-40, 2650 Hvidovre',
        })
        .expect(201)
    ).body.id;
    otherCaseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: otherOrganisation.id });
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink?.close();
    await database?.drop();
    await clearRedisPrefix(prefix);
  });

  it('refuses an invalid cooperation agreement with stable codes and keeps nothing; an administrator sets one', async () => {
    const valid = {
      municipalityId: municipality.id,
      housingOrganisationId: organisation.id,
      enabledWarnings: [...VOLUNTARY_WARNINGS],
      arrearsThresholdOre: 500_000,
      evictionReminderBusinessDays: 5,
      validFrom: '2026-01-01',
    };
    const bad: [object, string][] = [
      [{ ...valid, enabledWarnings: ['statutory-eviction-notice'] }, 'VALIDATION_FAILED'],
      [{ ...valid, enabledWarnings: 'terminated' }, 'VALIDATION_FAILED'],
      [{ ...valid, arrearsThresholdOre: -1 }, 'VALIDATION_FAILED'],
      [{ ...valid, evictionReminderBusinessDays: 0 }, 'VALIDATION_FAILED'],
      [{ ...valid, municipalityId: 'kommune' }, 'VALIDATION_FAILED'],
      [{ ...valid, validFrom: '2026-02-30' }, 'VALIDATION_FAILED'],
      [{ ...valid, validTo: '2025-12-31' }, 'AGREEMENT_PERIOD_INVALID'],
      [{ ...valid, extra: true }, 'UNKNOWN_FIELD'],
    ];
    for (const [body, code] of bad) {
      const response = await as(admin).put('/api/v1/cooperation-agreements', body);
      expect([JSON.stringify(body), response.status, response.body.code]).toEqual([JSON.stringify(body), 400, code]);
    }
    // The one details shape, in the reader's language (issue 12, item 8).
    const period = await as(admin)
      .put('/api/v1/cooperation-agreements', { ...valid, validTo: '2025-12-31' })
      .set('Accept-Language', 'en')
      .expect(400);
    expect([period.body.message, period.body.details]).toEqual([
      'The end date is before the start date.',
      [{ field: 'validTo', rule: 'notBeforeValidFrom', message: 'The end date must not be before the start date.' }],
    ]);
    const unknown = await as(admin).put('/api/v1/cooperation-agreements', {
      ...valid,
      municipalityId: '00000000-0000-4000-8000-000000000000',
    });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'MUNICIPALITY_NOT_FOUND']);
    expect(await database.query(`SELECT id FROM cooperation_agreement`)).toEqual([]);

    const set = await as(admin).put('/api/v1/cooperation-agreements', valid);
    expect([set.status, set.body.code]).toEqual([200, undefined]);
    expect(set.body).toMatchObject({ ...valid, validTo: null, version: 1 });
    expect((await as(socialWorker).get('/api/v1/cooperation-agreements').expect(200)).body).toEqual([set.body]);
    expect((await as(foreignSocialWorker).get('/api/v1/cooperation-agreements').expect(200)).body).toEqual([]);
  });

  it('registers arrears: the warnings wait in the outbox (queued) until the worker sends them', async () => {
    const opened = await as(caseworker)
      .post(`/api/v1/tenancies/${tenancyId}/arrears`, { dueDate: DUE, amountOre: 650_000 })
      .expect(201);
    caseId = opened.body.case.id;
    caseState = opened.body.case;
    reference = caseReference(caseId);

    const queued = await caseWarnings(caseworker);
    expect(queued.map((w) => [w.rule, w.recipientType, w.recipientName, w.urgency, w.state])).toEqual(
      expect.arrayContaining([
        ['arrears-registered', 'municipality', 'Hvidovre Kommune', 'urgent', 'queued'],
        ['arrears-registered', 'counselling_provider', 'Gældsrådgivningen', 'urgent', 'queued'],
      ]),
    );
    expect(queued).toHaveLength(2);
    const municipal = queued.find((w) => w.recipientType === 'municipality')!;
    expect(municipal.deliveries.map((d) => [d.recipient, d.status]).sort()).toEqual([
      [MAILBOX, 'pending'],
      [socialWorker.user.email, 'pending'],
    ]);
    // The social worker may not open the case (no notice, no consent); the debt advisor sees its own warning only.
    expect((await as(socialWorker).get(`/api/v1/cases/${caseId}/warnings`)).status).toBe(404);
    expect((await caseWarnings(debtAdvisor)).map((w) => w.recipientType)).toEqual(['counselling_provider']);

    worker = await createWorker(config);
    // The two municipalities' registration notices, which were waiting too, and the three warning emails.
    const emails = await nextEmails(5);
    const registration = (e: ReceivedEmail) => e.subject.endsWith('er tilmeldt varsler om udsættelser');
    expect(emails.filter(registration).map((e) => e.to)).toEqual([[OTHER_MAILBOX], [MAILBOX]]);
    await expectWarningEmails(
      'arrears-registered',
      ['Restance: 6.500,00 kr.', 'Antal måneder i restance: 1'],
      emails.filter((e) => !registration(e)),
    );
    await expectInboxes('arrears-registered', copenhagenDateOf(new Date()), {
      balanceOre: 650_000,
      monthsInArrears: caseState.monthsInArrears,
      childrenUnder18: 2,
    });

    const sent = await eventually(async () => {
      const warnings = await caseWarnings(caseworker);
      return warnings.every((w) => w.state === 'sent') ? warnings : undefined;
    });
    for (const warning of sent) expect(warning.deliveries.every((d) => d.status === 'sent')).toBe(true);
  });

  it('sends the payment-demand warning with the deadline to the consented provider only', async () => {
    caseState = await transition({
      type: 'send_payment_demand',
      sentOn: DEMAND_ON,
      receivedOn: RECEIVED_ON,
      deliveryMethod: 'registered_and_ordinary',
      feeOre: 31_400,
    });
    expect(caseState.balanceOre).toBe(681_400);
    await expectWarningEmails('payment-demand-sent', ['Restance: 6.814,00 kr.']);
    await expectInboxes('payment-demand-sent', DEMAND_ON, {
      balanceOre: 681_400,
      monthsInArrears: caseState.monthsInArrears,
      paymentDeadline: DEADLINE,
      childrenUnder18: 2,
    });
  });

  it('warns once when the deadline passes: a later sweep does not warn again for the same payment demand', async () => {
    caseState = await transition({ type: 'mark_deadline_passed', on: TERMINATE_ON });
    const emails = await nextEmails(3);
    await expectWarningEmails('deadline-passed', ['Restance: 6.814,00 kr.'], emails);
    // Issue 12, item 1: the warning names the deadline the calendar computes, not the day the step
    // was recorded (the day after it), in the sentence and in the details alike.
    const [deadline, recorded] = [formatLegalDate(DEADLINE, 'da'), formatLegalDate(TERMINATE_ON, 'da')];
    for (const email of emails.filter((e) => e.text.startsWith('Til '))) {
      expect(email.text).toContain(`Betalingsfristen på 14 dage i påkravet udløb d. ${deadline}`);
      expect(email.text).not.toContain(recorded);
    }
    expect(emails.find((e) => e.to[0] === PROVIDER_MAILBOX)!.text).toContain(`Betalingsfrist: ${deadline}`);
    await expectInboxes('deadline-passed', DEADLINE, {
      balanceOre: 681_400,
      monthsInArrears: caseState.monthsInArrears,
      paymentDeadline: DEADLINE,
      childrenUnder18: 2,
    });
    const swept = await worker!.get(WarningSweeper).sweep(new Date());
    expect(swept.deadlineWarnings).toBe(0);
    await noEmails();
  });

  it('warns of the termination', async () => {
    caseState = await transition({ type: 'terminate', on: TERMINATE_ON });
    await expectWarningEmails('terminated', ['Restance: 6.814,00 kr.']);
    await expectInboxes('terminated', TERMINATE_ON, {
      balanceOre: 681_400,
      monthsInArrears: caseState.monthsInArrears,
      terminatedOn: TERMINATE_ON,
      childrenUnder18: 2,
    });
  });

  it('sends the statutory notice (N1) to the municipality only, with name, address and date and nothing else', async () => {
    const notified = await as(caseworker)
      .post(`/api/v1/cases/${caseId}/municipality-notice`, { noticeOn: FILED_ON })
      .expect(201);
    expect(notified.body.municipalityNoticeOn).toBe(FILED_ON);

    const emails = await nextEmails(2);
    expect(emails.map((e) => e.to)).toEqual([[MAILBOX], [socialWorker.user.email]]);
    const [mailbox, copy] = emails as [ReceivedEmail, ReceivedEmail];
    // Issue 12, item 2: the municipality can act on it: who the landlord is, the case reference,
    // the date in Danish form and whom to contact (the organisation has no contact address, so the
    // caseworker who recorded the notice); about the tenant still name and address only.
    const contact = `Test housing_caseworker (${caseworker.user.email})`;
    expect(mailbox.subject).toBe(`Underretning om udsættelsessag (§ 92, stk. 2): ${ADDRESS} (${reference})`);
    expect(mailbox.text.trim()).toBe(
      [
        'Til Hvidovre Kommune',
        'Hvidovre Bolig, afdeling 4 Strandparken, underretter hermed kommunen efter almenlejelovens § 92, stk. 2 om, at udlejer indgiver begæring til fogedretten om udsættelse af nedenstående lejer(e).',
        [
          'Lejer(e): Mette Lejer',
          `Adresse: ${ADDRESS}`,
          `Underretningsdato: ${formatLegalDate(FILED_ON, 'da')}`,
          'Udlejer: Hvidovre Bolig',
          'Afdeling: 4 Strandparken',
          `Sagsnummer: ${reference}`,
          `Kontakt hos udlejer: ${contact}`,
        ].join('\n'),
        'Efter loven indeholder underretningen kun lejerens navn og adresse. Kontakt udlejer og oplys sagsnummeret, hvis I vil i kontakt om sagen.',
        `Se underretningen og kvittér for den: ${await expectWarningLink(mailbox)}`,
        'Denne e-mail indeholder personoplysninger og må ikke videresendes.',
        'I kan oplyse lejeren om, at der er gratis rådgivning at få.',
      ].join('\n\n'),
    );
    expect(copy.subject).toBe(`Notice of eviction proceedings (s. 92(2)): ${ADDRESS} (${reference})`);
    expect(copy.text).toContain(`Date of notice: ${formatLegalDate(FILED_ON, 'en')}`);
    expect(copy.text).toContain(`Contact at the landlord: ${contact}`);
    expect(copy.text).toContain('Hvidovre Bolig, department 4 Strandparken, hereby gives the municipality notice');
    for (const email of emails) {
      // No arrears amount, no other detail; the one link is the notice's page (issue 13).
      expect(email.text).not.toMatch(/6\.814|6,814|kr\.|DKK|Restance|Arrears/);
      await expectWarningLink(email);
    }
    for (const email of emails) {
      for (const pattern of NO_DETAILS) expect(email.html).not.toMatch(pattern);
      expect(email.html).not.toMatch(/børn|children|HASTER|URGENT/i);
    }
    const rows = await Promise.all(emails.map((e) => outboxOf(e)));
    expect(rows.map((r) => [r.recipient, r.locale, r.rule_code, r.recipient_type])).toEqual([
      [MAILBOX, 'da', 'statutory-eviction-notice', 'municipality'],
      [socialWorker.user.email, 'en', 'statutory-eviction-notice', 'municipality'],
    ]);
    const [notice] = await database.query<{ outbox_id: string }>(
      `SELECT outbox_id FROM municipality_notice WHERE case_id = $1`,
      [caseId],
    );
    expect(notice!.outbox_id).toBe(mailbox.notificationId);

    for (const user of [socialWorker, colleague]) {
      const [latest] = await inbox(user, `&caseId=${caseId}`);
      expect(latest).toMatchObject({ kind: 'warning', urgency: 'urgent', caseId });
      expect(latest!.warning.rule).toBe('statutory-eviction-notice');
      expect(latest!.warning.data).toEqual({
        kind: 'statutory-eviction-notice',
        reference,
        senderName: 'Hvidovre Bolig',
        tenantNames: ['Mette Lejer'],
        address: ADDRESS,
        eventOn: FILED_ON,
      });
    }
    received.municipality.unshift('statutory-eviction-notice');
    expect((await inbox(debtAdvisor)).map((i) => i.warning.rule)).toEqual(received.provider);
    for (const outsider of [foreignSocialWorker, probationOfficer, caseworker])
      expect(await inbox(outsider)).toEqual([]);
    // Now that it was notified, the municipality sees the case and the warnings sent to it, and only those.
    const own = await caseWarnings(socialWorker);
    expect(own.map((w) => w.rule)).toEqual([...received.municipality].reverse());
    expect(new Set(own.map((w) => w.recipientType))).toEqual(new Set(['municipality']));
  });

  it('raises nothing more when the eviction is requested', async () => {
    const before = await database.query(`SELECT id FROM warning ORDER BY id`);
    caseState = await transition({ type: 'request_eviction', on: FILED_ON });
    await noEmails();
    expect(await database.query(`SELECT id FROM warning ORDER BY id`)).toEqual(before);
    expect((await caseWarnings(caseworker)).map((w) => `${w.rule}/${w.recipientType}`).sort()).toEqual(
      [
        ...['arrears-registered', 'payment-demand-sent', 'deadline-passed', 'terminated'].flatMap((rule) => [
          `${rule}/municipality`,
          `${rule}/counselling_provider`,
        ]),
        'statutory-eviction-notice/municipality',
      ].sort(),
    );
  });

  it('warns no one without an agreement or a consent, until the statutory notice', async () => {
    const person = (
      await as(otherCaseworker)
        .post('/api/v1/persons', {
          name: 'Ole Nabo',
          address: 'Engvej 3',
          municipalityId: municipality.id,
          childrenUnder18: 3,
        })
        .expect(201)
    ).body;
    const tenancy = (
      await as(otherCaseworker)
        .post('/api/v1/tenancies', {
          departmentId: otherDepartmentId,
          unit: '7-003',
          address: 'Engvej 3',
          postcode: '2650',
          city: 'Hvidovre',
          monthlyRentOre: 700_000,
        })
        .expect(201)
    ).body;
    await as(otherCaseworker).post(`/api/v1/tenancies/${tenancy.id}/tenants`, { personId: person.id }).expect(201);
    const before = {
      warnings: await database.query(`SELECT id FROM warning ORDER BY id`),
      inbox: await database.query(`SELECT id FROM inbox_item ORDER BY id`),
    };
    const otherCase = (
      await as(otherCaseworker)
        .post(`/api/v1/tenancies/${tenancy.id}/arrears`, { dueDate: DUE, amountOre: 1_400_000 })
        .expect(201)
    ).body.case.id;
    await transition(
      {
        type: 'send_payment_demand',
        sentOn: DEMAND_ON,
        receivedOn: RECEIVED_ON,
        deliveryMethod: 'registered_and_ordinary',
        feeOre: 31_400,
      },
      otherCase,
      otherCaseworker,
    );
    await transition({ type: 'mark_deadline_passed', on: TERMINATE_ON }, otherCase, otherCaseworker);
    await transition({ type: 'terminate', on: TERMINATE_ON }, otherCase, otherCaseworker);
    await noEmails();
    expect({
      warnings: await database.query(`SELECT id FROM warning ORDER BY id`),
      inbox: await database.query(`SELECT id FROM inbox_item ORDER BY id`),
    }).toEqual(before);
    expect(await caseWarnings(otherCaseworker, otherCase)).toEqual([]);

    // The statutory notice needs neither: it always goes to the municipality.
    await as(otherCaseworker)
      .post(`/api/v1/cases/${otherCase}/municipality-notice`, { noticeOn: FILED_ON })
      .expect(201);
    const emails = await nextEmails(2);
    expect(emails.map((e) => [e.to[0], e.subject])).toEqual([
      [MAILBOX, `Underretning om udsættelsessag (§ 92, stk. 2): Engvej 3, 2650 Hvidovre (${caseReference(otherCase)})`],
      [
        socialWorker.user.email,
        `Notice of eviction proceedings (s. 92(2)): Engvej 3, 2650 Hvidovre (${caseReference(otherCase)})`,
      ],
    ]);
    expect((await caseWarnings(otherCaseworker, otherCase)).map((w) => [w.rule, w.recipientType])).toEqual([
      ['statutory-eviction-notice', 'municipality'],
    ]);
  });

  it('warns without urgency when there are no children, from the agreed threshold, and never claims children', async () => {
    const person = (
      await as(caseworker)
        .post('/api/v1/persons', { name: 'Sara Solo', address: 'Strandvej 21, st.', municipalityId: municipality.id })
        .expect(201)
    ).body;
    const tenancy = (
      await as(caseworker)
        .post('/api/v1/tenancies', {
          departmentId,
          unit: '4-021',
          address: 'Strandvej 21, st.',
          postcode: '2650',
          city: 'Hvidovre',
          monthlyRentOre: 600_000,
        })
        .expect(201)
    ).body;
    await as(caseworker).post(`/api/v1/tenancies/${tenancy.id}/tenants`, { personId: person.id }).expect(201);
    // Below the agreement's 5.000 kr.: nothing yet.
    const opened = await as(caseworker)
      .post(`/api/v1/tenancies/${tenancy.id}/arrears`, { dueDate: DUE, amountOre: 400_000 })
      .expect(201);
    const soloCase: string = opened.body.case.id;
    await noEmails();
    expect(await caseWarnings(caseworker, soloCase)).toEqual([]);
    // Corrected to 6.000 kr.: now above it.
    await as(caseworker)
      .post(`/api/v1/tenancies/${tenancy.id}/arrears`, { dueDate: DUE, amountOre: 600_000 })
      .expect(200);
    const soloReference = caseReference(soloCase);
    const registered = await nextEmails(2);
    expect(registered.map((e) => [e.to[0], e.subject]).sort()).toEqual(
      [
        [MAILBOX, `Varsel om risiko for udsættelse – huslejerestance registreret (${soloReference})`],
        [socialWorker.user.email, `Warning of eviction risk – rent arrears registered (${soloReference})`],
      ].sort(),
    );
    for (const email of registered) {
      expect(email.text).not.toMatch(/HASTER|URGENT|børn|children/i);
      for (const pattern of NO_DETAILS) expect(email.text).not.toMatch(pattern);
    }
    const [item] = await inbox(colleague, `&caseId=${soloCase}`);
    expect([item!.urgency, item!.warning.rule, item!.warning.data]).toEqual([
      'normal',
      'arrears-registered',
      {
        kind: 'arrears-registered',
        reference: soloReference,
        senderName: 'Hvidovre Bolig',
        tenantNames: ['Sara Solo'],
        address: 'Strandvej 21, st., 2650 Hvidovre',
        eventOn: copenhagenDateOf(new Date()),
      },
    ]);
    // The same threshold warning does not fire twice for the case.
    await as(caseworker)
      .post(`/api/v1/tenancies/${tenancy.id}/arrears`, { dueDate: '2026-10-01', amountOre: 600_000 })
      .expect(200);
    await noEmails();

    await transition(
      {
        type: 'send_payment_demand',
        sentOn: DEMAND_ON,
        receivedOn: RECEIVED_ON,
        deliveryMethod: 'registered_and_ordinary',
        feeOre: 31_400,
      },
      soloCase,
    );
    await transition({ type: 'mark_deadline_passed', on: TERMINATE_ON }, soloCase);
    const normal = await nextEmails(4);
    for (const email of normal) expect(email.subject).not.toMatch(/HASTER|URGENT/);

    // Termination is urgent by rule, but nothing in it may say there are children.
    await transition({ type: 'terminate', on: TERMINATE_ON }, soloCase);
    const terminated = await nextEmails(2);
    expect(terminated.map((e) => [e.to[0], e.subject]).sort()).toEqual(
      [
        [MAILBOX, `HASTER: Varsel om risiko for udsættelse – lejemålet er ophævet (${soloReference})`],
        [socialWorker.user.email, `URGENT: Warning of eviction risk – tenancy terminated (${soloReference})`],
      ].sort(),
    );
    for (const email of terminated) {
      expect(email.text).not.toMatch(/børn|children/i);
      expect(email.html).not.toMatch(/børn|children/i);
    }
    expect((await inbox(colleague, `&caseId=${soloCase}`)).map((i) => [i.warning.rule, i.urgency])).toEqual([
      ['terminated', 'urgent'],
      ['deadline-passed', 'normal'],
      ['payment-demand-sent', 'normal'],
      ['arrears-registered', 'normal'],
    ]);
  });

  it('tracks a warning from sent to read to acknowledged, once', async () => {
    const items = await inbox(socialWorker, `&caseId=${caseId}`);
    const arrears = items.find((i) => i.warning.rule === 'arrears-registered')!;
    const colleaguesItem = (await inbox(colleague, `&caseId=${caseId}`)).find(
      (i) => i.warning.id === arrears.warning.id,
    )!;
    const stateOf = async () => (await caseWarnings(caseworker)).find((w) => w.id === arrears.warning.id)!;
    expect((await stateOf()).state).toBe('sent');

    const read = await as(socialWorker).post(`/api/v1/inbox/${arrears.id}/read`).expect(200);
    expect(read.body.readAt).not.toBeNull();
    const afterRead = await stateOf();
    expect([afterRead.state, afterRead.firstReadAt]).toEqual(['read', read.body.readAt]);
    // Reading again keeps the first time.
    expect((await as(socialWorker).post(`/api/v1/inbox/${arrears.id}/read`).expect(200)).body.readAt).toBe(
      read.body.readAt,
    );

    const acknowledged = await as(colleague)
      .post(`/api/v1/inbox/${colleaguesItem.id}/acknowledge`, { comment: '  Lejeren er kontaktet  ' })
      .expect(200);
    expect(acknowledged.body.warning).toMatchObject({
      acknowledgedBy: colleague.user.id,
      acknowledgementComment: 'Lejeren er kontaktet',
    });
    expect(acknowledged.body.readAt).not.toBeNull();
    const afterAck = await stateOf();
    expect([afterAck.state, afterAck.acknowledgementComment]).toEqual(['acknowledged', 'Lejeren er kontaktet']);
    expect(afterAck.acknowledgedAt).toBe(acknowledged.body.warning.acknowledgedAt);

    // The warning is answered for the whole municipality: the social worker's own item cannot answer it again.
    const again = await as(socialWorker)
      .post(`/api/v1/inbox/${arrears.id}/acknowledge`, { comment: 'Også kontaktet' })
      .expect(409);
    expect(again.body.code).toBe('ALREADY_ACKNOWLEDGED');
    expect(again.body.details).toEqual([
      {
        field: null,
        rule: 'alreadyAcknowledged',
        message: 'Varslet blev kvitteret tidligere; se hvem og hvornår.',
        acknowledgedAt: expect.any(String),
        acknowledgedBy: colleague.user.id,
      },
    ]);
    expect(await stateOf()).toEqual(afterAck);
    const events = await database.query<{ type: string; reason: string }>(
      `SELECT type, reason FROM case_event WHERE case_id = $1 AND type = 'warning_acknowledged'`,
      [caseId],
    );
    expect(events).toEqual([{ type: 'warning_acknowledged', reason: 'Lejeren er kontaktet' }]);
    // The acknowledgement and its comment show in the social worker's inbox too.
    const [mine] = (await inbox(socialWorker, '&acknowledged=true')).filter((i) => i.id === arrears.id);
    expect(mine!.warning.acknowledgementComment).toBe('Lejeren er kontaktet');
  });

  it('filters the inbox, counts unread items and pages with a cursor', async () => {
    const all = await inbox(socialWorker);
    // Five warnings of the walked case, the statutory notice of the other landlord's case, four of the case without children.
    expect(all).toHaveLength(10);
    const unread = await inbox(socialWorker, '&unread=true');
    expect(unread.map((i) => i.id)).toEqual(all.filter((i) => i.readAt === null).map((i) => i.id));
    expect(unread).toHaveLength(9);
    expect((await inbox(socialWorker, '&unread=false')).map((i) => i.id)).toEqual(
      all.filter((i) => i.readAt !== null).map((i) => i.id),
    );
    expect(await inbox(socialWorker, '&kind=warning')).toEqual(all);
    expect(await inbox(socialWorker, '&kind=escalation,undelivered')).toEqual([]);
    const urgent = await inbox(socialWorker, '&urgency=urgent');
    expect(urgent.map((i) => i.id)).toEqual(all.filter((i) => i.urgency === 'urgent').map((i) => i.id));
    expect(urgent).toHaveLength(7);
    const normal = await inbox(socialWorker, '&urgency=normal');
    expect(normal.map((i) => i.warning.rule)).toEqual(['deadline-passed', 'payment-demand-sent', 'arrears-registered']);
    expect((await inbox(socialWorker, '&urgency=normal&unread=true&kind=warning')).map((i) => i.id)).toEqual(
      normal.map((i) => i.id),
    );
    expect((await inbox(socialWorker, `&caseId=${caseId}`)).map((i) => i.id)).toEqual(
      all.filter((i) => i.caseId === caseId).map((i) => i.id),
    );
    expect(await inbox(socialWorker, `&caseId=${caseId}`)).toHaveLength(5);
    expect((await inbox(socialWorker, '&acknowledged=false')).map((i) => i.id)).toEqual(
      all.filter((i) => i.warning.acknowledgedAt === null).map((i) => i.id),
    );

    const count = await as(socialWorker).get('/api/v1/inbox/unread-count').expect(200);
    expect(count.body).toEqual({ unread: 9, urgent: 6 });
    expect((await as(probationOfficer).get('/api/v1/inbox/unread-count').expect(200)).body).toEqual({
      unread: 0,
      urgent: 0,
    });

    const paged: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response: request.Response = await as(socialWorker)
        .get(`/api/v1/inbox?limit=4${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      expect(response.body.items.length).toBeLessThanOrEqual(4);
      paged.push(...response.body.items.map((i: InboxItem) => i.id));
      cursor = response.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(paged).toEqual(all.map((i) => i.id));

    // Someone else's item is not there at all, for reading or changing.
    const item = all[0]!;
    for (const other of [colleague, foreignSocialWorker, debtAdvisor]) {
      for (const response of [
        await as(other).get(`/api/v1/inbox/${item.id}`),
        await as(other).post(`/api/v1/inbox/${item.id}/read`),
        await as(other).post(`/api/v1/inbox/${item.id}/acknowledge`, { comment: 'x' }),
      ]) {
        expect([response.status, response.body.code]).toEqual([404, 'INBOX_ITEM_NOT_FOUND']);
      }
    }
    expect((await as(socialWorker).get(`/api/v1/inbox/${item.id}`).expect(200)).body).toEqual(item);
  });

  it('records every read of an inbox item with personal data in the audit log', async () => {
    const audit = async (user: SignedInUser) =>
      database.query<{ action: string; entity_type: string; entity_id: string; person_id: string }>(
        `SELECT action, entity_type, entity_id, person_id FROM audit_log
          WHERE actor_id = $1 AND entity_type = 'warning' ORDER BY at, id`,
        [user.user.id],
      );
    const before = (await audit(debtAdvisor)).length;
    const items = await inbox(debtAdvisor);
    const listed = (await audit(debtAdvisor)).slice(before);
    expect(listed).toEqual(
      items.map((i) => ({
        action: 'person.read',
        entity_type: 'warning',
        entity_id: i.warning.id,
        person_id: tenantId,
      })),
    );
    await as(debtAdvisor).get(`/api/v1/inbox/${items[0]!.id}`).expect(200);
    await as(debtAdvisor).post(`/api/v1/inbox/${items[0]!.id}/read`).expect(200);
    expect((await audit(debtAdvisor)).slice(before + listed.length)).toEqual([
      { action: 'person.read', entity_type: 'warning', entity_id: items[0]!.warning.id, person_id: tenantId },
      { action: 'person.read', entity_type: 'warning', entity_id: items[0]!.warning.id, person_id: tenantId },
    ]);
  });

  it('refuses bad input with stable codes and changes nothing', async () => {
    const snapshot = async () => ({
      inbox: await database.query(`SELECT id, read_at FROM inbox_item ORDER BY id`),
      warnings: await database.query(`SELECT id, acknowledged_at, acknowledgement_comment FROM warning ORDER BY id`),
      agreements: await database.query(`SELECT * FROM cooperation_agreement ORDER BY id`),
    });
    const before = await snapshot();
    const [open] = await inbox(socialWorker, '&acknowledged=false');
    const checks: [request.Test, number, string][] = [
      [as(socialWorker).get('/api/v1/inbox/not-a-uuid'), 400, 'INVALID_ID'],
      [as(socialWorker).post('/api/v1/inbox/123/read'), 400, 'INVALID_ID'],
      [as(socialWorker).post('/api/v1/inbox/123/acknowledge', {}), 400, 'INVALID_ID'],
      [as(caseworker).get('/api/v1/cases/abc/warnings'), 400, 'INVALID_ID'],
      [as(admin).post('/api/v1/notifications/abc/retry'), 400, 'INVALID_ID'],
      [as(socialWorker).get('/api/v1/inbox/00000000-0000-4000-8000-000000000000'), 404, 'INBOX_ITEM_NOT_FOUND'],
      [as(socialWorker).get('/api/v1/inbox?unread=maybe'), 400, 'VALIDATION_FAILED'],
      [as(socialWorker).get('/api/v1/inbox?kind=warning,bogus'), 400, 'VALIDATION_FAILED'],
      [as(socialWorker).get('/api/v1/inbox?urgency=high'), 400, 'VALIDATION_FAILED'],
      [as(socialWorker).get('/api/v1/inbox?caseId=123'), 400, 'VALIDATION_FAILED'],
      [as(socialWorker).get('/api/v1/inbox?acknowledged=1'), 400, 'VALIDATION_FAILED'],
      [as(socialWorker).get('/api/v1/inbox?limit=0'), 400, 'VALIDATION_FAILED'],
      [as(socialWorker).get('/api/v1/inbox?limit=201'), 400, 'VALIDATION_FAILED'],
      [as(socialWorker).get('/api/v1/inbox?cursor=garbage'), 400, 'INVALID_CURSOR'],
      [as(socialWorker).get('/api/v1/inbox?sort=asc'), 400, 'UNKNOWN_FIELD'],
      [
        as(socialWorker).post(`/api/v1/inbox/${open!.id}/acknowledge`, { comment: 'x'.repeat(2001) }),
        400,
        'VALIDATION_FAILED',
      ],
      [as(socialWorker).post(`/api/v1/inbox/${open!.id}/acknowledge`, { comment: 42 }), 400, 'VALIDATION_FAILED'],
      [as(socialWorker).post(`/api/v1/inbox/${open!.id}/acknowledge`, { note: 'x' }), 400, 'UNKNOWN_FIELD'],
      [as(socialWorker).put('/api/v1/notification-settings/me', { delivery: 'hourly' }), 400, 'VALIDATION_FAILED'],
      [
        as(socialWorker).put('/api/v1/notification-settings/me', { delivery: 'none', language: 'de' }),
        400,
        'VALIDATION_FAILED',
      ],
      [as(admin).get('/api/v1/notification-settings/not-an-email'), 400, 'INVALID_EMAIL'],
      [as(admin).put('/api/v1/cooperation-agreements', {}), 400, 'VALIDATION_FAILED'],
    ];
    for (const [index, [call, status, code]] of checks.entries()) {
      const response = await call;
      const what = `check ${index}`;
      expect([what, response.status, response.body.code]).toEqual([what, status, code]);
      expect(response.body).toEqual(expect.objectContaining({ statusCode: status, requestId: expect.any(String) }));
    }
    expect(await snapshot()).toEqual(before);
    expect((await as(socialWorker).get('/api/v1/notification-settings/me').expect(200)).body).toMatchObject({
      delivery: 'immediate',
      language: 'en',
    });
  });

  it('shows a manager the escalation of unanswered warnings without any personal data, and audits no read', async () => {
    // Time passes without an answer: first the municipality's team lead (none: its mailbox), then its managers.
    const sweeper = worker!.get(WarningSweeper);
    const day = 24 * 3600_000;
    await sweeper.sweep(new Date(Date.now() + 30 * day));
    await sweeper.sweep(new Date(Date.now() + 60 * day));
    const items = await eventually(async () => {
      const list = await inbox(manager);
      return list.length > 0 ? list : undefined;
    });
    expect(items.every((i) => i.kind === 'escalation')).toBe(true);
    for (const item of items) {
      expect(item.warning.data).toBeNull();
      expect(item.caseId).toBeNull();
    }
    expect((await as(manager).get(`/api/v1/inbox/${items[0]!.id}`).expect(200)).body.warning.data).toBeNull();
    expect(
      await database.query(`SELECT 1 FROM audit_log WHERE actor_id = $1 AND action = 'person.read'`, [manager.user.id]),
    ).toEqual([]);
    expect((await as(manager).get(`/api/v1/cases/${caseId}/warnings`)).status).toBe(403);
  });
});

import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createWorker } from '../../apps/worker/src/worker.factory.js';
import { addDays, copenhagenDateOf } from '@app/calendar';
import { DataSource } from 'typeorm';
import { ConsentPurpose, ConsentService, CounsellingSessionService, PersonService, Role } from '@app/domain';
import {
  actorOf,
  clearRedisPrefix,
  createTestDatabase,
  eventually,
  httpAs,
  signIn,
  type SignedInUser,
  SmtpSink,
  startProcess,
  stopProcess,
  testConfig,
  testEnv,
  type RunningProcess,
  type TestDatabase,
  TestWorld,
  uniqueQueuePrefix,
  type WorldCase,
  type WorldUser,
} from '@app/testing';
import { outboxSettled } from '../support/outbox-settled.js';

const PROVIDER_MAILBOX = 'raadgivning@casework-test.dk';
const NOTE = 'Fortalte om spilleproblem og skilsmisse';
const NEXT_ACTION = 'Ring til Kviklån A/S om henstand';

/**
 * Issue 14, items 2–4: the debt advisor's casework on a referral over HTTP — two sessions (the
 * first records the first contact), three debts with the rent arrears read live from the ledger,
 * and a budget whose ability to pay is checked against a hand calculation from the 2024 rates.
 * Refusals keep stable codes and change nothing; only the provider's advisors see it, another
 * provider and everyone after a consent withdrawal get 404, other roles 403; the note never
 * reaches another role, the audit log or an email, and the next-action reminder fires once.
 */
describe('the debt advisor’s casework on a referral', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let world: TestWorld;
  const prefix = uniqueQueuePrefix();
  const today = copenhagenDateOf(new Date());

  let advisor: SignedInUser;
  let advisorUser: WorldUser;
  let otherAdvisor: SignedInUser;
  let caseworker: SignedInUser;
  let socialWorker: SignedInUser;
  let manager: SignedInUser;
  let worldCase: WorldCase;
  let referralId: string;
  let referrer: WorldUser;
  let providerId: string;
  let consentId: string;
  /** A second API process at debug log level on the same database and queues: its output is the log checked. */
  let loggedApi: RunningProcess | undefined;
  let loggedBase: string;

  const as = (user: SignedInUser) => httpAs(api, user);
  const path = (area: string) => `/api/v1/referrals/${referralId}/${area}`;
  const viaLoggedApi = async (user: SignedInUser, method: string, target: string, body?: object) => {
    const response = await fetch(`${loggedBase}${target}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: user.bearer },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const count = async (table: string) =>
    (await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

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
    loggedApi = startProcess(
      'dist/apps/api/src/main.js',
      testEnv({ database, queue: 'redis', prefix, smtpUrl: sink.url, env: { LOG_LEVEL: 'debug' } }),
    );
    loggedBase = await eventually(
      () => /API listening on (http:\/\/localhost:\d+)/.exec(loggedApi!.output())?.[1],
      30_000,
      'the logged API to listen',
    );
    world = new TestWorld(api);
    const provider = await world.counsellingProvider({ contactEmail: PROVIDER_MAILBOX });
    const otherProvider = await world.counsellingProvider();
    const { organisation, municipality, departments, caseworker: worldCaseworker } = await world.organisation();
    worldCase = await world.caseAt('registered', { department: departments[0]!, caseworker: worldCaseworker });
    consentId = (
      await world.consent(worldCase.tenancy.tenants[0]!, ConsentPurpose.DebtCounselling, provider.id, {
        by: worldCaseworker,
      })
    ).id;
    advisor = await signIn(api, Role.DebtAdvisor, { counsellingProviderId: provider.id });
    advisorUser = { user: advisor.user, actor: actorOf(advisor.user) };
    otherAdvisor = await signIn(api, Role.DebtAdvisor, { counsellingProviderId: otherProvider.id });
    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisation.id });
    socialWorker = await signIn(api, Role.MunicipalSocialWorker, { municipalityId: municipality.id });
    manager = await signIn(api, Role.Manager, { housingOrganisationId: organisation.id });
    referrer = worldCaseworker;
    providerId = provider.id;
    const referral = await world.referral(worldCaseworker, worldCase, provider.id);
    referralId = referral.id;
    await outboxSettled(database, worker);
  }, 120_000);

  afterAll(async () => {
    await stopProcess(loggedApi);
    await worker?.close();
    await api?.close();
    await sink?.close();
    await database?.drop();
    await clearRedisPrefix(prefix);
  });

  it('refuses casework on a referral not yet accepted, and anyone but the provider’s advisors', async () => {
    const refused = await as(advisor).post(path('sessions'), {
      date: today,
      channel: 'phone',
      minutes: 30,
      topics: ['budget'],
    });
    expect([refused.status, refused.body.code]).toEqual([409, 'COUNSELLING_REFERRAL_NOT_ACTIVE']);
    for (const user of [caseworker, socialWorker, manager]) {
      for (const area of ['sessions', 'debts', 'budgets']) {
        const response = await as(user).get(path(area));
        expect([area, response.status, response.body.code]).toEqual([area, 403, 'ROLE_NOT_ALLOWED']);
      }
    }
    expect((await as(otherAdvisor).get(path('sessions'))).status).toBe(404);
    expect(await count('counselling_session')).toBe(0);
  });

  it('records two sessions: the first is the first contact, the note stored encrypted', async () => {
    const referral = await world.acceptReferral(advisorUser, { id: referralId, version: 1 });
    expect(referral.status).toBe('accepted');

    // Through the API process whose log the last test reads: the note travels in the request and the answer.
    const first = await viaLoggedApi(advisor, 'POST', path('sessions'), {
      date: today,
      channel: 'in_person',
      minutes: 60,
      topics: ['rent_arrears', 'debt_overview'],
      nextAction: { text: NEXT_ACTION, dueDate: today },
      note: NOTE,
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      date: today,
      channel: 'in_person',
      topics: ['rent_arrears', 'debt_overview'],
      nextAction: { text: NEXT_ACTION, dueDate: today, doneOn: null, overdue: false },
      note: NOTE,
      firstContactRecorded: true,
      version: 1,
    });
    const after = (await as(advisor).get(`/api/v1/referrals/${referralId}`).expect(200)).body;
    expect([after.status, after.firstContactOn]).toEqual(['in_contact', today]);

    const second = await as(advisor)
      .post(path('sessions'), { date: today, channel: 'phone', minutes: 20, topics: ['budget'] })
      .expect(201);
    expect([second.body.firstContactRecorded, second.body.nextAction, second.body.note]).toEqual([false, null, null]);

    // At rest the note is ciphertext only.
    const rows = await database.query<{ note: Buffer | null; key: string | null }>(
      `SELECT note_ciphertext AS note, note_key_id AS key FROM counselling_session ORDER BY created_at`,
    );
    expect(rows.map((r) => r.key !== null)).toEqual([true, false]);
    expect(rows[0]!.note!.toString('utf8')).not.toContain('skilsmisse');

    const list = (await as(advisor).get(path('sessions')).expect(200)).body.items;
    expect(list.map((s: { id: string }) => s.id).sort()).toEqual([first.body.id as string, second.body.id].sort());
    const logged = await viaLoggedApi(advisor, 'GET', path('sessions'));
    expect(JSON.stringify(logged.body)).toContain(NOTE);
    // A refused session with a note: the refusal is logged, the note is not.
    const refusedWithNote = await viaLoggedApi(advisor, 'POST', path('sessions'), {
      date: today,
      channel: 'fax',
      minutes: 30,
      topics: ['budget'],
      note: NOTE,
    });
    expect(refusedWithNote.body.code).toBe('SESSION_CHANNEL_UNKNOWN');
    expect(list.find((s: { id: string }) => s.id === first.body.id).note).toBe(NOTE);
  });

  it('refuses a bad channel or topic, a next action due before the session and a session in the future, writing nothing', async () => {
    const before = await count('counselling_session');
    const base = { date: today, channel: 'phone', minutes: 30, topics: ['budget'] };
    const cases: [object, string, string][] = [
      [{ ...base, channel: 'fax' }, 'SESSION_CHANNEL_UNKNOWN', 'channel'],
      [{ ...base, topics: ['lottery'] }, 'SESSION_TOPIC_UNKNOWN', 'topics[0]'],
      [
        { ...base, nextAction: { text: 'Ring', dueDate: addDays(today, -1) } },
        'SESSION_NEXT_ACTION_DUE_BEFORE_SESSION',
        'nextAction.dueDate',
      ],
      [{ ...base, date: addDays(today, 1) }, 'SESSION_DATE_IN_FUTURE', 'date'],
    ];
    for (const [body, code, field] of cases) {
      const response = await as(advisor).post(path('sessions'), body);
      expect([response.status, response.body.code, response.body.details?.[0]?.field]).toEqual([400, code, field]);
      expect(response.body.message).toBeTruthy();
    }
    expect(await count('counselling_session')).toBe(before);
  });

  it('refuses a first-contact session dated before the acceptance with the step’s own code, writing nothing', async () => {
    const second = await world.acceptReferral(advisorUser, await world.referral(referrer, worldCase, providerId));
    const before = await count('counselling_session');
    const refused = await as(advisor).post(`/api/v1/referrals/${second.id}/sessions`, {
      date: addDays(today, -1),
      channel: 'phone',
      minutes: 30,
      topics: ['budget'],
    });
    expect([refused.status, refused.body.code]).toEqual([400, 'REFERRAL_DATE_BEFORE_ACCEPTANCE']);
    expect(await count('counselling_session')).toBe(before);
    const after = (await as(advisor).get(`/api/v1/referrals/${second.id}`).expect(200)).body;
    expect([after.status, after.firstContactOn, after.version]).toEqual(['accepted', null, second.version]);
  });

  it('answers malformed casework bodies with a 400 in the one error shape, never a 500, writing nothing', async () => {
    const before = [
      await count('counselling_session'),
      await count('counselling_debt'),
      await count('counselling_budget'),
    ];
    const session = { date: today, channel: 'phone', minutes: 30, topics: ['budget'] };
    const debt = { creditor: 'A', kind: 'other', status: 'untouched', amountOwedOre: 1, monthlyPaymentOre: 0 };
    const budget = {
      budgetOn: '2024-09-01',
      household: { adults: 1, childBirthDates: [] },
      income: [{ group: 'wages', amountOre: 1 }],
      fixed: [],
      flexible: [],
    };
    const bodies: [string, object][] = [
      ['sessions', { ...session, topics: 'budget' }],
      ['sessions', { ...session, topics: [] }],
      ['sessions', { ...session, minutes: 'an hour' }],
      ['sessions', { ...session, minutes: 1.5 }],
      ['sessions', { ...session, date: '2026-02-30' }],
      ['sessions', { ...session, nextAction: 'tomorrow' }],
      ['sessions', { ...session, nextAction: { text: ' ', dueDate: '2026-13-01' } }],
      ['sessions', { ...session, note: 'x'.repeat(2001) }],
      ['sessions', { ...session, extra: true }],
      ['debts', { ...debt, amountOwedOre: 1.5 }],
      ['debts', { ...debt, amountOwedOre: 1e20 }],
      ['debts', { ...debt, monthlyPaymentOre: -1 }],
      ['debts', { ...debt, creditor: ' ' }],
      ['debts', { ...debt, kind: 'lottery' }],
      ['debts', { ...debt, underEnforcement: true }],
      ['budgets', { ...budget, household: null }],
      ['budgets', { ...budget, household: { adults: 0, childBirthDates: [] } }],
      ['budgets', { ...budget, household: { adults: 1, childBirthDates: ['2024-02-30', '2030-01-01'] } }],
      ['budgets', { ...budget, income: [null] }],
      ['budgets', { ...budget, income: [{ group: 'lottery', amountOre: 1 }] }],
      ['budgets', { ...budget, fixed: [{ group: 'rent', amountOre: 1, approved: 'yes' }] }],
      ['budgets', { ...budget, budgetOn: '2024-02-30' }],
    ];
    for (const [area, body] of bodies) {
      const response = await as(advisor).post(path(area), body);
      expect([area, JSON.stringify(body), response.status]).toEqual([area, JSON.stringify(body), 400]);
      expect(typeof response.body.code).toBe('string');
    }
    expect([
      await count('counselling_session'),
      await count('counselling_debt'),
      await count('counselling_budget'),
    ]).toEqual(before);
  });

  it('records three debts; the overview reads the rent arrears live from the ledger', async () => {
    const quick = await as(advisor)
      .post(path('debts'), {
        creditor: 'Kviklån A/S',
        kind: 'quick_loans',
        status: 'untouched',
        amountOwedOre: 1_200_000,
        monthlyPaymentOre: 50_000,
      })
      .expect(201);
    expect(quick.body).toMatchObject({ priority: false, version: 1 });
    const fine = await as(advisor)
      .post(path('debts'), {
        creditor: 'Politiet',
        kind: 'fines',
        status: 'negotiating',
        amountOwedOre: 300_000,
        monthlyPaymentOre: 0,
      })
      .expect(201);
    expect(fine.body.priority).toBe(true);
    const tax = await as(advisor)
      .post(path('debts'), {
        creditor: 'Gældsstyrelsen',
        kind: 'public_debt_gaeldsstyrelsen',
        status: 'under_collection',
        underEnforcement: true,
        amountOwedOre: 2_000_000,
        monthlyPaymentOre: 100_000,
      })
      .expect(201);
    expect(tax.body.priority).toBe(true);

    // Refused, nothing written: rent arrears typed in, enforcement on a private debt, a stale version.
    const rent = await as(advisor).post(path('debts'), {
      creditor: 'Udlejer',
      kind: 'rent_arrears',
      status: 'untouched',
      amountOwedOre: 1,
      monthlyPaymentOre: 0,
    });
    expect([rent.status, rent.body.code]).toEqual([400, 'DEBT_RENT_ARREARS_FROM_LEDGER']);
    const stale = await as(advisor).patch(`${path('debts')}/${quick.body.id}`, { version: 7, status: 'agreed' });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
    expect(await count('counselling_debt')).toBe(3);

    const overview = (await as(advisor).get(path('debts')).expect(200)).body;
    const [{ balance }] = await database.query<{ balance: number }>(
      `SELECT sum(amount_ore)::float8 AS balance FROM ledger_entry WHERE case_id = $1`,
      [worldCase.caseId],
    );
    expect(balance).toBeGreaterThan(0);
    expect(overview.lines.map((l: { kind: string }) => l.kind)).toEqual([
      'rent_arrears',
      'public_debt_gaeldsstyrelsen',
      'fines',
      'quick_loans',
    ]);
    expect(overview.lines[0]).toMatchObject({ fromLedger: true, id: null, amountOwedOre: balance, priority: true });
    expect(overview.total.amountOwedOre).toBe(balance + 1_200_000 + 300_000 + 2_000_000);
    expect(overview.priority.amountOwedOre).toBe(balance + 300_000 + 2_000_000);

    // Written off: listed, not counted.
    await as(advisor)
      .patch(`${path('debts')}/${quick.body.id}`, { version: 1, status: 'written_off' })
      .expect(200);
    const written = (await as(advisor).get(path('debts')).expect(200)).body;
    expect(written.nonPriority.amountOwedOre).toBe(0);
    expect(written.lines.find((l: { id: string }) => l.id === quick.body.id).counted).toBe(false);
  });

  it('makes a budget whose ability to pay matches a hand calculation from the 2024 rates', async () => {
    const body = {
      budgetOn: '2024-09-01',
      // Two adults; a child born 10 March 2023 (1 on the budget date: 0–1) and one born 20 May 2015 (9: 7–17).
      household: { adults: 2, childBirthDates: ['2023-03-10', '2015-05-20'] },
      income: [
        { group: 'wages', amountOre: 2_500_000 },
        { group: 'benefits', amountOre: 320_000 },
      ],
      fixed: [
        { group: 'rent', amountOre: 750_000, approved: true },
        { group: 'utilities', amountOre: 90_000, approved: true },
        { group: 'insurance', amountOre: 40_000, approved: true },
        { group: 'transport', amountOre: 120_000, approved: false },
      ],
      flexible: [
        { group: 'food', amountOre: 400_000 },
        { group: 'phone_internet', amountOre: 30_000 },
      ],
    };
    // By hand, per month: income 25,000 + 3,200 = 28,200 kr; approved fixed 7,500 + 900 + 400 = 8,800 kr;
    // standard amount (2024) 7,240 + 5,040 + 1,970 + 3,630 = 17,880 kr;
    // ability to pay 28,200 − 8,800 − 17,880 = 1,520 kr; disposable 28,200 − 10,000 − 4,300 = 13,900 kr.
    const created = await as(advisor).post(path('budgets'), body).expect(201);
    expect(created.body.calculation).toMatchObject({
      incomeOre: 2_820_000,
      approvedFixedOre: 880_000,
      standardLivingAmountOre: 1_788_000,
      abilityToPayOre: 152_000,
      disposableOre: 1_390_000,
      ratesFromEarlierYear: false,
      standardLivingAmount: { adults: 2, children: { '0_1': 1, '2_6': 0, '7_17': 1 }, ratesValidFrom: '2024-01-01' },
    });

    // Refused, nothing written: no rates in force before 2024, a fixed cost without approval.
    const early = await as(advisor).post(path('budgets'), { ...body, budgetOn: '2023-06-01' });
    expect([early.status, early.body.code]).toEqual([404, 'STANDARD_LIVING_AMOUNT_NOT_IN_FORCE']);
    const unapproved = await as(advisor).post(path('budgets'), {
      ...body,
      fixed: [{ group: 'rent', amountOre: 750_000 }],
    });
    expect([unapproved.status, unapproved.body.code]).toEqual([400, 'BUDGET_APPROVAL_MISSING']);

    // A second budget is a new row; the history is the newest first, each with its calculation.
    await as(advisor)
      .post(path('budgets'), { ...body, budgetOn: '2024-11-01', income: [{ group: 'wages', amountOre: 2_600_000 }] })
      .expect(201);
    const history = (await as(advisor).get(path('budgets')).expect(200)).body.items;
    expect(history.map((b: { budgetOn: string }) => b.budgetOn)).toEqual(['2024-11-01', '2024-09-01']);
    expect(history[1].calculation.abilityToPayOre).toBe(152_000);
    expect(history[0].calculation.abilityToPayOre).toBe(2_600_000 - 880_000 - 1_788_000);
  });

  it('audits every read with the person, and never writes the note into the audit log', async () => {
    const reads = await database.query<{ action: string; person_id: string; actor_id: string }>(
      `SELECT action, person_id, actor_id FROM audit_log WHERE action LIKE 'counselling_%.read'`,
    );
    for (const action of ['counselling_session.read', 'counselling_debt.read', 'counselling_budget.read']) {
      expect(reads.filter((r) => r.action === action).length).toBeGreaterThan(0);
    }
    expect(reads.every((r) => r.person_id === worldCase.tenancy.tenants[0]!.id && r.actor_id === advisor.user.id)).toBe(
      true,
    );
    const dump = JSON.stringify(await database.query(`SELECT details FROM audit_log`));
    expect(dump).not.toContain('skilsmisse');
    expect(dump).not.toContain('henstand');
  });

  it('reminds the provider once of a next action past due — name and address, no note, no action text — until it is done', async () => {
    const sessions = api.get(CounsellingSessionService);
    const tomorrow = new Date(Date.now() + 24 * 3600_000 + 3600_000);
    expect(await sessions.remindDueNextActions(new Date())).toBe(0); // due today: not yet overdue
    expect(await sessions.remindDueNextActions(tomorrow)).toBe(1);
    expect(await sessions.remindDueNextActions(tomorrow)).toBe(0); // once per session
    await eventually(
      () =>
        sink.received.some((e) => e.to.includes(PROVIDER_MAILBOX) && /gældsrådgivningen/.test(e.text))
          ? true
          : undefined,
      30_000,
      'the reminder email',
    );
    await outboxSettled(database, worker);
    for (const email of sink.received) {
      expect(email.text + email.html).not.toContain('skilsmisse');
      expect(email.text + email.html).not.toContain('henstand');
    }
    const reminder = sink.received.find((e) => e.to.includes(PROVIDER_MAILBOX) && /gældsrådgivningen/.test(e.text))!;
    expect(reminder.text).toContain(worldCase.tenancy.tenants[0]!.name);

    const session = (await as(advisor).get(path('sessions')).expect(200)).body.items.find(
      (s: { nextAction: unknown }) => s.nextAction !== null,
    );
    const done = await as(advisor)
      .patch(`${path('sessions')}/${session.id}`, { version: session.version, nextActionDone: true })
      .expect(200);
    expect(done.body.nextAction.doneOn).toBe(today);
    const [warning] = await database.query<{ acknowledged_at: Date | null }>(
      `SELECT acknowledged_at FROM warning WHERE rule_code = 'counselling-next-action-due'`,
    );
    expect(warning!.acknowledged_at).not.toBeNull();
    const none = await as(advisor).patch(`${path('sessions')}/${session.id}`, { version: 1, nextActionDone: true });
    expect([none.status, none.body.code]).toEqual([409, 'STALE_VERSION']);
  });

  it('answers 404 at once after the consent is withdrawn, and the caseworker never sees the note', async () => {
    // What the landlord's caseworker reads about the case and the referral: never the note or the next action.
    const seen = [
      (await as(caseworker).get(`/api/v1/referrals/${referralId}`).expect(200)).body,
      (await as(caseworker).get(`/api/v1/cases/${worldCase.caseId}`).expect(200)).body,
      (await as(caseworker).get(`/api/v1/cases/${worldCase.caseId}/timeline`).expect(200)).body,
      (await as(caseworker).get(`/api/v1/cases/${worldCase.caseId}/warnings`)).body,
    ];
    for (const secret of ['skilsmisse', 'henstand']) expect(JSON.stringify(seen)).not.toContain(secret);
    await api.get(ConsentService).withdraw(actorOf(caseworker.user), worldCase.tenancy.tenants[0]!.id, consentId);
    for (const area of ['sessions', 'debts', 'budgets']) {
      const response = await as(advisor).get(path(area));
      expect([area, response.status, response.body.code]).toEqual([area, 404, 'REFERRAL_NOT_FOUND']);
    }
    const write = await as(advisor).post(path('debts'), {
      creditor: 'X',
      kind: 'other',
      status: 'untouched',
      amountOwedOre: 1,
      monthlyPaymentOre: 0,
    });
    expect(write.status).toBe(404);
  });

  it('never writes the note or the next action into the log', async () => {
    const logs = loggedApi!.output();
    expect(logs).toContain('"req"'); // request logging was on
    expect(logs).toContain('/sessions');
    for (const secret of [NOTE, 'skilsmisse', NEXT_ACTION, 'henstand']) {
      expect([secret, logs.includes(secret)]).toEqual([secret, false]);
    }
  });

  it('erases the casework when the person is anonymised: notes and next actions cleared, debts and budgets gone', async () => {
    const personId = worldCase.tenancy.tenants[0]!.id;
    await api
      .get(DataSource)
      .transaction((manager) => api.get(PersonService).anonymise(manager, null, [personId], 'test'));
    const [sessions] = await database.query<{ notes: number; actions: number; total: number }>(
      `SELECT count(note_ciphertext)::int AS notes, count(next_action_text)::int AS actions, count(*)::int AS total
         FROM counselling_session`,
    );
    expect(sessions).toEqual({ notes: 0, actions: 0, total: 2 });
    expect([
      await count('counselling_debt'),
      await count('counselling_budget'),
      await count('counselling_budget_line'),
    ]).toEqual([0, 0, 0]);
  });
});

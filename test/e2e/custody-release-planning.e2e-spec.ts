// Dates and the real clock. The scenario keeps its fixed 2026 dates, worked out by hand, on purpose: they hold on
// any day from now on, because the API compares only these with the real day (in Copenhagen):
// - the custody start (Monday 2 March 2026), a housing plan's decision day (5 and 20 March 2026) and the day a task
//   was done (25 March 2026) must not be after today: all of them are in the past from now on;
// - the task states shown on the real day ('escalated' three times, 'open' for the housing help) and the officer's
//   overdue list hold on every day after the last escalation day (24 June 2026): the housing help has no due day,
//   so it stays open;
// - the release is recorded on today itself; the refusals of a day in the future use `inFuture`, a week after
//   today (still in the future if the run crosses midnight), not a fixed year.
// Nothing else reads the real date: the sweep (`custody-release-check`) runs as of the day given and reads the stored
// task and sublet dates only, so the sublet ending on 31 January 2027 is found on 30 December 2026 whatever the real
// date is; the sublet rules compare the plan's own dates and the episode's (none asks for a sublet still to come); the
// plan in force is the latest one, not one by date. Checked by running the spec with the clock of the test process and
// of a PostgreSQL of its own shifted (libfaketime) to 1 February and 1 March 2027, 1 March 2029 and 15 June 2099.
import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createWorker } from '../../apps/worker/src/worker.factory.js';
import { addDays, copenhagenDateOf, type IsoDate } from '@app/calendar';
import { ConsentPurpose, Role } from '@app/domain';
import {
  clearRedisPrefix,
  createTestDatabase,
  httpAs,
  signIn,
  SmtpSink,
  testConfig,
  TestWorld,
  type SignedInUser,
  type TestDatabase,
  uniqueQueuePrefix,
} from '@app/testing';
import { runCustodyReleaseCheck } from '../support/maintenance-job.js';

const d = (s: string) => s as IsoDate;
const UNIT_MAILBOX = 'kriminalforsorgen-planlaegning@kriminalforsorgen.test';

/**
 * Issue 15, items 3 and 5 (docs/probation-release-planning.md): on the tenant's consent naming the probation unit,
 * the landlord and the municipality, the officer records a 10-month sentence (the worked example: arrival Monday
 * 2 March 2026, parole Tuesday 22 September 2026). The housing plan is a sublet: bad ones are refused with the rules'
 * stable codes and nothing written; the landlord and the municipality see the plan in force only. The Køreplan's
 * tasks carry the dates computed by hand below, move when the parole date changes (a completed task stays
 * completed), and the sweep on a controlled day finds the missed ones and the sublet ending. The release closes the
 * tasks. A withdrawal of the unit's consent hides plan and tasks from everyone at once, audited.
 */
describe('custody release planning', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let sink: SmtpSink;
  const prefix = uniqueQueuePrefix();
  let world: TestWorld;
  let officer: SignedInUser;
  let otherOfficer: SignedInUser;
  let caseworker: SignedInUser;
  let socialWorker: SignedInUser;
  let manager: SignedInUser;
  let tenantId: string;
  let secondTenantId: string;
  let secondUnitConsent: string;
  let episodeId: string;
  const today = copenhagenDateOf(new Date());
  /** A day after today on any day the spec runs (a week ahead, so a run across midnight keeps it ahead). */
  const inFuture = addDays(today, 7);
  const reminderWarnings = () =>
    database.query<{
      occurrence: string;
      recipient_type: string;
      urgency: string;
      acknowledge_by: string;
      acknowledged_at: Date | null;
      data: Record<string, unknown>;
    }>(
      `SELECT occurrence, recipient_type, urgency, acknowledge_by::text, acknowledged_at, data FROM warning
        WHERE rule_code = 'custody-release-reminder' ORDER BY created_at, occurrence, recipient_type`,
    );

  const as = (user: SignedInUser) => httpAs(api, user);
  const count = async (table: string) =>
    (await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
  const episodeBody = (personId: string) => ({
    personId,
    kind: 'sentence',
    institution: 'Statsfængslet Østjylland',
    startedOn: '2026-03-02',
    paroleOn: '2026-09-22',
    expectedReleaseOn: '2027-01-02',
    sentenceMonths: 10,
    contact: { kind: 'probation_officer' },
  });
  const sublet = (overrides: object = {}) => ({
    option: 'sublet',
    decidedOn: '2026-03-20',
    subletFromOn: '2026-04-01',
    subletToOn: '2027-01-31',
    landlordConsentOn: '2026-03-20',
    ...overrides,
  });
  type Task = { id: string; kind: string; opensOn: string; remindOn: string; dueOn: string; escalateOn: string };
  const tasksOf = async (user: SignedInUser, id = episodeId) =>
    (await as(user).get(`/api/v1/custody-episodes/${id}/release-tasks`).expect(200)).body as {
      applies: boolean;
      items: (Task & { state: string; completedOn: string | null })[];
    };

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = await SmtpSink.start();
    const config = testConfig({
      database,
      queue: 'redis',
      prefix,
      smtpUrl: sink.url,
      env: { WARNING_SWEEP_EVERY_MS: String(24 * 3600_000), CUSTODY_RELEASE_CHECK_CRON: '0 3 29 2 *' },
    });
    api = await createApi(config);
    await api.init();
    worker = await createWorker(config);
    world = new TestWorld(api);
    const { organisation, municipality, departments, caseworker: worldCaseworker } = await world.organisation();
    const unit = await world.probationUnit({ contactEmail: UNIT_MAILBOX });
    const { tenants } = await world.tenancy(departments[0]!, {
      caseworker: worldCaseworker,
      tenants: [
        { name: 'Jens Indsat', municipalityId: municipality.id },
        { name: 'Karen Indsat', municipalityId: municipality.id },
      ],
    });
    const [tenant, second] = tenants as [(typeof tenants)[0], (typeof tenants)[0]];
    tenantId = tenant.id;
    secondTenantId = second.id;
    for (const person of [tenant, second]) {
      for (const recipient of [unit.id, organisation.id, municipality.id]) {
        const consent = await world.consent(person, ConsentPurpose.ProbationCooperation, recipient);
        if (person === second && recipient === unit.id) secondUnitConsent = consent.id;
      }
    }
    officer = await signIn(api, Role.ProbationOfficer, { probationUnitId: unit.id });
    otherOfficer = await signIn(api, Role.ProbationOfficer, { probationUnitId: (await world.probationUnit()).id });
    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisation.id });
    socialWorker = await signIn(api, Role.MunicipalSocialWorker, { municipalityId: municipality.id });
    manager = await signIn(api, Role.Manager, { housingOrganisationId: organisation.id });
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink?.close();
    await database?.drop();
    await clearRedisPrefix(prefix);
  });

  it('records a 10-month sentence whose Køreplan tasks carry the dates counted by hand', async () => {
    episodeId = (await as(officer).post('/api/v1/custody-episodes', episodeBody(tenantId)).expect(201)).body.id;
    const tasks = await tasksOf(officer);
    expect(tasks.applies).toBe(true);
    // Arrival Monday 2 March 2026 + 4 weeks = Monday 30 March: the action plan, and the municipality contact too
    // (parole 22 September 2026 is less than a year away). Reminder 5 business days before (Monday 23 March),
    // escalation 2 after (Wednesday 1 April). The release meeting: parole − 3 months = Monday 22 June, reminded
    // Monday 15 June, escalated Wednesday 24 June. The housing help opens 22 June and has no due day.
    expect(
      tasks.items.map(({ kind, opensOn, remindOn, dueOn, escalateOn }) => [kind, opensOn, remindOn, dueOn, escalateOn]),
    ).toEqual([
      ['action_plan', '2026-03-02', '2026-03-23', '2026-03-30', '2026-04-01'],
      ['municipality_contact', '2026-03-02', '2026-03-23', '2026-03-30', '2026-04-01'],
      ['release_meeting', '2026-03-02', '2026-06-15', '2026-06-22', '2026-06-24'],
      ['housing_setup_help', '2026-06-22', '2026-06-22', null, null],
    ]);
    expect(tasks.items.map((t) => t.state)).toEqual(['escalated', 'escalated', 'escalated', 'open']);
    // The municipality takes part in the tasks and sees them; the landlord is no party to the Køreplan.
    expect((await tasksOf(socialWorker)).items).toHaveLength(4);
    await as(caseworker).get(`/api/v1/custody-episodes/${episodeId}/release-tasks`).expect(403);
    await as(otherOfficer).get(`/api/v1/custody-episodes/${episodeId}/release-tasks`).expect(404);
    // The officer's list: overdue first.
    const list = (await as(officer).get('/api/v1/release-tasks?overdue=true').expect(200)).body.items as Task[];
    expect(list.map((t) => t.kind)).toEqual(['action_plan', 'municipality_contact', 'release_meeting']);
    expect(list[0]).toMatchObject({ personId: tenantId, personName: 'Jens Indsat', state: 'escalated' });
    expect((await as(officer).get('/api/v1/release-tasks').expect(200)).body.items).toHaveLength(4);
    expect((await as(otherOfficer).get('/api/v1/release-tasks').expect(200)).body.items).toEqual([]);
  });

  it('refuses bad housing plans with the rules’ stable codes and writes nothing', async () => {
    const path = `/api/v1/custody-episodes/${episodeId}/housing-plans`;
    const cases: [SignedInUser, object, number, string][] = [
      [officer, sublet({ landlordConsentOn: null }), 400, 'HOUSING_PLAN_SUBLET_NEEDS_LANDLORD_CONSENT'],
      [officer, sublet({ subletToOn: '2028-04-01' }), 400, 'HOUSING_PLAN_SUBLET_TOO_LONG'],
      [
        officer,
        sublet({ subletFromOn: '2026-02-01', landlordConsentOn: '2026-01-20' }),
        400,
        'HOUSING_PLAN_SUBLET_BEFORE_ABSENCE',
      ],
      [officer, sublet({ subletToOn: '2026-03-31' }), 400, 'HOUSING_PLAN_SUBLET_PERIOD_INVALID'],
      [officer, sublet({ decidedOn: inFuture }), 400, 'HOUSING_PLAN_DECIDED_IN_FUTURE'],
      // A sentence expected over 6 months: the municipality must examine subletting first.
      [
        socialWorker,
        { option: 'municipality_pays', decidedOn: '2026-03-20' },
        400,
        'HOUSING_PLAN_MUNICIPALITY_ALTERNATIVES_NOT_EXAMINED',
      ],
      [
        socialWorker,
        { option: 'municipality_pays', decidedOn: '2026-03-20', subletPossible: true },
        400,
        'HOUSING_PLAN_MUNICIPALITY_SUBLET_POSSIBLE',
      ],
      // That the municipality pays is not the landlord's to record.
      [
        caseworker,
        { option: 'municipality_pays', decidedOn: '2026-03-20', subletPossible: false },
        403,
        'HOUSING_PLAN_OPTION_NOT_ALLOWED',
      ],
      [officer, { option: 'rent_free', decidedOn: '2026-03-20' }, 400, 'VALIDATION_FAILED'],
      [officer, sublet({ offence: 'x' }), 400, 'UNKNOWN_FIELD'],
      [otherOfficer, sublet(), 404, 'CUSTODY_EPISODE_NOT_FOUND'],
      [manager, sublet(), 403, 'ROLE_NOT_ALLOWED'],
    ];
    for (const [user, body, status, code] of cases) {
      const response = await as(user).post(path, body);
      expect([code, response.status, response.body.code]).toEqual([code, status, code]);
    }
    // Every violation is listed, the first one's code on top.
    const several = await as(officer).post(path, sublet({ subletToOn: '2028-04-01', landlordConsentOn: null }));
    expect(several.body.details.map((v: { rule: string }) => v.rule)).toEqual([
      'HOUSING_PLAN_SUBLET_TOO_LONG',
      'HOUSING_PLAN_SUBLET_NEEDS_LANDLORD_CONSENT',
    ]);
    expect(several.body.details[0]).toMatchObject({ field: 'subletToOn', limitOn: '2028-03-31' });
    expect(await count('custody_housing_plan')).toBe(0);
  });

  it('records the sublet; the officer sees the history, landlord and municipality the plan in force only', async () => {
    const path = `/api/v1/custody-episodes/${episodeId}/housing-plans`;
    await as(officer).post(path, { option: 'keep_own_means', decidedOn: '2026-03-05' }).expect(201);
    const created = (await as(caseworker).post(path, sublet()).expect(201)).body;
    // 31 January 2027 − 30 days = 1 January (a holiday); 31 December is closed: Wednesday 30 December 2026.
    expect(created).toMatchObject({
      view: 'recipient',
      inForce: true,
      option: 'sublet',
      decidedByParty: 'landlord',
      decidedBy: null,
      subletFromOn: '2026-04-01',
      subletToOn: '2027-01-31',
      subletReminderOn: '2026-12-30',
    });
    const history = (await as(officer).get(path).expect(200)).body.items;
    expect(history.map((p: { option: string; inForce: boolean }) => [p.option, p.inForce])).toEqual([
      ['sublet', true],
      ['keep_own_means', false],
    ]);
    expect(history[0]).toMatchObject({ view: 'full', decidedBy: { id: caseworker.user.id } });
    for (const reader of [caseworker, socialWorker]) {
      const seen = (await as(reader).get(path).expect(200)).body.items;
      expect(seen.map((p: { option: string }) => p.option)).toEqual(['sublet']);
      expect(seen[0]).toMatchObject({ view: 'recipient', decidedBy: null, subletPossible: null });
    }
    await as(otherOfficer).get(path).expect(404);
    await as(manager).get(path).expect(403);
    const reads = await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'custody_housing_plan.read'`,
    );
    expect(reads[0]!.n).toBe(4);
  });

  it('the sweep on a controlled day finds the missed tasks and the sublet ending, the same on a second run', async () => {
    const missed = await runCustodyReleaseCheck(worker, database, d('2026-03-31'));
    expect(missed.reminders.map((r) => [r.kind, 'taskKind' in r ? r.taskKind : null, r.on])).toEqual([
      ['release_task_overdue', 'action_plan', '2026-03-30'],
      ['release_task_overdue', 'municipality_contact', '2026-03-30'],
    ]);
    expect(missed.reminders[0]).toMatchObject({
      episodeId,
      occurrence: 'release-task:action_plan:2026-03-30:overdue',
    });
    // Each becomes one urgent warning with the episode as its subject, to the probation unit, acknowledged by the
    // escalation day (Wednesday 1 April); an email to the unit's mailbox says which task and when.
    expect(missed.warnings).toBe(2);
    const raised = await reminderWarnings();
    expect(raised.map((w) => [w.occurrence, w.recipient_type, w.urgency, w.acknowledge_by])).toEqual([
      ['release-task:action_plan:2026-03-30:overdue', 'probation_unit', 'urgent', '2026-04-01'],
      ['release-task:municipality_contact:2026-03-30:overdue', 'probation_unit', 'urgent', '2026-04-01'],
    ]);
    expect(raised[0]!.data).toMatchObject({ kind: 'custody-release-reminder', reminder: { taskKind: 'action_plan' } });
    expect(JSON.stringify(raised[0]!.data)).not.toContain('Statsfængslet');
    const emails = sink.received.filter((e) => e.to.includes(UNIT_MAILBOX));
    expect(emails.length).toBeGreaterThanOrEqual(2);
    // A second run on the same day raises nothing again.
    expect((await runCustodyReleaseCheck(worker, database, d('2026-03-31'))).warnings).toBe(0);
    expect(await reminderWarnings()).toHaveLength(2);
    const soon = await runCustodyReleaseCheck(worker, database, d('2026-03-24'));
    expect(soon.reminders.map((r) => r.kind)).toEqual(['release_task_due', 'release_task_due']);
    const ending = await runCustodyReleaseCheck(worker, database, d('2026-12-30'));
    expect(ending.reminders.map((r) => r.kind)).toContain('sublet_ending');
    expect(ending.reminders.find((r) => r.kind === 'sublet_ending')).toMatchObject({ on: '2027-01-31' });
    // The sublet's end goes to the unit and to the landlord the consent names.
    const sublet = (await reminderWarnings()).filter((w) => w.occurrence.includes('sublet-ending'));
    expect(sublet.map((w) => w.recipient_type).sort()).toEqual(['housing_organisation', 'probation_unit']);
    // Nothing personal in the result: ids and days only.
    expect(JSON.stringify(ending)).not.toContain('Jens');
  });

  it('completes a task; new dates move the others and keep the completion', async () => {
    const base = `/api/v1/custody-episodes/${episodeId}/release-tasks`;
    const [actionPlan] = (await tasksOf(officer)).items;
    const complete = (user: SignedInUser, taskId: string, completedOn: string) =>
      as(user).post(`${base}/${taskId}/complete`, { completedOn });
    expect((await complete(officer, actionPlan!.id, inFuture)).body.code).toBe('RELEASE_TASK_COMPLETED_IN_FUTURE');
    expect((await complete(officer, actionPlan!.id, '2026-03-01')).body.code).toBe(
      'RELEASE_TASK_COMPLETED_BEFORE_START',
    );
    expect((await complete(socialWorker, actionPlan!.id, '2026-03-25')).body.code).toBe('RELEASE_TASK_NOT_RESPONSIBLE');
    expect((await complete(officer, randomUUID(), '2026-03-25')).status).toBe(404);
    const done = (await complete(officer, actionPlan!.id, '2026-03-25').expect(200)).body;
    expect(done).toMatchObject({ state: 'done', completedOn: '2026-03-25', completedBy: { id: officer.user.id } });
    expect((await complete(officer, actionPlan!.id, '2026-03-26')).body.code).toBe('RELEASE_TASK_ALREADY_COMPLETED');
    // Doing the task acknowledges its reminder: it escalates no further.
    const reminders = await reminderWarnings();
    expect(reminders.filter((w) => w.occurrence.includes(':action_plan:')).every((w) => w.acknowledged_at)).toBe(true);
    expect(
      reminders.filter((w) => w.occurrence.includes(':municipality_contact:')).some((w) => w.acknowledged_at),
    ).toBe(false);

    // Parole a month later, Thursday 22 October 2026: the meeting is due 22 July (Wednesday), the housing help opens
    // then; the action plan stays done.
    const episode = (await as(officer).get(`/api/v1/custody-episodes/${episodeId}`).expect(200)).body;
    await as(officer)
      .patch(`/api/v1/custody-episodes/${episodeId}`, { version: episode.version, paroleOn: '2026-10-22' })
      .expect(200);
    const moved = (await tasksOf(officer)).items;
    expect(moved.map((t) => [t.kind, t.dueOn ?? t.opensOn, t.completedOn])).toEqual([
      ['action_plan', '2026-03-30', '2026-03-25'],
      ['municipality_contact', '2026-03-30', null],
      ['release_meeting', '2026-07-22', null],
      ['housing_setup_help', '2026-07-22', null],
    ]);
    expect(moved[0]!.id).toBe(actionPlan!.id);
    const swept = await runCustodyReleaseCheck(worker, database, d('2026-03-31'));
    expect(swept.reminders.map((r) => ('taskKind' in r ? r.taskKind : r.kind))).toEqual(['municipality_contact']);
  });

  it('the release closes the episode and its tasks: no more plans, completions or reminders', async () => {
    const episode = (await as(officer).get(`/api/v1/custody-episodes/${episodeId}`).expect(200)).body;
    await as(officer)
      .post(`/api/v1/custody-episodes/${episodeId}/release`, { version: episode.version, releasedOn: today })
      .expect(200);
    const tasks = (await tasksOf(officer)).items;
    expect(tasks.map((t) => t.state)).toEqual(['done', 'closed', 'closed', 'closed']);
    const plan = await as(officer).post(`/api/v1/custody-episodes/${episodeId}/housing-plans`, sublet());
    expect([plan.status, plan.body.code]).toEqual([409, 'CUSTODY_EPISODE_CLOSED']);
    const completion = await as(officer).post(
      `/api/v1/custody-episodes/${episodeId}/release-tasks/${tasks[1]!.id}/complete`,
      { completedOn: today },
    );
    expect([completion.status, completion.body.code]).toEqual([409, 'CUSTODY_EPISODE_CLOSED']);
    expect((await runCustodyReleaseCheck(worker, database, d('2026-12-30'))).reminders).toEqual([]);
    expect((await as(officer).get('/api/v1/release-tasks').expect(200)).body.items).toEqual([]);
  });

  it('a withdrawal of the unit’s consent hides plan and tasks from everyone at once, audited', async () => {
    const id = (await as(officer).post('/api/v1/custody-episodes', episodeBody(secondTenantId)).expect(201)).body.id;
    await as(officer).post(`/api/v1/custody-episodes/${id}/housing-plans`, sublet()).expect(201);
    expect((await tasksOf(officer, id)).items).toHaveLength(4);
    await as(caseworker).post(`/api/v1/persons/${secondTenantId}/consents/${secondUnitConsent}/withdrawal`).expect(200);
    for (const user of [officer, caseworker, socialWorker]) {
      const plans = await as(user).get(`/api/v1/custody-episodes/${id}/housing-plans`);
      expect([plans.status, plans.body.code]).toEqual([404, 'CUSTODY_EPISODE_NOT_FOUND']);
    }
    for (const user of [officer, socialWorker]) {
      const tasks = await as(user).get(`/api/v1/custody-episodes/${id}/release-tasks`);
      expect([tasks.status, tasks.body.code]).toEqual([404, 'CUSTODY_EPISODE_NOT_FOUND']);
    }
    expect((await as(officer).get('/api/v1/release-tasks').expect(200)).body.items).toEqual([]);
    expect((await runCustodyReleaseCheck(worker, database, d('2026-12-30'))).reminders).toEqual([]);
    const audit = await database.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_id IN ($1, $2) AND action IN ('consent.withdraw', 'custody_episode.close') ORDER BY id`,
      [secondUnitConsent, id],
    );
    expect(audit.map((a) => a.action)).toEqual(['consent.withdraw', 'custody_episode.close']);
  });
});

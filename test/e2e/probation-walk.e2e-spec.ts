// Dates and the real clock. The walk keeps its fixed 2026 dates, worked out by hand, on purpose: they hold on any
// day from now on, because the API compares only these with the real day (in Copenhagen):
// - the custody start (Monday 2 March 2026) and the sublet's decision day (20 March 2026) must not be after today:
//   both are in the past from now on;
// - the release is recorded on today itself, and the warning sweep after the withdrawal runs 10 business days after
//   today; the bad inputs' days (1 March 2026) are refused for being before the start, which no day changes.
// Nothing else reads the real date: the sweeps run as of the day given (`custody-release-check` on 30 and 31 March
// 2026, the warning sweep at noon on 1 and 2 April 2026) and read the stored dates only; the sublet rules compare the
// plan's own dates and the episode's (none asks for a sublet still to come, so its end on 31 January 2027 may pass);
// the task dates are the rules' on the episode's dates; the arrears imported (due 1 November 2026) reach the unit
// because the episode is open, whatever the day. Checked by running the spec with the clock of the test process and of
// a PostgreSQL of its own shifted (libfaketime) to 1 February and 1 March 2027, 1 March 2029 and 15 June 2099.
import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createWorker } from '../../apps/worker/src/worker.factory.js';
import { addBusinessDays, copenhagenDateOf, type IsoDate } from '@app/calendar';
import { ConsentPurpose, Role, WarningSweeper } from '@app/domain';
import {
  clearRedisPrefix,
  createTestDatabase,
  eventually,
  httpAs,
  signIn,
  SmtpSink,
  testConfig,
  TestWorld,
  type SignedInUser,
  type TestDatabase,
  uniqueQueuePrefix,
} from '@app/testing';
import { outboxSettled } from '../support/outbox-settled.js';
import { runCustodyReleaseCheck } from '../support/maintenance-job.js';

const d = (s: string) => s as IsoDate;
const LANDLORD_MAILBOX = 'udlejning-walk@bolig.test';
const MUNICIPALITY_MAILBOX = 'varsler-walk@kommune.test';
const UNIT_MAILBOX = 'kf-walk@kriminalforsorgen.test';
const ADDRESS = 'Fængselsvej 3, 1. tv.';
const SECOND_ADDRESS = 'Fængselsvej 5, st.';
type Person = Parameters<TestWorld['consent']>[0];

/** What a landlord or a municipality must never learn (docs/probation.md `view: recipient`). */
const SECRETS = ['Statsfængslet', 'afsoning', 'varetægt', 'sentence', 'remand', 'sentenceMonths', 'paroleOn'];

interface InboxItem {
  id: string;
  kind: string;
  urgency: string;
  warning: {
    id: string;
    rule: string;
    escalationLevel: number;
    data: Record<string, unknown> | null;
  };
}

/**
 * Issue 15's acceptance walk, over HTTP with the real worker, Redis queues and an SMTP sink. The tenant consents to
 * probation-cooperation, one row each naming the probation unit, the landlord and the municipality → the officer
 * records a 10-month sentence (arrival Monday 2 March 2026, parole Tuesday 22 September 2026) → landlord and
 * municipality are told (inbox and email, exactly the recipient view) and acknowledge → the landlord records a sublet
 * with its consent → the monthly import registers arrears for the tenant → an urgent warning reaches the officer → the
 * Køreplan's tasks carry the dates counted by hand, the `custody-release-check` sweep on the due day reminds and the
 * day after raises the urgent miss, and the warning sweep after their window escalates the unacknowledged reminders
 * to the unit's team lead → the release is
 * recorded, the episode closes and both parties are told. A second tenant's consent is withdrawn mid-way: nobody sees
 * that episode any more, no sweep warns about it, its notices are scrubbed, and it is audited. Bad input answers a
 * stable code and changes nothing. The sweeps run with the day given, as the controllable clock.
 */
describe('probation cooperation, from consent to release (acceptance walk)', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let sink: SmtpSink;
  const prefix = uniqueQueuePrefix();
  const today = copenhagenDateOf(new Date());
  let world: TestWorld;
  let officer: SignedInUser;
  let unitLead: SignedInUser;
  let caseworker: SignedInUser;
  let socialWorker: SignedInUser;
  let unitId: string;
  let departmentNumber: string;
  let departmentId: string;
  let organisationId: string;
  let municipalityId: string;
  let tenancyUnit: string;
  let tenantId: string;
  let tenant: Person;
  let consentIds: string[];
  let episodeId: string;

  const as = (user: SignedInUser) => httpAs(api, user);
  const noon = (date: IsoDate) => new Date(`${date}T11:00:00Z`);
  const inbox = async (user: SignedInUser, rule?: string) =>
    ((await as(user).get('/api/v1/inbox?limit=100').expect(200)).body.items as InboxItem[]).filter(
      (i) => !rule || i.warning.rule === rule,
    );
  const mailsTo = (to: string, subject: string) =>
    sink.received.filter((e) => e.to.includes(to.toLowerCase()) && e.subject.includes(subject));
  const count = async (table: string) =>
    (await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
  const episodeBody = (personId: string, overrides: object = {}) => ({
    personId,
    kind: 'sentence',
    institution: 'Statsfængslet Østjylland',
    startedOn: '2026-03-02',
    paroleOn: '2026-09-22',
    expectedReleaseOn: '2027-01-02',
    sentenceMonths: 10,
    contact: { kind: 'person', name: 'Søster Hansen', phone: '+45 12345678' },
    ...overrides,
  });
  const sublet = {
    option: 'sublet',
    decidedOn: '2026-03-20',
    subletFromOn: '2026-04-01',
    subletToOn: '2027-01-31',
    landlordConsentOn: '2026-03-20',
  };

  /** The monthly list with one row for the tenancy given, imported by the caseworker; waits until done. */
  async function importArrears(unit: string, address: string, name: string, dueDate: string) {
    const [year, month, day] = dueDate.split('-');
    const csv =
      'Afdeling;Lejemål;Adresse;Navn;Husleje;Restance;Forfaldsdato\n' +
      `${departmentNumber};${unit};${address};${name};6.500,00;6.500,00;${day}-${month}-${year}\n`;
    const accepted = await request(api.getHttpServer())
      .post('/api/v1/arrears-imports')
      .set('Authorization', caseworker.bearer)
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(Buffer.from(csv, 'utf8'))
      .expect(202);
    const result = await eventually(async () => {
      const response = await as(caseworker).get(`/api/v1/arrears-imports/${accepted.body.id}`).expect(200);
      return ['completed', 'failed'].includes(response.body.status) ? response.body : undefined;
    }, 30_000);
    await outboxSettled(database, worker);
    return result;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = await SmtpSink.start();
    const config = testConfig({
      database,
      queue: 'redis',
      prefix,
      smtpUrl: sink.url,
      // No sweep by the schedule during the walk: the walk runs them on the days it names.
      env: { WARNING_SWEEP_EVERY_MS: String(24 * 3600_000), CUSTODY_RELEASE_CHECK_CRON: '0 3 29 2 *' },
    });
    api = await createApi(config);
    await api.init();
    worker = await createWorker(config);
    world = new TestWorld(api);
    const municipality = await world.municipality({ alertEmail: MUNICIPALITY_MAILBOX });
    municipalityId = municipality.id;
    const {
      organisation,
      departments,
      caseworker: worldCaseworker,
    } = await world.organisation({ municipality, contactEmail: LANDLORD_MAILBOX });
    organisationId = organisation.id;
    departmentNumber = departments[0]!.number;
    departmentId = departments[0]!.id;
    const unit = await world.probationUnit({ contactEmail: UNIT_MAILBOX });
    unitId = unit.id;
    tenancyUnit = `W-${Date.now().toString(36)}`;
    const { tenants } = await world.tenancy(departments[0]!, {
      caseworker: worldCaseworker,
      tenancy: { unit: tenancyUnit, address: ADDRESS },
      tenants: [{ name: 'Jens Indsat', address: ADDRESS, municipalityId }],
    });
    tenant = tenants[0]!;
    tenantId = tenant.id;
    officer = await signIn(api, Role.ProbationOfficer, { probationUnitId: unitId });
    unitLead = await signIn(api, Role.ProbationOfficer, { probationUnitId: unitId, teamLead: true });
    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisationId });
    socialWorker = await signIn(api, Role.MunicipalSocialWorker, { municipalityId });
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink?.close();
    await database?.drop();
    await clearRedisPrefix(prefix);
  });

  it('walks consent → episode → handshake → sublet → imported arrears → tasks, reminder, escalation → release', async () => {
    // 1. Consent: one row per recipient, each naming it.
    consentIds = [];
    for (const recipient of [unitId, organisationId, municipalityId]) {
      consentIds.push((await world.consent(tenant, ConsentPurpose.ProbationCooperation, recipient)).id);
    }
    const consents = await database.query<{ recipient_id: string; withdrawn_at: Date | null }>(
      `SELECT recipient_id, withdrawn_at FROM consent WHERE person_id = $1 AND purpose = 'probation-cooperation'`,
      [tenantId],
    );
    expect(consents.map((c) => c.recipient_id).sort()).toEqual([unitId, organisationId, municipalityId].sort());
    expect(consents.every((c) => c.withdrawn_at === null)).toBe(true);

    // 2. The episode: a 10-month sentence.
    const created = await as(officer).post('/api/v1/custody-episodes', episodeBody(tenantId)).expect(201);
    episodeId = created.body.id;
    expect(created.body).toMatchObject({ view: 'full', kind: 'sentence', sentenceMonths: 10, open: true });

    // 3. The handshake: the landlord and the municipality are told, exactly the permitted data.
    for (const user of [caseworker, socialWorker]) {
      const items = await inbox(user, 'custody-notice');
      expect(items).toHaveLength(1);
      expect(items[0]!.warning.data).toMatchObject({
        tenantNames: ['Jens Indsat'],
        address: ADDRESS,
        custody: {
          awaySince: '2026-03-02',
          expectedReturnOn: '2026-09-22',
          contact: { kind: 'person', name: 'Søster Hansen', phone: '+45 12345678' },
        },
      });
      for (const secret of SECRETS) {
        expect([secret, JSON.stringify(items[0]).includes(secret)]).toEqual([secret, false]);
      }
      const seen = (await as(user).get(`/api/v1/custody-episodes/${episodeId}`).expect(200)).body;
      expect(seen).toMatchObject({ view: 'recipient', kind: null, institution: null, sentenceMonths: null });
    }
    await outboxSettled(database, worker);
    for (const mailbox of [LANDLORD_MAILBOX, MUNICIPALITY_MAILBOX]) {
      const emails = mailsTo(mailbox, 'Kriminalforsorgen');
      expect([mailbox, emails.length]).toEqual([mailbox, 1]);
      for (const fact of ['Jens Indsat', ADDRESS, 'Søster Hansen', '+45 12345678']) {
        expect([fact, emails[0]!.text.includes(fact)]).toEqual([fact, true]);
      }
      for (const secret of [...SECRETS, '10 måneder']) {
        const leaked = emails[0]!.text.includes(secret) || emails[0]!.html.includes(secret);
        expect([secret, leaked]).toEqual([secret, false]);
      }
    }
    // Both acknowledge.
    for (const user of [caseworker, socialWorker]) {
      const [item] = await inbox(user, 'custody-notice');
      const acknowledged = await as(user).post(`/api/v1/inbox/${item!.id}/acknowledge`, {}).expect(200);
      expect(acknowledged.body.warning.acknowledgedAt).not.toBeNull();
    }
    const notices = await database.query<{ recipient_type: string; acknowledged_at: Date | null }>(
      `SELECT recipient_type, acknowledged_at FROM warning WHERE custody_episode_id = $1 AND rule_code = 'custody-notice'
        ORDER BY recipient_type`,
      [episodeId],
    );
    expect(notices.map((n) => [n.recipient_type, n.acknowledged_at !== null])).toEqual([
      ['housing_organisation', true],
      ['municipality', true],
    ]);

    // 4. The housing plan: the landlord records the sublet with its own consent.
    const plan = (await as(caseworker).post(`/api/v1/custody-episodes/${episodeId}/housing-plans`, sublet).expect(201))
      .body;
    // 31 January 2027 − 30 days = 1 January (a holiday); 31 December is closed: Wednesday 30 December 2026.
    expect(plan).toMatchObject({
      option: 'sublet',
      inForce: true,
      decidedByParty: 'landlord',
      subletFromOn: '2026-04-01',
      subletToOn: '2027-01-31',
      subletReminderOn: '2026-12-30',
    });
    const seenPlans = (await as(socialWorker).get(`/api/v1/custody-episodes/${episodeId}/housing-plans`).expect(200))
      .body.items;
    expect(seenPlans.map((p: { option: string }) => p.option)).toEqual(['sublet']);

    // 5. Arrears registered by import for the tenant: the urgent warning to the probation officer.
    expect(await importArrears(tenancyUnit, ADDRESS, 'Jens Indsat', '2026-11-01')).toMatchObject({
      status: 'completed',
    });
    const urgent = await inbox(officer, 'custody-arrears-registered');
    expect(urgent.map((i) => i.urgency)).toEqual(['urgent']);
    expect(urgent[0]!.warning.data).toMatchObject({ tenantNames: ['Jens Indsat'] });
    const arrearsMail = mailsTo(UNIT_MAILBOX, 'frihedsberøvet');
    expect(arrearsMail).toHaveLength(1);
    expect(arrearsMail[0]!.subject).toContain('HASTER');
    const [{ id: caseId }] = await database.query<{ id: string }>(
      `SELECT c.id FROM arrears_case c JOIN tenancy t ON t.id = c.tenancy_id WHERE t.unit = $1`,
      [tenancyUnit],
    );
    expect((await as(caseworker).get(`/api/v1/cases/${caseId}`).expect(200)).body.custody).toMatchObject({
      personId: tenantId,
      since: '2026-03-02',
      contact: { name: 'Søster Hansen' },
    });

    // 6. The release tasks, counted by hand (docs/probation-release-planning.md): the release date that counts is
    // the earlier of parole (22 September 2026) and expected release (2 January 2027). Arrival Monday 2 March + 4 weeks
    // = Monday 30 March: the action plan, and the municipality contact (parole − 12 months is before the arrival, so
    // 4 weeks from arrival). Reminders 5 business days before (Monday 23 March), escalation 2 after (Wednesday 1
    // April). The meeting: parole − 3 months = Monday 22 June, reminded Monday 15 June, escalated Wednesday 24 June.
    // The housing help opens 22 June, without a due day.
    const tasks = (await as(officer).get(`/api/v1/custody-episodes/${episodeId}/release-tasks`).expect(200)).body;
    expect(tasks.applies).toBe(true);
    expect(
      tasks.items.map((t: Record<string, string>) => [t.kind, t.opensOn, t.remindOn, t.dueOn, t.escalateOn]),
    ).toEqual([
      ['action_plan', '2026-03-02', '2026-03-23', '2026-03-30', '2026-04-01'],
      ['municipality_contact', '2026-03-02', '2026-03-23', '2026-03-30', '2026-04-01'],
      ['release_meeting', '2026-03-02', '2026-06-15', '2026-06-22', '2026-06-24'],
      ['housing_setup_help', '2026-06-22', '2026-06-22', null, null],
    ]);

    // The sweep on the due day reminds the unit of the two tasks due that day.
    const onDueDay = await runCustodyReleaseCheck(worker, database, d('2026-03-30'));
    expect(onDueDay.reminders.map((r) => [r.kind, 'taskKind' in r ? r.taskKind : null])).toEqual([
      ['release_task_due', 'action_plan'],
      ['release_task_due', 'municipality_contact'],
    ]);
    const reminders = await inbox(officer, 'custody-release-reminder');
    expect(reminders).toHaveLength(2);
    expect(mailsTo(UNIT_MAILBOX, '').length).toBeGreaterThanOrEqual(3);

    // Raised on the due day itself, the reminder is to be acknowledged within 2 business days: Wednesday 1 April.
    const reminderRows = () =>
      database.query<{ urgency: string; acknowledge_by: string; escalation_level: number }>(
        `SELECT urgency, acknowledge_by::text, escalation_level FROM warning
          WHERE custody_episode_id = $1 AND rule_code = 'custody-release-reminder' ORDER BY urgency, occurrence`,
        [episodeId],
      );
    expect((await reminderRows()).map((w) => [w.urgency, w.acknowledge_by])).toEqual([
      ['normal', '2026-04-01'],
      ['normal', '2026-04-01'],
    ]);
    // Missed: the sweep the day after the due day raises the urgent overdue reminders, to be acknowledged by the
    // escalation day (Wednesday 1 April).
    const missed = await runCustodyReleaseCheck(worker, database, d('2026-03-31'));
    expect(missed.reminders.map((r) => [r.kind, 'taskKind' in r ? r.taskKind : null])).toEqual([
      ['release_task_overdue', 'action_plan'],
      ['release_task_overdue', 'municipality_contact'],
    ]);
    expect((await inbox(officer, 'custody-release-reminder')).filter((i) => i.urgency === 'urgent')).toHaveLength(2);

    // Nobody acknowledges: the warning sweep on 1 April leaves them, the one on 2 April escalates all four to the
    // unit's team lead (inbox and email, naming the reference, never the tenant).
    const sweeper = worker.get(WarningSweeper);
    await sweeper.sweep(noon(d('2026-04-01')));
    expect((await inbox(unitLead, 'custody-release-reminder')).filter((i) => i.kind === 'escalation')).toEqual([]);
    await sweeper.sweep(noon(d('2026-04-02')));
    expect((await reminderRows()).map((w) => [w.urgency, w.escalation_level])).toEqual([
      ['normal', 1],
      ['normal', 1],
      ['urgent', 1],
      ['urgent', 1],
    ]);
    const escalations = (await inbox(unitLead, 'custody-release-reminder')).filter((i) => i.kind === 'escalation');
    expect(escalations).toHaveLength(4);
    expect(escalations.every((i) => i.warning.escalationLevel === 1)).toBe(true);
    await outboxSettled(database, worker);
    const leadMail = sink.received.filter((e) => e.to.includes(unitLead.user.email.toLowerCase()));
    expect(leadMail.length).toBeGreaterThanOrEqual(1);
    for (const email of leadMail) {
      expect(email.text).toContain('KF-');
      expect(email.text).not.toContain('Jens Indsat');
    }

    // 7. The release: the episode closes and both parties are told.
    const episode = (await as(officer).get(`/api/v1/custody-episodes/${episodeId}`).expect(200)).body;
    const released = await as(officer)
      .post(`/api/v1/custody-episodes/${episodeId}/release`, { version: episode.version, releasedOn: today })
      .expect(200);
    expect(released.body).toMatchObject({ open: false, releasedOn: today, closedReason: 'released' });
    for (const user of [caseworker, socialWorker]) {
      const [item] = await inbox(user, 'custody-released');
      expect(item!.warning.data).toMatchObject({
        tenantNames: ['Jens Indsat'],
        custody: { releasedOn: today, contact: null },
      });
    }
    await outboxSettled(database, worker);
    for (const mailbox of [LANDLORD_MAILBOX, MUNICIPALITY_MAILBOX]) {
      const emails = mailsTo(mailbox, 'løsladt');
      expect([mailbox, emails.length]).toEqual([mailbox, 1]);
      for (const secret of SECRETS) expect([secret, emails[0]!.text.includes(secret)]).toEqual([secret, false]);
    }
    const closedTasks = (await as(officer).get(`/api/v1/custody-episodes/${episodeId}/release-tasks`).expect(200)).body
      .items as { state: string }[];
    expect(closedTasks.every((t) => t.state === 'closed')).toBe(true);
    expect((await as(caseworker).get(`/api/v1/cases/${caseId}`).expect(200)).body.custody).toBeNull();
  });

  it('a consent withdrawn mid-way: nobody sees the episode, no sweep warns about it, notices scrubbed, audited', async () => {
    const unit = `W2-${Date.now().toString(36)}`;
    const { tenants } = await world.tenancy(
      { id: departmentId, number: departmentNumber, housingOrganisationId: organisationId },
      {
        tenancy: { unit, address: SECOND_ADDRESS },
        tenants: [{ name: 'Karen Indsat', address: SECOND_ADDRESS, municipalityId }],
      },
    );
    const karen = tenants[0]!.id;
    const karenPerson = tenants[0]!;
    const ids: string[] = [];
    for (const recipient of [unitId, organisationId, municipalityId]) {
      ids.push((await world.consent(karenPerson, ConsentPurpose.ProbationCooperation, recipient)).id);
    }
    const id = (await as(officer).post('/api/v1/custody-episodes', episodeBody(karen)).expect(201)).body.id as string;
    await as(caseworker).post(`/api/v1/custody-episodes/${id}/housing-plans`, sublet).expect(201);
    expect(
      await database.query(`SELECT 1 FROM warning WHERE custody_episode_id = $1 AND rule_code = 'custody-notice'`, [
        id,
      ]),
    ).toHaveLength(2);

    expect(
      (await inbox(caseworker, 'custody-notice')).filter((i) => i.warning.data?.address === SECOND_ADDRESS),
    ).toHaveLength(1);
    // Mid-way, before anyone acknowledged: the tenant withdraws the row naming the probation unit.
    await as(caseworker).post(`/api/v1/persons/${karen}/consents/${ids[0]}/withdrawal`).expect(200);
    for (const user of [officer, caseworker, socialWorker]) {
      const response = await as(user).get(`/api/v1/custody-episodes/${id}`);
      expect([response.status, response.body.code]).toEqual([404, 'CUSTODY_EPISODE_NOT_FOUND']);
      const list = (await as(user).get('/api/v1/custody-episodes').expect(200)).body.items as { id: string }[];
      expect(list.map((e) => e.id)).not.toContain(id);
    }
    // The notices are closed and keep nothing personal.
    const notices = await database.query<{ acknowledged_at: Date | null; data: object; escalation_level: number }>(
      `SELECT acknowledged_at, data, escalation_level FROM warning WHERE custody_episode_id = $1`,
      [id],
    );
    expect(notices.length).toBeGreaterThanOrEqual(2);
    for (const notice of notices) {
      expect(notice.acknowledged_at).not.toBeNull();
      expect(notice.data).toMatchObject({ tenantNames: [], address: '' });
      expect(JSON.stringify(notice.data)).not.toMatch(/Karen|Fængselsvej|Søster/);
    }
    // Plan and tasks go with it.
    for (const user of [officer, caseworker, socialWorker]) {
      const plans = await as(user).get(`/api/v1/custody-episodes/${id}/housing-plans`);
      expect([plans.status, plans.body.code]).toEqual([404, 'CUSTODY_EPISODE_NOT_FOUND']);
    }
    for (const user of [officer, socialWorker]) {
      const tasks = await as(user).get(`/api/v1/custody-episodes/${id}/release-tasks`);
      expect([tasks.status, tasks.body.code]).toEqual([404, 'CUSTODY_EPISODE_NOT_FOUND']);
    }
    // What the recipients' inboxes still show of the notices names nobody.
    for (const user of [caseworker, socialWorker]) {
      const shown = (await inbox(user)).filter(
        (i) => JSON.stringify(i).includes(SECOND_ADDRESS) || JSON.stringify(i).includes('Karen'),
      );
      expect(shown).toEqual([]);
    }
    // The next sweeps raise and escalate nothing about it (the Køreplan's missed tasks on 31 March included, the
    // unacknowledged notices' window long past); arrears imported now tell the unit nothing.
    const raisedBefore = await count('warning');
    expect((await runCustodyReleaseCheck(worker, database, d('2026-03-31'))).reminders).toEqual([]);
    expect(await count('warning')).toBe(raisedBefore);
    await worker.get(WarningSweeper).sweep(noon(addBusinessDays(today, 10)));
    const after = await database.query<{ escalation_level: number }>(
      `SELECT escalation_level FROM warning WHERE custody_episode_id = $1`,
      [id],
    );
    expect(after.every((w) => w.escalation_level === 0)).toBe(true);
    await importArrears(unit, SECOND_ADDRESS, 'Karen Indsat', '2026-11-01');
    expect(
      await database.query(
        `SELECT 1 FROM warning WHERE rule_code = 'custody-arrears-registered' AND occurrence LIKE $1`,
        [`custody:${id}:%`],
      ),
    ).toEqual([]);
    expect((await inbox(officer)).filter((i) => JSON.stringify(i.warning.data ?? {}).includes('Karen Indsat'))).toEqual(
      [],
    );
    // Audited: the withdrawal, then the episode's closing on it.
    const audit = await database.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_id IN ($1, $2)
          AND action IN ('consent.withdraw', 'custody_episode.close') ORDER BY id`,
      [ids[0], id],
    );
    expect(audit.map((a) => a.action)).toEqual(['consent.withdraw', 'custody_episode.close']);
  });

  it('bad input answers a stable code and changes nothing', async () => {
    const { tenants } = await world.tenancy(
      { id: departmentId, number: departmentNumber, housingOrganisationId: organisationId },
      {
        tenants: [
          { name: 'Ole Indsat', municipalityId },
          { name: 'Anne Uden Samtykke', municipalityId },
        ],
      },
    );
    const [ole, anne] = [tenants[0]!.id, tenants[1]!.id];
    for (const recipient of [unitId, organisationId, municipalityId]) {
      await world.consent(tenants[0]!, ConsentPurpose.ProbationCooperation, recipient);
    }
    const open = (await as(officer).post('/api/v1/custody-episodes', episodeBody(ole)).expect(201)).body;
    const tables = ['custody_episode', 'custody_release_task', 'custody_housing_plan', 'warning', 'consent'];
    const counts = async () => Promise.all(tables.map(count));
    const before = await counts();

    const creations: [SignedInUser, object, number, string][] = [
      [officer, episodeBody(ole, { expectedReleaseOn: '2026-03-01' }), 400, 'CUSTODY_RELEASE_BEFORE_START'],
      [officer, episodeBody(anne), 404, 'PERSON_NOT_FOUND'],
      [caseworker, { ...episodeBody(anne), probationUnitId: unitId }, 409, 'CUSTODY_CONSENT_MISSING'],
      [officer, episodeBody(ole, { kind: 'probation' }), 400, 'VALIDATION_FAILED'],
    ];
    for (const [user, body, status, code] of creations) {
      const response = await as(user).post('/api/v1/custody-episodes', body);
      expect([code, response.status, response.body.code]).toEqual([code, status, code]);
    }
    // Recording a release before the start on the open episode.
    const early = await as(officer).post(`/api/v1/custody-episodes/${open.id}/release`, {
      version: open.version,
      releasedOn: '2026-03-01',
    });
    expect([early.status, early.body.code]).toEqual([400, 'CUSTODY_RELEASE_BEFORE_START']);
    // An unknown kind on a change.
    const kind = await as(officer).patch(`/api/v1/custody-episodes/${open.id}`, {
      version: open.version,
      kind: 'probation',
    });
    expect([kind.status, kind.body.code]).toEqual([400, 'VALIDATION_FAILED']);

    expect(await counts()).toEqual(before);
    const unchanged = (await as(officer).get(`/api/v1/custody-episodes/${open.id}`).expect(200)).body;
    expect(unchanged).toMatchObject({ open: true, version: open.version, releasedOn: null, kind: 'sentence' });
  });
});

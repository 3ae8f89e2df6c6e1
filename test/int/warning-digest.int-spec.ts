import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { copenhagenDateOf } from '@app/calendar';
import { Role, WarningSweeper } from '@app/domain';
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
import { outboxSettled } from '../support/outbox-settled.js';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createWorker } from '../../apps/worker/src/worker.factory.js';

const QUIET_SCHEDULES = { WARNING_SWEEP_EVERY_MS: String(24 * 3600_000), WARNING_DIGEST_CRON: '0 3 29 2 *' };
const MAILBOX = 'boligvarsler@ishoej.dk';

interface OutboxRow {
  id: string;
  recipient: string;
  status: string;
  template: string;
  case_id: string | null;
  digest_id: string | null;
  urgent: boolean | null;
}

/**
 * The daily digest: a recipient who chose it gets non-urgent warnings held and then in one email
 * per address; urgent warnings go at once. `sendDigests(now)` is called by the test instead of the
 * cron, and the worker sends what it queues to a real SMTP sink.
 */
describe('the daily digest of warnings', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let sweeper: WarningSweeper;
  let world: TestWorld;
  let digestReader: SignedInUser;
  let immediateReader: SignedInUser;
  let caseworker: SignedInUser;
  const cases = { quiet: '', children: '', another: '' };

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = await SmtpSink.start();
    const config = testConfig({ database, queue: 'postgres', smtpUrl: sink.url, env: QUIET_SCHEDULES });
    api = await createApi(config);
    await api.init();
    worker = await createWorker(config);
    sweeper = api.get(WarningSweeper);
    const admin = await signIn(api, Role.Administrator);
    world = new TestWorld(api);

    const ishoej = await world.municipality({ name: 'Ishøj', alertEmail: MAILBOX });
    const landlord = await world.housingOrganisation({ name: 'Ishøj Boligselskab' });
    const department = await world.department(landlord.id, ishoej.id, '3');
    await world.agreement({
      municipalityId: ishoej.id,
      housingOrganisationId: landlord.id,
      enabledWarnings: ['arrears-registered'],
    });
    const setting = await httpAs(api, admin)
      .put(`/api/v1/notification-settings/${MAILBOX}`, { delivery: 'digest' })
      .expect(200);
    expect(setting.body).toMatchObject({ email: MAILBOX, delivery: 'digest', isDefault: false });
    digestReader = await signIn(api, Role.MunicipalSocialWorker, { municipalityId: ishoej.id });
    await httpAs(api, digestReader)
      .put('/api/v1/notification-settings/me', { delivery: 'digest', language: 'en' })
      .expect(200);
    immediateReader = await signIn(api, Role.MunicipalSocialWorker, { municipalityId: ishoej.id });
    await httpAs(api, immediateReader).put('/api/v1/notification-settings/me', { delivery: 'immediate' }).expect(200);
    // A third social worker keeps the default: inbox only, no email.
    await signIn(api, Role.MunicipalSocialWorker, { municipalityId: ishoej.id });

    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: landlord.id });
    const open = async (name: string, address: string, childrenUnder18 = 0) => {
      const { tenancyId } = await world.tenancyIn(caseworker, department.id, { name, address, childrenUnder18 });
      return world.registerArrears(caseworker, tenancyId, '2026-10-01');
    };
    cases.quiet = await open('Dorte Dam', 'Ishøj Strandvej 10');
    cases.children = await open('Erik Eng', 'Ishøj Strandvej 20', 2);
    cases.another = await open('Frida Fjord', 'Ishøj Strandvej 30');
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink?.close();
    await database?.drop();
  });

  const outbox = () =>
    database.query<OutboxRow>(
      `SELECT o.id, o.recipient, o.status, o.payload->>'template' AS template, w.case_id, o.digest_id,
              (o.payload->'data'->>'urgent')::boolean AS urgent
         FROM outbox o LEFT JOIN warning w ON w.id = o.warning_id
        WHERE o.payload->>'template' IN ('warning', 'warning-digest') ORDER BY o.created_at, o.recipient`,
    );

  it('holds non-urgent warnings for digest readers and sends urgent ones, and immediate copies, at once', async () => {
    const digestAddress = digestReader.user.email.toLowerCase();
    const immediateAddress = immediateReader.user.email.toLowerCase();
    // Held rows stay held; the rest are sent by the worker.
    const rows = await eventually(async () => {
      const all = await outbox();
      return all.length === 9 && all.every((r) => r.status === 'held' || r.status === 'sent') ? all : undefined;
    });
    const byCase = (caseId: string) =>
      rows
        .filter((r) => r.case_id === caseId)
        .map((r) => [r.recipient, r.status])
        .sort();
    for (const quiet of [cases.quiet, cases.another]) {
      expect(byCase(quiet)).toEqual(
        [
          [MAILBOX, 'held'],
          [digestAddress, 'held'],
          [immediateAddress, 'sent'],
        ].sort(),
      );
    }
    // Children under 18: urgent, so nobody waits for a digest.
    expect(byCase(cases.children)).toEqual(
      [
        [MAILBOX, 'sent'],
        [digestAddress, 'sent'],
        [immediateAddress, 'sent'],
      ].sort(),
    );
    const urgent = sink.received.filter((e) => e.to.includes(MAILBOX) && /Erik Eng|Ishøj Strandvej 20/.test(e.text));
    expect(urgent).toHaveLength(1);
    const held = new Set(rows.filter((r) => r.status === 'held').map((r) => r.id));
    expect(sink.received.filter((e) => held.has(e.notificationId ?? ''))).toEqual([]);
  });

  it('waits with warnings raised after the digest’s moment', async () => {
    expect(await sweeper.sendDigests(new Date(Date.now() - 3600_000))).toBe(0);
    expect((await outbox()).filter((r) => r.template === 'warning-digest')).toEqual([]);
  });

  /** The digested emails of a case's warnings, as the case's warnings show them. */
  const digestedDeliveries = async (caseId: string) => {
    const response = await httpAs(api, caseworker).get(`/api/v1/cases/${caseId}/warnings`).expect(200);
    return (response.body as { deliveries: { status: string; digestStatus: string; sentAt: string | null }[] }[])
      .flatMap((w) => w.deliveries)
      .filter((d) => d.status === 'digested');
  };

  it('sends one digest per address with every held warning, and marks them digested', async () => {
    const now = new Date();
    // The mail server takes its time: until it has accepted a digest, the warnings in it are not sent.
    sink.holdNext(2, 1_500);
    expect(await sweeper.sendDigests(now)).toBe(2);
    const waiting = await digestedDeliveries(cases.quiet);
    expect(waiting).toHaveLength(2);
    for (const delivery of waiting) {
      expect(['pending', 'queued']).toContain(delivery.digestStatus);
      expect(delivery.sentAt).toBeNull();
    }
    const rows = await outbox();
    const digests = rows.filter((r) => r.template === 'warning-digest');
    expect(digests.map((d) => d.recipient).sort()).toEqual([MAILBOX, digestReader.user.email.toLowerCase()].sort());
    expect(rows.filter((r) => r.status === 'held')).toEqual([]);
    for (const digest of digests) {
      const included = rows.filter((r) => r.digest_id === digest.id);
      expect(included.map((r) => [r.case_id, r.status]).sort()).toEqual(
        [
          [cases.quiet, 'digested'],
          [cases.another, 'digested'],
        ].sort(),
      );
      expect(included.every((r) => r.recipient === digest.recipient)).toBe(true);
    }

    const emails = await eventually(() => {
      const found = digests.map((d) => sink.received.find((e) => e.notificationId === d.id));
      return found.every(Boolean) ? found.map((e) => e!) : undefined;
    });
    const toMailbox = emails.find((e) => e.to.includes(MAILBOX))!;
    expect(toMailbox.subject).toMatch(/^2 nye varsler om risiko for udsættelse – /);
    const toReader = emails.find((e) => !e.to.includes(MAILBOX))!;
    expect(toReader.subject).toMatch(/^2 new warnings of eviction risk – /);
    // Issue 13: each warning in the digest links to its own page.
    const digested = await database.query<{ warning_id: string }>(
      `SELECT DISTINCT warning_id FROM outbox WHERE digest_id = $1`,
      [digests[0]!.id],
    );
    for (const email of emails) {
      expect(email.text).toContain('Ishøj Strandvej 10');
      expect(email.text).toContain('Ishøj Strandvej 30');
      expect(email.text).not.toContain('Ishøj Strandvej 20');
      const links = (email.text.match(/https?:\/\/\S+/g) ?? []).map((url) => url.replace(/^.*\/inbox\/warnings\//, ''));
      expect(links).toHaveLength(2);
      expect(links.every((id) => digested.some((row) => row.warning_id === id))).toBe(true);
    }
    const [payload] = await database.query<{ date: string; items: number }>(
      `SELECT payload->'data'->>'date' AS date, jsonb_array_length(payload->'data'->'items') AS items
         FROM outbox WHERE id = $1`,
      [digests[0]!.id],
    );
    expect(payload).toEqual({ date: copenhagenDateOf(now), items: 2 });
    const sent = await eventually(async () => {
      const deliveries = await digestedDeliveries(cases.quiet);
      return deliveries.every((d) => d.digestStatus === 'sent') ? deliveries : undefined;
    });
    const [digestSentAt] = await database.query<{ sent_at: Date }>(`SELECT sent_at FROM outbox WHERE id = $1`, [
      digests.find((d) => d.recipient === MAILBOX)!.id,
    ]);
    expect(sent.map((d) => new Date(d.sentAt!).getTime())).toContain(digestSentAt!.sent_at.getTime());
  });

  it('sends nothing new when run again', async () => {
    const before = await outbox();
    expect(await sweeper.sendDigests(new Date())).toBe(0);
    expect(await sweeper.sendDigests(new Date(Date.now() + 24 * 3600_000))).toBe(0);
    const after = await outbox();
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    await outboxSettled(database, worker);
    const digestSubject = /^\d+ (nye varsler|nyt varsel|new warnings?) /;
    expect(sink.received.filter((e) => digestSubject.test(e.subject))).toHaveLength(2);
  });
});

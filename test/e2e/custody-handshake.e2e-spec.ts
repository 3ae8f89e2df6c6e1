import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createWorker } from '../../apps/worker/src/worker.factory.js';
import { addBusinessDays, addDays, copenhagenDateOf, type IsoDate } from '@app/calendar';
import { ConsentPurpose, Role, WarningSweeper } from '@app/domain';
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
import { outboxSettled } from '../support/outbox-settled.js';

const LANDLORD_MAILBOX = 'udlejning-handshake@bolig.test';
const MUNICIPALITY_MAILBOX = 'varsler-handshake@kommune.test';
const UNIT_MAILBOX = 'kf-handshake@kriminalforsorgen.test';

/** What a recipient of a custody notice must never learn (docs/probation.md `view: recipient`). */
const SECRETS = ['Statsfængslet', 'afsoning', 'varetægt', 'sentence', 'remand', 'sentenceMonths', 'paroleOn'];

interface InboxItem {
  id: string;
  kind: string;
  caseId: string | null;
  warning: {
    id: string;
    rule: string;
    acknowledgeBy: string;
    acknowledgedAt: string | null;
    escalationLevel: number;
    data: {
      reference: string;
      tenantNames: string[];
      address: string;
      eventOn: string;
      custody?: {
        awaySince: string;
        expectedReturnOn: string | null;
        releasedOn: string | null;
        contact: { kind: string; name: string; phone: string | null; email: string | null } | null;
      };
      withdrawn?: boolean;
    } | null;
  };
}

/**
 * Issue 15, item 2 (docs/probation.md#the-handshake): recording a custody episode tells every recipient the
 * tenant's explicit consent for probation-cooperation names — the landlord's caseworkers and the tenant's
 * municipality — through the warning engine: inbox items and emails (outbox, worker, a real SMTP server)
 * carrying exactly the recipient view (name, address, away since, expected return, contact; never the kind,
 * the institution, the sentence or the parole date). Each acknowledges within the unit's setting; the one
 * that does not is escalated when the clock passes the date. A new contact and the release tell them again.
 * A recipient the consent does not name is told nothing; a withdrawal closes and scrubs that recipient's
 * notices at once, audited, and nothing more reaches it.
 */
describe('custody handshake', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let sink: SmtpSink;
  const prefix = uniqueQueuePrefix();
  let world: TestWorld;
  let officer: SignedInUser;
  let caseworker: SignedInUser;
  let socialWorker: SignedInUser;
  let teamLead: SignedInUser;
  let admin: SignedInUser;
  let unitId: string;
  let tenancyId: string;
  let jens: { id: string };
  let bodil: { id: string };
  let bodilLandlordConsent: string;
  let jensEpisode: string;
  const today = copenhagenDateOf(new Date());
  const startedOn = addDays(today, -20);
  const paroleOn = addDays(startedOn, 203);

  const as = (user: SignedInUser) => httpAs(api, user);
  const inbox = async (user: SignedInUser, rule?: string) =>
    ((await as(user).get('/api/v1/inbox?limit=100').expect(200)).body.items as InboxItem[]).filter(
      (i) => !rule || i.warning.rule === rule,
    );
  const custodyWarnings = (rule: string) =>
    database.query<{ id: string; recipient_type: string; case_id: string | null; data: object }>(
      `SELECT id, recipient_type, case_id, data FROM warning WHERE rule_code = $1 ORDER BY recipient_type, created_at`,
      [rule],
    );
  const mailsTo = (to: string, subject: string) =>
    sink.received.filter((e) => e.to.includes(to) && e.subject.includes(subject));
  const noon = (date: IsoDate) => new Date(`${date}T11:00:00Z`);
  const episodeBody = (personId: string, overrides: object = {}) => ({
    personId,
    kind: 'sentence',
    institution: 'Statsfængslet Østjylland',
    startedOn,
    expectedReleaseOn: addDays(startedOn, 304),
    paroleOn,
    sentenceMonths: 10,
    contact: { kind: 'person', name: 'Søster Hansen', phone: '+45 12345678' },
    ...overrides,
  });

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
    world = new TestWorld(api);
    const municipality = await world.municipality({ alertEmail: MUNICIPALITY_MAILBOX });
    const {
      organisation,
      departments,
      caseworker: worldCaseworker,
    } = await world.organisation({
      municipality,
      contactEmail: LANDLORD_MAILBOX,
    });
    const unit = await world.probationUnit({ contactEmail: UNIT_MAILBOX });
    unitId = unit.id;
    const { tenancy, tenants } = await world.tenancy(departments[0]!, {
      caseworker: worldCaseworker,
      tenancy: { address: 'Handskevej 7, 2. th.' },
      tenants: [
        { name: 'Jens Indsat', municipalityId: municipality.id },
        { name: 'Bodil Borte', municipalityId: municipality.id },
      ],
    });
    tenancyId = tenancy.id;
    const [tenantJens, tenantBodil] = tenants as [(typeof tenants)[0], (typeof tenants)[0]];
    jens = tenantJens;
    bodil = tenantBodil;
    // Jens consented to the unit, the landlord and the municipality; Bodil to the unit and the landlord only.
    for (const recipient of [unit.id, organisation.id, municipality.id]) {
      await world.consent(tenantJens, ConsentPurpose.ProbationCooperation, recipient);
    }
    await world.consent(tenantBodil, ConsentPurpose.ProbationCooperation, unit.id);
    bodilLandlordConsent = (await world.consent(tenantBodil, ConsentPurpose.ProbationCooperation, organisation.id)).id;
    officer = await signIn(api, Role.ProbationOfficer, { probationUnitId: unit.id });
    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisation.id });
    socialWorker = await signIn(api, Role.MunicipalSocialWorker, { municipalityId: municipality.id });
    teamLead = await signIn(api, Role.MunicipalSocialWorker, { municipalityId: municipality.id, teamLead: true });
    admin = await signIn(api, Role.Administrator);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink?.close();
    await database?.drop();
    await clearRedisPrefix(prefix);
  });

  it("the unit's setting: default 2 business days, set by its officer, refused out of range", async () => {
    const path = `/api/v1/probation-units/${unitId}/custody-notice-settings`;
    expect((await as(officer).get(path).expect(200)).body).toEqual({
      probationUnitId: unitId,
      acknowledgeBusinessDays: 2,
    });
    expect((await as(officer).put(path, { acknowledgeBusinessDays: 0 })).body.code).toBe('VALIDATION_FAILED');
    expect((await as(officer).put(path, { acknowledgeBusinessDays: 21 })).body.code).toBe('VALIDATION_FAILED');
    const other = await signIn(api, Role.ProbationOfficer, { probationUnitId: (await world.probationUnit()).id });
    expect((await as(other).put(path, { acknowledgeBusinessDays: 3 })).status).toBe(404);
    expect((await as(caseworker).get(path)).status).toBe(403);
    await as(officer).put(path, { acknowledgeBusinessDays: 3 }).expect(200);
    expect((await as(admin).get(path).expect(200)).body.acknowledgeBusinessDays).toBe(3);
  });

  it('recording the episode tells the landlord and the municipality, once, exactly the permitted data', async () => {
    const created = await as(officer)
      .post('/api/v1/custody-episodes', episodeBody(jens.id))
      .set('Idempotency-Key', 'handshake-0001')
      .expect(201);
    jensEpisode = created.body.id;
    // The retry answers the first episode and raises nothing twice.
    await as(officer)
      .post('/api/v1/custody-episodes', episodeBody(jens.id))
      .set('Idempotency-Key', 'handshake-0001')
      .expect(201);
    const warnings = await custodyWarnings('custody-notice');
    expect(warnings.map((w) => [w.recipient_type, w.case_id])).toEqual([
      ['housing_organisation', null],
      ['municipality', null],
    ]);
    for (const warning of warnings) {
      for (const secret of SECRETS)
        expect([secret, JSON.stringify(warning.data).includes(secret)]).toEqual([secret, false]);
    }

    const acknowledgeBy = addBusinessDays(today, 3);
    for (const user of [caseworker, socialWorker]) {
      const items = await inbox(user, 'custody-notice');
      expect(items).toHaveLength(1);
      const item = items[0]!;
      expect(item).toMatchObject({ kind: 'warning', caseId: null });
      expect(item.warning).toMatchObject({ acknowledgeBy, acknowledgedAt: null, escalationLevel: 0 });
      expect(item.warning.data).toMatchObject({
        reference: expect.stringMatching(/^KF-[0-9A-F]{8}$/),
        tenantNames: ['Jens Indsat'],
        address: 'Handskevej 7, 2. th.',
        eventOn: startedOn,
        custody: {
          awaySince: startedOn,
          expectedReturnOn: paroleOn,
          releasedOn: null,
          contact: { kind: 'person', name: 'Søster Hansen', phone: '+45 12345678', email: null },
        },
      });
      const single = (await as(user).get(`/api/v1/inbox/${item.id}`).expect(200)).body;
      for (const secret of SECRETS) expect([secret, JSON.stringify(single).includes(secret)]).toEqual([secret, false]);
    }
    // The officer is not a recipient of the notice, and Bodil (no episode) is not named.
    expect(await inbox(officer, 'custody-notice')).toEqual([]);

    await outboxSettled(database, worker);
    for (const mailbox of [LANDLORD_MAILBOX, MUNICIPALITY_MAILBOX]) {
      const emails = mailsTo(mailbox, 'Kriminalforsorgen');
      expect([mailbox, emails.length]).toEqual([mailbox, 1]);
      const email = emails[0]!;
      for (const fact of ['Jens Indsat', 'Handskevej 7, 2. th.', 'Søster Hansen', '+45 12345678', '/inbox/warnings/']) {
        expect([fact, email.text.includes(fact)]).toEqual([fact, true]);
      }
      for (const secret of [...SECRETS, 'Bodil Borte', '10 måneder']) {
        expect([secret, email.text.includes(secret) || email.html.includes(secret)]).toEqual([secret, false]);
      }
    }
    // Disclosed on the consent, audited per recipient.
    const disclosed = await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'person.disclose' AND person_id = $1
          AND details->>'rule' = 'custody-notice'`,
      [jens.id],
    );
    expect(disclosed[0]!.n).toBe(2);
  });

  it('the landlord acknowledges; the municipality does not and is escalated to its team lead after the setting', async () => {
    const [item] = await inbox(caseworker, 'custody-notice');
    const acknowledged = await as(caseworker)
      .post(`/api/v1/inbox/${item!.id}/acknowledge`, { comment: 'Post sendes til søsteren' })
      .expect(200);
    expect(acknowledged.body.warning.acknowledgedAt).not.toBeNull();
    // No case, no timeline line.
    expect(
      await database.query(`SELECT 1 FROM case_event WHERE details->>'warningId' = $1`, [item!.warning.id]),
    ).toEqual([]);

    const sweeper = worker.get(WarningSweeper);
    const acknowledgeBy = item!.warning.acknowledgeBy as IsoDate;
    // On the acknowledgement day itself nothing escalates; the day after, the unanswered one does.
    await sweeper.sweep(noon(acknowledgeBy));
    expect(await inbox(teamLead, 'custody-notice')).toHaveLength(1);
    expect((await inbox(teamLead, 'custody-notice')).filter((i) => i.kind === 'escalation')).toEqual([]);
    await sweeper.sweep(noon(addDays(acknowledgeBy, 1)));
    const escalations = (await inbox(teamLead, 'custody-notice')).filter((i) => i.kind === 'escalation');
    expect(escalations).toHaveLength(1);
    expect(escalations[0]!.warning.escalationLevel).toBe(1);
    const levels = await database.query<{ recipient_type: string; escalation_level: number }>(
      `SELECT recipient_type, escalation_level FROM warning WHERE rule_code = 'custody-notice' ORDER BY recipient_type`,
    );
    expect(levels).toEqual([
      { recipient_type: 'housing_organisation', escalation_level: 0 },
      { recipient_type: 'municipality', escalation_level: 1 },
    ]);
    await outboxSettled(database, worker);
    const reminder = sink.received.filter((e) => e.to.includes(teamLead.user.email));
    expect(reminder).toHaveLength(1);
    // The escalation names the reference, never the tenant.
    expect(reminder[0]!.text).toContain(escalations[0]!.warning.data!.reference);
    expect(reminder[0]!.text).not.toContain('Jens Indsat');
  });

  it("a new contact tells them again; the case's warnings never show the custody notices", async () => {
    const { body: episode } = await as(officer).get(`/api/v1/custody-episodes/${jensEpisode}`).expect(200);
    await as(officer)
      .patch(`/api/v1/custody-episodes/${jensEpisode}`, { version: episode.version, institution: 'Anstalten' })
      .expect(200);
    // A correction recipients may not know of tells nobody.
    expect(await custodyWarnings('custody-contact-updated')).toEqual([]);
    await as(officer)
      .patch(`/api/v1/custody-episodes/${jensEpisode}`, {
        version: episode.version + 1,
        contact: { kind: 'person', name: 'Bror Hansen', email: 'bror@example.test' },
      })
      .expect(200);
    expect((await custodyWarnings('custody-contact-updated')).map((w) => w.recipient_type)).toEqual([
      'housing_organisation',
      'municipality',
    ]);
    const [updated] = await inbox(caseworker, 'custody-contact-updated');
    expect(updated!.warning.data!.custody!.contact).toEqual({
      kind: 'person',
      name: 'Bror Hansen',
      phone: null,
      email: 'bror@example.test',
    });
    expect(JSON.stringify(updated)).not.toContain('Anstalten');

    // Arrears registered for the tenancy: the case's warnings list shows no custody notice.
    const caseId = await world.registerArrears(caseworker, tenancyId, addDays(today, -5));
    const caseWarnings = (await as(caseworker).get(`/api/v1/cases/${caseId}/warnings`).expect(200)).body as {
      rule: string;
    }[];
    expect(caseWarnings.filter((w) => w.rule.startsWith('custody-notice') || w.rule === 'custody-released')).toEqual(
      [],
    );
  });

  it('a recipient the consent does not name is not told: the caseworker records Bodil, only the landlord hears', async () => {
    const recorded = await as(caseworker)
      .post('/api/v1/custody-episodes', {
        ...episodeBody(bodil.id, { kind: 'remand', sentenceMonths: undefined, paroleOn: undefined }),
        probationUnitId: unitId,
      })
      .expect(201);
    const warnings = await database.query<{ recipient_type: string }>(
      `SELECT recipient_type FROM warning WHERE custody_episode_id = $1`,
      [recorded.body.id],
    );
    expect(warnings.map((w) => w.recipient_type)).toEqual(['housing_organisation']);
    const municipal = await inbox(socialWorker, 'custody-notice');
    expect(municipal.map((i) => i.warning.data?.tenantNames)).toEqual([['Jens Indsat']]);
  });

  it("withdrawing the landlord's row: its notices close at once, show nothing personal, audited; nothing more reaches it", async () => {
    const [bodilEpisode] = await database.query<{ id: string; version: number }>(
      `SELECT id, version FROM custody_episode WHERE person_id = $1`,
      [bodil.id],
    );
    await as(caseworker).post(`/api/v1/persons/${bodil.id}/consents/${bodilLandlordConsent}/withdrawal`).expect(200);
    await as(caseworker).get(`/api/v1/custody-episodes/${bodilEpisode!.id}`).expect(404);
    const [notice] = await database.query<{ id: string; acknowledged_at: Date | null; data: object }>(
      `SELECT id, acknowledged_at, data FROM warning WHERE custody_episode_id = $1`,
      [bodilEpisode!.id],
    );
    expect(notice!.acknowledged_at).not.toBeNull();
    expect(notice!.data).toMatchObject({ tenantNames: [], address: '', withdrawn: true });
    expect(JSON.stringify(notice!.data)).not.toContain('Søster Hansen');
    const [item] = (await inbox(caseworker, 'custody-notice')).filter((i) => i.warning.id === notice!.id);
    const shown = (await as(caseworker).get(`/api/v1/inbox/${item!.id}`).expect(200)).body;
    expect(JSON.stringify(shown)).not.toMatch(/Bodil Borte|Handskevej|Søster/);
    const audited = await database.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_id = $1 AND action = 'warning.close'`,
      [notice!.id],
    );
    expect(audited).toHaveLength(1);
    // Jens's notices to the landlord are his consent's, untouched.
    const [jensItem] = await inbox(caseworker, 'custody-contact-updated');
    expect(jensItem!.warning.data!.tenantNames).toEqual(['Jens Indsat']);

    // Bodil's release tells nobody: the landlord's row is withdrawn, the municipality was never named.
    await as(officer)
      .post(`/api/v1/custody-episodes/${bodilEpisode!.id}/release`, {
        version: bodilEpisode!.version,
        releasedOn: today,
      })
      .expect(200);
    expect(
      await database.query(`SELECT 1 FROM warning WHERE custody_episode_id = $1 AND rule_code = 'custody-released'`, [
        bodilEpisode!.id,
      ]),
    ).toEqual([]);
  });

  it('the release closes the episode and tells both recipients, with the release date and no contact', async () => {
    const { body: episode } = await as(officer).get(`/api/v1/custody-episodes/${jensEpisode}`).expect(200);
    await as(officer)
      .post(`/api/v1/custody-episodes/${jensEpisode}/release`, { version: episode.version, releasedOn: today })
      .expect(200);
    const released = await custodyWarnings('custody-released');
    expect(released.map((w) => w.recipient_type)).toEqual(['housing_organisation', 'municipality']);
    for (const user of [caseworker, socialWorker]) {
      const [item] = await inbox(user, 'custody-released');
      expect(item!.warning.data).toMatchObject({
        tenantNames: ['Jens Indsat'],
        eventOn: today,
        custody: { releasedOn: today, contact: null, expectedReturnOn: null },
      });
    }
    await outboxSettled(database, worker);
    for (const mailbox of [LANDLORD_MAILBOX, MUNICIPALITY_MAILBOX]) {
      const emails = mailsTo(mailbox, 'løsladt');
      expect([mailbox, emails.length]).toEqual([mailbox, 1]);
      for (const secret of SECRETS) expect([secret, emails[0]!.text.includes(secret)]).toEqual([secret, false]);
    }
  });

  it("withdrawing the unit's row closes every recipient's notices about the person", async () => {
    const [unitConsent] = await database.query<{ id: string }>(
      `SELECT id FROM consent WHERE person_id = $1 AND recipient_id = $2`,
      [jens.id, unitId],
    );
    await as(caseworker).post(`/api/v1/persons/${jens.id}/consents/${unitConsent!.id}/withdrawal`).expect(200);
    const open = await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM warning w JOIN custody_episode e ON e.id = w.custody_episode_id
        WHERE e.person_id = $1 AND (w.acknowledged_at IS NULL OR w.data ? 'custody')`,
      [jens.id],
    );
    expect(open[0]!.n).toBe(0);
    const [municipal] = await inbox(socialWorker, 'custody-notice');
    expect(municipal!.warning.data).toMatchObject({ tenantNames: [], address: '', withdrawn: true });
  });
});

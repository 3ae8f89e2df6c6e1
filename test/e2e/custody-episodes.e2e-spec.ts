import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createWorker } from '../../apps/worker/src/worker.factory.js';
import { addDays, copenhagenDateOf } from '@app/calendar';
import { ConsentPurpose, Role } from '@app/domain';
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

const UNIT_MAILBOX = 'kriminalforsorgen-koege@kriminalforsorgen.test';

/**
 * Issue 15, item 1 (docs/probation.md): a probation officer records a custody episode for a tenant
 * on the tenant's consent for probation-cooperation, which names the probation unit, the landlord
 * and the municipality one row each. The landlord and the municipality see that the tenant is away,
 * since when, the expected return and the contact — never the kind of custody, the institution or
 * the sentence; a reader the consent does not name sees nothing. Bad input answers a stable code and
 * writes nothing. Arrears registered by the monthly import while the tenant is away send an urgent
 * warning to the probation unit (inbox, and email through the outbox, the worker and a real SMTP
 * server) and the caseworker's case read says whom to contact. The release closes the episode; a
 * withdrawal hides it from everyone at once, takes the warnings' copies with it, and is audited.
 */
describe('custody episodes', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let sink: SmtpSink;
  const prefix = uniqueQueuePrefix();
  let departmentNumber: string;
  let tenancyUnit: string;
  let caseId: string;
  let world: TestWorld;
  let officer: SignedInUser;
  let otherOfficer: SignedInUser;
  let caseworker: SignedInUser;
  let socialWorker: SignedInUser;
  let otherSocialWorker: SignedInUser;
  let manager: SignedInUser;
  let unitId: string;
  let tenantId: string;
  let consentIds: { unit: string; landlord: string; municipality: string };
  let unconsentedId: string;
  const today = copenhagenDateOf(new Date());
  const startedOn = addDays(today, -30);

  const as = (user: SignedInUser) => httpAs(api, user);
  const episodeCount = async () =>
    (await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM custody_episode`))[0]!.n;
  const body = (overrides: object = {}) => ({
    personId: tenantId,
    kind: 'sentence',
    institution: 'Statsfængslet Østjylland',
    startedOn,
    expectedReleaseOn: addDays(startedOn, 304),
    paroleOn: addDays(startedOn, 203),
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
    const { organisation, municipality, departments, caseworker: worldCaseworker } = await world.organisation();
    const unit = await world.probationUnit({ contactEmail: UNIT_MAILBOX });
    unitId = unit.id;
    departmentNumber = departments[0]!.number;
    tenancyUnit = `K-${Date.now().toString(36)}`;
    const { tenants } = await world.tenancy(departments[0]!, {
      caseworker: worldCaseworker,
      tenancy: { unit: tenancyUnit, address: 'Køgevej 12, st.' },
      tenants: [{ name: 'Jens Indsat', municipalityId: municipality.id }, { name: 'Anne Uden Samtykke' }],
    });
    const [tenant, unconsented] = tenants as [(typeof tenants)[0], (typeof tenants)[0]];
    tenantId = tenant.id;
    unconsentedId = unconsented.id;
    consentIds = {
      unit: (await world.consent(tenant, ConsentPurpose.ProbationCooperation, unit.id)).id,
      landlord: (await world.consent(tenant, ConsentPurpose.ProbationCooperation, organisation.id)).id,
      municipality: (await world.consent(tenant, ConsentPurpose.ProbationCooperation, municipality.id)).id,
    };
    officer = await signIn(api, Role.ProbationOfficer, { probationUnitId: unit.id });
    otherOfficer = await signIn(api, Role.ProbationOfficer, { probationUnitId: (await world.probationUnit()).id });
    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisation.id });
    socialWorker = await signIn(api, Role.MunicipalSocialWorker, { municipalityId: municipality.id });
    otherSocialWorker = await signIn(api, Role.MunicipalSocialWorker, {
      municipalityId: (await world.municipality()).id,
    });
    manager = await signIn(api, Role.Manager, { housingOrganisationId: organisation.id });
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink?.close();
    await database?.drop();
    await clearRedisPrefix(prefix);
  });

  /** The monthly list with one row for the tenant in custody, imported by the caseworker; waits until done. */
  async function importArrears(dueDate: string) {
    const [year, month, day] = dueDate.split('-');
    const csv =
      'Afdeling;Lejemål;Adresse;Navn;Husleje;Restance;Forfaldsdato\n' +
      `${departmentNumber};${tenancyUnit};Køgevej 12, st.;Jens Indsat;6.500,00;6.500,00;${day}-${month}-${year}\n`;
    const accepted = await request(api.getHttpServer())
      .post('/api/v1/arrears-imports')
      .set('Authorization', caseworker.bearer)
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(Buffer.from(csv, 'utf8'))
      .expect(202);
    return eventually(async () => {
      const response = await as(caseworker).get(`/api/v1/arrears-imports/${accepted.body.id}`).expect(200);
      return ['completed', 'failed'].includes(response.body.status) ? response.body : undefined;
    }, 30_000);
  }
  const custodyWarnings = () =>
    database.query<{
      id: string;
      recipient_id: string;
      urgency: string;
      data: Record<string, unknown>;
      acknowledged_at: Date | null;
    }>(
      `SELECT id, recipient_id, urgency, data, acknowledged_at FROM warning WHERE rule_code = 'custody-arrears-registered' ORDER BY created_at`,
    );

  it('refuses bad input with a stable code and writes nothing', async () => {
    const cases: [SignedInUser, object, number, string][] = [
      [officer, { expectedReleaseOn: addDays(startedOn, -1) }, 400, 'CUSTODY_RELEASE_BEFORE_START'],
      [officer, { paroleOn: addDays(startedOn, -1) }, 400, 'CUSTODY_PAROLE_BEFORE_START'],
      [
        officer,
        { startedOn: addDays(today, 1), expectedReleaseOn: null, paroleOn: null },
        400,
        'CUSTODY_START_IN_FUTURE',
      ],
      [officer, { kind: 'remand' }, 400, 'CUSTODY_REMAND_SENTENCE_LENGTH'],
      [officer, { kind: 'probation' }, 400, 'VALIDATION_FAILED'],
      [officer, { contact: { kind: 'person', name: 'Søster' } }, 400, 'CUSTODY_CONTACT_INCOMPLETE'],
      // No contact at all, or null (the full fuzz benchmark found the missing one answering 500).
      [officer, { contact: undefined }, 400, 'VALIDATION_FAILED'],
      [officer, { contact: null }, 400, 'VALIDATION_FAILED'],
      [caseworker, { probationUnitId: unitId, contact: undefined }, 400, 'VALIDATION_FAILED'],
      [officer, { offence: 'anything' }, 400, 'UNKNOWN_FIELD'],
      // The officer sees only persons who consented to their unit: the other tenant looks absent.
      [officer, { personId: unconsentedId }, 404, 'PERSON_NOT_FOUND'],
      [otherOfficer, {}, 404, 'PERSON_NOT_FOUND'],
      // The landlord sees the person, but without the consent naming the unit and the landlord: refused.
      [caseworker, { personId: unconsentedId, probationUnitId: unitId }, 409, 'CUSTODY_CONSENT_MISSING'],
      [caseworker, {}, 400, 'CUSTODY_PROBATION_UNIT_REQUIRED'],
      [manager, {}, 403, 'ROLE_NOT_ALLOWED'],
      [socialWorker, {}, 403, 'ROLE_NOT_ALLOWED'],
    ];
    for (const [user, overrides, status, code] of cases) {
      const response = await as(user).post('/api/v1/custody-episodes', body(overrides));
      expect([code, response.status, response.body.code]).toEqual([code, status, code]);
    }
    const danish = await as(officer)
      .post('/api/v1/custody-episodes', body({ expectedReleaseOn: addDays(startedOn, -1) }))
      .set('Accept-Language', 'da');
    expect(danish.body.details[0]).toMatchObject({ field: 'expectedReleaseOn', rule: 'CUSTODY_RELEASE_BEFORE_START' });
    expect(await episodeCount()).toBe(0);
  });

  it('records a 10-month sentence; the officer sees it all, the landlord and the municipality only what the consent allows', async () => {
    const created = await as(officer)
      .post('/api/v1/custody-episodes', body())
      .set('Idempotency-Key', 'custody-0001')
      .expect(201);
    // A retry with the same key answers the first episode again and records no second one.
    const again = await as(officer).post('/api/v1/custody-episodes', body()).set('Idempotency-Key', 'custody-0001');
    expect([again.status, again.headers['idempotent-replayed'], again.body.id]).toEqual([201, 'true', created.body.id]);
    expect(created.body).toMatchObject({
      view: 'full',
      personName: 'Jens Indsat',
      kind: 'sentence',
      sentenceMonths: 10,
      startedOn,
      paroleOn: addDays(startedOn, 203),
      expectedReturnOn: addDays(startedOn, 203),
      contact: { kind: 'person', name: 'Søster Hansen', phone: '+45 12345678', email: null },
      open: true,
      version: 1,
    });
    const id = created.body.id as string;
    // One open episode per person.
    expect((await as(officer).post('/api/v1/custody-episodes', body())).body.code).toBe('CUSTODY_EPISODE_ALREADY_OPEN');

    for (const reader of [caseworker, socialWorker]) {
      const seen = (await as(reader).get(`/api/v1/custody-episodes/${id}`).expect(200)).body;
      expect(seen).toMatchObject({
        view: 'recipient',
        personName: 'Jens Indsat',
        startedOn,
        expectedReturnOn: addDays(startedOn, 203),
        contact: { name: 'Søster Hansen' },
        kind: null,
        institution: null,
        sentenceMonths: null,
        paroleOn: null,
        expectedReleaseOn: null,
      });
      expect(JSON.stringify(seen)).not.toContain('Statsfængslet');
      const list = (await as(reader).get('/api/v1/custody-episodes').expect(200)).body.items as { id: string }[];
      expect(list.map((e) => e.id)).toEqual([id]);
    }
    // Readers the consent does not name see nothing.
    await as(otherOfficer).get(`/api/v1/custody-episodes/${id}`).expect(404);
    await as(otherSocialWorker).get(`/api/v1/custody-episodes/${id}`).expect(404);
    expect((await as(otherOfficer).get('/api/v1/custody-episodes').expect(200)).body.items).toEqual([]);
    await as(manager).get(`/api/v1/custody-episodes/${id}`).expect(403);

    // Only the officer changes it, with the version read; the same rules apply.
    await as(caseworker).patch(`/api/v1/custody-episodes/${id}`, { version: 1, institution: 'X' }).expect(403);
    expect((await as(officer).patch(`/api/v1/custody-episodes/${id}`, { version: 1, kind: 'remand' })).body.code).toBe(
      'CUSTODY_REMAND_SENTENCE_LENGTH',
    );
    expect((await as(officer).patch(`/api/v1/custody-episodes/${id}`, { version: 7, paroleOn: null })).body.code).toBe(
      'STALE_VERSION',
    );
    const changed = await as(officer)
      .patch(`/api/v1/custody-episodes/${id}`, { version: 1, paroleOn: null, contact: { kind: 'probation_officer' } })
      .expect(200);
    expect(changed.body).toMatchObject({
      version: 2,
      paroleOn: null,
      expectedReturnOn: addDays(startedOn, 304),
      contact: { kind: 'probation_officer', email: officer.user.email },
    });

    const reads = await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'custody_episode.read' AND entity_id = $1`,
      [id],
    );
    expect(reads[0]!.n).toBeGreaterThanOrEqual(4);
  });

  it('arrears imported while the tenant is away: an urgent warning to the probation unit, and the caseworker sees whom to contact', async () => {
    const result = await importArrears('2026-11-01');
    expect(result).toMatchObject({ status: 'completed' });
    [{ id: caseId }] = await database.query<{ id: string }>(
      `SELECT c.id FROM arrears_case c JOIN tenancy t ON t.id = c.tenancy_id WHERE t.unit = $1`,
      [tenancyUnit],
    );
    const warnings = await custodyWarnings();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ recipient_id: unitId, urgency: 'urgent' });
    // Only the tenant in custody, the address and the case: no amounts, nothing about the custody.
    expect(warnings[0]!.data).toMatchObject({ tenantNames: ['Jens Indsat'], kind: 'custody-arrears-registered' });
    expect(warnings[0]!.data.details).toBeUndefined();

    const inbox = (await as(officer).get('/api/v1/inbox?limit=50').expect(200)).body.items as {
      urgency: string;
      warning: { id: string; rule: string; data: Record<string, unknown> };
    }[];
    // Besides the ordinary arrears-registered warning the consent to the unit already brought.
    expect(inbox.filter((i) => i.warning.rule === 'custody-arrears-registered').map((i) => i.urgency)).toEqual([
      'urgent',
    ]);
    expect((await as(otherOfficer).get('/api/v1/inbox?limit=50').expect(200)).body.items).toEqual([]);

    await outboxSettled(database, worker);
    const emails = sink.received.filter((e) => e.to.includes(UNIT_MAILBOX) && e.subject.includes('frihedsberøvet'));
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toContain('HASTER');
    expect(emails[0]!.text).toContain('Jens Indsat');
    for (const secret of ['Statsfængslet', 'afsoning', 'varetægt', 'Anne Uden Samtykke', '6.500']) {
      expect([secret, emails[0]!.text.includes(secret)]).toEqual([secret, false]);
    }

    // The same list again changes nothing: no second warning.
    await importArrears('2026-11-01');
    expect(await custodyWarnings()).toHaveLength(1);

    // The case read says, for the landlord named by the consent, whom to contact while the tenant is away.
    const seen = (await as(caseworker).get(`/api/v1/cases/${caseId}`).expect(200)).body;
    expect(seen.custody).toEqual({
      personId: tenantId,
      since: startedOn,
      contact: { kind: 'probation_officer', name: officer.user.name, phone: null, email: officer.user.email },
    });
    const audited = await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'custody_episode.read' AND details->>'via' = 'case'`,
    );
    expect(audited[0]!.n).toBe(1);
  });

  it('records the release: not before the start nor in the future, then the episode is closed', async () => {
    const [{ id }] = await database.query<{ id: string }>(`SELECT id FROM custody_episode WHERE closed_at IS NULL`);
    const release = (releasedOn: string, version = 2) =>
      as(officer).post(`/api/v1/custody-episodes/${id}/release`, { version, releasedOn });
    const early = await release(addDays(startedOn, -1));
    expect([early.status, early.body.code, early.body.details[0].earliestDate]).toEqual([
      400,
      'CUSTODY_RELEASE_BEFORE_START',
      startedOn,
    ]);
    expect((await release(addDays(today, 1))).body.code).toBe('CUSTODY_RELEASE_IN_FUTURE');
    const released = await release(today).expect(200);
    expect(released.body).toMatchObject({ open: false, releasedOn: today, closedReason: 'released', version: 3 });
    expect((await release(today, 3)).body.code).toBe('CUSTODY_EPISODE_CLOSED');
    expect((await as(caseworker).get(`/api/v1/cases/${caseId}`).expect(200)).body.custody).toBeNull();
    expect(
      (await as(officer).patch(`/api/v1/custody-episodes/${id}`, { version: 3, institution: 'Y' })).body.code,
    ).toBe('CUSTODY_EPISODE_CLOSED');
    const actions = await database.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_id = $1 AND action <> 'custody_episode.read' ORDER BY id`,
      [id],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'custody_episode.create',
      'custody_episode.update',
      'custody_episode.release',
    ]);
  });

  it("a withdrawal of the landlord's consent hides the episode from the landlord only", async () => {
    const id = (await as(officer).post('/api/v1/custody-episodes', body()).expect(201)).body.id as string;
    await as(caseworker).get(`/api/v1/custody-episodes/${id}`).expect(200);
    await as(caseworker).post(`/api/v1/persons/${tenantId}/consents/${consentIds.landlord}/withdrawal`).expect(200);
    await as(caseworker).get(`/api/v1/custody-episodes/${id}`).expect(404);
    expect((await as(caseworker).get('/api/v1/custody-episodes').expect(200)).body.items).toEqual([]);
    expect((await as(caseworker).get(`/api/v1/cases/${caseId}`).expect(200)).body.custody).toBeNull();
    // Without the consent naming the landlord, the landlord records none either.
    expect((await as(caseworker).post('/api/v1/custody-episodes', body({ probationUnitId: unitId }))).body.code).toBe(
      'CUSTODY_CONSENT_MISSING',
    );
    await as(officer).get(`/api/v1/custody-episodes/${id}`).expect(200);
    await as(socialWorker).get(`/api/v1/custody-episodes/${id}`).expect(200);
  });

  it("a withdrawal of the unit's consent closes the episode and hides it from everyone at once, audited", async () => {
    const [{ id }] = await database.query<{ id: string }>(`SELECT id FROM custody_episode WHERE closed_at IS NULL`);
    // Arrears while the second episode is open: a warning to the unit about it.
    await importArrears('2026-12-01');
    expect(await custodyWarnings()).toHaveLength(2);
    await as(caseworker).post(`/api/v1/persons/${tenantId}/consents/${consentIds.unit}/withdrawal`).expect(200);
    for (const reader of [officer, socialWorker]) {
      const response = await as(reader).get(`/api/v1/custody-episodes/${id}`);
      expect([response.status, response.body.code]).toEqual([404, 'CUSTODY_EPISODE_NOT_FOUND']);
      expect((await as(reader).get('/api/v1/custody-episodes').expect(200)).body.items).toEqual([]);
    }
    const [row] = await database.query<{ closed_reason: string }>(
      `SELECT closed_reason FROM custody_episode WHERE id = $1`,
      [id],
    );
    expect(row!.closed_reason).toBe('consent_withdrawn');
    const audit = await database.query<{ action: string; details: { consentId: string } }>(
      `SELECT action, details FROM audit_log WHERE entity_id IN ($1, $2) AND action IN ('consent.withdraw', 'custody_episode.close') ORDER BY id`,
      [id, consentIds.unit],
    );
    expect(audit.map((a) => a.action)).toEqual(['consent.withdraw', 'custody_episode.close']);
    expect(audit[1]!.details.consentId).toBe(consentIds.unit);
    // The warning that carried the tenant to the unit keeps no name or address and no longer escalates;
    // arrears registered after the withdrawal tell the unit nothing.
    const [carried] = await database.query<{
      data: { tenantNames: string[]; address: string };
      acknowledged_at: Date | null;
    }>(
      `SELECT data, acknowledged_at FROM warning WHERE rule_code = 'custody-arrears-registered' AND occurrence LIKE $1`,
      [`custody:${id}:%`],
    );
    expect(carried!.data).toMatchObject({ tenantNames: [], address: '' });
    expect(carried!.acknowledged_at).not.toBeNull();
    const count = (await custodyWarnings()).length;
    await importArrears('2026-10-01');
    expect(await custodyWarnings()).toHaveLength(count);
    // A new episode needs a consent in force again.
    const refused = await as(officer).post('/api/v1/custody-episodes', body());
    expect([refused.status, refused.body.code]).toEqual([404, 'PERSON_NOT_FOUND']);
  });

  it('erasing a person erases their custody episodes', async () => {
    const { organisation, departments, caseworker: worldCaseworker } = await world.organisation();
    const unit = await world.probationUnit();
    const { tenants } = await world.tenancy(departments[0]!, { caseworker: worldCaseworker });
    const person = tenants[0]!;
    await world.consent(person, ConsentPurpose.ProbationCooperation, unit.id);
    await world.consent(person, ConsentPurpose.ProbationCooperation, organisation.id);
    const unitOfficer = await signIn(api, Role.ProbationOfficer, { probationUnitId: unit.id });
    await as(unitOfficer)
      .post('/api/v1/custody-episodes', body({ personId: person.id, contact: { kind: 'probation_officer' } }))
      .expect(201);
    await database.query(`UPDATE person SET inactive_since = now() WHERE id = $1`, [person.id]);
    const admin = await signIn(api, Role.Administrator);
    await as(admin).post(`/api/v1/persons/${person.id}/erasure`).expect(200);
    expect(await database.query(`SELECT id FROM custody_episode WHERE person_id = $1`, [person.id])).toEqual([]);
  });
});

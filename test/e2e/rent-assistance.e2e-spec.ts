import { type INestApplication } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.factory.js';
import { addDays, copenhagenDateOf } from '@app/calendar';
import { ConsentPurpose, Role } from '@app/domain';
import {
  actorOf,
  createTestDatabase,
  httpAs,
  signIn,
  testConfig,
  TestWorld,
  type SignedInUser,
  type TestDatabase,
  type WorldCase,
} from '@app/testing';

/**
 * Issue 14, item 6: a rent assistance application (huslejehjælp) recorded on an arrears case by
 * the tenant's debt advisor, decided granted by the municipality, and the case closed as
 * rent_assistance. Refusals change nothing: dates out of order, an amount with a refusal, closing
 * as rent_assistance without a grant, another organisation's caseworker (404), an advisor without
 * a referral on the case (404), a manager (403).
 */
describe('rent assistance applications on an arrears case', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let world: TestWorld;
  let caseworker: SignedInUser;
  let socialWorker: SignedInUser;
  let advisor: SignedInUser;
  let advisorWithoutReferral: SignedInUser;
  let otherCaseworker: SignedInUser;
  let manager: SignedInUser;
  let probationOfficer: SignedInUser;
  let worldCase: WorldCase;
  let caseId: string;
  const today = copenhagenDateOf(new Date());
  const appliedOn = addDays(today, -10);

  const as = (user: SignedInUser) => httpAs(api, user);
  const path = () => `/api/v1/cases/${caseId}/rent-assistance-applications`;
  const list = async (user = caseworker) => (await as(user).get(path()).expect(200)).body.items as Application[];
  const timeline = async () =>
    (await as(caseworker).get(`/api/v1/cases/${caseId}/timeline?limit=100`).expect(200)).body.items as {
      type: string;
      summary: string | null;
      details: Record<string, unknown> | null;
      reason: string | null;
    }[];
  interface Application {
    id: string;
    kind: string;
    appliedOn: string;
    decision: string;
    decidedOn: string | null;
    amountOre: number | null;
    version: number;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.init();
    world = new TestWorld(api);
    const { organisation, municipality, departments, caseworker: worldCaseworker } = await world.organisation();
    const provider = await world.counsellingProvider();
    const otherProvider = await world.counsellingProvider();
    worldCase = await world.caseAt('terminated', { department: departments[0]!, caseworker: worldCaseworker });
    caseId = worldCase.caseId;
    const tenant = worldCase.tenancy.tenants[0]!;
    await world.consent(tenant, ConsentPurpose.MunicipalityCaseDetails, municipality.id);
    await world.consent(tenant, ConsentPurpose.DebtCounselling, provider.id);
    // A consent to the other provider too, but no referral to it: its advisors see the case, not the applications.
    await world.consent(tenant, ConsentPurpose.DebtCounselling, otherProvider.id);
    await world.referral(worldCaseworker, worldCase, provider.id);

    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisation.id });
    socialWorker = await signIn(api, Role.MunicipalSocialWorker, { municipalityId: municipality.id });
    advisor = await signIn(api, Role.DebtAdvisor, { counsellingProviderId: provider.id });
    advisorWithoutReferral = await signIn(api, Role.DebtAdvisor, { counsellingProviderId: otherProvider.id });
    otherCaseworker = await signIn(api, Role.HousingCaseworker, {
      housingOrganisationId: (await world.housingOrganisation()).id,
    });
    manager = await signIn(api, Role.Manager, { housingOrganisationId: organisation.id });
    probationOfficer = await signIn(api, Role.ProbationOfficer, {
      probationUnitId: (await world.probationUnit()).id,
    });
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('refuses closing as rent_assistance while no application is granted, and changes nothing', async () => {
    const before = (await as(caseworker).get(`/api/v1/cases/${caseId}`).expect(200)).body;
    const refused = await as(caseworker)
      .post(`/api/v1/cases/${caseId}/transitions`, {
        version: before.version,
        type: 'close',
        on: today,
        outcome: 'rent_assistance',
      })
      .expect(409);
    expect(refused.body.code).toBe('RENT_ASSISTANCE_NOT_GRANTED');
    expect(refused.body.message).toContain('huslejehjælp');
    const after = (await as(caseworker).get(`/api/v1/cases/${caseId}`).expect(200)).body;
    expect([after.stage, after.version, after.outcome]).toEqual([before.stage, before.version, before.outcome]);
  });

  it('the advisor with the referral records the application; an advisor without one, another organisation and a manager cannot', async () => {
    const body = { kind: 'section_81a', appliedOn };
    const notReferred = await as(advisorWithoutReferral).post(path(), body).expect(404);
    expect(notReferred.body.code).toBe('ARREARS_CASE_NOT_FOUND');
    expect((await as(advisorWithoutReferral).get(path()).expect(404)).body.code).toBe('ARREARS_CASE_NOT_FOUND');
    expect((await as(otherCaseworker).post(path(), body).expect(404)).body.code).toBe('ARREARS_CASE_NOT_FOUND');
    expect((await as(otherCaseworker).get(path()).expect(404)).body.code).toBe('ARREARS_CASE_NOT_FOUND');
    expect((await as(manager).post(path(), body).expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
    expect((await as(manager).get(path()).expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
    expect((await as(probationOfficer).get(path()).expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
    const future = await as(advisor)
      .post(path(), { ...body, appliedOn: addDays(today, 1) })
      .expect(400);
    expect(future.body.code).toBe('DATE_IN_FUTURE');
    const badKind = await as(advisor)
      .post(path(), { ...body, kind: 'section_82' })
      .expect(400);
    expect(badKind.body.code).toBe('VALIDATION_FAILED');
    expect(await list()).toEqual([]);

    const recorded = await as(advisor).post(path(), body).expect(201);
    expect(recorded.body).toMatchObject({
      kind: 'section_81a',
      appliedOn,
      decision: 'pending',
      decidedOn: null,
      amountOre: null,
      recordedBy: advisor.user.id,
      version: 1,
    });
    // Every reader sees the same application: the caseworker, the social worker and the advisor.
    for (const reader of [caseworker, socialWorker, advisor]) {
      expect((await list(reader)).map((a) => [a.id, a.decision])).toEqual([[recorded.body.id, 'pending']]);
    }
    const applied = (await timeline()).find((line) => line.type === 'rent_assistance_applied');
    expect(applied?.summary).toContain('midlertidig huslejehjælp efter aktivloven § 81 a');
  });

  it('refuses decisions out of order, an amount with a refusal, the advisor and a manager, and changes nothing', async () => {
    const [application] = await list();
    const decide = (user: SignedInUser, body: object) =>
      as(user).patch(`${path()}/${application!.id}`, { version: application!.version, ...body });

    const early = await decide(caseworker, { decision: 'refused', decidedOn: addDays(appliedOn, -1) }).expect(400);
    expect(early.body.code).toBe('RENT_ASSISTANCE_DECIDED_BEFORE_APPLIED');
    expect(early.body.details[0]).toMatchObject({ field: 'decidedOn', appliedOn });
    const future = await decide(caseworker, { decision: 'refused', decidedOn: addDays(today, 1) }).expect(400);
    expect(future.body.code).toBe('DATE_IN_FUTURE');
    const withAmount = await decide(socialWorker, { decision: 'refused', decidedOn: today, amountOre: 100 }).expect(
      400,
    );
    expect(withAmount.body.code).toBe('RENT_ASSISTANCE_AMOUNT_NOT_ALLOWED');
    const noAmount = await decide(socialWorker, { decision: 'granted', decidedOn: today }).expect(400);
    expect(noAmount.body.code).toBe('RENT_ASSISTANCE_AMOUNT_REQUIRED');
    const nothingToCorrect = await decide(socialWorker, {
      decision: 'refused',
      decidedOn: today,
      correctionReason: 'Fejl',
    }).expect(409);
    expect(nothingToCorrect.body.code).toBe('RENT_ASSISTANCE_NOT_DECIDED');
    expect((await decide(advisor, { decision: 'refused', decidedOn: today }).expect(403)).body.code).toBe(
      'ROLE_NOT_ALLOWED',
    );
    expect((await decide(manager, { decision: 'refused', decidedOn: today }).expect(403)).body.code).toBe(
      'ROLE_NOT_ALLOWED',
    );
    expect((await decide(otherCaseworker, { decision: 'refused', decidedOn: today }).expect(404)).body.code).toBe(
      'ARREARS_CASE_NOT_FOUND',
    );
    const stale = await as(caseworker)
      .patch(`${path()}/${application!.id}`, { version: 7, decision: 'refused', decidedOn: today })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const unknown = await as(caseworker)
      .patch(`${path()}/${crypto.randomUUID()}`, { version: 1, decision: 'refused', decidedOn: today })
      .expect(404);
    expect(unknown.body.code).toBe('RENT_ASSISTANCE_APPLICATION_NOT_FOUND');

    expect(await list()).toEqual([application]);
    expect((await timeline()).some((line) => line.type === 'rent_assistance_decided')).toBe(false);
  });

  it('the municipality grants it; the decision is final unless corrected with a reason; the case closes as rent_assistance', async () => {
    const [application] = await list();
    const decidedOn = addDays(today, -2);
    const granted = await as(socialWorker)
      .patch(`${path()}/${application!.id}`, {
        version: application!.version,
        decision: 'granted',
        decidedOn,
        amountOre: 650_000,
      })
      .expect(200);
    expect(granted.body).toMatchObject({
      decision: 'granted',
      decidedOn,
      amountOre: 650_000,
      amountDkk: '6500.00',
      decidedBy: socialWorker.user.id,
      version: 2,
    });
    // The advisor reads the decision too (it helps the tenant's budget).
    expect((await list(advisor))[0]).toMatchObject({ decision: 'granted', amountOre: 650_000 });

    const again = await as(caseworker)
      .patch(`${path()}/${application!.id}`, { version: 2, decision: 'refused', decidedOn })
      .expect(409);
    expect(again.body.code).toBe('RENT_ASSISTANCE_ALREADY_DECIDED');
    const corrected = await as(caseworker)
      .patch(`${path()}/${application!.id}`, {
        version: 2,
        decision: 'granted',
        decidedOn,
        amountOre: 600_000,
        correctionReason: 'Beløbet var tastet forkert',
      })
      .expect(200);
    expect([corrected.body.amountOre, corrected.body.version]).toEqual([600_000, 3]);

    // The timeline names the kind, the decision and the dates, never the amount.
    const lines = (await timeline()).filter((line) => line.type.startsWith('rent_assistance'));
    expect(lines.map((line) => line.type)).toEqual([
      'rent_assistance_applied',
      'rent_assistance_decided',
      'rent_assistance_decision_corrected',
    ]);
    expect(lines[1]!.summary).toContain('bevilget');
    expect(lines[2]!.reason).toBe('Beløbet var tastet forkert');
    for (const line of lines) {
      expect(Object.keys(line.details ?? {})).not.toContain('amountOre');
      expect(line.summary).not.toMatch(/kr\.|6\.500|6\.000/);
    }

    const { version } = (await as(caseworker).get(`/api/v1/cases/${caseId}`).expect(200)).body;
    const closed = await as(caseworker)
      .post(`/api/v1/cases/${caseId}/transitions`, { version, type: 'close', on: today, outcome: 'rent_assistance' })
      .expect(200);
    expect([closed.body.stage, closed.body.outcome]).toEqual(['closed', 'rent_assistance']);

    // A closed case takes no new application.
    const late = await as(caseworker).post(path(), { kind: 'housing_benefit', appliedOn: today }).expect(409);
    expect(late.body.code).toBe('NO_OPEN_CASE');
  });

  it('audits every read against the tenants, and every write', async () => {
    const tenantId = worldCase.tenancy.tenants[0]!.id;
    const reads = await database.query<{ actor_id: string }>(
      `SELECT actor_id FROM audit_log
        WHERE action = 'person.read' AND person_id = $1 AND entity_id = $2 AND details->>'via' = 'case-rent-assistance'`,
      [tenantId, caseId],
    );
    const readers = new Set(reads.map((r) => r.actor_id));
    for (const reader of [caseworker, socialWorker, advisor]) expect(readers.has(reader.user.id)).toBe(true);
    expect(readers.has(advisorWithoutReferral.user.id)).toBe(false);
    const writes = await database.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE action LIKE 'rent_assistance.%' AND person_id = $1 ORDER BY id`,
      [tenantId],
    );
    expect(writes.map((w) => w.action)).toEqual([
      'rent_assistance.record',
      'rent_assistance.decide',
      'rent_assistance.decide',
    ]);
  });

  it('TestWorld records and decides applications through the real service', async () => {
    const { departments, caseworker: worldCaseworker } = await world.organisation();
    const other = await world.caseAt('registered', { department: departments[0]!, caseworker: worldCaseworker });
    const granted = await world.rentAssistance(worldCaseworker, other.caseId, { decision: 'granted' });
    expect([granted.decision, granted.amountOre]).toEqual(['granted', 650_000]);
    const summary = await world.step({ user: worldCaseworker.user }, other.caseId, {
      type: 'close',
      on: today,
      outcome: 'rent_assistance',
    });
    expect(summary.outcome).toBe('rent_assistance');
    expect(actorOf(worldCaseworker.user).principal.role).toBe(Role.HousingCaseworker);
  });
});

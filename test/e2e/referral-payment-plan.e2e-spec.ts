import { type INestApplication } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.factory.js';
import { copenhagenDateOf } from '@app/calendar';
import { ConsentPurpose, Role } from '@app/domain';
import {
  createTestDatabase,
  httpAs,
  signIn,
  testConfig,
  TestWorld,
  type SignedInUser,
  type TestDatabase,
} from '@app/testing';

/**
 * Issue 14, item 7: the debt advisor reads the payment plan of a referred tenant's case, with its
 * instalments, read-only, while the referral's consent is in force; 404 to another provider's
 * advisor and at once after the consent is withdrawn; audited against the tenants.
 */
describe("the debt advisor's read of a referral's payment plan", () => {
  let database: TestDatabase;
  let api: INestApplication;
  let caseworker: SignedInUser;
  let advisor: SignedInUser;
  let otherAdvisor: SignedInUser;
  let manager: SignedInUser;
  let caseId: string;
  let tenantId: string;
  let consentId: string;
  let referralId: string;
  const today = copenhagenDateOf(new Date());
  const as = (user: SignedInUser) => httpAs(api, user);
  const planPath = () => `/api/v1/referrals/${referralId}/payment-plan`;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.init();
    const world = new TestWorld(api);
    const { organisation, departments, caseworker: worldCaseworker } = await world.organisation();
    const provider = await world.counsellingProvider();
    const otherProvider = await world.counsellingProvider();
    const worldCase = await world.caseAt('terminated', { department: departments[0]!, caseworker: worldCaseworker });
    caseId = worldCase.caseId;
    const tenant = worldCase.tenancy.tenants[0]!;
    tenantId = tenant.id;
    consentId = (await world.consent(tenant, ConsentPurpose.DebtCounselling, provider.id)).id;
    referralId = (await world.referral(worldCaseworker, worldCase, provider.id)).id;

    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisation.id });
    advisor = await signIn(api, Role.DebtAdvisor, { counsellingProviderId: provider.id });
    otherAdvisor = await signIn(api, Role.DebtAdvisor, { counsellingProviderId: otherProvider.id });
    manager = await signIn(api, Role.Manager, { housingOrganisationId: organisation.id });
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('answers 404 PAYMENT_PLAN_NOT_FOUND while the case has no plan', async () => {
    expect((await as(advisor).get(planPath()).expect(404)).body.code).toBe('PAYMENT_PLAN_NOT_FOUND');
  });

  it('shows the advisor the plan and its instalments as the caseworker sees them, read-only', async () => {
    const { version, balanceOre } = (await as(caseworker).get(`/api/v1/cases/${caseId}`).expect(200)).body;
    await as(caseworker)
      .post(`/api/v1/cases/${caseId}/payment-plan`, {
        version,
        amountOre: balanceOre,
        instalmentOre: Math.ceil(balanceOre / 3),
        instalmentCount: 3,
        firstDueOn: today,
        agreedOn: today,
      })
      .expect(201);
    const caseworkers = (await as(caseworker).get(`/api/v1/cases/${caseId}/payment-plan`).expect(200)).body;
    const advisors = (await as(advisor).get(planPath()).expect(200)).body;
    expect(advisors).toEqual(caseworkers);
    expect(advisors.instalments).toHaveLength(3);
    expect(advisors).toMatchObject({ caseId, status: 'active', amountOre: balanceOre });

    // Read-only: the plan is agreed with the landlord.
    const breakIt = await as(advisor)
      .post(`/api/v1/cases/${caseId}/payment-plan/break`, { version: advisors.caseVersion, on: today })
      .expect(403);
    expect(breakIt.body.code).toBe('ROLE_NOT_ALLOWED');
  });

  it("refuses another provider's advisor (404), the caseworker and a manager (403)", async () => {
    const other = await as(otherAdvisor).get(planPath()).expect(404);
    expect(other.body.code).toBe('REFERRAL_NOT_FOUND');
    expect(JSON.stringify(other.body)).not.toContain(caseId);
    expect((await as(caseworker).get(planPath()).expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
    expect((await as(manager).get(planPath()).expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
  });

  it('audits each read against the tenants', async () => {
    const rows = await database.query<{ actor_id: string }>(
      `SELECT actor_id FROM audit_log WHERE action = 'person.read' AND person_id = $1 AND entity_id = $2
          AND details->>'via' = 'referral-payment-plan'`,
      [tenantId, caseId],
    );
    expect(rows.map((r) => r.actor_id)).toEqual([advisor.user.id]);
  });

  it('answers 404 at once after the consent is withdrawn', async () => {
    await as(caseworker).post(`/api/v1/persons/${tenantId}/consents/${consentId}/withdrawal`).expect(200);
    expect((await as(advisor).get(planPath()).expect(404)).body.code).toBe('REFERRAL_NOT_FOUND');
  });
});

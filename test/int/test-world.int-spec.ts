import { type INestApplication } from '@nestjs/common';
import { ArrearsCaseService, ReferralService, Role, type CaseStage } from '@app/domain';
import { createTestDatabase, dueDateMonthsAgo, testConfig, TestWorld, type TestDatabase } from '@app/testing';
import { createApi } from '../../apps/api/src/api.factory.js';

/**
 * The factories other tests build their world with: each stage is reached through the real legal
 * steps, and what they make is what the API then shows.
 */
describe('test world factories', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let world: TestWorld;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    world = new TestWorld(api);
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('makes an organisation with its departments, municipality and caseworker', async () => {
    const { organisation, departments, municipality, caseworker } = await world.organisation({ departments: 3 });
    expect(departments.map((d) => [d.number, d.housingOrganisationId, d.municipalityId])).toEqual([
      ['1', organisation.id, municipality.id],
      ['2', organisation.id, municipality.id],
      ['3', organisation.id, municipality.id],
    ]);
    expect(caseworker.user).toMatchObject({ role: Role.HousingCaseworker, housingOrganisationId: organisation.id });
  });

  it.each<CaseStage>([
    'registered',
    'payment_demand_sent',
    'deadline_passed',
    'terminated',
    'eviction_requested',
    'eviction_scheduled',
    'payment_plan_agreed',
    'evicted',
    'averted',
    'closed',
  ])('builds a case at %s that the case service shows there', async (stage) => {
    const { departments, caseworker } = await world.organisation();
    const built = await world.caseAt(stage, { department: departments[0]!, caseworker });
    const detail = await api.get(ArrearsCaseService).detail(caseworker.actor, built.caseId);
    expect([detail.stage, detail.summary.balanceOre]).toEqual([stage, 650_000]);
    expect(built.dates.dueDate).toBe(dueDateMonthsAgo(4));
  });

  it('records a consent that the consent service lists for the person', async () => {
    const { departments, caseworker, municipality } = await world.organisation();
    const { tenants } = await world.tenancy(departments[0]!, { caseworker, tenants: [{ name: 'Else Hansen' }] });
    const consent = await world.consent(tenants[0]!, 'municipality-case-details', municipality.id, { by: caseworker });
    expect(consent).toMatchObject({ personId: tenants[0]!.id, recipientId: municipality.id });
  });

  it('refers a tenant to debt counselling on the consent, and the provider’s advisor sees it', async () => {
    const { departments, caseworker } = await world.organisation();
    const provider = await world.counsellingProvider();
    const built = await world.caseAt('registered', { department: departments[0]!, caseworker });
    await world.consent(built.tenancy.tenants[0]!, 'debt-counselling', provider.id, { by: caseworker });
    const referral = await world.referral(caseworker, built, provider.id, { serviceLevel: 'quick_advice' });
    expect(referral).toMatchObject({ caseId: built.caseId, status: 'sent', serviceLevel: 'quick_advice' });
    const advisor = await world.user(Role.DebtAdvisor, { counsellingProviderId: provider.id });
    expect((await api.get(ReferralService).get(advisor.actor, referral.id)).id).toBe(referral.id);
  });
});

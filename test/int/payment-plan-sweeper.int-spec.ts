import { type INestApplication } from '@nestjs/common';
import { addDays, copenhagenDateOf, type IsoDate } from '@app/calendar';
import {
  ArrearsCaseService,
  ConsentPurpose,
  ConsentService,
  instalmentExpectedFrom,
  PaymentPlanSweeper,
  ReferralService,
  Role,
  type PaymentPlanView,
  type WarningData,
} from '@app/domain';
import { createTestDatabase, testConfig, TestWorld, type TestDatabase, type WorldUser } from '@app/testing';
import { createApi } from '../../apps/api/src/api.factory.js';

/**
 * The payment-plan sweeper on a real database with a controllable day (issue 14, item 5): a
 * missed instalment warns the landlord's caseworkers and the advisor of the open referral once,
 * however often and on however many workers the sweep runs; the second miss breaks the plan once;
 * a plan paid off completes and closes the case as paid. Two app contexts (two DataSources) on
 * the same database stand for two workers.
 */
describe('the payment-plan sweeper', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let second: INestApplication;
  let world: TestWorld;
  const today = copenhagenDateOf(new Date());

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({ database, queue: 'postgres' });
    api = await createApi(config);
    second = await createApi(config);
    // Lifecycle hooks on: the consent withdrawal's listeners register at init.
    await api.init();
    await second.init();
    world = new TestWorld(api);
  });

  afterAll(async () => {
    await second?.close();
    await api?.close();
    await database?.drop();
  });

  const sweep = (on: IsoDate, app: INestApplication = api) => app.get(PaymentPlanSweeper).sweep(on);

  const warningsOf = (caseId: string) =>
    database.query<{
      rule_code: string;
      recipient_type: string;
      occurrence: string;
      urgency: string;
      data: WarningData;
    }>(
      `SELECT rule_code, recipient_type, occurrence, urgency, data FROM warning
        WHERE case_id = $1 AND rule_code LIKE 'payment-plan-%' ORDER BY rule_code, recipient_type, occurrence`,
      [caseId],
    );

  /** A case with a plan of `instalments` instalments from three days on, and the tenant referred (accepted) to a provider. */
  async function planned(instalments: number, options: { referred?: boolean; agreement?: boolean } = {}) {
    const { organisation, municipality, departments, caseworker } = await world.organisation();
    const worldCase = await world.caseAt('registered', { department: departments[0]!, caseworker });
    const cases = api.get(ArrearsCaseService);
    const provider = await world.counsellingProvider();
    const advisor: WorldUser = await world.user(Role.DebtAdvisor, { counsellingProviderId: provider.id });
    let consentId: string | undefined;
    if (options.referred ?? true) {
      consentId = (await world.consent(worldCase.tenancy.tenants[0]!, ConsentPurpose.DebtCounselling, provider.id)).id;
      const referral = await world.referral(caseworker, worldCase, provider.id);
      await api.get(ReferralService).step(advisor.actor, referral.id, referral.version, { type: 'accept' });
    }
    if (options.agreement) {
      await world.agreement({
        municipalityId: municipality.id,
        housingOrganisationId: organisation.id,
        enabledWarnings: ['payment-plan-instalment-missed', 'payment-plan-broken'],
      });
    }
    const summary = await cases.summaryOf(caseworker.actor, worldCase.caseId);
    const plan: PaymentPlanView = await world.paymentPlan(
      caseworker.actor,
      worldCase.caseId,
      summary.version,
      summary.summary.balanceOre,
      { instalments, firstDueOn: addDays(today, 3) },
    );
    const from = plan.instalments.map((i) => instalmentExpectedFrom(i, plan.graceDays));
    const pay = (amountOre: number) =>
      cases.recordPayment(caseworker.actor, worldCase.caseId, { amountOre, paidOn: today });
    const withdraw = () =>
      api.get(ConsentService).withdraw(caseworker.actor, worldCase.tenancy.tenants[0]!.id, consentId!);
    return { caseId: worldCase.caseId, plan, from, pay, provider, municipality, caseworker, withdraw };
  }

  it('warns once per missed instalment, also when it runs twice or on two workers at once, and breaks the plan at the second miss', async () => {
    const { caseId, plan, from, pay, provider, withdraw } = await planned(4);
    expect(plan.instalments).toHaveLength(4);

    await pay(plan.instalmentOre);
    expect(await sweep(from[0]!)).toEqual({ checked: 1, missed: 0, broken: 0, completed: 0, warnings: 0 });
    await pay(plan.instalmentOre);
    expect(await sweep(from[1]!)).toMatchObject({ checked: 1, missed: 0, warnings: 0 });
    expect(await warningsOf(caseId)).toEqual([]);

    // The third is not paid. Two workers sweep at the same moment: one checks, warns; the other finds it done.
    const runs = await Promise.all([sweep(from[2]!), sweep(from[2]!, second)]);
    expect(runs.map((r) => r.missed).sort()).toEqual([0, 1]);
    expect(runs.map((r) => r.warnings).sort()).toEqual([0, 2]);
    // And once more, later that day: nothing new.
    expect(await sweep(from[2]!)).toEqual({ checked: 0, missed: 0, broken: 0, completed: 0, warnings: 0 });

    const [{ n }] = await database.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM payment_plan_check WHERE plan_id = $1 AND instalment_number = 3`,
      [plan.id],
    );
    expect(n).toBe('1');
    const missed = await warningsOf(caseId);
    // One warning per recipient: the landlord's caseworkers and the referral's provider; no municipality (no agreement).
    expect(missed.map((w) => [w.rule_code, w.recipient_type, w.occurrence, w.urgency])).toEqual([
      ['payment-plan-instalment-missed', 'counselling_provider', `instalment:${plan.id}:3`, 'urgent'],
      ['payment-plan-instalment-missed', 'housing_organisation', `instalment:${plan.id}:3`, 'urgent'],
    ]);
    const own = missed.find((w) => w.recipient_type === 'housing_organisation')!;
    expect(own.data.details).toEqual({
      instalmentNumber: 3,
      instalmentDueOn: plan.instalments[2]!.dueOn,
      behindByOre: plan.instalmentOre,
    });
    expect(own.data.eventOn).toBe(plan.instalments[2]!.dueOn);
    const advisors = missed.find((w) => w.recipient_type === 'counselling_provider')!;
    expect(advisors.data.tenantNames).toHaveLength(1);
    expect(JSON.stringify(advisors.data)).not.toMatch(/cpr|note/i);
    const [inbox] = await database.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM inbox_item i JOIN warning w ON w.id = i.warning_id
        WHERE w.case_id = $1 AND w.recipient_type = 'counselling_provider' AND w.recipient_id = $2
          AND w.rule_code = 'payment-plan-instalment-missed'`,
      [caseId, provider.id],
    );
    expect(inbox!.n).toBe('1');

    // The fourth is missed too: the second miss breaks the plan, once, on two workers at once.
    const ends = await Promise.all([sweep(from[3]!), sweep(from[3]!, second)]);
    expect(ends.map((r) => r.broken).sort()).toEqual([0, 1]);
    expect(ends.map((r) => r.warnings).sort()).toEqual([0, 4]);
    expect(await sweep(from[3]!)).toMatchObject({ checked: 0, broken: 0, warnings: 0 });

    const [state] = await database.query<{ stage: string; status: string; broken_on: string; ended_by: string | null }>(
      `SELECT c.stage, p.status, p.broken_on::text, p.ended_by FROM payment_plan p JOIN arrears_case c ON c.id = p.case_id
        WHERE p.id = $1`,
      [plan.id],
    );
    expect(state).toEqual({ stage: 'registered', status: 'broken', broken_on: from[3], ended_by: null });
    const events = await database.query<{ type: string; actor_id: string | null; details: Record<string, unknown> }>(
      `SELECT type, actor_id, details FROM case_event WHERE case_id = $1 AND type = 'payment_plan_broken'`,
      [caseId],
    );
    expect(events).toEqual([
      {
        type: 'payment_plan_broken',
        actor_id: null,
        details: expect.objectContaining({ automatic: true, missedInstalments: 2 }),
      },
    ]);
    const broken = (await warningsOf(caseId)).filter((w) => w.rule_code === 'payment-plan-broken');
    expect(broken.map((w) => [w.recipient_type, w.occurrence])).toEqual([
      ['counselling_provider', `broken:${plan.id}`],
      ['housing_organisation', `broken:${plan.id}`],
    ]);
    expect(broken[1]!.data.details).toEqual({ missedInstalments: 2, behindByOre: expect.any(Number) });

    // The tenant withdraws the consent: the provider's copies keep no name, address or facts, and stop escalating.
    await withdraw();
    const erased = await database.query<{ rule_code: string; data: WarningData; acknowledged: boolean }>(
      `SELECT rule_code, data, acknowledged_at IS NOT NULL AS acknowledged FROM warning
        WHERE case_id = $1 AND recipient_type = 'counselling_provider' ORDER BY rule_code`,
      [caseId],
    );
    expect(
      erased.map((w) => [w.rule_code, w.data.tenantNames, w.data.address, w.data.details, w.acknowledged]),
    ).toEqual([
      ['payment-plan-broken', [], '', undefined, true],
      ['payment-plan-instalment-missed', [], '', undefined, true],
      ['payment-plan-instalment-missed', [], '', undefined, true],
      ['referral-sent', [], '', undefined, true],
    ]);
    // The landlord's own copies stay as they were.
    expect(
      (await warningsOf(caseId)).filter((w) => w.recipient_type === 'housing_organisation')[0]!.data.tenantNames,
    ).toHaveLength(1);
  });

  it('tells the municipality only where the agreement switches it on, with name and address only', async () => {
    const { caseId, plan, from, municipality } = await planned(2, { referred: false, agreement: true });
    const result = await sweep(from[0]!);
    expect(result.missed).toBeGreaterThanOrEqual(1);
    const warnings = await warningsOf(caseId);
    expect(warnings.map((w) => w.recipient_type)).toEqual(['housing_organisation', 'municipality']);
    const told = warnings.find((w) => w.recipient_type === 'municipality')!;
    expect(told.occurrence).toBe(`instalment:${plan.id}:1`);
    expect(told.data.details).toBeUndefined();
    expect(told.data.tenantNames).toHaveLength(1);
    const [{ recipient_id }] = await database.query<{ recipient_id: string }>(
      `SELECT recipient_id FROM warning WHERE case_id = $1 AND recipient_type = 'municipality'`,
      [caseId],
    );
    expect(recipient_id).toBe(municipality.id);
  });

  it('completes a plan paid off and closes the case as paid', async () => {
    const { caseId, plan, from, pay } = await planned(2, { referred: false });
    await pay(plan.amountOre);
    const result = await sweep(from[0]!);
    expect(result).toMatchObject({ completed: 1, broken: 0 });
    const [state] = await database.query<{ stage: string; outcome: string; closed: boolean; status: string }>(
      `SELECT c.stage, c.outcome, c.closed_at IS NOT NULL AS closed, p.status
         FROM payment_plan p JOIN arrears_case c ON c.id = p.case_id WHERE p.id = $1`,
      [plan.id],
    );
    expect(state).toEqual({ stage: 'closed', outcome: 'paid', closed: true, status: 'completed' });
    expect(await warningsOf(caseId)).toEqual([]);
    // Its second instalment is never checked: the plan has ended.
    await sweep(from[1]!);
    const [{ n }] = await database.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM payment_plan_check WHERE plan_id = $1`,
      [plan.id],
    );
    expect(n).toBe('1');
  });
});

import { type IsoDate } from '@app/calendar';
import { planPaymentPlanWarnings, type PaymentPlanEvent, type PlanAdvisor } from './payment-plan-warning-planner.js';
import { type WarningCaseContext } from './warning-planner.js';

const d = (s: string) => s as IsoDate;
const CASE = '00000000-0000-4000-8000-000000000001';
const PLAN = '00000000-0000-4000-8000-0000000000aa';
const MUNICIPALITY = '00000000-0000-4000-8000-000000000010';
const LANDLORD = '00000000-0000-4000-8000-000000000020';
const PROVIDER = '00000000-0000-4000-8000-000000000030';
const METTE = { id: '00000000-0000-4000-8000-000000000002', name: 'Mette Lejer' };
const OLE = { id: '00000000-0000-4000-8000-000000000003', name: 'Ole Lejer' };

function context(overrides: Partial<WarningCaseContext> = {}): WarningCaseContext {
  return {
    caseId: CASE,
    reference: 'SAG-00000000',
    stage: 'payment_plan_agreed',
    municipalityId: MUNICIPALITY,
    housingOrganisationId: LANDLORD,
    senderName: 'Hvidovre Bolig',
    tenants: [METTE, OLE],
    address: 'Strandvej 17, 1. th., 2650 Hvidovre',
    balanceOre: 450_000,
    monthsInArrears: 2,
    childrenUnder18: 0,
    paymentDemand: null,
    terminatedOn: null,
    evictionScheduledFor: null,
    agreement: null,
    consentedRecipients: [],
    ...overrides,
  };
}

const MISSED: PaymentPlanEvent = {
  kind: 'instalment-missed',
  caseId: CASE,
  planId: PLAN,
  instalmentNumber: 3,
  dueOn: d('2027-03-04'),
  behindByOre: 150_000,
};
const BROKEN: PaymentPlanEvent = {
  kind: 'plan-broken',
  caseId: CASE,
  planId: PLAN,
  brokenOn: d('2027-04-11'),
  missedInstalments: 2,
  behindByOre: 300_000,
};
const ADVISOR: PlanAdvisor = { caseId: CASE, providerId: PROVIDER, person: METTE };
const TODAY = d('2027-03-10'); // a Wednesday

describe('planPaymentPlanWarnings', () => {
  it('tells the own caseworkers the instalment, its due date and how far behind, urgently, once per plan and instalment', () => {
    const [own, ...rest] = planPaymentPlanWarnings(MISSED, context(), [], TODAY);
    expect(rest).toEqual([]);
    expect(own!.plan).toMatchObject({
      recipientType: 'housing_organisation',
      recipientId: LANDLORD,
      basis: 'own-organisation',
      urgency: 'urgent',
      occurrence: `instalment:${PLAN}:3`,
      acknowledgeBy: '2027-03-12',
      data: {
        kind: 'payment-plan-instalment-missed',
        eventOn: '2027-03-04',
        tenantNames: ['Mette Lejer', 'Ole Lejer'],
        details: { instalmentNumber: 3, instalmentDueOn: '2027-03-04', behindByOre: 150_000 },
      },
    });
    expect(own!.plan.rule.digestible).toBe(false);
  });

  it('tells the provider of an open referral on consent, naming only the person referred', () => {
    const planned = planPaymentPlanWarnings(MISSED, context(), [ADVISOR, { ...ADVISOR, caseId: 'other' }], TODAY);
    const advisor = planned.find((p) => p.plan.recipientType === 'counselling_provider')!;
    expect(planned).toHaveLength(2);
    expect(advisor.plan).toMatchObject({ recipientId: PROVIDER, basis: 'consent', occurrence: `instalment:${PLAN}:3` });
    expect(advisor.plan.data.tenantNames).toEqual(['Mette Lejer']);
    expect(advisor.tenants).toEqual([METTE]);
    expect(advisor.plan.data.details).toEqual({
      instalmentNumber: 3,
      instalmentDueOn: '2027-03-04',
      behindByOre: 150_000,
    });
  });

  it('tells the municipality only when the agreement switches the rule on, with name and address only', () => {
    const off = context({
      agreement: { enabledWarnings: ['terminated'], arrearsThresholdOre: 0, evictionReminderBusinessDays: 5 },
    });
    expect(planPaymentPlanWarnings(MISSED, off, [], TODAY).map((p) => p.plan.recipientType)).toEqual([
      'housing_organisation',
    ]);
    // A tenant's consent to the municipality alone does not switch it on.
    const consentOnly = context({ consentedRecipients: [{ type: 'municipality', id: MUNICIPALITY }] });
    expect(planPaymentPlanWarnings(MISSED, consentOnly, [], TODAY)).toHaveLength(1);

    const on = context({
      agreement: {
        enabledWarnings: ['payment-plan-instalment-missed'],
        arrearsThresholdOre: 0,
        evictionReminderBusinessDays: 5,
      },
    });
    const municipality = planPaymentPlanWarnings(MISSED, on, [], TODAY).find(
      (p) => p.plan.recipientType === 'municipality',
    )!;
    expect(municipality.plan).toMatchObject({ recipientId: MUNICIPALITY, basis: 'agreement' });
    expect(municipality.plan.data.details).toBeUndefined();
    expect(municipality.plan.data.tenantNames).toEqual(['Mette Lejer', 'Ole Lejer']);
    // The broken plan is a rule of its own: the agreement switches it on separately.
    expect(planPaymentPlanWarnings(BROKEN, on, [], TODAY).map((p) => p.plan.recipientType)).toEqual([
      'housing_organisation',
    ]);

    // With the municipality's own consent as well, the facts go with it.
    const both = context({
      agreement: on.agreement,
      consentedRecipients: [{ type: 'municipality', id: MUNICIPALITY }],
    });
    const detailed = planPaymentPlanWarnings(MISSED, both, [], TODAY).find(
      (p) => p.plan.recipientType === 'municipality',
    )!;
    expect(detailed.plan.data.details).toMatchObject({ instalmentNumber: 3 });
  });

  it('tells the same recipients that the plan broke, once per plan, with the misses and how far behind', () => {
    const planned = planPaymentPlanWarnings(BROKEN, context(), [ADVISOR], TODAY);
    expect(planned.map((p) => [p.plan.recipientType, p.plan.occurrence, p.plan.rule.code])).toEqual([
      ['housing_organisation', `broken:${PLAN}`, 'payment-plan-broken'],
      ['counselling_provider', `broken:${PLAN}`, 'payment-plan-broken'],
    ]);
    expect(planned[0]!.plan.data).toMatchObject({
      eventOn: '2027-04-11',
      details: { missedInstalments: 2, behindByOre: 300_000 },
    });
    expect(planned[0]!.plan.urgency).toBe('urgent');
  });

  it('names one provider once, with every person referred to it', () => {
    const planned = planPaymentPlanWarnings(MISSED, context(), [ADVISOR, { ...ADVISOR, person: OLE }, ADVISOR], TODAY);
    const advisors = planned.filter((p) => p.plan.recipientType === 'counselling_provider');
    expect(advisors).toHaveLength(1);
    expect(advisors[0]!.plan.data.tenantNames).toEqual(['Mette Lejer', 'Ole Lejer']);
  });
});

import fc from 'fast-check';
import {
  addDays,
  businessDayOnOrAfter,
  businessDaysBetween,
  compareDates,
  isBusinessDay,
  parseIsoDate,
  paymentDeadline,
} from '@app/calendar';
import { OPEN_CASE_STAGES, type CaseStage } from '../arrears/legal-steps/case-stage.js';
import { type PaymentDemandFacts } from '../arrears/legal-steps/case-state-machine.js';
import { type RecipientType } from '../personal-data/consent.entity.js';
import { planWarnings, type Firing, type PlannedWarning, type WarningCaseContext } from './warning-planner.js';
import {
  rulesTriggeredBy,
  VOLUNTARY_WARNINGS,
  WARNING_RULES,
  type WarningRule,
  type WarningRuleCode,
} from './warning-rules.js';

const d = parseIsoDate;

const MUNICIPALITY = '00000000-0000-4000-8000-00000000000a';
const OTHER_MUNICIPALITY = '00000000-0000-4000-8000-00000000000b';
const LANDLORD = '00000000-0000-4000-8000-00000000000c';
const PROVIDER = '00000000-0000-4000-8000-00000000000d';
const PROBATION = '00000000-0000-4000-8000-00000000000e';

const ALL_STAGES: CaseStage[] = [...OPEN_CASE_STAGES, 'evicted', 'averted', 'closed'];
const IDENTITY_KEYS = ['address', 'eventOn', 'kind', 'reference', 'senderName', 'tenantNames'];

// Spring 2026: the påkrav reached the tenant on Friday 20 March, so the 14 days end on Good Friday
// 3 April; Easter moves the payment deadline to Tuesday 7 April.
const DEMAND: PaymentDemandFacts = {
  sentOn: d('2026-03-19'),
  receivedOn: d('2026-03-20'),
  deliveryMethod: 'registered',
  feeOre: 31_400,
};

function baseContext(overrides: Partial<WarningCaseContext> = {}): WarningCaseContext {
  return {
    caseId: '00000000-0000-4000-8000-000000000001',
    reference: 'SAG-00000000',
    stage: 'registered',
    municipalityId: MUNICIPALITY,
    housingOrganisationId: LANDLORD,
    senderName: 'Hvidovre Bolig',
    tenants: [{ id: '00000000-0000-4000-8000-000000000002', name: 'Mette Lejer' }],
    address: 'Strandvej 17, 1. th., 2650 Hvidovre',
    balanceOre: 681_400,
    monthsInArrears: 1,
    childrenUnder18: 0,
    paymentDemand: null,
    terminatedOn: null,
    evictionScheduledFor: null,
    agreement: { enabledWarnings: [...VOLUNTARY_WARNINGS], arrearsThresholdOre: 0, evictionReminderBusinessDays: 5 },
    consentedRecipients: [],
    ...overrides,
  };
}

/** A case at the point where each rule is meant to fire, and the firing that sets it off. */
const SCENARIOS: Record<WarningRuleCode, { context: Partial<WarningCaseContext>; firing: Firing }> = {
  'statutory-eviction-notice': {
    context: { stage: 'terminated', paymentDemand: DEMAND, terminatedOn: d('2026-04-08') },
    firing: { trigger: { kind: 'event', event: 'municipality_notified' }, on: d('2026-04-10'), today: d('2026-04-10') },
  },
  'arrears-registered': {
    context: { stage: 'registered' },
    firing: { trigger: { kind: 'event', event: 'arrears_registered' }, on: d('2026-03-05'), today: d('2026-03-05') },
  },
  'payment-demand-sent': {
    context: { stage: 'payment_demand_sent', paymentDemand: DEMAND },
    firing: { trigger: { kind: 'event', event: 'payment_demand_sent' }, on: d('2026-03-19'), today: d('2026-03-19') },
  },
  'deadline-passed': {
    context: { stage: 'payment_demand_sent', paymentDemand: DEMAND },
    firing: {
      trigger: { kind: 'deadline', deadline: 'payment-deadline-passed' },
      on: d('2026-04-08'),
      today: d('2026-04-08'),
    },
  },
  terminated: {
    context: { stage: 'terminated', paymentDemand: DEMAND, terminatedOn: d('2026-04-08') },
    firing: { trigger: { kind: 'event', event: 'terminated' }, on: d('2026-04-08'), today: d('2026-04-08') },
  },
  'eviction-scheduled-reminder': {
    context: {
      stage: 'eviction_scheduled',
      paymentDemand: DEMAND,
      terminatedOn: d('2026-04-08'),
      evictionScheduledFor: d('2026-06-10'),
    },
    firing: {
      trigger: { kind: 'deadline', deadline: 'eviction-date-approaching' },
      on: d('2026-06-02'),
      today: d('2026-06-02'),
    },
  },
};

function rule(code: WarningRuleCode): WarningRule {
  return WARNING_RULES.find((r) => r.code === code)!;
}

function plan(code: WarningRuleCode, overrides: Partial<WarningCaseContext> = {}, firing?: Partial<Firing>) {
  const scenario = SCENARIOS[code];
  return planWarnings(rule(code), baseContext({ ...scenario.context, ...overrides }), {
    ...scenario.firing,
    ...firing,
  });
}

const recipients = (planned: PlannedWarning[]) => planned.map((p) => `${p.recipientType}:${p.recipientId}`).sort();

const isVoluntary = (r: WarningRule) => (VOLUNTARY_WARNINGS as readonly string[]).includes(r.code);

describe('the warning rules as data', () => {
  it('lists every rule once, each with at least one recipient, a trigger and open stages only', () => {
    expect(new Set(WARNING_RULES.map((r) => r.code)).size).toBe(WARNING_RULES.length);
    for (const r of WARNING_RULES) {
      expect(r.recipients.length).toBeGreaterThan(0);
      expect(r.triggers.length).toBeGreaterThan(0);
      expect(r.stages.every((s) => (OPEN_CASE_STAGES as readonly string[]).includes(s))).toBe(true);
      // An urgent rule never waits for a digest.
      if (r.urgency === 'urgent') expect(r.digestible).toBe(false);
    }
  });

  it('has exactly one statutory rule (N1): name and address only, to the municipality, never digested', () => {
    const statutory = WARNING_RULES.filter((r) => r.recipients.some((x) => x.basis === 'statute'));
    expect(statutory.map((r) => r.code)).toEqual(['statutory-eviction-notice']);
    expect(statutory[0]).toMatchObject({ details: [], digestible: false, template: 'municipality-eviction-notice' });
    expect(statutory[0]!.recipients).toEqual([{ type: 'municipality', basis: 'statute' }]);
    // Every other rule is voluntary: switched on by an agreement, or told on the tenant's consent.
    expect(WARNING_RULES.filter((r) => !statutory.includes(r)).every(isVoluntary)).toBe(true);
  });

  it('fires the deadline-passed rule from either the caseworker’s event or the sweeper', () => {
    expect(rulesTriggeredBy({ kind: 'event', event: 'deadline_passed' }).map((r) => r.code)).toEqual([
      'deadline-passed',
    ]);
    expect(rulesTriggeredBy({ kind: 'deadline', deadline: 'payment-deadline-passed' }).map((r) => r.code)).toEqual([
      'deadline-passed',
    ]);
    expect(rulesTriggeredBy({ kind: 'deadline', deadline: 'eviction-date-approaching' }).map((r) => r.code)).toEqual([
      'eviction-scheduled-reminder',
    ]);
    expect(rulesTriggeredBy({ kind: 'event', event: 'municipality_notified' }).map((r) => r.code)).toEqual([
      'statutory-eviction-notice',
    ]);
  });
});

describe.each(WARNING_RULES.map((r) => [r.code, r] as const))('rule %s', (code, r) => {
  const voluntary = isVoluntary(r);
  const ownOrganisation = r.recipients.some((x) => x.basis === 'own-organisation');
  const landlordOnly = ownOrganisation ? [`housing_organisation:${LANDLORD}`] : [];

  it('fires in its scenario, to the municipality under the agreement (or the statute)', () => {
    expect(recipients(plan(code))).toEqual([`municipality:${MUNICIPALITY}`, ...landlordOnly].sort());
  });

  it(voluntary ? 'tells the municipality nothing without an agreement or consent' : 'needs no agreement', () => {
    const expected = voluntary ? landlordOnly : [`municipality:${MUNICIPALITY}`];
    expect(recipients(plan(code, { agreement: null }))).toEqual(expected);
    // An agreement that does not switch this rule on is no agreement for it.
    const other = VOLUNTARY_WARNINGS.filter((w) => w !== code);
    const switchedOff = { enabledWarnings: other, arrearsThresholdOre: 0, evictionReminderBusinessDays: 5 };
    expect(recipients(plan(code, { agreement: switchedOff }))).toEqual(expected);
  });

  it('counts a consent only for the recipient it names: another municipality is not told', () => {
    const consentedElsewhere = { consentedRecipients: [{ type: 'municipality' as const, id: OTHER_MUNICIPALITY }] };
    const withAgreement = plan(code, consentedElsewhere);
    expect(recipients(withAgreement)).not.toContain(`municipality:${OTHER_MUNICIPALITY}`);
    // …and it does not unlock details for the case's own municipality either.
    expect(withAgreement.every((p) => p.recipientType !== 'municipality' || p.data.details === undefined)).toBe(true);
    expect(recipients(plan(code, { ...consentedElsewhere, agreement: null }))).toEqual(
      voluntary ? landlordOnly : [`municipality:${MUNICIPALITY}`],
    );
  });

  it(
    voluntary
      ? 'tells the municipality on the tenant’s consent alone, with details'
      : 'carries name and address only, even with consent',
    () => {
      const [municipality] = plan(code, {
        agreement: null,
        consentedRecipients: [{ type: 'municipality', id: MUNICIPALITY }],
      }).filter((p) => p.recipientType === 'municipality');
      expect(municipality).toBeDefined();
      if (voluntary) {
        expect(Object.keys(municipality!.data.details ?? {}).sort()).toEqual([...r.details].sort());
      } else {
        expect(municipality!.data.details).toBeUndefined();
      }
    },
  );

  it(
    voluntary ? 'tells a consented counselling provider and probation unit, with details' : 'is never sent to partners',
    () => {
      const planned = plan(code, {
        consentedRecipients: [
          { type: 'counselling_provider', id: PROVIDER },
          { type: 'probation_unit', id: PROBATION },
        ],
      });
      const partners = planned.filter(
        (p) => p.recipientType === 'counselling_provider' || p.recipientType === 'probation_unit',
      );
      if (!voluntary) {
        expect(partners).toEqual([]);
        return;
      }
      expect(recipients(partners)).toEqual([`counselling_provider:${PROVIDER}`, `probation_unit:${PROBATION}`]);
      for (const partner of partners) {
        expect(partner.data.details).toBeDefined();
        expect(Object.keys(partner.data.details!).sort()).toEqual([...r.details].sort());
      }
      // The municipality, told under the agreement without consent, still sees name and address only.
      expect(planned.find((p) => p.recipientType === 'municipality')!.data.details).toBeUndefined();
    },
  );

  it('gives a recipient without consent the names and the address, nothing more', () => {
    for (const warning of plan(code).filter((p) => p.recipientType !== 'housing_organisation')) {
      expect(Object.keys(warning.data).sort()).toEqual(IDENTITY_KEYS);
      expect(warning.data).toMatchObject({
        kind: code,
        reference: 'SAG-00000000',
        senderName: 'Hvidovre Bolig',
        tenantNames: ['Mette Lejer'],
        address: 'Strandvej 17, 1. th., 2650 Hvidovre',
      });
      expect(JSON.stringify(warning.data)).not.toMatch(/681400|31400/);
    }
  });

  it(`is ${r.urgency} without children and urgent with children under 18`, () => {
    expect(new Set(plan(code).map((p) => p.urgency))).toEqual(new Set([r.urgency]));
    expect(new Set(plan(code, { childrenUnder18: 2 }).map((p) => p.urgency))).toEqual(new Set(['urgent']));
  });

  it('does nothing when the case is not (any more) at one of its stages', () => {
    for (const stage of ALL_STAGES.filter((s) => !r.stages.includes(s))) {
      expect(plan(code, { stage })).toEqual([]);
    }
    for (const stage of r.stages) {
      expect(plan(code, { stage }).length).toBeGreaterThan(0);
    }
  });
});

describe('details, balance and occurrences', () => {
  it('gives the consented municipality the rule’s details, with the computed payment deadline', () => {
    const [warning] = plan('deadline-passed', { consentedRecipients: [{ type: 'municipality', id: MUNICIPALITY }] });
    expect(warning!.data.details).toEqual({
      balanceOre: 681_400,
      monthsInArrears: 1,
      paymentDeadline: '2026-04-07',
      childrenUnder18: 0,
    });
  });

  // Issue 12, item 1: the deadline-passed warning named the day the step was recorded (8 April)
  // as the day the deadline ended, and then the real deadline (7 April) in its details.
  it.each<[WarningRuleCode, string, Partial<Firing>]>([
    ['statutory-eviction-notice', '2026-04-10', {}],
    ['arrears-registered', '2026-03-05', {}],
    ['payment-demand-sent', '2026-03-19', { on: d('2026-03-23'), today: d('2026-03-23') }],
    ['deadline-passed', '2026-04-07', {}],
    [
      'deadline-passed',
      '2026-04-07',
      { trigger: { kind: 'event', event: 'deadline_passed' }, on: d('2026-04-23'), today: d('2026-04-23') },
    ],
    ['terminated', '2026-04-08', { on: d('2026-04-09'), today: d('2026-04-09') }],
    ['eviction-scheduled-reminder', '2026-06-10', {}],
  ])('names the legal date in %s: %s, whenever the step was recorded', (code, legalDate, firing) => {
    const stage = code === 'deadline-passed' && firing.trigger ? { stage: 'deadline_passed' as const } : {};
    const warnings = plan(
      code,
      { ...stage, consentedRecipients: [{ type: 'municipality', id: MUNICIPALITY }] },
      firing,
    );
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings) {
      expect(warning.data.eventOn).toBe(legalDate);
      // A detail that names the same fact names the same date.
      const details = warning.data.details ?? {};
      if (code === 'deadline-passed') expect(details.paymentDeadline).toBe(legalDate);
      if (code === 'terminated') expect(details.terminatedOn).toBe(legalDate);
      if (code === 'eviction-scheduled-reminder') expect(details.evictionDate).toBe(legalDate);
    }
  });

  it('gives the landlord’s own staff the eviction reminder with details, without any consent', () => {
    const own = plan('eviction-scheduled-reminder').find((p) => p.recipientType === 'housing_organisation')!;
    expect(own.data.details).toEqual({
      balanceOre: 681_400,
      monthsInArrears: 1,
      evictionDate: '2026-06-10',
      childrenUnder18: 0,
    });
    expect(own.data.eventOn).toBe('2026-06-10');
  });

  it('sends "arrears registered" only from the agreement’s amount, and only while money is owed', () => {
    const agreement = {
      enabledWarnings: [...VOLUNTARY_WARNINGS],
      arrearsThresholdOre: 500_000,
      evictionReminderBusinessDays: 5,
    };
    expect(plan('arrears-registered', { agreement, balanceOre: 499_999 })).toEqual([]);
    expect(plan('arrears-registered', { agreement, balanceOre: 500_000 })).toHaveLength(1);
    expect(plan('arrears-registered', { agreement: { ...agreement, arrearsThresholdOre: 0 }, balanceOre: 0 })).toEqual(
      [],
    );
  });

  it('sends "deadline passed" only while money is owed', () => {
    expect(plan('deadline-passed', { balanceOre: 0 })).toEqual([]);
    expect(plan('deadline-passed', { balanceOre: -100 })).toEqual([]);
    expect(plan('deadline-passed', { balanceOre: 1 })).toHaveLength(1);
  });

  it.each<[WarningRuleCode, string]>([
    ['statutory-eviction-notice', '2026-04-10'],
    ['arrears-registered', 'case'],
    ['payment-demand-sent', 'demand:2026-03-19'],
    ['deadline-passed', 'demand:2026-03-19'],
    ['terminated', '2026-04-08'],
    ['eviction-scheduled-reminder', 'eviction:2026-06-10'],
  ])('keys %s by occurrence %s', (code, occurrence) => {
    expect(new Set(plan(code).map((p) => p.occurrence))).toEqual(new Set([occurrence]));
  });

  it('keys "deadline passed" by the påkrav, so the event and the sweeper fire it once between them', () => {
    const byEvent = plan(
      'deadline-passed',
      { stage: 'deadline_passed' },
      {
        trigger: { kind: 'event', event: 'deadline_passed' },
        on: d('2026-04-08'),
        today: d('2026-04-09'),
      },
    );
    const bySweeper = plan('deadline-passed', {}, { today: d('2026-04-20'), on: d('2026-04-20') });
    expect(byEvent.map((p) => p.occurrence)).toEqual(bySweeper.map((p) => p.occurrence));
    // A new påkrav is a new occurrence.
    const later = plan(
      'deadline-passed',
      { paymentDemand: { ...DEMAND, sentOn: d('2026-05-05'), receivedOn: d('2026-05-06') } },
      { today: d('2026-05-25'), on: d('2026-05-25') },
    );
    expect(later.map((p) => p.occurrence)).toEqual(['demand:2026-05-05']);
  });

  it('does not fire a påkrav-keyed rule without a påkrav', () => {
    expect(
      plan(
        'payment-demand-sent',
        { paymentDemand: null },
        { trigger: { kind: 'event', event: 'payment_demand_sent' } },
      ),
    ).toEqual([]);
  });
});

describe('acknowledge-by dates, in business days of the legal calendar', () => {
  const ackBy = (code: WarningRuleCode, today: string, overrides: Partial<WarningCaseContext> = {}, calendar = {}) => {
    const scenario = SCENARIOS[code];
    const [first] = planWarnings(
      rule(code),
      baseContext({ ...scenario.context, ...overrides }),
      { ...scenario.firing, on: d(today), today: d(today) },
      calendar,
    );
    return first!.acknowledgeBy;
  };

  it('counts from the day after, over a weekend', () => {
    // Friday 13 March 2026 + 3 business days: Monday 16, Tuesday 17, Wednesday 18.
    expect(ackBy('payment-demand-sent', '2026-03-13')).toBe('2026-03-18');
    // Friday 24 April 2026 + 2 business days: Monday 27, Tuesday 28.
    expect(ackBy('deadline-passed', '2026-04-24')).toBe('2026-04-28');
  });

  it('counts a warning raised on a weekend from the next business day', () => {
    // Saturday 25 April 2026: it lands on Monday 27 April, then 2 business days: Wednesday 29 April.
    expect(ackBy('deadline-passed', '2026-04-25')).toBe('2026-04-29');
    expect(ackBy('deadline-passed', '2026-04-26')).toBe('2026-04-29');
  });

  it('skips Easter', () => {
    // Wednesday 1 April 2026: Skærtorsdag, Langfredag, the weekend and 2. påskedag are not business days.
    // Payment demand sent that day, 3 business days: Tuesday 7, Wednesday 8, Thursday 9 April.
    expect(ackBy('payment-demand-sent', '2026-04-01')).toBe('2026-04-09');
  });

  it('skips Christmas, and the closed days of the configured calendar', () => {
    // Thursday 17 December 2026 + 5: 18, 21, 22, 23 and (24 closed, 25 and 26 holidays, 27 Sunday) 28.
    expect(ackBy('arrears-registered', '2026-12-17')).toBe('2026-12-28');
    // Tuesday 22 December + 2: 23, then Monday 28 — or Thursday 24 when 24 December is not a closed day.
    expect(ackBy('deadline-passed', '2026-12-22')).toBe('2026-12-28');
    expect(ackBy('deadline-passed', '2026-12-22', {}, { closedDays: [] })).toBe('2026-12-24');
  });

  it('gives urgent warnings the shorter period', () => {
    // arrears-registered: 5 business days, or 2 when there are children.
    expect(ackBy('arrears-registered', '2026-03-02')).toBe('2026-03-09');
    expect(ackBy('arrears-registered', '2026-03-02', { childrenUnder18: 1 })).toBe('2026-03-04');
  });

  const anyDay = fc.integer({ min: 0, max: 365 * 6 }).map((n) => addDays(d('2025-01-01'), n));

  it('is always a business day exactly the rule’s number of business days after the warning lands', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WARNING_RULES.map((r) => r.code)),
        anyDay,
        fc.integer({ min: 0, max: 3 }),
        (code, today, children) => {
          const r = rule(code);
          const planned = planWarnings(r, baseContext({ ...SCENARIOS[code].context, childrenUnder18: children }), {
            ...SCENARIOS[code].firing,
            on: today,
            today,
          });
          // The eviction reminder depends on the date; the rest always fire in their scenario.
          for (const p of planned) {
            expect(isBusinessDay(p.acknowledgeBy)).toBe(true);
            expect(compareDates(p.acknowledgeBy, today)).toBe(1);
            expect(businessDaysBetween(businessDayOnOrAfter(today), p.acknowledgeBy)).toBe(
              r.acknowledgeWithin[p.urgency],
            );
          }
        },
      ),
    );
  });
});

describe('deadline triggers', () => {
  const sweep = (code: WarningRuleCode, today: string, overrides: Partial<WarningCaseContext> = {}) =>
    plan(code, overrides, { on: d(today), today: d(today) });

  it('passes the payment deadline only after the computed (holiday-moved) deadline', () => {
    // 14 days after 20 March is Good Friday 3 April; the deadline moves to Tuesday 7 April.
    expect(paymentDeadline(DEMAND.receivedOn)).toBe('2026-04-07');
    for (const today of ['2026-03-25', '2026-04-03', '2026-04-04', '2026-04-06', '2026-04-07']) {
      expect(sweep('deadline-passed', today)).toEqual([]);
    }
    expect(sweep('deadline-passed', '2026-04-08')).toHaveLength(1);
    expect(sweep('deadline-passed', '2026-04-08', { paymentDemand: null })).toEqual([]);
  });

  it('uses the 3-day deadline for a påkrav sent before 1 June 2009', () => {
    const old: PaymentDemandFacts = { ...DEMAND, sentOn: d('2009-05-11'), receivedOn: d('2009-05-12') };
    expect(sweep('deadline-passed', '2009-05-15', { paymentDemand: old })).toEqual([]);
    expect(sweep('deadline-passed', '2009-05-16', { paymentDemand: old })).toHaveLength(1);
  });

  it('fires for any date exactly when the payment deadline has passed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 4 }).map((n) => addDays(d('2024-01-01'), n)),
        fc.integer({ min: 0, max: 40 }),
        (receivedOn, after) => {
          const today = addDays(receivedOn, after);
          const demand = { ...DEMAND, sentOn: addDays(receivedOn, -1), receivedOn };
          const fired = sweep('deadline-passed', today, { paymentDemand: demand });
          expect(fired.length > 0).toBe(compareDates(today, paymentDeadline(receivedOn)) > 0);
        },
      ),
    );
  });

  it('reminds exactly N business days before the eviction date (Grundlovsdag is not one)', () => {
    // Eviction Wednesday 10 June 2026, 5 business days: 9, 8, (7, 6 weekend, 5 Grundlovsdag) 4, 3, 2 June.
    const evictionScheduledFor = d('2026-06-10');
    expect(sweep('eviction-scheduled-reminder', '2026-06-01', { evictionScheduledFor })).toEqual([]);
    expect(businessDaysBetween(d('2026-06-02'), evictionScheduledFor)).toBe(5);
    expect(sweep('eviction-scheduled-reminder', '2026-06-02', { evictionScheduledFor }).length).toBeGreaterThan(0);
    // A late sweep still reminds, up to the day itself; after it, nothing.
    expect(sweep('eviction-scheduled-reminder', '2026-06-10', { evictionScheduledFor }).length).toBeGreaterThan(0);
    expect(sweep('eviction-scheduled-reminder', '2026-06-11', { evictionScheduledFor })).toEqual([]);
    expect(sweep('eviction-scheduled-reminder', '2026-06-02', { evictionScheduledFor: null })).toEqual([]);
  });

  it('takes N from the agreement, and 10 without one', () => {
    const evictionScheduledFor = d('2026-06-10');
    const agreement = {
      enabledWarnings: [...VOLUNTARY_WARNINGS],
      arrearsThresholdOre: 0,
      evictionReminderBusinessDays: 1,
    };
    expect(sweep('eviction-scheduled-reminder', '2026-06-08', { evictionScheduledFor, agreement })).toEqual([]);
    expect(sweep('eviction-scheduled-reminder', '2026-06-09', { evictionScheduledFor, agreement })).toHaveLength(2);
    const tenBefore = '2026-05-26'; // 10 business days before 10 June, over Grundlovsdag
    expect(businessDaysBetween(d(tenBefore), evictionScheduledFor)).toBe(10);
    expect(
      sweep('eviction-scheduled-reminder', addDays(d(tenBefore), -1), { evictionScheduledFor, agreement: null }),
    ).toEqual([]);
    expect(
      recipients(sweep('eviction-scheduled-reminder', tenBefore, { evictionScheduledFor, agreement: null })),
    ).toEqual([`housing_organisation:${LANDLORD}`]);
  });

  it('fires for any business-day eviction date exactly when at most N business days remain', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 4 }).map((n) => businessDayOnOrAfter(addDays(d('2025-01-01'), n))),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: -100, max: 5 }),
        (eviction, n, offset) => {
          const today = addDays(eviction, offset);
          const agreement = {
            enabledWarnings: [...VOLUNTARY_WARNINGS],
            arrearsThresholdOre: 0,
            evictionReminderBusinessDays: n,
          };
          const fired = sweep('eviction-scheduled-reminder', today, { evictionScheduledFor: eviction, agreement });
          const expected = compareDates(today, eviction) <= 0 && businessDaysBetween(today, eviction) <= n;
          expect(fired.length > 0).toBe(expected);
        },
      ),
    );
  });
});

describe('who may be told anything at all', () => {
  const POOL: { type: RecipientType; id: string }[] = [
    { type: 'municipality', id: MUNICIPALITY },
    { type: 'municipality', id: OTHER_MUNICIPALITY },
    { type: 'counselling_provider', id: PROVIDER },
    { type: 'probation_unit', id: PROBATION },
  ];

  it('never tells a recipient without a basis, and never gives details without consent (or to the own landlord)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WARNING_RULES.map((r) => r.code)),
        fc.subarray(POOL),
        fc.boolean(),
        fc.integer({ min: 0, max: 2 }),
        (code, consented, agreementOn, children) => {
          const r = rule(code);
          const planned = plan(code, {
            consentedRecipients: consented,
            childrenUnder18: children,
            agreement: agreementOn
              ? { enabledWarnings: [...VOLUNTARY_WARNINGS], arrearsThresholdOre: 0, evictionReminderBusinessDays: 5 }
              : null,
          });
          const hasConsent = (p: PlannedWarning) =>
            consented.some((c) => c.type === p.recipientType && c.id === p.recipientId);
          expect(new Set(recipients(planned)).size).toBe(planned.length);
          for (const p of planned) {
            const own = p.recipientType === 'housing_organisation' && p.recipientId === LANDLORD;
            const statute = r.recipients.some((x) => x.basis === 'statute') && p.recipientId === MUNICIPALITY;
            const agreement = agreementOn && p.recipientType === 'municipality' && p.recipientId === MUNICIPALITY;
            expect(own || statute || agreement || hasConsent(p)).toBe(true);
            if (p.data.details !== undefined) expect(own || (hasConsent(p) && r.details.length > 0)).toBe(true);
            expect(p.urgency).toBe(children > 0 || r.urgency === 'urgent' ? 'urgent' : 'normal');
          }
        },
      ),
    );
  });
});

import { parseIsoDate } from '@app/calendar';
import { renderEmail } from '@app/mail';
import { type PaymentDemandFacts } from '../arrears/legal-steps/case-state-machine.js';
import { type RecipientType } from '../personal-data/consent.entity.js';
import { warningEmailContent } from './warning-delivery-planner.js';
import { planWarnings, type Firing, type WarningCaseContext } from './warning-planner.js';
import { VOLUNTARY_WARNINGS, WARNING_RULES, type WarningRuleCode } from './warning-rules.js';

// Issue 12, item 3: emails to the probation service and to debt counselling carried the
// municipality's wording (retssikkerhedsloven § 5 a) and "over den aftalte grænse" when they went
// out on consent. Every warning the planner can produce is rendered here, in both languages, and
// its wording is checked against its recipient and its basis.

const d = parseIsoDate;
const MUNICIPALITY = '00000000-0000-4000-8000-00000000000a';
const LANDLORD = '00000000-0000-4000-8000-00000000000c';
const PROVIDER = '00000000-0000-4000-8000-00000000000d';
const PROBATION = '00000000-0000-4000-8000-00000000000e';
const DEMAND: PaymentDemandFacts = {
  sentOn: d('2026-10-05'),
  receivedOn: d('2026-10-08'),
  deliveryMethod: 'registered',
  feeOre: 31_400,
};

const SCENARIOS: Record<
  Exclude<WarningRuleCode, 'statutory-eviction-notice'>,
  [Partial<WarningCaseContext>, Firing]
> = {
  'arrears-registered': [
    { stage: 'registered' },
    { trigger: { kind: 'event', event: 'arrears_registered' }, on: d('2026-10-01'), today: d('2026-10-01') },
  ],
  'payment-demand-sent': [
    { stage: 'payment_demand_sent', paymentDemand: DEMAND },
    { trigger: { kind: 'event', event: 'payment_demand_sent' }, on: d('2026-10-05'), today: d('2026-10-05') },
  ],
  'deadline-passed': [
    { stage: 'deadline_passed', paymentDemand: DEMAND },
    { trigger: { kind: 'event', event: 'deadline_passed' }, on: d('2026-10-23'), today: d('2026-10-23') },
  ],
  terminated: [
    { stage: 'terminated', paymentDemand: DEMAND, terminatedOn: d('2026-10-26') },
    { trigger: { kind: 'event', event: 'terminated' }, on: d('2026-10-26'), today: d('2026-10-26') },
  ],
  'eviction-scheduled-reminder': [
    {
      stage: 'eviction_scheduled',
      paymentDemand: DEMAND,
      terminatedOn: d('2026-10-26'),
      evictionScheduledFor: d('2026-12-10'),
    },
    {
      trigger: { kind: 'deadline', deadline: 'eviction-date-approaching' },
      on: d('2026-12-03'),
      today: d('2026-12-03'),
    },
  ],
};

function context(overrides: Partial<WarningCaseContext>): WarningCaseContext {
  return {
    caseId: '00000000-0000-4000-8000-000000000001',
    reference: 'SAG-00000000',
    stage: 'registered',
    municipalityId: MUNICIPALITY,
    housingOrganisationId: LANDLORD,
    senderName: 'Hvidovre Bolig',
    tenants: [{ id: '00000000-0000-4000-8000-000000000002', name: 'Mette Lejer' }],
    address: 'Strandvej 17, 2650 Hvidovre',
    balanceOre: 703_000,
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

/** Every variation the planner reads: agreement on or off, each consent or none, children or not. */
function variations(): Partial<WarningCaseContext>[] {
  const agreements = [
    null,
    { enabledWarnings: [...VOLUNTARY_WARNINGS], arrearsThresholdOre: 100_000, evictionReminderBusinessDays: 10 },
    { enabledWarnings: [], arrearsThresholdOre: 0, evictionReminderBusinessDays: 10 },
  ];
  const consentSets: { type: RecipientType; id: string }[][] = [
    [],
    [{ type: 'municipality', id: MUNICIPALITY }],
    [{ type: 'counselling_provider', id: PROVIDER }],
    [{ type: 'probation_unit', id: PROBATION }],
    [
      { type: 'municipality', id: MUNICIPALITY },
      { type: 'counselling_provider', id: PROVIDER },
      { type: 'probation_unit', id: PROBATION },
    ],
  ];
  return agreements.flatMap((agreement) =>
    consentSets.flatMap((consentedRecipients) =>
      [0, 2].map((childrenUnder18) => ({ agreement, consentedRecipients, childrenUnder18 })),
    ),
  );
}

interface Rendered {
  code: WarningRuleCode;
  recipientType: RecipientType;
  basis: string;
  detailed: boolean;
  children: number;
  locale: 'da' | 'en';
  text: string;
  html: string;
}

function renderAll(): Rendered[] {
  const rendered: Rendered[] = [];
  for (const [code, [scenario, firing]] of Object.entries(SCENARIOS) as [
    keyof typeof SCENARIOS,
    [Partial<WarningCaseContext>, Firing],
  ][]) {
    const rule = WARNING_RULES.find((r) => r.code === code)!;
    for (const variation of variations()) {
      const ctx = context({ ...scenario, ...variation });
      for (const plan of planWarnings(rule, ctx, firing)) {
        const content = warningEmailContent({
          plan,
          warningId: 'w-1',
          recipientName: 'Modtageren',
          childrenUnder18: ctx.childrenUnder18,
          landlord: { municipalityName: 'Hvidovre', departmentName: '1 Strandparken', landlordContact: 'x@bolig.dk' },
        });
        for (const locale of ['da', 'en'] as const) {
          const email = renderEmail(content.template, content.data as never, locale);
          rendered.push({
            code,
            recipientType: plan.recipientType,
            basis: plan.basis,
            detailed: plan.data.details !== undefined,
            children: ctx.childrenUnder18,
            locale,
            text: `${email.subject}\n${email.text}`,
            html: email.html,
          });
        }
      }
    }
  }
  return rendered;
}

const MUNICIPAL_DUTY = /§ 5 a|section 5 a|retssikkerhedslov|kommunen straks|municipality must consider/i;
const AGREED_THRESHOLD = /aftalte grænse|agreed threshold/i;
const AGREEMENT = /samarbejdsaftale|cooperation agreement/i;

describe('the wording of every warning email the planner can produce', () => {
  const all = renderAll();

  it('covers every recipient type and basis the rules name', () => {
    const combinations = new Set(all.map((r) => `${r.recipientType}/${r.basis}`));
    expect([...combinations].sort()).toEqual([
      'counselling_provider/consent',
      'housing_organisation/own-organisation',
      'municipality/agreement',
      'municipality/consent',
      'probation_unit/consent',
    ]);
    // Every rule reaches every kind of recipient it names.
    for (const code of Object.keys(SCENARIOS)) {
      const types = new Set(all.filter((r) => r.code === code).map((r) => r.recipientType));
      const named = WARNING_RULES.find((r) => r.code === code)!.recipients.map((r) => r.type);
      expect([...types].sort()).toEqual([...new Set(named)].sort());
    }
  });

  it.each(['counselling_provider', 'probation_unit', 'housing_organisation'] as const)(
    'tells %s nothing of the municipality’s duty',
    (type) => {
      const mine = all.filter((r) => r.recipientType === type);
      expect(mine.length).toBeGreaterThan(0);
      for (const email of mine) {
        expect(email.text).not.toMatch(MUNICIPAL_DUTY);
        expect(email.html).not.toMatch(MUNICIPAL_DUTY);
        expect(email.text).not.toMatch(
          /Vi beder jer vurdere, om lejeren har brug for hjælp|Please consider whether the tenant needs help/,
        );
      }
    },
  );

  it('tells a municipality of its duty under § 5 a exactly when it may know of the children', () => {
    for (const email of all.filter((r) => r.recipientType === 'municipality')) {
      expect(MUNICIPAL_DUTY.test(email.text)).toBe(email.detailed && email.children > 0);
    }
  });

  it('names an agreed threshold and an agreement only when the warning went out on one', () => {
    for (const email of all) {
      if (email.basis !== 'agreement') {
        expect(email.text).not.toMatch(AGREED_THRESHOLD);
        expect(email.text).not.toMatch(AGREEMENT);
      } else {
        expect(email.text).toMatch(AGREEMENT);
        if (email.code === 'arrears-registered') expect(email.text).toMatch(AGREED_THRESHOLD);
      }
    }
  });

  it('says the tenant consented in every email sent on consent', () => {
    for (const email of all.filter((r) => r.basis === 'consent')) {
      expect(email.text).toMatch(/samtykke|consent/i);
    }
  });

  it('asks each recipient for what it does', () => {
    for (const email of all) {
      const ask: Record<RecipientType, RegExp> = {
        municipality: /Vi beder jer .*(vurdere|kontakte)|Please (consider|contact)/,
        counselling_provider: /tilbyde gældsrådgivning|offer debt counselling/,
        probation_unit: /orienterer Kriminalforsorgen|telling the Prison and Probation Service/,
        housing_organisation: /Jeres egen sag|Your own case/,
      };
      expect(email.text).toMatch(ask[email.recipientType]);
    }
  });

  it('tells every recipient but the debt counsellor that free advice is available', () => {
    for (const email of all) {
      expect(/gratis rådgivning|free advice/.test(email.text)).toBe(email.recipientType !== 'counselling_provider');
    }
  });

  it('names the legal date, never the day the step was recorded', () => {
    const deadline = all.filter((r) => r.code === 'deadline-passed' && r.locale === 'da');
    expect(deadline.length).toBeGreaterThan(0);
    for (const email of deadline) {
      // The påkrav reached the tenant on 8 October: the 14 days end on Thursday 22 October 2026.
      expect(email.text).toContain('udløb d. 22. oktober 2026');
      expect(email.text).not.toContain('23. oktober');
      if (email.detailed) expect(email.text).toContain('Betalingsfrist: 22. oktober 2026');
    }
  });
});

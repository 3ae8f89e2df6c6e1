import { parseIsoDate } from '@app/calendar';
import {
  agreePaymentPlan,
  ALLOWED_TRANSITIONS,
  applyTransition,
  endPaymentPlan,
  PAYMENT_PLAN_FROM_STAGES,
  CASE_OUTCOMES,
  formatLegalDate,
  upcomingDeadlines,
  type CaseFacts,
  type CaseOutcome,
  type CaseStage,
  type Transition,
  type TransitionContext,
  type TransitionErrorCode,
  type TransitionResult,
} from './case-state-machine.js';

const d = parseIsoDate;

// March–May 2024. Friday 1 March: rent due. Saturday 2, Monday 4 and Tuesday 5 March are the three
// weekdays (Saturdays count, UfR 2022.1586 V), so Wednesday 6 March is the earliest demand day.
// Received Thursday 7 March → 14 days → Thursday 21 March, a plain weekday, is the last day to pay;
// Friday 22 March the earliest termination. Monday 25 March: N1 notice and filing. Wednesday
// 10 April: the fogedret sets the eviction for Thursday 2 May 2024. Easter 2024: Maundy Thursday
// 28 March to Easter Monday 1 April.

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** A case as a test wants it: registered for rent due 1 March 2024 with 6,500 kr owed. */
function makeFacts(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return deepFreeze({
    stage: 'registered',
    oldestUnpaidDueDate: d('2024-03-01'),
    balanceOre: 650_000,
    paymentDemand: null,
    terminatedOn: null,
    municipalityNoticeOn: null,
    evictionRequestedOn: null,
    evictionScheduledFor: null,
    ...overrides,
  });
}

const DEMAND = {
  sentOn: d('2024-03-06'),
  receivedOn: d('2024-03-07'),
  deliveryMethod: 'registered_and_ordinary',
  feeOre: 31_400,
} as const;

const at = (today: string, rules?: TransitionContext['rules']): TransitionContext => ({ today: d(today), rules });

function expectOk(result: TransitionResult): Extract<TransitionResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected the transition to pass, got ${result.error.code}: ${result.error.text.en}`);
  return result;
}

/** Applies a transition that must be refused with `code`, and checks the input is untouched. */
function expectRefused(
  facts: CaseFacts,
  transition: Transition,
  context: TransitionContext,
  code: TransitionErrorCode,
) {
  const before = structuredClone(facts);
  const frozen = deepFreeze(facts);
  const result = applyTransition(frozen, transition, context);
  if (result.ok) throw new Error(`expected ${code}, but the transition passed`);
  expect(result.error.code).toBe(code);
  expect(frozen).toEqual(before);
  return result.error;
}

/** The worked example, one step at a time; each step's input is the previous step's output. */
function walk() {
  const registered = makeFacts();
  const demandSent = expectOk(
    applyTransition(registered, { type: 'send_payment_demand', ...DEMAND }, at('2024-03-07')),
  );
  const deadlinePassed = expectOk(
    applyTransition(demandSent.facts, { type: 'mark_deadline_passed', on: d('2024-03-22') }, at('2024-03-22')),
  );
  const terminated = expectOk(
    applyTransition(deadlinePassed.facts, { type: 'terminate', on: d('2024-03-22') }, at('2024-03-22')),
  );
  // The notice to the municipality is its own record; the service sets this field when it creates it.
  const noticeGiven = deepFreeze({ ...terminated.facts, municipalityNoticeOn: d('2024-03-25') });
  const requested = expectOk(
    applyTransition(noticeGiven, { type: 'request_eviction', on: d('2024-03-25') }, at('2024-03-25')),
  );
  const scheduled = expectOk(
    applyTransition(
      requested.facts,
      { type: 'schedule_eviction', decidedOn: d('2024-04-10'), evictionDate: d('2024-05-02') },
      at('2024-04-10'),
    ),
  );
  const evicted = expectOk(
    applyTransition(scheduled.facts, { type: 'record_eviction', on: d('2024-05-02') }, at('2024-05-02')),
  );
  return { registered, demandSent, deadlinePassed, terminated, noticeGiven, requested, scheduled, evicted };
}

const steps = walk();
const atStage = {
  registered: steps.registered,
  payment_demand_sent: steps.demandSent.facts,
  deadline_passed: steps.deadlinePassed.facts,
  terminated: steps.noticeGiven,
  eviction_requested: steps.requested.facts,
  eviction_scheduled: steps.scheduled.facts,
} satisfies Record<string, CaseFacts>;

describe('formatLegalDate', () => {
  it.each([
    ['2024-03-05', '5. marts 2024', '5 March 2024'],
    ['2024-05-02', '2. maj 2024', '2 May 2024'],
    ['2025-12-31', '31. december 2025', '31 December 2025'],
    ['2009-06-01', '1. juni 2009', '1 June 2009'],
  ])('%s is "%s" / "%s"', (date, da, en) => {
    expect(formatLegalDate(d(date), 'da')).toBe(da);
    expect(formatLegalDate(d(date), 'en')).toBe(en);
  });
});

describe('applyTransition: the worked example through every stage (March–May 2024)', () => {
  it('sends the demand on Wednesday 6 March, the earliest day, received Thursday 7 March', () => {
    const { facts, event } = steps.demandSent;
    expect(facts).toEqual({
      ...steps.registered,
      stage: 'payment_demand_sent',
      paymentDemand: {
        sentOn: '2024-03-06',
        receivedOn: '2024-03-07',
        deliveryMethod: 'registered_and_ordinary',
        feeOre: 31_400,
      },
    });
    expect(event.type).toBe('payment_demand_sent');
    expect(event.on).toBe('2024-03-06');
    expect(event.summary.da).toBe(
      'Påkrav sendt 6. marts 2024 (anbefalet og almindeligt brev) med gebyr 314,00 kr., kommet frem 7. marts 2024. ' +
        'Betalingsfristen udløber 21. marts 2024.',
    );
    expect(event.summary.en).toContain('The payment deadline ends on 21 March 2024.');
    expect(event.summary.en).toContain('with a fee of DKK 314.00, received on 7 March 2024');
  });

  it('marks the deadline passed on Friday 22 March, the day after Thursday 21 March', () => {
    const { facts, event } = steps.deadlinePassed;
    expect(facts).toEqual({ ...steps.demandSent.facts, stage: 'deadline_passed' });
    expect(event).toEqual({
      type: 'deadline_passed',
      on: '2024-03-22',
      values: { paymentDeadline: '2024-03-21', balanceOre: 650_000 },
      summary: {
        da: 'Betalingsfristen udløb 21. marts 2024; lejer skylder 6.500,00 kr.',
        en: 'The payment deadline ended on 21 March 2024; the tenant owes DKK 6,500.00.',
      },
    });
  });

  it('terminates on Friday 22 March (almenlejeloven § 90, stk. 1, nr. 1)', () => {
    const { facts, event } = steps.terminated;
    expect(facts).toEqual({ ...steps.deadlinePassed.facts, stage: 'terminated', terminatedOn: '2024-03-22' });
    expect(event.type).toBe('terminated');
    expect(event.summary.da).toBe('Lejemålet ophævet 22. marts 2024 (almenlejeloven § 90, stk. 1, nr. 1).');
  });

  it('requests eviction on Monday 25 March, the day the municipality was notified', () => {
    const { facts, event } = steps.requested;
    expect(facts).toEqual({
      ...steps.noticeGiven,
      stage: 'eviction_requested',
      evictionRequestedOn: '2024-03-25',
    });
    expect(event.type).toBe('eviction_requested');
    expect(event.summary.en).toBe(
      'Eviction requested at the bailiff court on 25 March 2024; municipality notified on 25 March 2024 ' +
        '(almenlejeloven § 92, stk. 2).',
    );
  });

  it('records the eviction date set on Wednesday 10 April for Thursday 2 May', () => {
    const { facts, event } = steps.scheduled;
    expect(facts).toEqual({
      ...steps.requested.facts,
      stage: 'eviction_scheduled',
      evictionScheduledFor: '2024-05-02',
    });
    expect(event).toMatchObject({ type: 'eviction_scheduled', on: '2024-04-10' });
    expect(event.summary.da).toBe('Fogedretten har 10. april 2024 fastsat udsættelse til 2. maj 2024.');
  });

  it('records the eviction on Thursday 2 May', () => {
    const { facts, event } = steps.evicted;
    expect(facts).toEqual({ ...steps.scheduled.facts, stage: 'evicted' });
    expect(event).toEqual({
      type: 'evicted',
      on: '2024-05-02',
      values: { on: '2024-05-02' },
      summary: { da: 'Lejer udsat 2. maj 2024.', en: 'Tenant evicted on 2 May 2024.' },
    });
  });

  it('returns new frozen facts and leaves every input as it was', () => {
    expect(steps.registered.stage).toBe('registered');
    expect(steps.demandSent.facts.stage).toBe('payment_demand_sent');
    for (const result of [steps.demandSent, steps.deadlinePassed, steps.scheduled, steps.evicted]) {
      expect(Object.isFrozen(result.facts)).toBe(true);
    }
    expect(Object.isFrozen(steps.demandSent.facts.paymentDemand)).toBe(true);
    expect(steps.demandSent.facts).not.toBe(steps.registered);
  });

  it('accepts each step later than its earliest day', () => {
    const late = expectOk(
      applyTransition(
        atStage.registered,
        { type: 'send_payment_demand', ...DEMAND, sentOn: d('2024-03-11'), receivedOn: d('2024-03-11') },
        at('2024-03-11'),
      ),
    );
    expect(late.facts.paymentDemand?.receivedOn).toBe('2024-03-11');
    expect(
      expectOk(applyTransition(atStage.deadline_passed, { type: 'terminate', on: d('2024-04-15') }, at('2024-04-15')))
        .facts.terminatedOn,
    ).toBe('2024-04-15');
    // The notice may come before the filing day, not only on it.
    const earlyNotice = makeFacts({ ...atStage.terminated, municipalityNoticeOn: d('2024-03-22') });
    expect(
      expectOk(applyTransition(earlyNotice, { type: 'request_eviction', on: d('2024-03-28') }, at('2024-03-28'))).facts
        .stage,
    ).toBe('eviction_requested');
    // Eviction on the day it is decided, and recorded after a postponement.
    expect(
      expectOk(
        applyTransition(
          atStage.eviction_requested,
          { type: 'schedule_eviction', decidedOn: d('2024-04-10'), evictionDate: d('2024-04-10') },
          at('2024-04-10'),
        ),
      ).facts.evictionScheduledFor,
    ).toBe('2024-04-10');
    expect(
      expectOk(
        applyTransition(atStage.eviction_scheduled, { type: 'record_eviction', on: d('2024-05-06') }, at('2024-05-06')),
      ).facts.stage,
    ).toBe('evicted');
  });

  it('gives a demand sent before 1 June 2009 the old 3-day deadline (lov nr. 286 af 15. april 2009)', () => {
    // Friday 1 May 2009 due → earliest demand Wednesday 6 May; received Thursday 7 May → 3 days →
    // Sunday 10 May → Monday 11 May is the last day. With 14 days it would have been Friday 22 May
    // (21 May 2009 was Kristi himmelfartsdag).
    const old = expectOk(
      applyTransition(
        makeFacts({ oldestUnpaidDueDate: d('2009-05-01') }),
        { type: 'send_payment_demand', ...DEMAND, sentOn: d('2009-05-06'), receivedOn: d('2009-05-07') },
        at('2009-05-07'),
      ),
    );
    expect(old.event.summary.en).toContain('The payment deadline ends on 11 May 2009.');
    expectRefused(
      old.facts,
      { type: 'mark_deadline_passed', on: d('2009-05-11') },
      at('2009-05-11'),
      'DEADLINE_NOT_PASSED',
    );
    const passed = expectOk(
      applyTransition(old.facts, { type: 'mark_deadline_passed', on: d('2009-05-12') }, at('2009-05-12')),
    );
    expect(passed.facts.stage).toBe('deadline_passed');
  });
});

describe('applyTransition: refusals', () => {
  it('refuses a demand before the earliest day and names it: Tuesday 5 March → 6 March 2024', () => {
    const error = expectRefused(
      atStage.registered,
      { type: 'send_payment_demand', ...DEMAND, sentOn: d('2024-03-05'), receivedOn: d('2024-03-06') },
      at('2024-03-06'),
      'PAYMENT_DEMAND_TOO_EARLY',
    );
    expect(error.earliestDate).toBe('2024-03-06');
    expect(error.text.da).toMatch(/^Påkrav kan tidligst sendes 6\. marts 2024\./);
    expect(error.text.da).toContain('almenlejeloven § 90, stk. 2');
    expect(error.text.en).toMatch(/^The payment demand can be sent on 6 March 2024 at the earliest\./);
  });

  it('follows the calendar rules it is given: counting from the due date without Saturdays → Thursday 7 March', () => {
    const rules = { saturdayIsWeekday: false } as const;
    const error = expectRefused(
      atStage.registered,
      { type: 'send_payment_demand', ...DEMAND },
      at('2024-03-07', rules),
      'PAYMENT_DEMAND_TOO_EARLY',
    );
    expect(error.earliestDate).toBe('2024-03-07');
    expect(error.text.en).toContain('7 March 2024');
  });

  it('refuses a receipt before the sending', () => {
    expectRefused(
      atStage.registered,
      { type: 'send_payment_demand', ...DEMAND, sentOn: d('2024-03-07'), receivedOn: d('2024-03-06') },
      at('2024-03-07'),
      'RECEIVED_BEFORE_SENT',
    );
  });

  it.each([-1, 1_000_001, 314.5, Number.NaN])('refuses a fee of %p øre', (feeOre) => {
    const error = expectRefused(
      atStage.registered,
      { type: 'send_payment_demand', ...DEMAND, feeOre },
      at('2024-03-07'),
      'FEE_INVALID',
    );
    expect(error.text.en).toContain('DKK 10,000.00');
  });

  it('accepts a fee of 0 and of exactly 10,000 kr', () => {
    for (const feeOre of [0, 1_000_000]) {
      expect(
        applyTransition(atStage.registered, { type: 'send_payment_demand', ...DEMAND, feeOre }, at('2024-03-07')).ok,
      ).toBe(true);
    }
  });

  it('refuses a demand or a termination when nothing is owed', () => {
    expectRefused(
      makeFacts({ balanceOre: 0 }),
      { type: 'send_payment_demand', ...DEMAND },
      at('2024-03-07'),
      'NOTHING_OWED',
    );
    expectRefused(
      makeFacts({ balanceOre: -5_000 }),
      { type: 'send_payment_demand', ...DEMAND },
      at('2024-03-07'),
      'NOTHING_OWED',
    );
    // A balance but no unpaid rent with a due date: no day to count the demand from.
    const noDueDate = expectRefused(
      makeFacts({ oldestUnpaidDueDate: null }),
      { type: 'send_payment_demand', ...DEMAND },
      at('2024-03-07'),
      'NOTHING_OWED',
    );
    expect(noDueDate.text.en).toContain('no unpaid rent with a due date');
    // Paid in full after the deadline, before the termination.
    expectRefused(
      makeFacts({ ...atStage.deadline_passed, balanceOre: 0 }),
      { type: 'terminate', on: d('2024-03-22') },
      at('2024-03-22'),
      'NOTHING_OWED',
    );
  });

  it('refuses marking the deadline passed on its last day and names the first day after it', () => {
    const error = expectRefused(
      atStage.payment_demand_sent,
      { type: 'mark_deadline_passed', on: d('2024-03-21') },
      at('2024-03-21'),
      'DEADLINE_NOT_PASSED',
    );
    expect(error.earliestDate).toBe('2024-03-22');
    expect(error.text.da).toBe(
      'Betalingsfristen løber til og med 21. marts 2024. At den er overskredet, kan tidligst registreres 22. marts 2024.',
    );
  });

  it('moves the deadline past Easter 2024: received Thursday 14 March → Tuesday 2 April', () => {
    // 28 March is Maundy Thursday; Good Friday, Saturday, Easter Sunday and Easter Monday follow.
    const facts = makeFacts({
      ...atStage.payment_demand_sent,
      paymentDemand: { ...DEMAND, sentOn: d('2024-03-13'), receivedOn: d('2024-03-14') },
    });
    const error = expectRefused(
      facts,
      { type: 'mark_deadline_passed', on: d('2024-04-02') },
      at('2024-04-02'),
      'DEADLINE_NOT_PASSED',
    );
    expect(error.earliestDate).toBe('2024-04-03');
    expect(error.text.en).toContain('runs until the end of 2 April 2024');
  });

  it('refuses a termination before the earliest day and names it (almenlejeloven § 90, stk. 1, nr. 1)', () => {
    const error = expectRefused(
      atStage.deadline_passed,
      { type: 'terminate', on: d('2024-03-21') },
      at('2024-03-22'),
      'TERMINATION_TOO_EARLY',
    );
    expect(error.earliestDate).toBe('2024-03-22');
    expect(error.text.da).toBe(
      'Lejemålet kan tidligst ophæves 22. marts 2024, dagen efter at betalingsfristen udløber 21. marts 2024 ' +
        '(almenlejeloven § 90, stk. 1, nr. 1).',
    );
    expect(error.text.en).toContain('terminated on 22 March 2024 at the earliest');
  });

  it.each<[CaseStage, Transition]>([
    ['registered', { type: 'terminate', on: d('2024-03-22') }],
    ['registered', { type: 'mark_deadline_passed', on: d('2024-03-22') }],
    ['payment_demand_sent', { type: 'terminate', on: d('2024-03-22') }],
    ['payment_demand_sent', { type: 'send_payment_demand', ...DEMAND }],
    ['deadline_passed', { type: 'request_eviction', on: d('2024-03-25') }],
    ['terminated', { type: 'avert', on: d('2024-03-25'), reason: 'Betalt' }],
    ['eviction_requested', { type: 'record_eviction', on: d('2024-03-25') }],
    ['eviction_scheduled', { type: 'request_eviction', on: d('2024-04-10') }],
  ])('refuses at stage %s: %o', (stage, transition) => {
    const error = expectRefused(
      atStage[stage as keyof typeof atStage],
      transition,
      at('2024-05-31'),
      'CASE_STAGE_INVALID',
    );
    expect(error.details).toMatchObject({ stage, attempted: transition.type, allowed: ALLOWED_TRANSITIONS[stage] });
  });

  it('names the current stage and what is allowed from it', () => {
    const error = expectRefused(
      atStage.registered,
      { type: 'terminate', on: d('2024-03-22') },
      at('2024-03-22'),
      'CASE_STAGE_INVALID',
    );
    expect(error.text.da).toBe(
      'Sagen står som »registreret«, så man kan ikke ophæve lejemålet nu. Herfra kan man sende påkrav eller lukke sagen.',
    );
    expect(error.text.en).toBe(
      'The case is at stage "registered", so you cannot terminate the lease now. ' +
        'From here you can send the payment demand or close the case.',
    );
    const fromRequested = expectRefused(
      atStage.eviction_requested,
      { type: 'record_eviction', on: d('2024-04-10') },
      at('2024-04-10'),
      'CASE_STAGE_INVALID',
    );
    expect(fromRequested.text.en).toContain(
      'From here you can record the eviction date set by the bailiff court, record that the eviction was averted or close the case.',
    );
  });

  it('refuses an eviction request with no notice to the municipality (almenlejeloven § 92, stk. 2)', () => {
    const error = expectRefused(
      steps.terminated.facts,
      { type: 'request_eviction', on: d('2024-03-25') },
      at('2024-03-25'),
      'MUNICIPALITY_NOTICE_MISSING',
    );
    expect(error.earliestDate).toBeUndefined();
    expect(error.text.da).toContain(
      'senest samme dag, som udsættelse begæres i fogedretten (almenlejeloven § 92, stk. 2)',
    );
    expect(error.text.en).toContain('no later than the day eviction is requested at the bailiff court');
  });

  it('refuses an eviction request filed before the notice to the municipality is dated', () => {
    const lateNotice = makeFacts({ ...atStage.terminated, municipalityNoticeOn: d('2024-03-26') });
    const error = expectRefused(
      lateNotice,
      { type: 'request_eviction', on: d('2024-03-25') },
      at('2024-03-26'),
      'MUNICIPALITY_NOTICE_MISSING',
    );
    expect(error.earliestDate).toBe('2024-03-26');
    expect(error.text.da).toContain('Underretningen er dateret 26. marts 2024, efter begæringen 25. marts 2024.');
  });

  it('refuses an eviction date before the fogedret decided it', () => {
    const error = expectRefused(
      atStage.eviction_requested,
      { type: 'schedule_eviction', decidedOn: d('2024-04-10'), evictionDate: d('2024-04-09') },
      at('2024-04-10'),
      'EVICTION_DATE_INVALID',
    );
    expect(error.earliestDate).toBe('2024-04-10');
  });

  it.each<[keyof typeof atStage, Transition, string]>([
    ['terminated', { type: 'request_eviction', on: d('2024-03-21') }, '2024-03-22'],
    [
      'eviction_requested',
      { type: 'schedule_eviction', decidedOn: d('2024-03-24'), evictionDate: d('2024-05-02') },
      '2024-03-25',
    ],
    ['eviction_scheduled', { type: 'record_eviction', on: d('2024-05-01') }, '2024-05-02'],
    ['eviction_requested', { type: 'avert', on: d('2024-03-24'), reason: 'Betalt' }, '2024-03-25'],
    ['payment_demand_sent', { type: 'close', on: d('2024-03-05'), outcome: 'withdrawn' }, '2024-03-06'],
    ['eviction_scheduled', { type: 'close', on: d('2024-03-24'), outcome: 'moved_out' }, '2024-03-25'],
  ])('refuses a date before the previous step at stage %s: %o', (stage, transition, previous) => {
    const error = expectRefused(atStage[stage], transition, at('2024-05-31'), 'DATE_BEFORE_PREVIOUS_STEP');
    expect(error.earliestDate).toBe(previous);
    expect(error.text.en).toContain(formatLegalDate(d(previous), 'en'));
  });

  it.each<[keyof typeof atStage, Transition, string]>([
    // Received tomorrow: record the receipt once the demand has arrived.
    ['registered', { type: 'send_payment_demand', ...DEMAND }, '2024-03-06'],
    ['payment_demand_sent', { type: 'mark_deadline_passed', on: d('2024-03-22') }, '2024-03-21'],
    ['deadline_passed', { type: 'terminate', on: d('2024-03-22') }, '2024-03-21'],
    ['terminated', { type: 'request_eviction', on: d('2024-03-25') }, '2024-03-24'],
    [
      'eviction_requested',
      { type: 'schedule_eviction', decidedOn: d('2024-04-10'), evictionDate: d('2024-05-02') },
      '2024-04-09',
    ],
    ['eviction_scheduled', { type: 'record_eviction', on: d('2024-05-02') }, '2024-05-01'],
    ['eviction_scheduled', { type: 'avert', on: d('2024-05-01'), reason: 'Huslejehjælp' }, '2024-04-30'],
    ['registered', { type: 'close', on: d('2024-03-07'), outcome: 'withdrawn' }, '2024-03-06'],
  ])('refuses a date after today at stage %s: %o', (stage, transition, today) => {
    const error = expectRefused(atStage[stage], transition, at(today), 'DATE_IN_FUTURE');
    expect(error.text.en).toContain(`(today is ${formatLegalDate(d(today), 'en')})`);
  });

  it('records a new eviction date when the fogedret moves it', () => {
    const { facts } = expectOk(
      applyTransition(
        atStage.eviction_scheduled,
        { type: 'schedule_eviction', decidedOn: d('2024-04-25'), evictionDate: d('2024-05-23') },
        at('2024-04-25'),
      ),
    );
    expect(facts).toMatchObject({ stage: 'eviction_scheduled', evictionScheduledFor: '2024-05-23' });
  });

  it('names both dates on the timeline when the eviction is moved', () => {
    const result = applyTransition(
      atStage.eviction_scheduled,
      { type: 'schedule_eviction', decidedOn: d('2024-04-25'), evictionDate: d('2024-05-23') },
      at('2024-04-25'),
    );
    if (!result.ok) throw new Error(result.error.code);
    expect(result.event).toEqual({
      type: 'eviction_rescheduled',
      on: '2024-04-25',
      values: { decidedOn: '2024-04-25', previousDate: '2024-05-02', evictionDate: '2024-05-23' },
      summary: {
        da: 'Fogedretten har 25. april 2024 flyttet udsættelsen fra 2. maj 2024 til 23. maj 2024.',
        en: 'On 25 April 2024 the bailiff court moved the eviction from 2 May 2024 to 23 May 2024.',
      },
    });
  });

  it('refuses to move the eviction to the date already set', () => {
    const error = expectRefused(
      atStage.eviction_scheduled,
      { type: 'schedule_eviction', decidedOn: d('2024-04-25'), evictionDate: d('2024-05-02') },
      at('2024-04-25'),
      'EVICTION_DATE_UNCHANGED',
    );
    expect(error.text.en).toBe(
      'The eviction is already set for 2 May 2024. Give the new date if the bailiff court has moved it.',
    );
  });

  it('lets the eviction date itself lie in the future', () => {
    const result = applyTransition(
      atStage.eviction_requested,
      { type: 'schedule_eviction', decidedOn: d('2024-04-10'), evictionDate: d('2024-05-02') },
      at('2024-04-10'),
    );
    expect(result.ok).toBe(true);
  });

  it.each(['evicted', 'averted', 'closed'] as const)('refuses every step once the case is %s', (stage) => {
    const finished = makeFacts({ ...atStage.eviction_scheduled, stage });
    for (const transition of [
      { type: 'close', on: d('2024-05-02'), outcome: 'paid' },
      { type: 'send_payment_demand', ...DEMAND },
      { type: 'record_eviction', on: d('2024-05-02') },
    ] satisfies Transition[]) {
      const error = expectRefused(finished, transition, at('2024-05-31'), 'CASE_CLOSED');
      expect(error.details).toEqual({ stage });
    }
    expect(ALLOWED_TRANSITIONS[stage]).toEqual([]);
  });

  it('refuses closing as paid while the tenant still owes', () => {
    const error = expectRefused(
      atStage.terminated,
      { type: 'close', on: d('2024-03-25'), outcome: 'paid' },
      at('2024-03-25'),
      'ARREARS_NOT_PAID',
    );
    expect(error.text.da).toBe('Sagen kan ikke lukkes som betalt: lejer skylder stadig 6.500,00 kr.');
  });

  it('refuses averting without a reason', () => {
    expectRefused(
      atStage.eviction_scheduled,
      { type: 'avert', on: d('2024-04-20'), reason: '   ' },
      at('2024-04-20'),
      'REASON_MISSING',
    );
  });

  it('checks the stage before the dates', () => {
    expectRefused(
      atStage.registered,
      { type: 'terminate', on: d('2099-01-01') },
      at('2024-03-22'),
      'CASE_STAGE_INVALID',
    );
  });
});

describe('applyTransition: ways out', () => {
  it.each(['eviction_requested', 'eviction_scheduled'] as const)('averts an eviction at stage %s', (stage) => {
    const { facts, event } = expectOk(
      applyTransition(
        atStage[stage],
        { type: 'avert', on: d('2024-04-30'), reason: 'Kommunen bevilgede huslejehjælp' },
        at('2024-04-30'),
      ),
    );
    expect(facts).toEqual({ ...atStage[stage], stage: 'averted' });
    expect(event).toEqual({
      type: 'averted',
      on: '2024-04-30',
      // What is stored: the date, never the free-text reason.
      values: { on: '2024-04-30' },
      summary: { da: 'Udsættelsen afværget 30. april 2024.', en: 'Eviction averted on 30 April 2024.' },
    });
    // The summary never repeats free text (docs/personal-data.md#free-text-logs-and-error-messages).
    expect(event.summary.da).not.toContain('huslejehjælp');
  });

  it.each(Object.keys(atStage) as (keyof typeof atStage)[])('can close from stage %s with every outcome', (stage) => {
    for (const outcome of CASE_OUTCOMES) {
      const facts = outcome === 'paid' ? makeFacts({ ...atStage[stage], balanceOre: 0 }) : atStage[stage];
      const { facts: closed, event } = expectOk(
        applyTransition(facts, { type: 'close', on: d('2024-04-30'), outcome }, at('2024-04-30')),
      );
      expect(closed).toEqual({ ...facts, stage: 'closed' });
      expect(event.type).toBe('closed');
    }
  });

  it.each<[CaseOutcome, string, string]>([
    ['paid', 'restancen er betalt', 'arrears paid'],
    ['payment_plan', 'betalingsaftale indgået', 'payment plan agreed'],
    ['rent_assistance', 'huslejehjælp bevilget', 'rent assistance granted'],
    ['moved_out', 'lejer er fraflyttet', 'tenant moved out'],
    ['withdrawn', 'sagen er trukket tilbage', 'case withdrawn'],
  ])('closes with outcome %s', (outcome, da, en) => {
    const facts = makeFacts({ ...atStage.payment_demand_sent, balanceOre: outcome === 'paid' ? 0 : 650_000 });
    const { event } = expectOk(
      applyTransition(facts, { type: 'close', on: d('2024-03-15'), outcome }, at('2024-03-15')),
    );
    expect(event.summary).toEqual({
      da: `Sagen lukket 15. marts 2024: ${da}.`,
      en: `Case closed on 15 March 2024: ${en}.`,
    });
  });

  it('closes as paid on the day the demand was sent, before it arrived', () => {
    const facts = makeFacts({ ...atStage.payment_demand_sent, balanceOre: 0 });
    expect(applyTransition(facts, { type: 'close', on: d('2024-03-06'), outcome: 'paid' }, at('2024-03-06')).ok).toBe(
      true,
    );
  });

  it('closes as paid when the tenant has overpaid', () => {
    const facts = makeFacts({ ...atStage.eviction_scheduled, balanceOre: -100 });
    expect(applyTransition(facts, { type: 'close', on: d('2024-04-30'), outcome: 'paid' }, at('2024-04-30')).ok).toBe(
      true,
    );
  });
});

describe('ALLOWED_TRANSITIONS', () => {
  it('is the documented graph', () => {
    expect(ALLOWED_TRANSITIONS).toEqual({
      registered: ['send_payment_demand', 'close'],
      payment_demand_sent: ['mark_deadline_passed', 'close'],
      deadline_passed: ['terminate', 'close'],
      terminated: ['request_eviction', 'close'],
      eviction_requested: ['schedule_eviction', 'avert', 'close'],
      eviction_scheduled: ['schedule_eviction', 'record_eviction', 'avert', 'close'],
      payment_plan_agreed: [],
      evicted: [],
      averted: [],
      closed: [],
    });
    expect(Object.isFrozen(ALLOWED_TRANSITIONS)).toBe(true);
  });
});

describe('payment plans', () => {
  const PLAN = {
    agreedOn: d('2024-04-15'),
    amountOre: 650_000,
    instalmentOre: 325_000,
    instalmentCount: 2,
    frequency: 'monthly',
    firstDueOn: d('2024-05-01'),
  } as const;
  const agreed = (stage: keyof typeof atStage) =>
    expectOk(agreePaymentPlan(deepFreeze(atStage[stage]), PLAN, at('2024-04-15')));

  it.each(PAYMENT_PLAN_FROM_STAGES)('agrees a plan from stage %s, keeping the steps recorded', (stage) => {
    const { facts, event } = agreed(stage);
    expect(facts).toEqual({ ...atStage[stage], stage: 'payment_plan_agreed' });
    expect(event).toMatchObject({
      type: 'payment_plan_agreed',
      on: '2024-04-15',
      values: { ...PLAN, fromStage: stage },
    });
    expect(event.summary.da).toBe(
      'Afdragsordning aftalt 15. april 2024: 6.500,00 kr. betales i 2 afdrag på 3.250,00 kr., første gang 1. maj 2024. ' +
        'Den løbende husleje skal betales ved siden af. De retlige skridt er sat i bero.',
    );
    expect(event.summary.en).toContain('The legal steps are paused.');
  });

  it.each<Transition>([
    { type: 'send_payment_demand', ...DEMAND },
    { type: 'mark_deadline_passed', on: d('2024-04-20') },
    { type: 'terminate', on: d('2024-04-20') },
    { type: 'request_eviction', on: d('2024-04-20') },
    { type: 'schedule_eviction', decidedOn: d('2024-04-20'), evictionDate: d('2024-05-20') },
    { type: 'record_eviction', on: d('2024-04-20') },
    { type: 'avert', on: d('2024-04-20'), reason: 'x' },
    { type: 'close', on: d('2024-04-20'), outcome: 'withdrawn' },
  ])('pauses the legal steps while the plan runs: $type refused', (transition) => {
    const error = expectRefused(agreed('terminated').facts, transition, at('2024-04-20'), 'PAYMENT_PLAN_ACTIVE');
    expect(error.details).toEqual({ stage: 'payment_plan_agreed', attempted: transition.type });
  });

  it('refuses a second plan, a closed case, nothing owed and a date in the future', () => {
    const code = (result: TransitionResult) => (result.ok ? 'ok' : result.error.code);
    expect(code(agreePaymentPlan(agreed('registered').facts, PLAN, at('2024-04-15')))).toBe('PAYMENT_PLAN_ACTIVE');
    expect(code(agreePaymentPlan(makeFacts({ stage: 'closed' }), PLAN, at('2024-04-15')))).toBe('CASE_CLOSED');
    expect(code(agreePaymentPlan(makeFacts({ balanceOre: 0 }), PLAN, at('2024-04-15')))).toBe('NOTHING_OWED');
    expect(code(agreePaymentPlan(makeFacts(), PLAN, at('2024-04-14')))).toBe('DATE_IN_FUTURE');
  });

  it('completes a plan only when the arrears are paid, closing the case', () => {
    const running = agreed('terminated').facts;
    const owing = endPaymentPlan(running, { outcome: 'completed', on: d('2024-06-10') }, at('2024-06-10'));
    expect(owing.ok ? null : owing.error.code).toBe('ARREARS_NOT_PAID');
    const { facts, event } = expectOk(
      endPaymentPlan({ ...running, balanceOre: 0 }, { outcome: 'completed', on: d('2024-06-10') }, at('2024-06-10')),
    );
    expect(facts.stage).toBe('closed');
    expect(event.type).toBe('payment_plan_completed');
    expect(event.summary.en).toBe(
      'Payment plan completed on 10 June 2024 and the arrears paid. The case is closed as paid.',
    );
  });

  it('breaks a plan back to registered with the old påkrav cleared: the legal steps resume only with a new påkrav', () => {
    const { facts, event } = expectOk(
      endPaymentPlan(agreed('eviction_requested').facts, { outcome: 'broken', on: d('2024-06-10') }, at('2024-06-10')),
    );
    expect(facts).toEqual({
      ...atStage.eviction_requested,
      stage: 'registered',
      paymentDemand: null,
      terminatedOn: null,
      municipalityNoticeOn: null,
      evictionRequestedOn: null,
      evictionScheduledFor: null,
    });
    // The balance and the oldest unpaid rent stay: they come from the ledger.
    expect([facts.balanceOre, facts.oldestUnpaidDueDate]).toEqual([650_000, '2024-03-01']);
    expect(event).toMatchObject({ type: 'payment_plan_broken', values: { on: '2024-06-10', balanceOre: 650_000 } });
    expect(ALLOWED_TRANSITIONS[facts.stage]).toEqual(['send_payment_demand', 'close']);
    // The termination built on the old påkrav is not offered again …
    expectRefused(facts, { type: 'terminate', on: d('2024-06-11') }, at('2024-06-11'), 'CASE_STAGE_INVALID');
    expectRefused(facts, { type: 'request_eviction', on: d('2024-06-11') }, at('2024-06-11'), 'CASE_STAGE_INVALID');
    // … and a new påkrav is.
    const demand = {
      type: 'send_payment_demand',
      ...DEMAND,
      sentOn: d('2024-06-11'),
      receivedOn: d('2024-06-12'),
    } as const;
    expect(expectOk(applyTransition(facts, demand, at('2024-06-12'))).facts.stage).toBe('payment_demand_sent');
  });

  it('ends only a running plan', () => {
    const result = endPaymentPlan(atStage.terminated, { outcome: 'broken', on: d('2024-06-10') }, at('2024-06-10'));
    expect(result.ok ? null : result.error.code).toBe('PAYMENT_PLAN_NOT_ACTIVE');
  });

  it('gives no legal date while the plan runs', () => {
    expect(upcomingDeadlines(agreed('payment_demand_sent').facts, d('2024-04-15'))).toEqual([]);
  });
});

describe('upcomingDeadlines', () => {
  const keysAndDates = (facts: CaseFacts, today: string, rules?: TransitionContext['rules']) =>
    upcomingDeadlines(facts, d(today), rules).map(({ key, date }) => [key, date]);
  const overdueKeys = (facts: CaseFacts, today: string) =>
    upcomingDeadlines(facts, d(today))
      .filter((deadline) => deadline.overdue)
      .map(({ key }) => key);

  it('shows the earliest demand day while registered, overdue once it has passed', () => {
    expect(upcomingDeadlines(atStage.registered, d('2024-03-01'))).toEqual([
      {
        key: 'earliest_payment_demand',
        date: '2024-03-06',
        label: { da: 'Påkrav kan tidligst sendes', en: 'Earliest day to send the payment demand' },
        overdue: false,
      },
    ]);
    expect(keysAndDates(atStage.registered, '2024-03-06')).toEqual([['earliest_payment_demand', '2024-03-06']]);
    expect(overdueKeys(atStage.registered, '2024-03-06')).toEqual([]);
    // Work that has passed its date does not drop off the list (issue 12, item 6).
    expect(keysAndDates(atStage.registered, '2024-03-07')).toEqual([['earliest_payment_demand', '2024-03-06']]);
    expect(overdueKeys(atStage.registered, '2024-03-07')).toEqual(['earliest_payment_demand']);
    expect(keysAndDates(makeFacts({ balanceOre: 0 }), '2024-03-01')).toEqual([]);
    expect(keysAndDates(atStage.registered, '2024-03-01', { saturdayIsWeekday: false })).toEqual([
      ['earliest_payment_demand', '2024-03-07'],
    ]);
  });

  it('shows the payment deadline and the earliest termination after the demand, sorted', () => {
    expect(keysAndDates(atStage.payment_demand_sent, '2024-03-07')).toEqual([
      ['payment_deadline', '2024-03-21'],
      ['earliest_termination', '2024-03-22'],
    ]);
    expect(keysAndDates(atStage.payment_demand_sent, '2024-03-22')).toEqual([
      ['payment_deadline', '2024-03-21'],
      ['earliest_termination', '2024-03-22'],
    ]);
    expect(overdueKeys(atStage.payment_demand_sent, '2024-03-22')).toEqual(['payment_deadline']);
    // Once the passed deadline is recorded, the last day to pay is history.
    expect(keysAndDates(atStage.deadline_passed, '2024-03-22')).toEqual([['earliest_termination', '2024-03-22']]);
    expect(keysAndDates(atStage.deadline_passed, '2024-03-23')).toEqual([['earliest_termination', '2024-03-22']]);
    expect(overdueKeys(atStage.deadline_passed, '2024-03-23')).toEqual(['earliest_termination']);
  });

  it('moves the payment deadline off a weekend: received Saturday 9 March → Monday 25 March', () => {
    const facts = makeFacts({
      ...atStage.payment_demand_sent,
      paymentDemand: { ...DEMAND, sentOn: d('2024-03-08'), receivedOn: d('2024-03-09') },
    });
    expect(keysAndDates(facts, '2024-03-09')).toEqual([
      ['payment_deadline', '2024-03-25'],
      ['earliest_termination', '2024-03-26'],
    ]);
  });

  it('has nothing to show between termination and scheduling', () => {
    expect(upcomingDeadlines(atStage.terminated, d('2024-03-22'))).toEqual([]);
    expect(upcomingDeadlines(atStage.eviction_requested, d('2024-03-25'))).toEqual([]);
  });

  it('shows the eviction date once scheduled, overdue from the day after', () => {
    expect(upcomingDeadlines(atStage.eviction_scheduled, d('2024-04-10'))).toEqual([
      {
        key: 'eviction',
        date: '2024-05-02',
        label: { da: 'Udsættelse berammet', en: 'Eviction scheduled' },
        overdue: false,
      },
    ]);
    expect(keysAndDates(atStage.eviction_scheduled, '2024-05-02')).toEqual([['eviction', '2024-05-02']]);
    expect(overdueKeys(atStage.eviction_scheduled, '2024-05-03')).toEqual(['eviction']);
  });

  it('shows nothing for a finished case', () => {
    for (const facts of [steps.evicted.facts, makeFacts({ ...atStage.payment_demand_sent, stage: 'closed' })]) {
      expect(upcomingDeadlines(facts, d('2024-03-01'))).toEqual([]);
    }
  });
});

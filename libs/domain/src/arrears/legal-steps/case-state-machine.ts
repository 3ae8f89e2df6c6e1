import { localized } from '@app/i18n';
import {
  compareDates,
  earliestPaymentDemandDate,
  earliestTerminationDate,
  paymentDeadline,
  paymentDeadlineDaysFor,
  type CalendarRules,
  type IsoDate,
} from '@app/calendar';
import { caseEventSummary, type CaseEventValues } from './case-event-summary.js';
import { type AvertReason } from './case-outcome.js';
import { isOpenStage, type CaseOutcome, type CaseStage, type DeliveryMethod } from './case-stage.js';
import {
  arrearsNotPaid,
  caseClosed,
  caseStageInvalid,
  dateBeforePreviousStep,
  dateInFuture,
  deadlineNotPassed,
  evictionDateInvalid,
  evictionDateUnchanged,
  feeInvalid,
  MAX_PAYMENT_DEMAND_FEE_ORE,
  municipalityNoticeMissing,
  PREVIOUS_STEP_NAMES,
  nothingOwed,
  paymentDemandTooEarly,
  paymentPlanActive,
  paymentPlanNotActive,
  reasonMissing,
  receivedBeforeSent,
  terminationTooEarly,
  type PreviousStep,
  type TransitionError,
} from './case-state-machine.errors.js';
import { type Bilingual } from './legal-format.js';

export {
  CASE_OUTCOMES,
  CASE_OUTCOME_LABELS,
  CASE_STAGE_LABELS,
  DELIVERY_METHODS,
  DELIVERY_METHOD_LABELS,
  isOpenStage,
  OPEN_CASE_STAGES,
  type CaseOutcome,
  type CaseStage,
  type DeliveryMethod,
  type OpenCaseStage,
} from './case-stage.js';
export {
  MAX_PAYMENT_DEMAND_FEE_ORE,
  type TransitionError,
  type TransitionErrorCode,
} from './case-state-machine.errors.js';
export { formatLegalDate, type Bilingual, type LegalLanguage } from './legal-format.js';

/**
 * The payment demand (påkrav) as sent; the 14-day deadline runs from `receivedOn`
 * (docs/legal-rules.md#the-payment-deadline-påkravsfrist).
 */
export interface PaymentDemandFacts {
  readonly sentOn: IsoDate;
  /** When it reached the tenant (kom frem til lejeren). */
  readonly receivedOn: IsoDate;
  readonly deliveryMethod: DeliveryMethod;
  /** Påkravsgebyr, a pligtig pengeydelse (docs/legal-rules.md#the-fee-påkravsgebyr). */
  readonly feeOre: number;
}

/**
 * What the timeline rules need to know about a case. The balance and the oldest unpaid due date
 * come from the ledger (`summarizeLedger`), never typed in; the notice to the municipality is its
 * own record, created before the eviction request.
 */
export interface CaseFacts {
  readonly stage: CaseStage;
  readonly oldestUnpaidDueDate: IsoDate | null;
  readonly balanceOre: number;
  readonly paymentDemand: PaymentDemandFacts | null;
  /** Ophævelse. */
  readonly terminatedOn: IsoDate | null;
  /** Notice N1 under almenlejeloven § 92, stk. 2 (docs/legal-rules.md#the-notice-to-the-municipality-n1). */
  readonly municipalityNoticeOn: IsoDate | null;
  /** Filing at the fogedret (begæring om udsættelse). */
  readonly evictionRequestedOn: IsoDate | null;
  /** The day the fogedret set for the eviction at the address. */
  readonly evictionScheduledFor: IsoDate | null;
}

export type Transition =
  | {
      readonly type: 'send_payment_demand';
      readonly sentOn: IsoDate;
      readonly receivedOn: IsoDate;
      readonly deliveryMethod: DeliveryMethod;
      readonly feeOre: number;
    }
  | { readonly type: 'mark_deadline_passed'; readonly on: IsoDate }
  | { readonly type: 'terminate'; readonly on: IsoDate }
  | { readonly type: 'request_eviction'; readonly on: IsoDate }
  | { readonly type: 'schedule_eviction'; readonly decidedOn: IsoDate; readonly evictionDate: IsoDate }
  | { readonly type: 'record_eviction'; readonly on: IsoDate }
  | {
      readonly type: 'avert';
      readonly on: IsoDate;
      readonly reason: string;
      /** Why, as data (docs/statistics.md#outcomes); without it, read from the words of `reason`. */
      readonly avertReason?: AvertReason;
    }
  | { readonly type: 'close'; readonly on: IsoDate; readonly outcome: CaseOutcome };

export type TransitionType = Transition['type'];

export interface TransitionContext {
  /** The caller's today in Copenhagen (`copenhagenDateOf(now)`); no step may be dated after it. */
  readonly today: IsoDate;
  readonly rules?: Partial<CalendarRules>;
}

export interface CaseEvent {
  readonly type: string;
  readonly on: IsoDate;
  /** What happened, as stored on the timeline: dates, amounts and codes, in no language. */
  readonly values: CaseEventValues;
  /** The values rendered by the catalogue in both languages (the timeline renders them at read time). */
  readonly summary: Bilingual;
}

export type TransitionResult =
  | { readonly ok: true; readonly facts: CaseFacts; readonly event: CaseEvent }
  | { readonly ok: false; readonly error: TransitionError };

export interface UpcomingDeadline {
  readonly key: 'earliest_payment_demand' | 'payment_deadline' | 'earliest_termination' | 'eviction';
  readonly date: IsoDate;
  readonly label: Bilingual;
  /** The date has passed and the step it opens or closes is still not recorded: the most urgent work. */
  readonly overdue: boolean;
}

/**
 * The legal order of steps (docs/legal-rules.md#the-steps-of-a-case): påkrav → deadline passed →
 * ophævelse → fogedret → eviction date → eviction, with a way out (`close`) at every open stage and
 * `avert` once the fogedret is involved. Final stages allow nothing.
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<CaseStage, readonly TransitionType[]>> = Object.freeze({
  registered: Object.freeze(['send_payment_demand', 'close'] as const),
  payment_demand_sent: Object.freeze(['mark_deadline_passed', 'close'] as const),
  deadline_passed: Object.freeze(['terminate', 'close'] as const),
  terminated: Object.freeze(['request_eviction', 'close'] as const),
  eviction_requested: Object.freeze(['schedule_eviction', 'avert', 'close'] as const),
  // The bailiff court may move the date (a new `schedule_eviction`, recorded on the timeline).
  eviction_scheduled: Object.freeze(['schedule_eviction', 'record_eviction', 'avert', 'close'] as const),
  // The legal steps pause while a plan runs; it ends completed or broken (`endPaymentPlan`), not by a step.
  payment_plan_agreed: Object.freeze([] as const),
  evicted: Object.freeze([] as const),
  averted: Object.freeze([] as const),
  closed: Object.freeze([] as const),
});

const refuse = (error: TransitionError): TransitionResult => ({ ok: false, error });

const accept = (facts: CaseFacts, type: string, on: IsoDate, values: CaseEventValues): TransitionResult => ({
  ok: true,
  facts: freezeFacts(facts),
  event: Object.freeze({
    type,
    on,
    values: Object.freeze({ ...values }),
    summary: Object.freeze({
      da: caseEventSummary(type, values, 'da') ?? '',
      en: caseEventSummary(type, values, 'en') ?? '',
    }),
  }),
});

function freezeFacts(facts: CaseFacts): CaseFacts {
  return Object.freeze({
    ...facts,
    paymentDemand: facts.paymentDemand && Object.freeze({ ...facts.paymentDemand }),
  });
}

/**
 * The rules for the payment deadline of one demand. The statute that applies is the one in force
 * when the demand was given: 3 days before 1 June 2009, 14 from then (lov nr. 286 af 15. april 2009,
 * docs/legal-rules.md#the-payment-deadline-påkravsfrist). For current demands the
 * `paymentDeadlineDays` setting is kept, so a lawyer can still correct it.
 */
function rulesForDemand(rules: Partial<CalendarRules>, sentOn: IsoDate): Partial<CalendarRules> {
  const statutoryDays = paymentDeadlineDaysFor(sentOn);
  return statutoryDays === 3 ? { ...rules, paymentDeadlineDays: 3 } : rules;
}

/** The last day to pay after a payment demand, under the reading the demand was sent under. */
export function paymentDeadlineOf(demand: PaymentDemandFacts, rules: Partial<CalendarRules> = {}): IsoDate {
  return paymentDeadline(demand.receivedOn, rulesForDemand(rules, demand.sentOn));
}

function requireDemand(facts: CaseFacts): PaymentDemandFacts {
  // A case past `registered` without its demand is corrupt data, not a refusal the user can act on.
  if (!facts.paymentDemand) throw new Error(`Arrears case at stage ${facts.stage} has no payment demand`);
  return facts.paymentDemand;
}

function requireDate(
  facts: CaseFacts,
  field: 'terminatedOn' | 'evictionRequestedOn' | 'evictionScheduledFor',
): IsoDate {
  const value = facts[field];
  if (value === null) throw new Error(`Arrears case at stage ${facts.stage} has no ${field}`);
  return value;
}

const isAfter = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) > 0;
const isBefore = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) < 0;

/** The dates a transition records that must already have happened, by field name. */
function pastDates(transition: Transition): [string, IsoDate][] {
  switch (transition.type) {
    case 'send_payment_demand':
      return [
        ['sentOn', transition.sentOn],
        ['receivedOn', transition.receivedOn],
      ];
    case 'schedule_eviction':
      // The eviction date itself is normally weeks ahead.
      return [['decidedOn', transition.decidedOn]];
    default:
      return [['on', transition.on]];
  }
}

/**
 * Validates one step of an arrears case against the stage graph and the legal calendar and, when
 * it is allowed, returns the facts after it and an event for the case history. Pure: `facts` is
 * never changed; the result's facts are a new frozen object.
 *
 * Checks run in a fixed order (stage, dates in the future, then the step's own rules), so the
 * first refusal is the one to show.
 */
export function applyTransition(
  facts: CaseFacts,
  transition: Transition,
  context: TransitionContext,
): TransitionResult {
  const { today } = context;
  const rules = context.rules ?? {};
  if (!isOpenStage(facts.stage)) return refuse(caseClosed(facts.stage));
  if (facts.stage === 'payment_plan_agreed') return refuse(paymentPlanActive(transition.type));
  const allowed = ALLOWED_TRANSITIONS[facts.stage];
  if (!allowed.includes(transition.type)) {
    return refuse(caseStageInvalid(facts.stage, transition.type, allowed));
  }
  for (const [field, date] of pastDates(transition)) {
    if (isAfter(date, today)) return refuse(dateInFuture(field, date, today));
  }

  switch (transition.type) {
    case 'send_payment_demand':
      return sendPaymentDemand(facts, transition, rules);
    case 'mark_deadline_passed':
      return markDeadlinePassed(facts, transition, rules);
    case 'terminate':
      return terminate(facts, transition, rules);
    case 'request_eviction':
      return requestEviction(facts, transition);
    case 'schedule_eviction':
      return scheduleEviction(facts, transition);
    case 'record_eviction':
      return recordEviction(facts, transition);
    case 'avert':
      return avert(facts, transition);
    case 'close':
      return close(facts, transition);
  }
}

type TransitionOf<T extends TransitionType> = Extract<Transition, { type: T }>;

function sendPaymentDemand(
  facts: CaseFacts,
  t: TransitionOf<'send_payment_demand'>,
  rules: Partial<CalendarRules>,
): TransitionResult {
  if (isBefore(t.receivedOn, t.sentOn)) return refuse(receivedBeforeSent(t.sentOn, t.receivedOn));
  if (!Number.isInteger(t.feeOre) || t.feeOre < 0 || t.feeOre > MAX_PAYMENT_DEMAND_FEE_ORE) {
    return refuse(feeInvalid(t.feeOre));
  }
  if (facts.balanceOre <= 0 || facts.oldestUnpaidDueDate === null) {
    return refuse(nothingOwed('payment_demand', facts.balanceOre));
  }
  // Almenlejeloven § 90, stk. 2: the påkrav may be given only after the 3rd weekday following the
  // last on-time payment day; Saturdays count (UfR 2022.1586 V;
  // docs/legal-rules.md#the-earliest-payment-demand-day). A demand sent earlier is void, and so is
  // any termination built on it (docs/legal-rules.md#the-earliest-payment-demand-day).
  const earliest = earliestPaymentDemandDate(facts.oldestUnpaidDueDate, rules);
  if (isBefore(t.sentOn, earliest)) {
    return refuse(paymentDemandTooEarly(t.sentOn, earliest, facts.oldestUnpaidDueDate));
  }
  const paymentDemand: PaymentDemandFacts = {
    sentOn: t.sentOn,
    receivedOn: t.receivedOn,
    deliveryMethod: t.deliveryMethod,
    feeOre: t.feeOre,
  };
  // Almenlejeloven § 90, stk. 2: the deadline runs from the day the demand reaches the tenant.
  const deadline = paymentDeadline(t.receivedOn, rulesForDemand(rules, t.sentOn));
  return accept({ ...facts, stage: 'payment_demand_sent', paymentDemand }, 'payment_demand_sent', t.sentOn, {
    ...paymentDemand,
    paymentDeadline: deadline,
  });
}

function markDeadlinePassed(
  facts: CaseFacts,
  t: TransitionOf<'mark_deadline_passed'>,
  rules: Partial<CalendarRules>,
): TransitionResult {
  const demand = requireDemand(facts);
  const demandRules = rulesForDemand(rules, demand.sentOn);
  // Almenlejeloven § 90, stk. 2: 14 calendar days from receipt, the last day moved off a Saturday,
  // Sunday, public holiday or grundlovsdag. The tenant may pay on the last day itself.
  const deadline = paymentDeadline(demand.receivedOn, demandRules);
  if (!isAfter(t.on, deadline)) {
    return refuse(deadlineNotPassed(t.on, deadline, earliestTerminationDate(demand.receivedOn, demandRules)));
  }
  return accept({ ...facts, stage: 'deadline_passed' }, 'deadline_passed', t.on, {
    paymentDeadline: deadline,
    balanceOre: facts.balanceOre,
  });
}

function terminate(facts: CaseFacts, t: TransitionOf<'terminate'>, rules: Partial<CalendarRules>): TransitionResult {
  const demand = requireDemand(facts);
  const demandRules = rulesForDemand(rules, demand.sentOn);
  // Almenlejeloven § 90, stk. 1, nr. 1: the landlord may terminate (ophæve) when the rent is not
  // paid by the end of the påkrav deadline, so from the day after it. Payment that reaches the
  // landlord before the termination letter reaches the tenant still prevents it
  // (docs/legal-rules.md#termination-ophævelse): that shows up as `balanceOre` 0 here.
  const earliest = earliestTerminationDate(demand.receivedOn, demandRules);
  if (isBefore(t.on, earliest)) {
    return refuse(terminationTooEarly(t.on, paymentDeadline(demand.receivedOn, demandRules), earliest));
  }
  if (facts.balanceOre <= 0) return refuse(nothingOwed('termination', facts.balanceOre));
  return accept({ ...facts, stage: 'terminated', terminatedOn: t.on }, 'terminated', t.on, { on: t.on });
}

const TERMINATION = PREVIOUS_STEP_NAMES.termination;
const EVICTION_REQUEST = PREVIOUS_STEP_NAMES.evictionRequest;
const SCHEDULED_EVICTION = PREVIOUS_STEP_NAMES.scheduledEviction;
const PAYMENT_DEMAND = PREVIOUS_STEP_NAMES.paymentDemand;

function requestEviction(facts: CaseFacts, t: TransitionOf<'request_eviction'>): TransitionResult {
  const terminatedOn = requireDate(facts, 'terminatedOn');
  if (isBefore(t.on, terminatedOn)) {
    return refuse(dateBeforePreviousStep('on', t.on, { name: TERMINATION, date: terminatedOn }));
  }
  // Almenlejeloven § 92, stk. 2 (notice N1, docs/legal-rules.md#the-notice-to-the-municipality-n1):
  // an almen landlord who asks the fogedret to evict for non-payment must notify the municipality
  // in writing of the tenant's name and address no later than the day of filing. The status is
  // refused until that notice exists.
  const noticeOn = facts.municipalityNoticeOn;
  if (noticeOn === null || isAfter(noticeOn, t.on)) return refuse(municipalityNoticeMissing(t.on, noticeOn));
  return accept({ ...facts, stage: 'eviction_requested', evictionRequestedOn: t.on }, 'eviction_requested', t.on, {
    on: t.on,
    municipalityNoticeOn: noticeOn,
  });
}

function scheduleEviction(facts: CaseFacts, t: TransitionOf<'schedule_eviction'>): TransitionResult {
  const requestedOn = requireDate(facts, 'evictionRequestedOn');
  if (isBefore(t.decidedOn, requestedOn)) {
    return refuse(dateBeforePreviousStep('decidedOn', t.decidedOn, { name: EVICTION_REQUEST, date: requestedOn }));
  }
  if (isBefore(t.evictionDate, t.decidedOn)) return refuse(evictionDateInvalid(t.decidedOn, t.evictionDate));
  if (facts.stage === 'eviction_scheduled') {
    const previous = requireDate(facts, 'evictionScheduledFor');
    if (previous === t.evictionDate) return refuse(evictionDateUnchanged(t.evictionDate));
    return accept({ ...facts, evictionScheduledFor: t.evictionDate }, 'eviction_rescheduled', t.decidedOn, {
      decidedOn: t.decidedOn,
      previousDate: previous,
      evictionDate: t.evictionDate,
    });
  }
  return accept(
    { ...facts, stage: 'eviction_scheduled', evictionScheduledFor: t.evictionDate },
    'eviction_scheduled',
    t.decidedOn,
    { decidedOn: t.decidedOn, evictionDate: t.evictionDate },
  );
}

function recordEviction(facts: CaseFacts, t: TransitionOf<'record_eviction'>): TransitionResult {
  const scheduledFor = requireDate(facts, 'evictionScheduledFor');
  if (isBefore(t.on, scheduledFor)) {
    return refuse(dateBeforePreviousStep('on', t.on, { name: SCHEDULED_EVICTION, date: scheduledFor }));
  }
  return accept({ ...facts, stage: 'evicted' }, 'evicted', t.on, { on: t.on });
}

function avert(facts: CaseFacts, t: TransitionOf<'avert'>): TransitionResult {
  const requestedOn = requireDate(facts, 'evictionRequestedOn');
  if (isBefore(t.on, requestedOn)) {
    return refuse(dateBeforePreviousStep('on', t.on, { name: EVICTION_REQUEST, date: requestedOn }));
  }
  if (typeof t.reason !== 'string' || t.reason.trim() === '') return refuse(reasonMissing());
  // The reason is free text and stays with the caller's record of the transition; the summary is
  // generated text only, so it never carries personal data typed into a note
  // (docs/personal-data.md#free-text-logs-and-error-messages).
  return accept({ ...facts, stage: 'averted' }, 'averted', t.on, { on: t.on });
}

/** The latest step already recorded, which a closing date may not precede. */
function latestStep(facts: CaseFacts): PreviousStep | null {
  const candidates: PreviousStep[] = [];
  // Not `receivedOn`: a tenant may pay between the sending of a demand and its arrival.
  if (facts.paymentDemand) candidates.push({ name: PAYMENT_DEMAND, date: facts.paymentDemand.sentOn });
  if (facts.terminatedOn) candidates.push({ name: TERMINATION, date: facts.terminatedOn });
  if (facts.evictionRequestedOn) candidates.push({ name: EVICTION_REQUEST, date: facts.evictionRequestedOn });
  return candidates.reduce<PreviousStep | null>(
    (latest, step) => (latest === null || isAfter(step.date, latest.date) ? step : latest),
    null,
  );
}

function close(facts: CaseFacts, t: TransitionOf<'close'>): TransitionResult {
  const previous = latestStep(facts);
  if (previous && isBefore(t.on, previous.date)) return refuse(dateBeforePreviousStep('on', t.on, previous));
  if (t.outcome === 'paid' && facts.balanceOre > 0) return refuse(arrearsNotPaid(facts.balanceOre));
  return accept({ ...facts, stage: 'closed' }, 'closed', t.on, { on: t.on, outcome: t.outcome });
}

/** The stages a plan may be agreed from: every open stage of the legal road (not from a running plan). */
export const PAYMENT_PLAN_FROM_STAGES = Object.freeze([
  'registered',
  'payment_demand_sent',
  'deadline_passed',
  'terminated',
  'eviction_requested',
  'eviction_scheduled',
] as const satisfies readonly CaseStage[]);

/** What the plan agreed records on the timeline (its terms, as values). */
export interface PaymentPlanAgreement {
  readonly agreedOn: IsoDate;
  readonly amountOre: number;
  readonly instalmentOre: number;
  readonly instalmentCount: number;
  readonly frequency: string;
  readonly firstDueOn: IsoDate;
}

/**
 * Agreeing a payment plan (afdragsordning): the case moves to `payment_plan_agreed` and its legal
 * steps pause; the dates already recorded are kept (the timeline and the stage say where it
 * stood). Refused for a closed case, from a running plan, with nothing owed, or dated in the future.
 * The plan's own terms are checked by `validatePaymentPlan` (payment-plan-rules.ts).
 */
export function agreePaymentPlan(
  facts: CaseFacts,
  agreement: PaymentPlanAgreement,
  context: TransitionContext,
): TransitionResult {
  if (!isOpenStage(facts.stage)) return refuse(caseClosed(facts.stage));
  if (facts.stage === 'payment_plan_agreed') return refuse(paymentPlanActive('agree_payment_plan'));
  if (isAfter(agreement.agreedOn, context.today)) {
    return refuse(dateInFuture('agreedOn', agreement.agreedOn, context.today));
  }
  if (facts.balanceOre <= 0) return refuse(nothingOwed('payment_plan', facts.balanceOre));
  return accept({ ...facts, stage: 'payment_plan_agreed' }, 'payment_plan_agreed', agreement.agreedOn, {
    ...agreement,
    fromStage: facts.stage,
  });
}

/**
 * A running plan ends. `completed`: the arrears are paid (balance 0), and the case closes as
 * `paid`. `broken`: the case goes back to `registered` with the steps of the earlier påkrav
 * cleared (påkrav, deadline, termination, notice to the municipality, filing and eviction date:
 * they are on the timeline, not on the case), so the legal steps can resume only with a NEW påkrav
 * for what is owed then (docs/legal-rules.md#payment-plans-afdragsordning): a termination or an
 * eviction request built on the påkrav the plan replaced is not offered.
 */
export function endPaymentPlan(
  facts: CaseFacts,
  end: { readonly outcome: 'completed' | 'broken'; readonly on: IsoDate },
  context: TransitionContext,
): TransitionResult {
  if (!isOpenStage(facts.stage)) return refuse(caseClosed(facts.stage));
  if (facts.stage !== 'payment_plan_agreed') return refuse(paymentPlanNotActive(facts.stage));
  if (isAfter(end.on, context.today)) return refuse(dateInFuture('on', end.on, context.today));
  if (end.outcome === 'completed') {
    if (facts.balanceOre > 0) return refuse(arrearsNotPaid(facts.balanceOre));
    return accept({ ...facts, stage: 'closed' }, 'payment_plan_completed', end.on, { on: end.on });
  }
  return accept(
    {
      ...facts,
      stage: 'registered',
      paymentDemand: null,
      terminatedOn: null,
      municipalityNoticeOn: null,
      evictionRequestedOn: null,
      evictionScheduledFor: null,
    },
    'payment_plan_broken',
    end.on,
    { on: end.on, balanceOre: facts.balanceOre },
  );
}

/**
 * The legal dates ahead for a case at its current stage, from `today` on, soonest first: for the
 * caseworker's overview and for reminders. Dates already past are left out.
 */
export function upcomingDeadlines(
  facts: CaseFacts,
  today: IsoDate,
  rules: Partial<CalendarRules> = {},
): UpcomingDeadline[] {
  const deadlines: Omit<UpcomingDeadline, 'overdue'>[] = [];
  const demand = facts.paymentDemand;
  switch (facts.stage) {
    case 'registered':
      if (facts.oldestUnpaidDueDate !== null && facts.balanceOre > 0) {
        // Almenlejeloven § 90, stk. 2 (docs/legal-rules.md#the-earliest-payment-demand-day).
        deadlines.push({
          key: 'earliest_payment_demand',
          date: earliestPaymentDemandDate(facts.oldestUnpaidDueDate, rules),
          label: localized((m) => m.deadlineLabels.earliestPaymentDemand),
        });
      }
      break;
    case 'payment_demand_sent':
    case 'deadline_passed':
      if (demand) {
        const demandRules = rulesForDemand(rules, demand.sentOn);
        // Once the passed deadline is recorded, the last day to pay is history, not work.
        if (facts.stage === 'payment_demand_sent') {
          deadlines.push({
            key: 'payment_deadline',
            date: paymentDeadline(demand.receivedOn, demandRules),
            label: localized((m) => m.deadlineLabels.paymentDeadline),
          });
        }
        deadlines.push({
          // Almenlejeloven § 90, stk. 1, nr. 1.
          key: 'earliest_termination',
          date: earliestTerminationDate(demand.receivedOn, demandRules),
          label: localized((m) => m.deadlineLabels.earliestTermination),
        });
      }
      break;
    case 'eviction_scheduled':
      if (facts.evictionScheduledFor !== null) {
        deadlines.push({
          key: 'eviction',
          date: facts.evictionScheduledFor,
          label: localized((m) => m.deadlineLabels.eviction),
        });
      }
      break;
    default:
      // `payment_plan_agreed`: the legal steps pause, so no legal date runs. The instalments'
      // dates are the plan's, checked by the sweeper after the grace days, not the caseworker's work.
      break;
  }
  // A date that has passed stays on the list, marked overdue: the step it calls for is still not
  // taken, and work that drops off the list is work nobody does (issue 12, item 6).
  return deadlines
    .sort((a, b) => compareDates(a.date, b.date))
    .map((deadline) =>
      Object.freeze({ ...deadline, label: Object.freeze(deadline.label), overdue: isBefore(deadline.date, today) }),
    );
}

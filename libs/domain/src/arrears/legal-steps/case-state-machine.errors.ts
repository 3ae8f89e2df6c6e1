import type { IsoDate } from '@app/calendar';
import { CASE_STAGE_LABELS, type CaseStage } from './case-stage.js';
import type { TransitionType } from './case-state-machine.js';
import { localized, type Language } from '@app/i18n';
import { formatKroner, formatLegalDate, joinAlternatives, type Bilingual } from './legal-format.js';

/**
 * Stable codes for a refused transition; the API maps them to HTTP (409) and clients may switch on
 * them. The texts may change, the codes may not.
 */
export type TransitionErrorCode =
  | 'CASE_STAGE_INVALID'
  | 'CASE_CLOSED'
  | 'DATE_IN_FUTURE'
  | 'DATE_BEFORE_PREVIOUS_STEP'
  | 'PAYMENT_DEMAND_TOO_EARLY'
  | 'RECEIVED_BEFORE_SENT'
  | 'NOTHING_OWED'
  | 'DEADLINE_NOT_PASSED'
  | 'TERMINATION_TOO_EARLY'
  | 'MUNICIPALITY_NOTICE_MISSING'
  | 'EVICTION_DATE_INVALID'
  | 'EVICTION_DATE_UNCHANGED'
  | 'ARREARS_NOT_PAID'
  | 'FEE_INVALID'
  | 'REASON_MISSING'
  | 'PAYMENT_PLAN_ACTIVE'
  | 'PAYMENT_PLAN_NOT_ACTIVE';

/**
 * Why a step was refused, in both languages. `earliestDate` is set when waiting would help: the
 * first day on which the same step would pass this check.
 *
 * Like the calendar's errors, texts name dates and amounts from the case, never free text typed by
 * the user (docs/personal-data.md#free-text-logs-and-error-messages: error messages end up in logs).
 */
export interface TransitionError {
  readonly code: TransitionErrorCode;
  readonly text: Bilingual;
  readonly earliestDate?: IsoDate;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** The highest påkravsgebyr accepted: far above the indexed statutory fee (314 kr in 2023), so only typos stop here. */
export const MAX_PAYMENT_DEMAND_FEE_ORE = 1_000_000;

/** What a transition does, in the infinitive, for "from here you can …" (catalogue: `transitions`). */
export const TRANSITION_LABELS: Readonly<Record<TransitionType, Bilingual>> = Object.freeze(
  Object.fromEntries(
    (
      [
        'send_payment_demand',
        'mark_deadline_passed',
        'terminate',
        'request_eviction',
        'schedule_eviction',
        'record_eviction',
        'avert',
        'close',
      ] as const
    ).map((type) => [type, Object.freeze(localized((m) => m.transitions[type]))]),
  ) as Record<TransitionType, Bilingual>,
);

/** A date and an amount as the reader's language writes them. */
const date = (value: IsoDate, language: Language): string => formatLegalDate(value, language);
const kroner = (ore: number, language: Language): string => formatKroner(ore)[language];

export function caseStageInvalid(
  stage: CaseStage,
  attempted: TransitionType,
  allowed: readonly TransitionType[],
): TransitionError {
  const next = joinAlternatives(allowed.map((type) => TRANSITION_LABELS[type]));
  return {
    code: 'CASE_STAGE_INVALID',
    text: localized((m, language) =>
      m.refusals.CASE_STAGE_INVALID({
        stage: CASE_STAGE_LABELS[stage][language],
        attempted: m.transitions[attempted],
        allowed: next[language],
      }),
    ),
    details: { stage, attempted, allowed: [...allowed] },
  };
}

export function caseClosed(stage: CaseStage): TransitionError {
  return {
    code: 'CASE_CLOSED',
    text: localized((m, language) => m.refusals.CASE_CLOSED({ stage: CASE_STAGE_LABELS[stage][language] })),
    details: { stage },
  };
}

export function dateInFuture(field: string, day: IsoDate, today: IsoDate): TransitionError {
  return {
    code: 'DATE_IN_FUTURE',
    text: localized((m, language) =>
      m.refusals.DATE_IN_FUTURE({ date: date(day, language), today: date(today, language) }),
    ),
    earliestDate: day,
    details: { field, date: day, today },
  };
}

/** The step a date may not precede, in the definite form: "ophævelsen" / "the termination". */
export interface PreviousStep {
  readonly name: Bilingual;
  readonly date: IsoDate;
}

/** The earlier steps a date is checked against, named as `PreviousStep` needs them. */
export const PREVIOUS_STEP_NAMES = Object.freeze({
  termination: localized((m) => m.refusals.steps.termination),
  evictionRequest: localized((m) => m.refusals.steps.evictionRequest),
  scheduledEviction: localized((m) => m.refusals.steps.scheduledEviction),
  paymentDemand: localized((m) => m.refusals.steps.paymentDemand),
  paymentPlan: localized((m) => m.refusals.steps.paymentPlan),
});

export function dateBeforePreviousStep(field: string, day: IsoDate, previous: PreviousStep): TransitionError {
  return {
    code: 'DATE_BEFORE_PREVIOUS_STEP',
    text: localized((m, language) =>
      m.refusals.DATE_BEFORE_PREVIOUS_STEP({
        date: date(day, language),
        step: previous.name[language],
        previous: date(previous.date, language),
      }),
    ),
    earliestDate: previous.date,
    details: { field, date: day, previousDate: previous.date },
  };
}

export function paymentDemandTooEarly(sentOn: IsoDate, earliest: IsoDate, dueDate: IsoDate): TransitionError {
  return {
    code: 'PAYMENT_DEMAND_TOO_EARLY',
    text: localized((m, language) =>
      m.refusals.PAYMENT_DEMAND_TOO_EARLY({ earliest: date(earliest, language), dueDate: date(dueDate, language) }),
    ),
    earliestDate: earliest,
    details: { sentOn, oldestUnpaidDueDate: dueDate },
  };
}

export function receivedBeforeSent(sentOn: IsoDate, receivedOn: IsoDate): TransitionError {
  return {
    code: 'RECEIVED_BEFORE_SENT',
    text: localized((m, language) =>
      m.refusals.RECEIVED_BEFORE_SENT({ sent: date(sentOn, language), received: date(receivedOn, language) }),
    ),
    earliestDate: sentOn,
    details: { sentOn, receivedOn },
  };
}

export function nothingOwed(
  action: 'payment_demand' | 'termination' | 'payment_plan',
  balanceOre: number,
): TransitionError {
  const text = localized((m) =>
    action === 'payment_plan'
      ? m.refusals.nothingOwedPaymentPlan
      : action === 'payment_demand'
        ? balanceOre > 0
          ? m.refusals.nothingOwedNoDueDate
          : m.refusals.nothingOwedDemand
        : m.refusals.nothingOwedTermination,
  );
  return { code: 'NOTHING_OWED', text, details: { balanceOre } };
}

export function deadlineNotPassed(on: IsoDate, deadline: IsoDate, firstDayAfter: IsoDate): TransitionError {
  return {
    code: 'DEADLINE_NOT_PASSED',
    text: localized((m, language) =>
      m.refusals.DEADLINE_NOT_PASSED({
        deadline: date(deadline, language),
        firstDayAfter: date(firstDayAfter, language),
      }),
    ),
    earliestDate: firstDayAfter,
    details: { on, paymentDeadline: deadline },
  };
}

export function terminationTooEarly(on: IsoDate, deadline: IsoDate, earliest: IsoDate): TransitionError {
  return {
    code: 'TERMINATION_TOO_EARLY',
    text: localized((m, language) =>
      m.refusals.TERMINATION_TOO_EARLY({ earliest: date(earliest, language), deadline: date(deadline, language) }),
    ),
    earliestDate: earliest,
    details: { on, paymentDeadline: deadline },
  };
}

export function municipalityNoticeMissing(on: IsoDate, noticeOn: IsoDate | null): TransitionError {
  if (noticeOn === null) {
    return {
      code: 'MUNICIPALITY_NOTICE_MISSING',
      text: localized((m) => m.refusals.noticeMissing({ rule: m.refusals.noticeRule })),
      details: { on, municipalityNoticeOn: null },
    };
  }
  return {
    code: 'MUNICIPALITY_NOTICE_MISSING',
    text: localized((m, language) =>
      m.refusals.noticeAfterRequest({
        rule: m.refusals.noticeRule,
        notice: date(noticeOn, language),
        request: date(on, language),
      }),
    ),
    earliestDate: noticeOn,
    details: { on, municipalityNoticeOn: noticeOn },
  };
}

export function evictionDateInvalid(decidedOn: IsoDate, evictionDate: IsoDate): TransitionError {
  return {
    code: 'EVICTION_DATE_INVALID',
    text: localized((m, language) =>
      m.refusals.EVICTION_DATE_INVALID({
        evictionDate: date(evictionDate, language),
        decidedOn: date(decidedOn, language),
      }),
    ),
    earliestDate: decidedOn,
    details: { decidedOn, evictionDate },
  };
}

export function evictionDateUnchanged(evictionDate: IsoDate): TransitionError {
  return {
    code: 'EVICTION_DATE_UNCHANGED',
    text: localized((m, language) =>
      m.refusals.EVICTION_DATE_UNCHANGED({ evictionDate: date(evictionDate, language) }),
    ),
    details: { evictionDate },
  };
}

/**
 * A step tried while a payment plan runs: the legal steps pause until the plan is completed or
 * broken (docs/legal-rules.md#payment-plans-afdragsordning).
 */
export function paymentPlanActive(attempted: TransitionType | 'agree_payment_plan'): TransitionError {
  return {
    code: 'PAYMENT_PLAN_ACTIVE',
    text: localized((m) => m.refusals.PAYMENT_PLAN_ACTIVE),
    details: { stage: 'payment_plan_agreed', attempted },
  };
}

/** A plan completed or broken on a case that has none running. */
export function paymentPlanNotActive(stage: CaseStage): TransitionError {
  return {
    code: 'PAYMENT_PLAN_NOT_ACTIVE',
    text: localized((m, language) => m.refusals.PAYMENT_PLAN_NOT_ACTIVE({ stage: CASE_STAGE_LABELS[stage][language] })),
    details: { stage },
  };
}

export function arrearsNotPaid(balanceOre: number): TransitionError {
  return {
    code: 'ARREARS_NOT_PAID',
    text: localized((m, language) => m.refusals.ARREARS_NOT_PAID({ owed: kroner(balanceOre, language) })),
    details: { balanceOre },
  };
}

export function feeInvalid(feeOre: number): TransitionError {
  return {
    code: 'FEE_INVALID',
    text: localized((m, language) => m.refusals.FEE_INVALID({ max: kroner(MAX_PAYMENT_DEMAND_FEE_ORE, language) })),
    details: { feeOre, maxOre: MAX_PAYMENT_DEMAND_FEE_ORE },
  };
}

export function reasonMissing(): TransitionError {
  return { code: 'REASON_MISSING', text: localized((m) => m.refusals.REASON_MISSING) };
}

/** The request field each refusal is about, where the refusal itself does not name one. */
const FIELD_OF: Partial<Record<TransitionErrorCode, string>> = {
  CASE_STAGE_INVALID: 'type',
  PAYMENT_DEMAND_TOO_EARLY: 'sentOn',
  RECEIVED_BEFORE_SENT: 'receivedOn',
  DEADLINE_NOT_PASSED: 'on',
  TERMINATION_TOO_EARLY: 'on',
  MUNICIPALITY_NOTICE_MISSING: 'on',
  EVICTION_DATE_INVALID: 'evictionDate',
  EVICTION_DATE_UNCHANGED: 'evictionDate',
  ARREARS_NOT_PAID: 'outcome',
  FEE_INVALID: 'feeOre',
  REASON_MISSING: 'reason',
};

/** The rule a refusal names in `details`; the date rule has one name on every route. */
const RULE_OF: Partial<Record<TransitionErrorCode, string>> = { DATE_IN_FUTURE: 'notFuture' };

const camelCase = (code: string): string =>
  code.toLowerCase().replace(/_([a-z])/g, (_match: string, letter: string) => letter.toUpperCase());

/**
 * A refusal as the one error shape's `details`: a list of `{ field, rule, message, …values }`,
 * `earliestDate` among the values when waiting would help (libs/common/src/errors/error-body.ts).
 */
export function transitionErrorDetails(error: TransitionError): {
  field: string | null;
  rule: string;
  message: Bilingual;
  [value: string]: unknown;
}[] {
  const { field, ...values } = (error.details ?? {}) as { field?: unknown; [value: string]: unknown };
  return [
    {
      field: typeof field === 'string' ? field : (FIELD_OF[error.code] ?? null),
      rule: RULE_OF[error.code] ?? camelCase(error.code),
      message: error.text,
      ...values,
      ...(error.earliestDate ? { earliestDate: error.earliestDate } : {}),
    },
  ];
}

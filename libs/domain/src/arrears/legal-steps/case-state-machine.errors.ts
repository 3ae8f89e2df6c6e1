import type { IsoDate } from '@app/calendar';
import { CASE_STAGE_LABELS, type CaseStage } from './case-stage.js';
import type { TransitionType } from './case-state-machine.js';
import { formatKroner, joinAlternatives, legalDate, type Bilingual } from './legal-format.js';

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
  | 'REASON_MISSING';

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

/** What a transition does, in the infinitive, for "from here you can …". */
export const TRANSITION_LABELS: Readonly<Record<TransitionType, Bilingual>> = Object.freeze({
  send_payment_demand: { da: 'sende påkrav', en: 'send the payment demand' },
  mark_deadline_passed: {
    da: 'registrere at betalingsfristen er overskredet',
    en: 'record that the payment deadline has passed',
  },
  terminate: { da: 'ophæve lejemålet', en: 'terminate the lease' },
  request_eviction: { da: 'begære udsættelse i fogedretten', en: 'request eviction at the bailiff court' },
  schedule_eviction: {
    da: 'registrere fogedrettens dato for udsættelsen',
    en: 'record the eviction date set by the bailiff court',
  },
  record_eviction: { da: 'registrere udsættelsen', en: 'record the eviction' },
  avert: { da: 'registrere at udsættelsen er afværget', en: 'record that the eviction was averted' },
  close: { da: 'lukke sagen', en: 'close the case' },
});

export function caseStageInvalid(
  stage: CaseStage,
  attempted: TransitionType,
  allowed: readonly TransitionType[],
): TransitionError {
  const current = CASE_STAGE_LABELS[stage];
  const next = joinAlternatives(allowed.map((type) => TRANSITION_LABELS[type]));
  return {
    code: 'CASE_STAGE_INVALID',
    text: {
      da: `Sagen står som »${current.da}«, så man kan ikke ${TRANSITION_LABELS[attempted].da} nu. Herfra kan man ${next.da}.`,
      en: `The case is at stage "${current.en}", so you cannot ${TRANSITION_LABELS[attempted].en} now. From here you can ${next.en}.`,
    },
    details: { stage, attempted, allowed: [...allowed] },
  };
}

export function caseClosed(stage: CaseStage): TransitionError {
  const current = CASE_STAGE_LABELS[stage];
  return {
    code: 'CASE_CLOSED',
    text: {
      da: `Sagen er afsluttet (${current.da}); der kan ikke registreres flere skridt.`,
      en: `The case is finished (${current.en}); no further steps can be recorded.`,
    },
    details: { stage },
  };
}

export function dateInFuture(field: string, date: IsoDate, today: IsoDate): TransitionError {
  const [d, t] = [legalDate(date), legalDate(today)];
  return {
    code: 'DATE_IN_FUTURE',
    text: {
      da: `Datoen ${d.da} ligger ude i fremtiden (i dag er ${t.da}). Registrér skridtet, når det er sket.`,
      en: `The date ${d.en} is in the future (today is ${t.en}). Record the step once it has happened.`,
    },
    earliestDate: date,
    details: { field, date, today },
  };
}

/** The step a date may not precede, in the definite form: "ophævelsen" / "the termination". */
export interface PreviousStep {
  readonly name: Bilingual;
  readonly date: IsoDate;
}

export function dateBeforePreviousStep(field: string, date: IsoDate, previous: PreviousStep): TransitionError {
  const [d, p] = [legalDate(date), legalDate(previous.date)];
  return {
    code: 'DATE_BEFORE_PREVIOUS_STEP',
    text: {
      da: `Datoen ${d.da} ligger før ${previous.name.da} ${p.da}.`,
      en: `The date ${d.en} is before ${previous.name.en} on ${p.en}.`,
    },
    earliestDate: previous.date,
    details: { field, date, previousDate: previous.date },
  };
}

export function paymentDemandTooEarly(sentOn: IsoDate, earliest: IsoDate, dueDate: IsoDate): TransitionError {
  const [e, due] = [legalDate(earliest), legalDate(dueDate)];
  return {
    code: 'PAYMENT_DEMAND_TOO_EARLY',
    text: {
      da:
        `Påkrav kan tidligst sendes ${e.da}. Lejen forfaldt ${due.da}, og påkrav må først afgives efter ` +
        '3. hverdag efter sidste rettidige betalingsdag (almenlejeloven § 90, stk. 2). ' +
        'Et for tidligt påkrav er ugyldigt, og det samme er en ophævelse bygget på det.',
      en:
        `The payment demand can be sent on ${e.en} at the earliest. The rent fell due on ${due.en}, and a demand ` +
        'may only be given after the 3rd weekday following the last on-time payment day (almenlejeloven § 90, stk. 2). ' +
        'A demand sent too early is void, and so is a termination built on it.',
    },
    earliestDate: earliest,
    details: { sentOn, oldestUnpaidDueDate: dueDate },
  };
}

export function receivedBeforeSent(sentOn: IsoDate, receivedOn: IsoDate): TransitionError {
  const [s, r] = [legalDate(sentOn), legalDate(receivedOn)];
  return {
    code: 'RECEIVED_BEFORE_SENT',
    text: {
      da: `Påkravet kan ikke være kommet frem (${r.da}) før det blev sendt (${s.da}).`,
      en: `The payment demand cannot have been received (${r.en}) before it was sent (${s.en}).`,
    },
    earliestDate: sentOn,
    details: { sentOn, receivedOn },
  };
}

export function nothingOwed(action: 'payment_demand' | 'termination', balanceOre: number): TransitionError {
  const text: Bilingual =
    action === 'payment_demand'
      ? balanceOre > 0
        ? {
            da: 'Der er ingen ubetalt husleje med en forfaldsdag, så der er intet at sende påkrav for.',
            en: 'There is no unpaid rent with a due date, so there is nothing to send a payment demand for.',
          }
        : {
            da: 'Lejer skylder ikke noget, så der er intet at sende påkrav for.',
            en: 'The tenant owes nothing, so there is nothing to send a payment demand for.',
          }
      : {
          da: 'Lejer skylder ikke noget, så lejemålet kan ikke ophæves for manglende betaling.',
          en: 'The tenant owes nothing, so the lease cannot be terminated for non-payment.',
        };
  return { code: 'NOTHING_OWED', text, details: { balanceOre } };
}

export function deadlineNotPassed(on: IsoDate, deadline: IsoDate, firstDayAfter: IsoDate): TransitionError {
  const [d, a] = [legalDate(deadline), legalDate(firstDayAfter)];
  return {
    code: 'DEADLINE_NOT_PASSED',
    text: {
      da: `Betalingsfristen løber til og med ${d.da}. At den er overskredet, kan tidligst registreres ${a.da}.`,
      en: `The payment deadline runs until the end of ${d.en}. That it has passed can be recorded on ${a.en} at the earliest.`,
    },
    earliestDate: firstDayAfter,
    details: { on, paymentDeadline: deadline },
  };
}

export function terminationTooEarly(on: IsoDate, deadline: IsoDate, earliest: IsoDate): TransitionError {
  const [d, e] = [legalDate(deadline), legalDate(earliest)];
  return {
    code: 'TERMINATION_TOO_EARLY',
    text: {
      da:
        `Lejemålet kan tidligst ophæves ${e.da}, dagen efter at betalingsfristen udløber ${d.da} ` +
        '(almenlejeloven § 90, stk. 1, nr. 1).',
      en:
        `The lease can be terminated on ${e.en} at the earliest, the day after the payment deadline ends on ${d.en} ` +
        '(almenlejeloven § 90, stk. 1, nr. 1).',
    },
    earliestDate: earliest,
    details: { on, paymentDeadline: deadline },
  };
}

export function municipalityNoticeMissing(on: IsoDate, noticeOn: IsoDate | null): TransitionError {
  const rule: Bilingual = {
    da:
      'Kommunen skal have skriftlig underretning om lejers navn og adresse senest samme dag, ' +
      'som udsættelse begæres i fogedretten (almenlejeloven § 92, stk. 2).',
    en:
      "The municipality must be notified in writing of the tenant's name and address no later than the day " +
      'eviction is requested at the bailiff court (almenlejeloven § 92, stk. 2).',
  };
  if (noticeOn === null) {
    return {
      code: 'MUNICIPALITY_NOTICE_MISSING',
      text: {
        da: `${rule.da} Opret underretningen til kommunen først.`,
        en: `${rule.en} Create the notice to the municipality first.`,
      },
      details: { on, municipalityNoticeOn: null },
    };
  }
  const [n, o] = [legalDate(noticeOn), legalDate(on)];
  return {
    code: 'MUNICIPALITY_NOTICE_MISSING',
    text: {
      da: `${rule.da} Underretningen er dateret ${n.da}, efter begæringen ${o.da}.`,
      en: `${rule.en} The notice is dated ${n.en}, after the request on ${o.en}.`,
    },
    earliestDate: noticeOn,
    details: { on, municipalityNoticeOn: noticeOn },
  };
}

export function evictionDateInvalid(decidedOn: IsoDate, evictionDate: IsoDate): TransitionError {
  const [d, e] = [legalDate(decidedOn), legalDate(evictionDate)];
  return {
    code: 'EVICTION_DATE_INVALID',
    text: {
      da: `Udsættelsesdatoen ${e.da} ligger før fogedrettens afgørelse ${d.da}.`,
      en: `The eviction date ${e.en} is before the bailiff court's decision on ${d.en}.`,
    },
    earliestDate: decidedOn,
    details: { decidedOn, evictionDate },
  };
}

export function evictionDateUnchanged(evictionDate: IsoDate): TransitionError {
  const e = legalDate(evictionDate);
  return {
    code: 'EVICTION_DATE_UNCHANGED',
    text: {
      da: `Udsættelsen er allerede fastsat til ${e.da}. Angiv den nye dato, hvis fogedretten har flyttet den.`,
      en: `The eviction is already set for ${e.en}. Give the new date if the bailiff court has moved it.`,
    },
    details: { evictionDate },
  };
}

export function arrearsNotPaid(balanceOre: number): TransitionError {
  const owed = formatKroner(balanceOre);
  return {
    code: 'ARREARS_NOT_PAID',
    text: {
      // No full stop after the amount: the Danish one already ends in "kr.".
      da: `Sagen kan ikke lukkes som betalt: lejer skylder stadig ${owed.da}`,
      en: `The case cannot be closed as paid: the tenant still owes ${owed.en}.`,
    },
    details: { balanceOre },
  };
}

export function feeInvalid(feeOre: number): TransitionError {
  const max = formatKroner(MAX_PAYMENT_DEMAND_FEE_ORE);
  return {
    code: 'FEE_INVALID',
    text: {
      da: `Påkravsgebyret skal være et helt antal øre fra 0 til ${max.da}`,
      en: `The payment demand fee must be a whole number of øre from 0 to ${max.en}.`,
    },
    details: { feeOre, maxOre: MAX_PAYMENT_DEMAND_FEE_ORE },
  };
}

export function reasonMissing(): TransitionError {
  return {
    code: 'REASON_MISSING',
    text: { da: 'Angiv hvorfor udsættelsen blev afværget.', en: 'State why the eviction was averted.' },
  };
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

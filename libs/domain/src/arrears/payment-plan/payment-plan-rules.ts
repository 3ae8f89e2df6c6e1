import {
  addDays,
  compareDates,
  dateParts,
  daysInMonth,
  isoDateFromParts,
  lastOnTimePaymentDay,
  type CalendarRules,
  type IsoDate,
} from '@app/calendar';

/**
 * A payment plan (afdragsordning) agreed with the landlord: the arrears are paid off in instalments
 * while the legal steps pause (docs/legal-rules.md#payment-plans-afdragsordning). Pure rules: the
 * terms' validation, the instalment schedule and the balance expected on a day.
 */

/** How often an instalment falls due. Monthly is the default and the common case; 14 days and weekly follow pay cycles. */
export type PaymentPlanFrequency = 'monthly' | 'fortnightly' | 'weekly';

export const PAYMENT_PLAN_FREQUENCIES = Object.freeze([
  'monthly',
  'fortnightly',
  'weekly',
] as const satisfies readonly PaymentPlanFrequency[]);

export type PaymentPlanStatus = 'active' | 'completed' | 'broken';

/** At most five years of monthly instalments: a longer plan is not a plan the landlord can follow. */
export const MAX_PAYMENT_PLAN_INSTALMENTS = 60;

/** The first instalment falls due within a year of the agreement: a plan that starts later is not yet a plan. */
export const MAX_DAYS_TO_FIRST_INSTALMENT = 365;

/** Grace days when the housing organisation has set none (issue 14, item 5). */
export const DEFAULT_PAYMENT_PLAN_GRACE_DAYS = 5;

/** The highest grace setting accepted: a month. */
export const MAX_PAYMENT_PLAN_GRACE_DAYS = 31;

/** Missed instalments that break a plan when the housing organisation has set none (issue 14, item 5). */
export const DEFAULT_PAYMENT_PLAN_BREAK_AFTER_MISSES = 2;

/** The highest break setting accepted: a year of monthly instalments. */
export const MAX_PAYMENT_PLAN_BREAK_AFTER_MISSES = 12;

export interface PaymentPlanTerms {
  /** The arrears the plan clears, øre: the case's balance on the day it is agreed. */
  readonly amountOre: number;
  /** Each instalment, øre; the last one may be smaller. */
  readonly instalmentOre: number;
  /** How many instalments; they must clear the amount, the last one being more than 0. */
  readonly instalmentCount: number;
  readonly frequency: PaymentPlanFrequency;
  readonly firstDueOn: IsoDate;
  readonly agreedOn: IsoDate;
  /** Calendar days after a due date before an unpaid instalment counts as missed (copied from the organisation's setting). */
  readonly graceDays: number;
  /** The current rent must be paid as well as the instalments: always true, recorded on the plan. */
  readonly currentRentAlsoDue: boolean;
}

export type PaymentPlanErrorCode =
  | 'PAYMENT_PLAN_AMOUNT_INVALID'
  | 'PAYMENT_PLAN_INSTALMENT_INVALID'
  | 'PAYMENT_PLAN_INSTALMENT_COUNT_INVALID'
  | 'PAYMENT_PLAN_DOES_NOT_CLEAR'
  | 'PAYMENT_PLAN_TOO_MANY_INSTALMENTS'
  | 'PAYMENT_PLAN_FIRST_DUE_BEFORE_AGREEMENT'
  | 'PAYMENT_PLAN_FIRST_DUE_TOO_LATE'
  | 'PAYMENT_PLAN_GRACE_DAYS_INVALID'
  | 'PAYMENT_PLAN_CURRENT_RENT_REQUIRED'
  | 'PAYMENT_PLAN_BREAK_AFTER_MISSES_INVALID';

export interface PaymentPlanViolation {
  readonly code: PaymentPlanErrorCode;
  readonly field: string;
  readonly details: Readonly<Record<string, unknown>>;
}

const positiveInteger = (n: number): boolean => Number.isSafeInteger(n) && n > 0;

/**
 * The first rule the terms break, in a fixed order (amounts, count, dates), or null when they are
 * a plan: positive whole amounts, instalments that clear the amount with a last one above 0, at
 * most `MAX_PAYMENT_PLAN_INSTALMENTS`, and a first due date not before the agreement and within a
 * year of it.
 */
export function validatePaymentPlan(terms: PaymentPlanTerms): PaymentPlanViolation | null {
  const { amountOre, instalmentOre, instalmentCount } = terms;
  if (!positiveInteger(amountOre)) {
    return { code: 'PAYMENT_PLAN_AMOUNT_INVALID', field: 'amountOre', details: { amountOre } };
  }
  if (!positiveInteger(instalmentOre)) {
    return { code: 'PAYMENT_PLAN_INSTALMENT_INVALID', field: 'instalmentOre', details: { instalmentOre } };
  }
  if (!positiveInteger(instalmentCount) || instalmentCount > MAX_PAYMENT_PLAN_INSTALMENTS) {
    return {
      code: 'PAYMENT_PLAN_INSTALMENT_COUNT_INVALID',
      field: 'instalmentCount',
      details: { instalmentCount, max: MAX_PAYMENT_PLAN_INSTALMENTS },
    };
  }
  const needed = Math.ceil(amountOre / instalmentOre);
  if (instalmentCount * instalmentOre < amountOre) {
    return {
      code: 'PAYMENT_PLAN_DOES_NOT_CLEAR',
      field: 'instalmentCount',
      details: { amountOre, instalmentOre, instalmentCount, clearsOre: instalmentCount * instalmentOre, needed },
    };
  }
  if (instalmentCount > needed) {
    // The last instalment would be 0 or less: the plan is over before its last due date.
    return {
      code: 'PAYMENT_PLAN_TOO_MANY_INSTALMENTS',
      field: 'instalmentCount',
      details: { amountOre, instalmentOre, instalmentCount, needed },
    };
  }
  if (compareDates(terms.firstDueOn, terms.agreedOn) < 0) {
    return {
      code: 'PAYMENT_PLAN_FIRST_DUE_BEFORE_AGREEMENT',
      field: 'firstDueOn',
      details: { firstDueOn: terms.firstDueOn, agreedOn: terms.agreedOn },
    };
  }
  const latestFirstDue = addDays(terms.agreedOn, MAX_DAYS_TO_FIRST_INSTALMENT);
  if (compareDates(terms.firstDueOn, latestFirstDue) > 0) {
    return {
      code: 'PAYMENT_PLAN_FIRST_DUE_TOO_LATE',
      field: 'firstDueOn',
      details: { firstDueOn: terms.firstDueOn, agreedOn: terms.agreedOn, latest: latestFirstDue },
    };
  }
  if (!Number.isInteger(terms.graceDays) || terms.graceDays < 0 || terms.graceDays > MAX_PAYMENT_PLAN_GRACE_DAYS) {
    return {
      code: 'PAYMENT_PLAN_GRACE_DAYS_INVALID',
      field: 'graceDays',
      details: { graceDays: terms.graceDays, max: MAX_PAYMENT_PLAN_GRACE_DAYS },
    };
  }
  if (terms.currentRentAlsoDue !== true) {
    return { code: 'PAYMENT_PLAN_CURRENT_RENT_REQUIRED', field: 'currentRentAlsoDue', details: {} };
  }
  return null;
}

export interface Instalment {
  /** 1 for the first. */
  readonly number: number;
  /** The date the plan names (the first due date's day of month, or the month's last day when shorter). */
  readonly nominalDueOn: IsoDate;
  /** The last day on which it is paid on time: the nominal date, moved off a non-business day. */
  readonly dueOn: IsoDate;
  readonly amountOre: number;
}

/**
 * The `index`-th (0-based) nominal due date. Monthly dates are counted from the first due date,
 * never from the previous instalment, so a plan starting on the 31st falls on the last day of the
 * shorter months and is back on the 31st when a month has one (31 Jan → 28/29 Feb → 31 Mar).
 */
function nominalDueDate(first: IsoDate, frequency: PaymentPlanFrequency, index: number): IsoDate {
  if (frequency === 'weekly') return addDays(first, 7 * index);
  if (frequency === 'fortnightly') return addDays(first, 14 * index);
  const { year, month, day } = dateParts(first);
  const months = month - 1 + index;
  const y = year + Math.floor(months / 12);
  const m = (months % 12) + 1;
  return isoDateFromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * The plan's instalments, in order. Each is `instalmentOre` but the last, which is what remains.
 *
 * A due date on a Saturday, Sunday, public holiday or grundlovsdag (and, per the calendar setting,
 * 24 or 31 December) moves to the next business day, as rent does: almenlejeloven § 44, stk. 2
 * ("Forfalder lejen til betaling på en helligdag, en lørdag eller grundlovsdag, udskydes
 * forfaldsdagen til den efterfølgende hverdag"), applied to the instalments by analogy
 * (docs/legal-rules.md#payment-plans-afdragsordning). Only the day it is checked moves; the next
 * instalment keeps its own nominal date.
 */
export function instalmentSchedule(
  terms: Pick<PaymentPlanTerms, 'amountOre' | 'instalmentOre' | 'instalmentCount' | 'frequency' | 'firstDueOn'>,
  rules: Partial<CalendarRules> = {},
): Instalment[] {
  const instalments: Instalment[] = [];
  let remaining = terms.amountOre;
  for (let index = 0; index < terms.instalmentCount && remaining > 0; index++) {
    const nominalDueOn = nominalDueDate(terms.firstDueOn, terms.frequency, index);
    const amountOre = Math.min(terms.instalmentOre, remaining);
    remaining -= amountOre;
    instalments.push(
      Object.freeze({ number: index + 1, nominalDueOn, dueOn: lastOnTimePaymentDay(nominalDueOn, rules), amountOre }),
    );
  }
  return instalments;
}

/**
 * The first day on which an instalment unpaid counts against the plan: the day after its grace
 * days have run, counted in calendar days from its (moved) due date. With 5 grace days, an
 * instalment due Monday 2 March is expected from Sunday 8 March.
 */
export function instalmentExpectedFrom(instalment: Pick<Instalment, 'dueOn'>, graceDays: number): IsoDate {
  return addDays(instalment.dueOn, graceDays + 1);
}

/**
 * The balance the case should at most have on `on` if the plan is kept: the starting balance less
 * every instalment whose grace days have run by then, never below 0. The later set-based check
 * (the sweeper) compares the ledger's balance with this; above it, an instalment is missed.
 */
export function expectedBalance(
  startingBalanceOre: number,
  schedule: readonly Pick<Instalment, 'dueOn' | 'amountOre'>[],
  graceDays: number,
  on: IsoDate,
): number {
  const due = schedule
    .filter((instalment) => compareDates(instalmentExpectedFrom(instalment, graceDays), on) <= 0)
    .reduce((sum, instalment) => sum + instalment.amountOre, 0);
  return Math.max(0, startingBalanceOre - due);
}

/**
 * One instalment's check, as the set-based check (`PaymentPlanRepository.checkDueInstalments`)
 * computes it in SQL: missed when the ledger's balance is above what the plan allows after the
 * instalment, behind by the difference (never below 0). Here for the tests and the documentation.
 */
export function checkInstalment(expectedOre: number, actualOre: number): { missed: boolean; behindByOre: number } {
  return { missed: actualOre > expectedOre, behindByOre: Math.max(0, actualOre - expectedOre) };
}

/** A plan's checks as the end decision reads them (the repository sums them up in SQL). */
export interface PlanChecksSummary {
  /** Instalments checked and missed so far, the new checks included. */
  readonly missedCount: number;
  /** The check of the highest instalment number so far: the one this sweep just made. */
  readonly latest: { readonly actualOre: number; readonly missed: boolean };
}

/**
 * How a running plan ends after the sweep checked new instalments, or null when it keeps running:
 * - `completed` when the latest check found the arrears paid (the balance 0 or less): the case
 *   closes as paid, as the caseworker's own "complete" would close it;
 * - `broken` when the latest check was missed and the plan has now missed `breakAfterMisses`
 *   instalments in all (not necessarily in a row: a plan kept only every other month is not kept).
 * Only a plan with a new check is decided, so a plan at the limit whose latest instalment was paid
 * on time keeps running, and a second sweep decides nothing again.
 */
export function planEndAfterChecks(
  summary: PlanChecksSummary,
  breakAfterMisses: number,
): 'completed' | 'broken' | null {
  if (summary.latest.actualOre <= 0) return 'completed';
  return summary.latest.missed && summary.missedCount >= breakAfterMisses ? 'broken' : null;
}

/**
 * A housing organisation's payment-plan settings, or the first one out of range: grace days 0–31
 * (`PAYMENT_PLAN_GRACE_DAYS_INVALID`), misses that break a plan 1–12.
 */
export function validatePaymentPlanSettings(settings: {
  graceDays: number;
  breakAfterMisses: number;
}): PaymentPlanViolation | null {
  const { graceDays, breakAfterMisses } = settings;
  if (!Number.isInteger(graceDays) || graceDays < 0 || graceDays > MAX_PAYMENT_PLAN_GRACE_DAYS) {
    return {
      code: 'PAYMENT_PLAN_GRACE_DAYS_INVALID',
      field: 'graceDays',
      details: { graceDays, max: MAX_PAYMENT_PLAN_GRACE_DAYS },
    };
  }
  if (
    !Number.isInteger(breakAfterMisses) ||
    breakAfterMisses < 1 ||
    breakAfterMisses > MAX_PAYMENT_PLAN_BREAK_AFTER_MISSES
  ) {
    return {
      code: 'PAYMENT_PLAN_BREAK_AFTER_MISSES_INVALID',
      field: 'breakAfterMisses',
      details: { breakAfterMisses, max: MAX_PAYMENT_PLAN_BREAK_AFTER_MISSES },
    };
  }
  return null;
}

import { nonBusinessDayReason, type NonBusinessDayReason } from './business-days.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './date-names.js';
import { resolveCalendarRules, type CalendarRules } from './calendar-rules.js';
import {
  earliestTerminationDate,
  FOURTEEN_DAY_DEADLINE_FROM,
  lastOnTimePaymentDay,
  paymentDeadline,
  paymentDemandCount,
  unadjustedPaymentDeadline,
} from './deadlines.js';
import { compareDates, dateParts, dayOfWeek, parseIsoDate, type IsoDate } from './iso-date.js';

export interface LocalizedLine {
  readonly da: string;
  readonly en: string;
}

/** A computed legal date with the rule behind it, ready to show to a caseworker. */
export interface ExplainedDate {
  readonly date: IsoDate;
  /** The provisions and rulings applied, e.g. `almenlejeloven § 90, stk. 2`. */
  readonly basis: readonly string[];
  readonly explanation: LocalizedLine;
}

export type DeadlineWarningCode =
  'DEMAND_RECEIVED_BEFORE_EARLIEST_DEMAND_DATE' | 'DUE_DATE_BEFORE_2013' | 'DEMAND_RECEIVED_BEFORE_JUNE_2009';

export interface DeadlineWarning {
  readonly code: DeadlineWarningCode;
  readonly text: LocalizedLine;
}

export interface DeadlinesInput {
  /** The rent's due date (forfaldsdag) as agreed, before any move off a weekend or holiday. */
  readonly dueDate: IsoDate;
  /** The day the payment demand reached the tenant, when known. */
  readonly demandReceived?: IsoDate | null;
}

/** Everything `GET /api/v1/calendar/deadlines` answers with. */
export interface Deadlines {
  readonly dueDate: IsoDate;
  readonly demandReceived: IsoDate | null;
  readonly lastOnTimePaymentDay: ExplainedDate;
  readonly earliestPaymentDemandDate: ExplainedDate;
  /** `null` until the day of receipt of the demand is known. */
  readonly paymentDeadline: ExplainedDate | null;
  readonly earliestTerminationDate: ExplainedDate | null;
  readonly warnings: readonly DeadlineWarning[];
  /** The rules applied, defaults filled in, so a stored answer can be reproduced. */
  readonly rules: CalendarRules;
}

const BASIS = {
  dueDate: 'almenlejeloven § 44, stk. 2',
  generalDeadlineRule: 'forældelsesloven § 27, stk. 2',
  demand: 'almenlejeloven § 90, stk. 2',
  privateLettings: 'lejeloven § 182, stk. 2',
  saturdays: 'UfR 2022.1586 V',
  fourteenDays: 'lov nr. 286 af 15. april 2009',
  termination: 'almenlejeloven § 90, stk. 1, nr. 1',
} as const;

const RULES_FROM_2013 = parseIsoDate('2013-01-01');

function formatDate(date: IsoDate, withYear = true): LocalizedLine {
  const { year, month, day } = dateParts(date);
  const weekday = dayOfWeek(date) - 1;
  const yearSuffix = withYear ? ` ${year}` : '';
  return {
    da: `${WEEKDAY_NAMES.da[weekday]} ${day}. ${MONTH_NAMES.da[month - 1]}${yearSuffix}`,
    en: `${WEEKDAY_NAMES.en[weekday]} ${day} ${MONTH_NAMES.en[month - 1]}${yearSuffix}`,
  };
}

function joinList(items: readonly string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function describeReason(reason: NonBusinessDayReason): LocalizedLine {
  switch (reason.kind) {
    case 'saturday':
      return { da: 'en lørdag', en: 'a Saturday' };
    case 'sunday':
      return { da: 'en søndag', en: 'a Sunday' };
    case 'publicHoliday':
      return { da: `${reason.holiday.name}, en helligdag`, en: `${reason.holiday.nameEn}, a public holiday` };
    case 'closedDay':
      return reason.closedDay.key === 'constitutionDay'
        ? { da: 'grundlovsdag', en: 'Constitution Day (grundlovsdag)' }
        : {
            da: `${reason.closedDay.name.toLowerCase()} (jf. ${BASIS.generalDeadlineRule})`,
            en: `${reason.closedDay.nameEn} (cf. ${BASIS.generalDeadlineRule})`,
          };
  }
}

/** The provisions behind moving a date off `reason`, on top of `basis`. */
function withReasonBasis(basis: readonly string[], reason: NonBusinessDayReason | null): readonly string[] {
  const movedByGeneralRule = reason?.kind === 'closedDay' && reason.closedDay.key !== 'constitutionDay';
  return Object.freeze(movedByGeneralRule ? [...basis, BASIS.generalDeadlineRule] : [...basis]);
}

function explainLastOnTimeDay(dueDate: IsoDate, rules: CalendarRules): ExplainedDate {
  const date = lastOnTimePaymentDay(dueDate, rules);
  const reason = nonBusinessDayReason(dueDate, rules);
  const due = formatDate(dueDate);
  const last = formatDate(date);
  const explanation = reason
    ? {
        da: `Forfaldsdagen, ${due.da}, er ${describeReason(reason).da}, så sidste rettidige betalingsdag er den følgende hverdag, ${last.da} (${BASIS.dueDate}).`,
        en: `The due date, ${due.en}, is ${describeReason(reason).en}, so the last on-time payment day is the next weekday, ${last.en} (almenlejeloven § 44(2)).`,
      }
    : {
        da: `Forfaldsdagen, ${due.da}, er sidste rettidige betalingsdag (${BASIS.dueDate}).`,
        en: `The due date, ${due.en}, is the last on-time payment day (almenlejeloven § 44(2)).`,
      };
  return { date, basis: withReasonBasis([BASIS.dueDate], reason), explanation };
}

function explainEarliestDemand(dueDate: IsoDate, rules: CalendarRules): ExplainedDate {
  const { countFrom, countedWeekdays, earliestDemandDate } = paymentDemandCount(dueDate, rules);
  const from = formatDate(countFrom);
  const start =
    rules.paymentDemandCountFrom === 'dueDate'
      ? { da: `forfaldsdagen, ${from.da}`, en: `the due date, ${from.en}` }
      : { da: `sidste rettidige betalingsdag, ${from.da}`, en: `the last on-time payment day, ${from.en}` };
  const which = rules.saturdayIsWeekday
    ? {
        da: `lørdage tæller med, søn- og helligdage gør ikke (${BASIS.saturdays})`,
        en: `Saturdays count, Sundays and public holidays do not (${BASIS.saturdays})`,
      }
    : {
        da: 'hverken lørdage, søn- eller helligdage tæller med',
        en: 'Saturdays, Sundays and public holidays do not count',
      };
  const counted = countedWeekdays.map((day) => formatDate(day, false));
  const list = {
    da: joinList(
      counted.map((day) => day.da),
      'og',
    ),
    en: joinList(
      counted.map((day) => day.en),
      'and',
    ),
  };
  const earliest = formatDate(earliestDemandDate);
  const basis = [BASIS.demand, BASIS.privateLettings, ...(rules.saturdayIsWeekday ? [BASIS.saturdays] : [])];
  return {
    date: earliestDemandDate,
    basis: Object.freeze(basis),
    explanation: {
      da: `Påkrav kan tidligst afgives efter 3. hverdag efter ${start.da}; ${which.da}. De talte hverdage er ${list.da}, så påkravet kan tidligst afgives ${earliest.da} (${BASIS.demand}).`,
      en: `A payment demand may be sent at the earliest after the 3rd weekday following ${start.en}; ${which.en}. The weekdays counted are ${list.en}, so the earliest sending day is ${earliest.en} (almenlejeloven § 90(2)).`,
    },
  };
}

function explainPaymentDeadline(demandReceived: IsoDate, rules: CalendarRules): ExplainedDate {
  const raw = unadjustedPaymentDeadline(demandReceived, rules);
  const date = paymentDeadline(demandReceived, rules);
  const reason = nonBusinessDayReason(raw, rules);
  const received = formatDate(demandReceived);
  const rawText = formatDate(raw);
  const deadline = formatDate(date);
  const days = rules.paymentDeadlineDays;
  const moved = reason
    ? {
        da: `; det er ${describeReason(reason).da}, så fristen udskydes til den følgende hverdag, ${deadline.da}`,
        en: `; that is ${describeReason(reason).en}, so it moves to the next weekday, ${deadline.en}`,
      }
    : { da: '', en: '' };
  return {
    date,
    basis: withReasonBasis([BASIS.demand, BASIS.privateLettings, BASIS.fourteenDays], reason),
    explanation: {
      da: `Betalingsfristen udløber ${days} dage efter, at påkravet kom frem ${received.da}, dvs. ${rawText.da}${moved.da} (${BASIS.demand}).`,
      en: `The payment deadline ends ${days} days after the demand reached the tenant on ${received.en}, i.e. ${rawText.en}${moved.en} (almenlejeloven § 90(2)).`,
    },
  };
}

function explainTermination(demandReceived: IsoDate, rules: CalendarRules): ExplainedDate {
  const date = earliestTerminationDate(demandReceived, rules);
  const deadline = formatDate(paymentDeadline(demandReceived, rules));
  const termination = formatDate(date);
  return {
    date,
    basis: Object.freeze([BASIS.termination]),
    explanation: {
      da: `Er restancen ikke betalt senest ${deadline.da}, kan udlejer tidligst hæve lejeaftalen dagen efter, ${termination.da} (${BASIS.termination}).`,
      en: `If the arrears are not paid by ${deadline.en}, the landlord may terminate the lease at the earliest the day after, ${termination.en} (almenlejeloven § 90(1)(1)).`,
    },
  };
}

function warningsFor(
  dueDate: IsoDate,
  demandReceived: IsoDate | null,
  earliestDemand: IsoDate,
  rules: CalendarRules,
): DeadlineWarning[] {
  const warnings: DeadlineWarning[] = [];
  if (compareDates(dueDate, RULES_FROM_2013) < 0) {
    warnings.push({
      code: 'DUE_DATE_BEFORE_2013',
      text: {
        da: 'For leje, der forfaldt før 1. januar 2013, gjaldt løbedage; påkravsdatoen her følger reglerne fra 2013.',
        en: 'For rent due before 1 January 2013 the 3 days of grace (løbedage) applied; the demand date here follows the rules in force from 2013.',
      },
    });
  }
  if (demandReceived === null) return warnings;
  if (compareDates(demandReceived, earliestDemand) < 0) {
    // Received before the earliest sending day means it was certainly sent too early. The
    // reverse cannot be checked without the sending date.
    const received = formatDate(demandReceived);
    const earliest = formatDate(earliestDemand);
    warnings.push({
      code: 'DEMAND_RECEIVED_BEFORE_EARLIEST_DEMAND_DATE',
      text: {
        da: `Påkravet kom frem ${received.da}, før det tidligst måtte afgives (${earliest.da}); et for tidligt påkrav kan ikke bære en ophævelse.`,
        en: `The demand reached the tenant on ${received.en}, before the earliest day it could be sent (${earliest.en}); a demand sent too early cannot support a termination.`,
      },
    });
  }
  if (compareDates(demandReceived, FOURTEEN_DAY_DEADLINE_FROM) < 0 && rules.paymentDeadlineDays !== 3) {
    warnings.push({
      code: 'DEMAND_RECEIVED_BEFORE_JUNE_2009',
      text: {
        da: `Påkrav afgivet før 1. juni 2009 havde en betalingsfrist på 3 dage, ikke ${rules.paymentDeadlineDays} (${BASIS.fourteenDays}); beregn med paymentDeadlineDays = 3.`,
        en: `Demands sent before 1 June 2009 had a 3-day payment deadline, not ${rules.paymentDeadlineDays} (${BASIS.fourteenDays}); compute with paymentDeadlineDays = 3.`,
      },
    });
  }
  return warnings;
}

/**
 * All the dates of the arrears timeline that follow from a due date and, once known, the day the
 * payment demand reached the tenant, each with the rule behind it in Danish and English.
 *
 * @throws CalendarError for an invalid date or invalid rules
 */
export function deadlinesFor(input: DeadlinesInput, rules: Partial<CalendarRules> = {}): Deadlines {
  const resolved = resolveCalendarRules(rules);
  const dueDate = parseIsoDate(input.dueDate);
  const demandReceived = input.demandReceived == null ? null : parseIsoDate(input.demandReceived);
  const lastOnTime = explainLastOnTimeDay(dueDate, resolved);
  const earliestDemand = explainEarliestDemand(dueDate, resolved);
  return {
    dueDate,
    demandReceived,
    lastOnTimePaymentDay: lastOnTime,
    earliestPaymentDemandDate: earliestDemand,
    paymentDeadline: demandReceived ? explainPaymentDeadline(demandReceived, resolved) : null,
    earliestTerminationDate: demandReceived ? explainTermination(demandReceived, resolved) : null,
    warnings: warningsFor(dueDate, demandReceived, earliestDemand.date, resolved),
    rules: resolved,
  };
}

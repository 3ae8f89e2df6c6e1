import { nonBusinessDayReason, type NonBusinessDayReason } from './business-days.js';
import { localized, type Language, type Messages } from '@app/i18n';
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

/** A date as the explanations write it ("mandag 5. oktober 2026"), in the catalogue's language. */
function formatDate(m: Messages, date: IsoDate, withYear = true): string {
  const { year, month, day } = dateParts(date);
  return m.calendar.longDate({
    weekday: m.calendar.weekdays[dayOfWeek(date) - 1]!,
    day: String(day),
    month: m.calendar.months[month - 1]!,
    year: withYear ? String(year) : '',
  });
}

function joinList(items: readonly string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function describeReason(m: Messages, language: Language, reason: NonBusinessDayReason): string {
  switch (reason.kind) {
    case 'saturday':
      return m.calendar.reasons.saturday;
    case 'sunday':
      return m.calendar.reasons.sunday;
    case 'publicHoliday':
      return m.calendar.reasons.publicHoliday({
        holiday: language === 'da' ? reason.holiday.name : reason.holiday.nameEn,
      });
    case 'closedDay':
      return reason.closedDay.key === 'constitutionDay'
        ? m.calendar.reasons.constitutionDay
        : m.calendar.reasons.closedDay({
            day: language === 'da' ? reason.closedDay.name.toLowerCase() : reason.closedDay.nameEn,
            basis: BASIS.generalDeadlineRule,
          });
  }
}

/** Both languages of one explanation, each built from its own catalogue. */
const explained = (build: (m: Messages, language: Language) => string): LocalizedLine => localized(build);

/** The provisions behind moving a date off `reason`, on top of `basis`. */
function withReasonBasis(basis: readonly string[], reason: NonBusinessDayReason | null): readonly string[] {
  const movedByGeneralRule = reason?.kind === 'closedDay' && reason.closedDay.key !== 'constitutionDay';
  return Object.freeze(movedByGeneralRule ? [...basis, BASIS.generalDeadlineRule] : [...basis]);
}

function explainLastOnTimeDay(dueDate: IsoDate, rules: CalendarRules): ExplainedDate {
  const date = lastOnTimePaymentDay(dueDate, rules);
  const reason = nonBusinessDayReason(dueDate, rules);
  const explanation = explained((m, language) => {
    const [due, basis] = [formatDate(m, dueDate), m.calendar.citations.dueDate];
    return reason
      ? m.calendar.lastOnTimeDayMoved({
          due,
          reason: describeReason(m, language, reason),
          last: formatDate(m, date),
          basis,
        })
      : m.calendar.lastOnTimeDay({ due, basis });
  });
  return { date, basis: withReasonBasis([BASIS.dueDate], reason), explanation };
}

function explainEarliestDemand(dueDate: IsoDate, rules: CalendarRules): ExplainedDate {
  const { countFrom, countedWeekdays, earliestDemandDate } = paymentDemandCount(dueDate, rules);
  const basis = [BASIS.demand, BASIS.privateLettings, ...(rules.saturdayIsWeekday ? [BASIS.saturdays] : [])];
  return {
    date: earliestDemandDate,
    basis: Object.freeze(basis),
    explanation: explained((m) => {
      const from = formatDate(m, countFrom);
      return m.calendar.earliestDemand({
        start:
          rules.paymentDemandCountFrom === 'dueDate'
            ? m.calendar.countFromDueDate({ date: from })
            : m.calendar.countFromLastOnTimeDay({ date: from }),
        which: rules.saturdayIsWeekday
          ? m.calendar.saturdaysCount({ basis: BASIS.saturdays })
          : m.calendar.saturdaysDoNotCount,
        counted: joinList(
          countedWeekdays.map((day) => formatDate(m, day, false)),
          m.calendar.and,
        ),
        earliest: formatDate(m, earliestDemandDate),
        basis: m.calendar.citations.demand,
      });
    }),
  };
}

function explainPaymentDeadline(demandReceived: IsoDate, rules: CalendarRules): ExplainedDate {
  const raw = unadjustedPaymentDeadline(demandReceived, rules);
  const date = paymentDeadline(demandReceived, rules);
  const reason = nonBusinessDayReason(raw, rules);
  return {
    date,
    basis: withReasonBasis([BASIS.demand, BASIS.privateLettings, BASIS.fourteenDays], reason),
    explanation: explained((m, language) =>
      m.calendar.paymentDeadline({
        days: String(rules.paymentDeadlineDays),
        received: formatDate(m, demandReceived),
        raw: formatDate(m, raw),
        moved: reason
          ? m.calendar.deadlineMoved({ reason: describeReason(m, language, reason), deadline: formatDate(m, date) })
          : '',
        basis: m.calendar.citations.demand,
      }),
    ),
  };
}

function explainTermination(demandReceived: IsoDate, rules: CalendarRules): ExplainedDate {
  const date = earliestTerminationDate(demandReceived, rules);
  return {
    date,
    basis: Object.freeze([BASIS.termination]),
    explanation: explained((m) =>
      m.calendar.termination({
        deadline: formatDate(m, paymentDeadline(demandReceived, rules)),
        termination: formatDate(m, date),
        basis: m.calendar.citations.termination,
      }),
    ),
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
      text: localized((m) => m.calendar.warnings.DUE_DATE_BEFORE_2013),
    });
  }
  if (demandReceived === null) return warnings;
  if (compareDates(demandReceived, earliestDemand) < 0) {
    // Received before the earliest sending day means it was certainly sent too early. The
    // reverse cannot be checked without the sending date.
    warnings.push({
      code: 'DEMAND_RECEIVED_BEFORE_EARLIEST_DEMAND_DATE',
      text: localized((m) =>
        m.calendar.warnings.DEMAND_RECEIVED_BEFORE_EARLIEST_DEMAND_DATE({
          received: formatDate(m, demandReceived),
          earliest: formatDate(m, earliestDemand),
        }),
      ),
    });
  }
  if (compareDates(demandReceived, FOURTEEN_DAY_DEADLINE_FROM) < 0 && rules.paymentDeadlineDays !== 3) {
    warnings.push({
      code: 'DEMAND_RECEIVED_BEFORE_JUNE_2009',
      text: localized((m) =>
        m.calendar.warnings.DEMAND_RECEIVED_BEFORE_JUNE_2009({
          days: String(rules.paymentDeadlineDays),
          basis: BASIS.fourteenDays,
        }),
      ),
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

// The Danish legal calendar: pure functions, no I/O. Dates are ISO `YYYY-MM-DD` strings.
export { CalendarError, type CalendarErrorCode } from './calendar.errors.js';
export {
  addDays,
  compareDates,
  copenhagenDateOf,
  dateParts,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  isIsoDate,
  isLeapYear,
  isoDateFromParts,
  isWeekend,
  parseIsoDate,
  Weekday,
  type DateParts,
  type IsoDate,
  type IsoWeekday,
} from './iso-date.js';
export {
  danishExtraClosedDays,
  danishPublicHolidays,
  easterSunday,
  extraClosedDayOn,
  isPublicHoliday,
  LAST_YEAR_WITH_GENERAL_PRAYER_DAY,
  publicHolidayOn,
  type ExtraClosedDay,
  type ExtraClosedDayKey,
  type PublicHoliday,
  type PublicHolidayKey,
} from './holidays.js';
export {
  DEFAULT_CALENDAR_RULES,
  resolveCalendarRules,
  type CalendarRules,
  type PaymentDemandCountFrom,
} from './calendar-rules.js';
export {
  addBusinessDays,
  businessDayOnOrAfter,
  businessDaysBetween,
  isBusinessDay,
  nextBusinessDay,
  nonBusinessDayReason,
  type NonBusinessDayReason,
} from './business-days.js';
export {
  earliestPaymentDemandDate,
  earliestTerminationDate,
  FOURTEEN_DAY_DEADLINE_FROM,
  isPaymentDemandWeekday,
  lastOnTimePaymentDay,
  paymentDeadline,
  paymentDeadlineDaysFor,
  paymentDemandCount,
  unadjustedPaymentDeadline,
  WEEKDAYS_BEFORE_PAYMENT_DEMAND,
  type PaymentDemandCount,
} from './deadlines.js';
export {
  deadlinesFor,
  type DeadlinesInput,
  type Deadlines,
  type DeadlineWarning,
  type DeadlineWarningCode,
  type ExplainedDate,
  type LocalizedLine,
} from './deadlines-for.js';

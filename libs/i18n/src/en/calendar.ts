import { type Messages } from '../catalogue.js';

export const calendar: Messages['calendar'] = {
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  longDate: (p) => `${p.weekday} ${p.day} ${p.month}${p.year ? ` ${p.year}` : ''}`,
  citations: {
    dueDate: 'almenlejeloven § 44(2)',
    demand: 'almenlejeloven § 90(2)',
    termination: 'almenlejeloven § 90(1)(1)',
  },
  and: 'and',
  errors: {
    invalidDate: 'The date must be a real calendar date written YYYY-MM-DD.',
    outOfRange: 'The date falls outside the years 0001–9999.',
    dayNumber: 'A day number must be an integer.',
    days: 'The number of days must be an integer.',
    businessDays: 'The number of business days must be an integer of 0 or more.',
    year: 'The year must be an integer from 1 to 9999.',
    instant: 'The instant is not a valid Date.',
    rules: (p) => `The calendar setting ${p.setting} is invalid.`,
  },
  reasons: {
    saturday: 'a Saturday',
    sunday: 'a Sunday',
    publicHoliday: (p) => `${p.holiday}, a public holiday`,
    constitutionDay: 'Constitution Day (grundlovsdag)',
    closedDay: (p) => `${p.day} (cf. ${p.basis})`,
  },
  lastOnTimeDayMoved: (p) =>
    `The due date, ${p.due}, is ${p.reason}, so the last on-time payment day is the next weekday, ${p.last} (${p.basis}).`,
  lastOnTimeDay: (p) => `The due date, ${p.due}, is the last on-time payment day (${p.basis}).`,
  countFromDueDate: (p) => `the due date, ${p.date}`,
  countFromLastOnTimeDay: (p) => `the last on-time payment day, ${p.date}`,
  saturdaysCount: (p) => `Saturdays count, Sundays and public holidays do not (${p.basis})`,
  saturdaysDoNotCount: 'Saturdays, Sundays and public holidays do not count',
  earliestDemand: (p) =>
    `A payment demand may be sent at the earliest after the 3rd weekday following ${p.start}; ${p.which}. The weekdays counted are ${p.counted}, so the earliest sending day is ${p.earliest} (${p.basis}).`,
  deadlineMoved: (p) => `; that is ${p.reason}, so it moves to the next weekday, ${p.deadline}`,
  paymentDeadline: (p) =>
    `The payment deadline ends ${p.days} days after the demand reached the tenant on ${p.received}, i.e. ${p.raw}${p.moved} (${p.basis}).`,
  termination: (p) =>
    `If the arrears are not paid by ${p.deadline}, the landlord may terminate the lease at the earliest the day after, ${p.termination} (${p.basis}).`,
  warnings: {
    DUE_DATE_BEFORE_2013:
      'For rent due before 1 January 2013 the 3 days of grace (løbedage) applied; the demand date here follows the rules in force from 2013.',
    DEMAND_RECEIVED_BEFORE_EARLIEST_DEMAND_DATE: (p) =>
      `The demand reached the tenant on ${p.received}, before the earliest day it could be sent (${p.earliest}); a demand sent too early cannot support a termination.`,
    DEMAND_RECEIVED_BEFORE_JUNE_2009: (p) =>
      `Demands sent before 1 June 2009 had a 3-day payment deadline, not ${p.days} (${p.basis}); compute with paymentDeadlineDays = 3.`,
  },
};

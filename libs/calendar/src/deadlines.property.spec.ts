import fc from 'fast-check';
import { isBusinessDay } from './business-days.js';
import { DEFAULT_CALENDAR_RULES, type CalendarRules } from './calendar-rules.js';
import {
  earliestPaymentDemandDate,
  earliestTerminationDate,
  isPaymentDemandWeekday,
  lastOnTimePaymentDay,
  paymentDeadline,
  paymentDemandCount,
} from './deadlines.js';
import { isPublicHoliday, type ExtraClosedDayKey } from './holidays.js';
import { addDays, compareDates, dayOfWeek, daysBetween, parseIsoDate, Weekday, type IsoDate } from './iso-date.js';

const BASE = parseIsoDate('1995-01-01');
/** Any day 1995–2065: both sides of the Store bededag abolition, every weekday layout of Easter and Christmas. */
const anyDate = fc.integer({ min: 0, max: 25_500 }).map((n) => addDays(BASE, n));

const anyRules: fc.Arbitrary<CalendarRules> = fc.record({
  closedDays: fc.subarray<ExtraClosedDayKey>(['constitutionDay', 'christmasEve', 'newYearsEve']),
  saturdayIsWeekday: fc.boolean(),
  paymentDemandCountFrom: fc.constantFrom('dueDate' as const, 'lastOnTimeDay' as const),
  paymentDeadlineDays: fc.constantFrom(3, 14),
});

function daysFromTo(from: IsoDate, toExclusive: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = from; compareDates(day, toExclusive) < 0; day = addDays(day, 1)) days.push(day);
  return days;
}

describe('payment deadline properties', () => {
  it('the deadline is a business day, at least receipt + N days, and the first business day from then', () => {
    fc.assert(
      fc.property(anyDate, anyRules, (received, rules) => {
        const deadline = paymentDeadline(received, rules);
        const earliestPossible = addDays(received, rules.paymentDeadlineDays);
        expect(isBusinessDay(deadline, rules)).toBe(true);
        expect(compareDates(deadline, earliestPossible)).toBeGreaterThanOrEqual(0);
        for (const day of daysFromTo(earliestPossible, deadline)) {
          expect(isBusinessDay(day, rules)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('with the defaults the deadline is never earlier than receipt + 14 and never on a Saturday, Sunday or holiday', () => {
    fc.assert(
      fc.property(anyDate, (received) => {
        const deadline = paymentDeadline(received);
        expect(daysBetween(received, deadline)).toBeGreaterThanOrEqual(14);
        expect(dayOfWeek(deadline)).toBeLessThanOrEqual(Weekday.Friday);
        expect(isPublicHoliday(deadline)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('the earliest termination is the day after the deadline', () => {
    fc.assert(
      fc.property(anyDate, anyRules, (received, rules) => {
        expect(earliestTerminationDate(received, rules)).toBe(addDays(paymentDeadline(received, rules), 1));
      }),
    );
  });
});

describe('last on-time payment day properties', () => {
  it('is the due date or the first business day after it', () => {
    fc.assert(
      fc.property(anyDate, anyRules, (due, rules) => {
        const last = lastOnTimePaymentDay(due, rules);
        expect(isBusinessDay(last, rules)).toBe(true);
        for (const day of daysFromTo(due, last)) expect(isBusinessDay(day, rules)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('earliest payment demand properties', () => {
  it('is strictly after the last on-time payment day, never on a Sunday or public holiday, and on a weekday', () => {
    fc.assert(
      fc.property(anyDate, anyRules, (due, rules) => {
        const demand = earliestPaymentDemandDate(due, rules);
        expect(compareDates(demand, lastOnTimePaymentDay(due, rules))).toBe(1);
        expect(dayOfWeek(demand)).not.toBe(Weekday.Sunday);
        expect(isPublicHoliday(demand)).toBe(false);
        expect(isPaymentDemandWeekday(demand, rules)).toBe(true);
        if (!rules.saturdayIsWeekday) expect(dayOfWeek(demand)).not.toBe(Weekday.Saturday);
      }),
      { numRuns: 500 },
    );
  });

  it('comes right after exactly 3 weekdays following the start of the count', () => {
    fc.assert(
      fc.property(anyDate, anyRules, (due, rules) => {
        const { countFrom, countedWeekdays, earliestDemandDate } = paymentDemandCount(due, rules);
        const between = daysFromTo(addDays(countFrom, 1), earliestDemandDate);
        expect(between.filter((day) => isPaymentDemandWeekday(day, rules))).toEqual(countedWeekdays);
        expect(countedWeekdays).toHaveLength(3);
      }),
      { numRuns: 300 },
    );
  });

  it("the default reading ('lastOnTimeDay') is never earlier than the themis.dk reading ('dueDate')", () => {
    fc.assert(
      fc.property(anyDate, anyRules, (due, rules) => {
        const later = earliestPaymentDemandDate(due, { ...rules, paymentDemandCountFrom: 'lastOnTimeDay' });
        const themis = earliestPaymentDemandDate(due, { ...rules, paymentDemandCountFrom: 'dueDate' });
        expect(compareDates(later, themis)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(anyDate, (due) => {
        const defaults = earliestPaymentDemandDate(due);
        const themis = earliestPaymentDemandDate(due, { ...DEFAULT_CALENDAR_RULES, paymentDemandCountFrom: 'dueDate' });
        expect(compareDates(defaults, themis)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('with the default reading, at least 4 calendar days pass after the last on-time payment day', () => {
    fc.assert(
      fc.property(anyDate, (due) => {
        expect(daysBetween(lastOnTimePaymentDay(due), earliestPaymentDemandDate(due))).toBeGreaterThanOrEqual(4);
      }),
      { numRuns: 300 },
    );
  });

  it('more closed days, or not counting Saturdays, can only make the date later', () => {
    fc.assert(
      fc.property(anyDate, anyRules, (due, rules) => {
        const base = earliestPaymentDemandDate(due, rules);
        const allClosed = earliestPaymentDemandDate(due, {
          ...rules,
          closedDays: ['constitutionDay', 'christmasEve', 'newYearsEve'],
        });
        const noSaturdays = earliestPaymentDemandDate(due, { ...rules, saturdayIsWeekday: false });
        expect(compareDates(allClosed, base)).toBeGreaterThanOrEqual(0);
        expect(compareDates(noSaturdays, base)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a later due date never gives an earlier demand date', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 40 }), anyRules, (due, extra, rules) => {
        const later = earliestPaymentDemandDate(addDays(due, extra), rules);
        expect(compareDates(later, earliestPaymentDemandDate(due, rules))).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import {
  addBusinessDays,
  businessDayOnOrAfter,
  businessDaysBetween,
  isBusinessDay,
  nextBusinessDay,
  nonBusinessDayReason,
} from './business-days.js';
import { CalendarError } from './calendar.errors.js';
import type { CalendarRules } from './calendar-rules.js';
import type { ExtraClosedDayKey } from './holidays.js';
import { addDays, compareDates, parseIsoDate, type IsoDate } from './iso-date.js';

const d = parseIsoDate;

const BASE = d('1995-01-01');
/** Any day 1995–2065: wide enough to cover Store bededag before and after 2024 and all weekday layouts. */
const anyDate = fc.integer({ min: 0, max: 25_500 }).map((n) => addDays(BASE, n));
const anyClosedDays = fc.subarray<ExtraClosedDayKey>(['constitutionDay', 'christmasEve', 'newYearsEve']);

/** The obvious day-by-day count, to check the arithmetic one against. */
function naiveBusinessDaysBetween(from: IsoDate, to: IsoDate, rules: Partial<CalendarRules>): number {
  const [low, high, sign] = compareDates(from, to) <= 0 ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = addDays(low, 1); compareDates(day, high) <= 0; day = addDays(day, 1)) {
    if (isBusinessDay(day, rules)) count += 1;
  }
  return count === 0 ? 0 : sign * count;
}

describe('isBusinessDay', () => {
  it.each([
    ['2024-03-08', true, 'Friday'],
    ['2024-03-09', false, 'Saturday'],
    ['2024-03-10', false, 'Sunday'],
    ['2024-03-28', false, 'Skærtorsdag'],
    ['2024-03-29', false, 'Langfredag'],
    ['2024-04-01', false, '2. påskedag'],
    ['2024-04-26', true, 'former Store bededag, a working Friday since 2024'],
    ['2023-05-05', false, 'Store bededag 2023'],
    ['2024-05-09', false, 'Kristi himmelfartsdag'],
    ['2024-05-10', true, 'the Friday after Kristi himmelfartsdag'],
    ['2024-05-20', false, '2. pinsedag'],
    ['2024-06-05', false, 'Grundlovsdag (closed by default)'],
    ['2024-12-24', false, 'Juleaftensdag (closed by default)'],
    ['2024-12-31', false, 'Nytårsaftensdag (closed by default)'],
    ['2025-01-01', false, 'Nytårsdag'],
    ['2024-05-01', true, '1 May is not a Danish public holiday'],
  ])('%s is a business day: %s (%s)', (date, expected) => {
    expect(isBusinessDay(d(date))).toBe(expected);
  });

  it('treats 24 and 31 December and Grundlovsdag as working days only when the rules say so', () => {
    expect(isBusinessDay(d('2024-12-24'), { closedDays: [] })).toBe(true);
    expect(isBusinessDay(d('2024-12-31'), { closedDays: ['constitutionDay'] })).toBe(true);
    expect(isBusinessDay(d('2024-06-05'), { closedDays: ['christmasEve', 'newYearsEve'] })).toBe(true);
    expect(isBusinessDay(d('2024-06-05'), { closedDays: ['constitutionDay'] })).toBe(false);
  });

  it('says why a day is not a business day, naming a holiday before the weekend it falls on', () => {
    expect(nonBusinessDayReason(d('2024-03-31'))).toMatchObject({
      kind: 'publicHoliday',
      holiday: { name: 'Påskedag' },
    });
    expect(nonBusinessDayReason(d('2024-03-09'))).toEqual({ kind: 'saturday' });
    expect(nonBusinessDayReason(d('2024-03-10'))).toEqual({ kind: 'sunday' });
    expect(nonBusinessDayReason(d('2024-06-05'))).toMatchObject({
      kind: 'closedDay',
      closedDay: { key: 'constitutionDay' },
    });
    // 2022-12-24 is a Saturday; with 24 December not closed it is still a Saturday.
    expect(nonBusinessDayReason(d('2022-12-24'), { closedDays: [] })).toEqual({ kind: 'saturday' });
    expect(nonBusinessDayReason(d('2024-03-08'))).toBeNull();
  });
});

describe('nextBusinessDay and businessDayOnOrAfter', () => {
  it('steps over Easter and Christmas', () => {
    expect(nextBusinessDay(d('2024-03-27'))).toBe('2024-04-02'); // Wed before Easter → Tue after
    expect(nextBusinessDay(d('2024-12-23'))).toBe('2024-12-27'); // 24 (closed), 25, 26 Dec
    expect(nextBusinessDay(d('2024-12-23'), { closedDays: [] })).toBe('2024-12-24');
    expect(nextBusinessDay(d('2024-12-30'))).toBe('2025-01-02'); // 31 Dec (closed), 1 Jan
    expect(nextBusinessDay(d('2024-03-08'))).toBe('2024-03-11');
  });

  it('keeps a business day and moves anything else', () => {
    expect(businessDayOnOrAfter(d('2024-03-08'))).toBe('2024-03-08');
    expect(businessDayOnOrAfter(d('2024-03-09'))).toBe('2024-03-11');
  });
});

describe('addBusinessDays and businessDaysBetween', () => {
  it('counts from the day after the start', () => {
    expect(addBusinessDays(d('2024-03-08'), 0)).toBe('2024-03-08');
    expect(addBusinessDays(d('2024-03-09'), 0)).toBe('2024-03-09');
    expect(addBusinessDays(d('2024-03-08'), 1)).toBe('2024-03-11');
    expect(addBusinessDays(d('2024-03-08'), 5)).toBe('2024-03-15');
    expect(addBusinessDays(d('2024-03-26'), 3)).toBe('2024-04-03'); // Wed 27, Tue 2, Wed 3
    expect(businessDaysBetween(d('2024-03-26'), d('2024-04-03'))).toBe(3);
    expect(businessDaysBetween(d('2024-04-03'), d('2024-03-26'))).toBe(-3);
    expect(businessDaysBetween(d('2024-03-08'), d('2024-03-08'))).toBe(0);
  });

  it('counts 2017, when Grundlovsdag was also 2. pinsedag, without subtracting that day twice', () => {
    expect(nonBusinessDayReason(d('2017-06-05'))).toMatchObject({ holiday: { name: '2. pinsedag' } });
    expect(businessDaysBetween(d('2017-06-02'), d('2017-06-06'))).toBe(1);
  });

  it('knows the number of business days in a year', () => {
    // 2024: 262 weekdays; minus Nytårsdag, Skærtorsdag, Langfredag, 2. påskedag, Kristi himmelfart,
    // 2. pinsedag, Grundlovsdag, 24, 25, 26 and 31 December (all on weekdays) = 251.
    expect(businessDaysBetween(d('2023-12-31'), d('2024-12-31'))).toBe(251);
    expect(businessDaysBetween(d('2023-12-31'), d('2024-12-31'), { closedDays: [] })).toBe(254);
  });

  it('rejects a negative or fractional count', () => {
    expect(() => addBusinessDays(d('2024-03-08'), -1)).toThrow(CalendarError);
    expect(() => addBusinessDays(d('2024-03-08'), 1.5)).toThrow(CalendarError);
  });

  it('handles spans of centuries quickly', () => {
    expect(businessDaysBetween(d('1900-01-01'), d('2900-01-01'))).toBeGreaterThan(240_000);
    const far = addBusinessDays(d('2000-01-01'), 100_000);
    expect(businessDaysBetween(d('2000-01-01'), far)).toBe(100_000);
  });

  it('property: addBusinessDays lands on a business day, and businessDaysBetween counts back to n', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 400 }), anyClosedDays, (date, n, closedDays) => {
        const rules = { closedDays };
        const result = addBusinessDays(date, n, rules);
        expect(businessDaysBetween(date, result, rules)).toBe(n);
        if (n > 0) {
          expect(isBusinessDay(result, rules)).toBe(true);
          // … and it is the first such day: one business day fewer ends strictly earlier.
          expect(compareDates(addBusinessDays(date, n - 1, rules), result)).toBe(-1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: addBusinessDays(a, businessDaysBetween(a, b)) is b for every later business day b', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 800 }), anyClosedDays, (a, span, closedDays) => {
        const rules = { closedDays };
        const b = businessDayOnOrAfter(addDays(a, span), rules);
        expect(addBusinessDays(a, businessDaysBetween(a, b, rules), rules)).toBe(b);
      }),
      { numRuns: 300 },
    );
  });

  it('property: the arithmetic count equals a day-by-day count, in both directions', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -800, max: 800 }), anyClosedDays, (a, span, closedDays) => {
        const b = addDays(a, span);
        const rules = { closedDays };
        expect(businessDaysBetween(a, b, rules)).toBe(naiveBusinessDaysBetween(a, b, rules));
        expect(businessDaysBetween(b, a, rules) + businessDaysBetween(a, b, rules)).toBe(0);
        expect(Object.is(businessDaysBetween(b, a, rules), -0)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('property: nextBusinessDay is the first business day after the date', () => {
    fc.assert(
      fc.property(anyDate, anyClosedDays, (date, closedDays) => {
        const rules = { closedDays };
        const next = nextBusinessDay(date, rules);
        expect(isBusinessDay(next, rules)).toBe(true);
        for (let day = addDays(date, 1); compareDates(day, next) < 0; day = addDays(day, 1)) {
          expect(isBusinessDay(day, rules)).toBe(false);
        }
      }),
    );
  });
});

import fc from 'fast-check';
import { CalendarError } from './calendar.errors.js';
import {
  addDays,
  compareDates,
  copenhagenDateOf,
  dateParts,
  dayOfWeek,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  isoDateFromParts,
  isWeekend,
  parseIsoDate,
  toDayNumber,
  Weekday,
  type IsoDate,
} from './iso-date.js';

function calendarErrorOf(action: () => unknown): CalendarError {
  try {
    action();
  } catch (error) {
    if (error instanceof CalendarError) return error;
    throw error;
  }
  throw new Error('expected a CalendarError');
}

const d = parseIsoDate;

describe('parseIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01', '9999-12-31', '1970-01-01'])(
    'accepts %s',
    (input) => {
      expect(parseIsoDate(input)).toBe(input);
      expect(isIsoDate(input)).toBe(true);
    },
  );

  it.each([
    ['2023-02-29', 'no leap day in 2023'],
    ['1900-02-29', '1900 is not a leap year'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-13-01', 'month 13'],
    ['2024-00-10', 'month 0'],
    ['2024-01-00', 'day 0'],
    ['0000-01-01', 'year 0'],
    ['2024-2-1', 'missing zero padding'],
    [' 2024-01-01', 'leading space'],
    ['2024-01-01T00:00:00Z', 'a time part'],
    ['01-01-2024', 'Danish order'],
    ['', 'empty'],
    ['010170-1234', 'a CPR number in the wrong field'],
  ])('rejects %j (%s) with CALENDAR_INVALID_DATE and without echoing it', (input) => {
    const error = calendarErrorOf(() => parseIsoDate(input));
    expect(error.code).toBe('CALENDAR_INVALID_DATE');
    expect(error.message).toBe('The date must be a real calendar date written YYYY-MM-DD.');
    expect(error.text.da).toContain('ÅÅÅÅ-MM-DD');
    expect(isIsoDate(input)).toBe(false);
  });

  it('rejects non-strings from untyped callers', () => {
    expect(calendarErrorOf(() => parseIsoDate(20240101 as unknown as string)).code).toBe('CALENDAR_INVALID_DATE');
    expect(isIsoDate(new Date())).toBe(false);
  });

  it('re-validates a string that was merely cast to IsoDate', () => {
    expect(calendarErrorOf(() => addDays('2023-02-29' as IsoDate, 1)).code).toBe('CALENDAR_INVALID_DATE');
  });
});

describe('day arithmetic', () => {
  it('agrees with Date.UTC on the day number, weekday and date of every day 1900–2100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 }),
        (n) => {
          const reference = new Date(n * 86_400_000);
          const iso = fromDayNumber(n);
          expect(iso).toBe(reference.toISOString().slice(0, 10));
          expect(toDayNumber(iso)).toBe(n);
          expect(dayOfWeek(iso) % 7).toBe(reference.getUTCDay());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('still refuses a string cast to IsoDate after many valid dates (the day numbers kept are of valid ones only)', () => {
    for (let n = 0; n < 5_000; n++) toDayNumber(fromDayNumber(19_000 + n));
    for (const bad of ['2023-02-29', '2024-13-01', ' 2024-01-01', '2024-1-1']) {
      expect(calendarErrorOf(() => toDayNumber(bad as IsoDate)).code).toBe('CALENDAR_INVALID_DATE');
    }
    expect(calendarErrorOf(() => toDayNumber(19_000 as unknown as IsoDate)).code).toBe('CALENDAR_INVALID_DATE');
    expect(toDayNumber(d('2024-02-29'))).toBe(19_782);
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2023-02-28'), 1)).toBe('2023-03-01');
    expect(addDays(d('2024-12-31'), 1)).toBe('2025-01-01');
    expect(addDays(d('2025-01-01'), -1)).toBe('2024-12-31');
    expect(addDays(d('2024-03-05'), 14)).toBe('2024-03-19');
    expect(addDays(d('2024-01-01'), 366)).toBe('2025-01-01');
    expect(daysBetween(d('2024-03-05'), d('2024-03-19'))).toBe(14);
    expect(daysBetween(d('2024-03-19'), d('2024-03-05'))).toBe(-14);
  });

  it('is not disturbed by the daylight-saving change (31 March 2024, 27 October 2024 in Denmark)', () => {
    expect(addDays(d('2024-03-30'), 1)).toBe('2024-03-31');
    expect(addDays(d('2024-03-31'), 1)).toBe('2024-04-01');
    expect(addDays(d('2024-10-26'), 2)).toBe('2024-10-28');
  });

  it('refuses to leave the years 0001–9999 and fractional days', () => {
    expect(calendarErrorOf(() => addDays(d('9999-12-31'), 1)).code).toBe('CALENDAR_DATE_OUT_OF_RANGE');
    expect(calendarErrorOf(() => addDays(d('0001-01-01'), -1)).code).toBe('CALENDAR_DATE_OUT_OF_RANGE');
    expect(calendarErrorOf(() => addDays(d('2024-01-01'), 0.5)).code).toBe('CALENDAR_INVALID_ARGUMENT');
  });

  it('round-trips addDays and daysBetween', () => {
    const base = d('2000-01-01');
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 50_000 }), fc.integer({ min: -5_000, max: 5_000 }), (a, b) => {
        const from = addDays(base, a);
        expect(daysBetween(from, addDays(from, b))).toBe(b);
        expect(addDays(addDays(from, b), -b)).toBe(from);
      }),
    );
  });
});

describe('dayOfWeek, isWeekend, compareDates', () => {
  it('numbers weekdays the ISO way, Monday 1 to Sunday 7', () => {
    expect(dayOfWeek(d('2024-03-04'))).toBe(Weekday.Monday);
    expect(dayOfWeek(d('2024-03-09'))).toBe(Weekday.Saturday);
    expect(dayOfWeek(d('2024-03-10'))).toBe(Weekday.Sunday);
    expect(dayOfWeek(d('1970-01-01'))).toBe(Weekday.Thursday);
    expect(dayOfWeek(d('0001-01-01'))).toBe(Weekday.Monday);
  });

  it('knows the weekend', () => {
    expect(isWeekend(d('2024-03-08'))).toBe(false);
    expect(isWeekend(d('2024-03-09'))).toBe(true);
    expect(isWeekend(d('2024-03-10'))).toBe(true);
    expect(isWeekend(d('2024-03-11'))).toBe(false);
  });

  it('orders dates like their strings', () => {
    const dates = [d('2024-03-19'), d('2023-12-31'), d('2024-03-05'), d('2024-03-05')];
    expect([...dates].sort(compareDates)).toEqual(['2023-12-31', '2024-03-05', '2024-03-05', '2024-03-19']);
    expect(compareDates(d('2024-01-01'), d('2024-01-01'))).toBe(0);
  });

  it('builds and splits dates', () => {
    expect(isoDateFromParts(2024, 2, 29)).toBe('2024-02-29');
    expect(dateParts(d('2024-02-29'))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(calendarErrorOf(() => isoDateFromParts(2023, 2, 29)).code).toBe('CALENDAR_INVALID_DATE');
  });
});

describe('copenhagenDateOf', () => {
  it('takes the date in Copenhagen, not in UTC, in winter and in summer', () => {
    expect(copenhagenDateOf(new Date('2024-03-30T23:30:00Z'))).toBe('2024-03-31'); // 00:30 CET
    expect(copenhagenDateOf(new Date('2024-06-30T22:30:00Z'))).toBe('2024-07-01'); // 00:30 CEST
    expect(copenhagenDateOf(new Date('2024-06-30T21:30:00Z'))).toBe('2024-06-30'); // 23:30 CEST
  });

  it('answers each instant of an hour alike and moves on at the next, one call after another', () => {
    // The answer is kept for the UTC hour asked last: walk across two midnights and back.
    const walk = [
      ['2024-10-26T21:59:59Z', '2024-10-26'], // 23:59:59 CEST
      ['2024-10-26T22:00:00Z', '2024-10-27'], // 00:00 CEST
      ['2024-10-26T22:59:59Z', '2024-10-27'],
      ['2024-10-27T22:59:59Z', '2024-10-27'], // 23:59:59 CET, after the change back
      ['2024-10-27T23:00:00Z', '2024-10-28'],
      ['2024-10-26T21:30:00Z', '2024-10-26'],
      ['1893-12-31T23:30:00Z', '1894-01-01'], // before CET: not kept, still right
      ['1893-12-31T22:30:00Z', '1893-12-31'],
    ] as const;
    for (const [instant, date] of walk) expect([instant, copenhagenDateOf(new Date(instant))]).toEqual([instant, date]);
  });

  it('rejects an invalid Date', () => {
    expect(calendarErrorOf(() => copenhagenDateOf(new Date('nope'))).code).toBe('CALENDAR_INVALID_ARGUMENT');
  });
});

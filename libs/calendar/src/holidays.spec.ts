import { CalendarError } from './calendar.errors.js';
import {
  danishExtraClosedDays,
  danishPublicHolidays,
  easterSunday,
  extraClosedDayOn,
  isPublicHoliday,
  publicHolidayOn,
} from './holidays.js';
import { parseIsoDate } from './iso-date.js';

// Easter Sunday 2000–2040, typed in from published tables (and checked against Gauss's algorithm
// and python-dateutil while writing), so the test does not depend on the algorithm under test.
const EASTER_SUNDAYS = [
  '2000-04-23', '2001-04-15', '2002-03-31', '2003-04-20', '2004-04-11', '2005-03-27', '2006-04-16',
  '2007-04-08', '2008-03-23', '2009-04-12', '2010-04-04', '2011-04-24', '2012-04-08', '2013-03-31',
  '2014-04-20', '2015-04-05', '2016-03-27', '2017-04-16', '2018-04-01', '2019-04-21', '2020-04-12',
  '2021-04-04', '2022-04-17', '2023-04-09', '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28',
  '2028-04-16', '2029-04-01', '2030-04-21', '2031-04-13', '2032-03-28', '2033-04-17', '2034-04-09',
  '2035-03-25', '2036-04-13', '2037-04-05', '2038-04-25', '2039-04-10', '2040-04-01',
]; // prettier-ignore

/** Date arithmetic with the built-in Date in UTC, independent of the library's day numbers. */
function plusDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function expectedHolidays(easter: string): [string, string, string][] {
  const year = Number(easter.slice(0, 4));
  return [
    [`${year}-01-01`, 'Nytårsdag', "New Year's Day"],
    [plusDays(easter, -3), 'Skærtorsdag', 'Maundy Thursday'],
    [plusDays(easter, -2), 'Langfredag', 'Good Friday'],
    [easter, 'Påskedag', 'Easter Sunday'],
    [plusDays(easter, 1), '2. påskedag', 'Easter Monday'],
    ...(year <= 2023
      ? [[plusDays(easter, 26), 'Store bededag', 'General Prayer Day'] as [string, string, string]]
      : []),
    [plusDays(easter, 39), 'Kristi himmelfartsdag', 'Ascension Day'],
    [plusDays(easter, 49), 'Pinsedag', 'Whit Sunday'],
    [plusDays(easter, 50), '2. pinsedag', 'Whit Monday'],
    [`${year}-12-25`, 'Juledag', 'Christmas Day'],
    [`${year}-12-26`, '2. juledag', 'Boxing Day'],
  ];
}

describe('easterSunday', () => {
  it.each(EASTER_SUNDAYS)('computes %s (Meeus/Jones/Butcher)', (easter) => {
    expect(easterSunday(Number(easter.slice(0, 4)))).toBe(easter);
  });

  it('every listed Easter is a Sunday (a check on the test data)', () => {
    for (const easter of EASTER_SUNDAYS) {
      expect(new Date(`${easter}T00:00:00Z`).getUTCDay()).toBe(0);
    }
  });

  it('matches known dates outside 2000–2040, including the extremes of the range', () => {
    expect(easterSunday(1818)).toBe('1818-03-22'); // earliest possible
    expect(easterSunday(1943)).toBe('1943-04-25'); // latest possible
    expect(easterSunday(1961)).toBe('1961-04-02');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  it('rejects years it cannot compute', () => {
    for (const year of [0, 10_000, 2024.5, Number.NaN]) {
      expect(() => easterSunday(year)).toThrow(CalendarError);
    }
  });
});

describe('danishPublicHolidays', () => {
  it.each(EASTER_SUNDAYS)('lists every public holiday of the year of Easter %s', (easter) => {
    const year = Number(easter.slice(0, 4));
    expect(danishPublicHolidays(year).map(({ date, name, nameEn }) => [date, name, nameEn])).toEqual(
      expectedHolidays(easter),
    );
  });

  it('has Store bededag, the 4th Friday after Easter, up to and including 2023 only', () => {
    const prayerDay = (year: number) => danishPublicHolidays(year).find(({ key }) => key === 'generalPrayerDay');
    expect(prayerDay(2023)?.date).toBe('2023-05-05');
    expect(new Date('2023-05-05T00:00:00Z').getUTCDay()).toBe(5);
    expect(prayerDay(2022)?.date).toBe('2022-05-13');
    expect(prayerDay(2024)).toBeUndefined();
    expect(prayerDay(2025)).toBeUndefined();
    expect(isPublicHoliday(parseIsoDate('2023-05-05'))).toBe(true);
    expect(isPublicHoliday(parseIsoDate('2024-04-26'))).toBe(false); // would have been Store bededag
  });

  it('lists the holidays in date order and returns the same frozen list each time', () => {
    const holidays = danishPublicHolidays(2025);
    expect(holidays.map(({ date }) => date)).toEqual([...holidays.map(({ date }) => date)].sort());
    expect(danishPublicHolidays(2025)).toBe(holidays);
    expect(Object.isFrozen(holidays)).toBe(true);
    expect(Object.isFrozen(holidays[0])).toBe(true);
  });

  it('does not list Grundlovsdag, 24 or 31 December, 1 May or ordinary Sundays as public holidays', () => {
    for (const date of ['2024-06-05', '2024-12-24', '2024-12-31', '2024-05-01', '2024-03-10']) {
      expect(publicHolidayOn(parseIsoDate(date))).toBeUndefined();
    }
  });

  it('finds a holiday by date', () => {
    expect(publicHolidayOn(parseIsoDate('2024-04-01'))).toMatchObject({ key: 'easterMonday', name: '2. påskedag' });
    expect(publicHolidayOn(parseIsoDate('2024-05-09'))).toMatchObject({ key: 'ascensionDay' });
  });
});

describe('extra closed days', () => {
  it('names Grundlovsdag, Juleaftensdag and Nytårsaftensdag', () => {
    expect(danishExtraClosedDays(2024).map(({ key, date, name }) => [key, date, name])).toEqual([
      ['constitutionDay', '2024-06-05', 'Grundlovsdag'],
      ['christmasEve', '2024-12-24', 'Juleaftensdag'],
      ['newYearsEve', '2024-12-31', 'Nytårsaftensdag'],
    ]);
    expect(extraClosedDayOn(parseIsoDate('2030-06-05'))?.key).toBe('constitutionDay');
    expect(extraClosedDayOn(parseIsoDate('2030-06-06'))).toBeUndefined();
  });
});

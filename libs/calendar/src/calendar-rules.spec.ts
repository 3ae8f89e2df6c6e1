import { CalendarError } from './calendar.errors.js';
import { DEFAULT_CALENDAR_RULES, resolveCalendarRules, type CalendarRules } from './calendar-rules.js';

describe('DEFAULT_CALENDAR_RULES', () => {
  it('holds the documented defaults and cannot be changed at run time', () => {
    expect(DEFAULT_CALENDAR_RULES).toEqual({
      closedDays: ['constitutionDay', 'christmasEve', 'newYearsEve'],
      saturdayIsWeekday: true,
      paymentDemandCountFrom: 'lastOnTimeDay',
      paymentDeadlineDays: 14,
    });
    expect(Object.isFrozen(DEFAULT_CALENDAR_RULES)).toBe(true);
    expect(Object.isFrozen(DEFAULT_CALENDAR_RULES.closedDays)).toBe(true);
  });
});

describe('resolveCalendarRules', () => {
  it('fills in defaults, also for fields set to undefined', () => {
    expect(resolveCalendarRules()).toEqual(DEFAULT_CALENDAR_RULES);
    expect(resolveCalendarRules({ saturdayIsWeekday: undefined, paymentDeadlineDays: 3 })).toEqual({
      ...DEFAULT_CALENDAR_RULES,
      paymentDeadlineDays: 3,
    });
  });

  it('orders and de-duplicates closed days', () => {
    expect(resolveCalendarRules({ closedDays: ['newYearsEve', 'constitutionDay', 'newYearsEve'] }).closedDays).toEqual([
      'constitutionDay',
      'newYearsEve',
    ]);
    expect(resolveCalendarRules({ closedDays: [] }).closedDays).toEqual([]);
  });

  it.each([
    [{ closedDays: ['easter'] }, 'closedDays'],
    [{ closedDays: 'christmasEve' }, 'closedDays'],
    [{ saturdayIsWeekday: 'yes' }, 'saturdayIsWeekday'],
    [{ paymentDemandCountFrom: 'sentDate' }, 'paymentDemandCountFrom'],
    [{ paymentDeadlineDays: 0 }, 'paymentDeadlineDays'],
    [{ paymentDeadlineDays: 14.5 }, 'paymentDeadlineDays'],
    [{ paymentDeadlineDays: 1000 }, 'paymentDeadlineDays'],
  ])('rejects %j', (overrides, field) => {
    let caught: unknown;
    try {
      resolveCalendarRules(overrides as unknown as Partial<CalendarRules>);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CalendarError);
    expect((caught as CalendarError).code).toBe('CALENDAR_INVALID_RULES');
    expect((caught as CalendarError).message).toContain(field);
  });
});

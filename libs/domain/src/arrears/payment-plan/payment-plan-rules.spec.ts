import { type IsoDate } from '@app/calendar';
import {
  checkInstalment,
  expectedBalance,
  instalmentExpectedFrom,
  instalmentSchedule,
  MAX_PAYMENT_PLAN_INSTALMENTS,
  planEndAfterChecks,
  validatePaymentPlan,
  validatePaymentPlanSettings,
  type PaymentPlanTerms,
} from './payment-plan-rules.js';

const d = (s: string) => s as IsoDate;
const terms = (extra: Partial<PaymentPlanTerms> = {}): PaymentPlanTerms => ({
  amountOre: 1_000_000,
  instalmentOre: 300_000,
  instalmentCount: 4,
  frequency: 'monthly',
  firstDueOn: d('2027-01-04'),
  agreedOn: d('2026-12-01'),
  graceDays: 5,
  currentRentAlsoDue: true,
  ...extra,
});

describe('validatePaymentPlan', () => {
  it('accepts instalments that clear the amount with a smaller last one', () => {
    expect(validatePaymentPlan(terms())).toBeNull();
    expect(validatePaymentPlan(terms({ instalmentOre: 250_000 }))).toBeNull();
    // One instalment larger than the amount: the amount in one payment.
    expect(validatePaymentPlan(terms({ instalmentOre: 2_000_000, instalmentCount: 1 }))).toBeNull();
  });

  it.each([
    [{ amountOre: 0 }, 'PAYMENT_PLAN_AMOUNT_INVALID'],
    [{ amountOre: -5 }, 'PAYMENT_PLAN_AMOUNT_INVALID'],
    [{ amountOre: 10.5 }, 'PAYMENT_PLAN_AMOUNT_INVALID'],
    [{ instalmentOre: 0 }, 'PAYMENT_PLAN_INSTALMENT_INVALID'],
    [{ instalmentCount: 0 }, 'PAYMENT_PLAN_INSTALMENT_COUNT_INVALID'],
    [
      { instalmentOre: 1_000, instalmentCount: MAX_PAYMENT_PLAN_INSTALMENTS + 1 },
      'PAYMENT_PLAN_INSTALMENT_COUNT_INVALID',
    ],
    [{ instalmentCount: 3 }, 'PAYMENT_PLAN_DOES_NOT_CLEAR'],
    [{ instalmentCount: 5 }, 'PAYMENT_PLAN_TOO_MANY_INSTALMENTS'],
    [{ firstDueOn: d('2026-11-30') }, 'PAYMENT_PLAN_FIRST_DUE_BEFORE_AGREEMENT'],
    [{ firstDueOn: d('2027-12-02') }, 'PAYMENT_PLAN_FIRST_DUE_TOO_LATE'],
    [{ firstDueOn: d('9999-12-01') }, 'PAYMENT_PLAN_FIRST_DUE_TOO_LATE'],
    [{ graceDays: -1 }, 'PAYMENT_PLAN_GRACE_DAYS_INVALID'],
    [{ graceDays: 32 }, 'PAYMENT_PLAN_GRACE_DAYS_INVALID'],
    [{ currentRentAlsoDue: false }, 'PAYMENT_PLAN_CURRENT_RENT_REQUIRED'],
  ] as [Partial<PaymentPlanTerms>, string][])('refuses %j with %s', (extra, code) => {
    expect(validatePaymentPlan(terms(extra))?.code).toBe(code);
  });

  it('says by how much a plan falls short', () => {
    expect(validatePaymentPlan(terms({ instalmentCount: 3 }))?.details).toMatchObject({
      clearsOre: 900_000,
      needed: 4,
    });
  });

  it('allows the first instalment on the day of the agreement, and up to a year after it', () => {
    expect(validatePaymentPlan(terms({ firstDueOn: d('2026-12-01') }))).toBeNull();
    expect(validatePaymentPlan(terms({ firstDueOn: d('2027-12-01') }))).toBeNull();
  });
});

describe('instalmentSchedule', () => {
  it('gives equal instalments and the rest last, on business days', () => {
    const schedule = instalmentSchedule(terms());
    expect(schedule.map((i) => [i.number, i.nominalDueOn, i.dueOn, i.amountOre])).toEqual([
      [1, '2027-01-04', '2027-01-04', 300_000],
      [2, '2027-02-04', '2027-02-04', 300_000],
      [3, '2027-03-04', '2027-03-04', 300_000],
      [4, '2027-04-04', '2027-04-05', 100_000], // Sunday 4 April → Monday 5 April
    ]);
    expect(schedule.reduce((sum, i) => sum + i.amountOre, 0)).toBe(1_000_000);
  });

  it('keeps a plan on the 31st on the last day of shorter months, and back on the 31st after', () => {
    const schedule = instalmentSchedule(
      terms({ firstDueOn: d('2027-12-31'), amountOre: 500_000, instalmentOre: 100_000, instalmentCount: 5 }),
    );
    expect(schedule.map((i) => i.nominalDueOn)).toEqual([
      '2027-12-31',
      '2028-01-31',
      '2028-02-29', // leap year
      '2028-03-31',
      '2028-04-30',
    ]);
    // 31 Dec 2027 is a Friday but a closed day (forældelsesloven § 27, stk. 2, the calendar's default
    // setting): the next business day is Monday 3 January 2028. 30 April 2028 is a Sunday.
    expect(schedule.map((i) => i.dueOn)).toEqual([
      '2028-01-03',
      '2028-01-31',
      '2028-02-29',
      '2028-03-31',
      '2028-05-01',
    ]);
  });

  it('gives 28 February in a common year', () => {
    const schedule = instalmentSchedule(terms({ firstDueOn: d('2027-01-31') }));
    expect(schedule[1]!.nominalDueOn).toBe('2027-02-28');
    expect(schedule[2]!.nominalDueOn).toBe('2027-03-31');
  });

  it('moves an instalment off Easter and a Saturday', () => {
    const schedule = instalmentSchedule(
      terms({
        frequency: 'weekly',
        firstDueOn: d('2027-03-25'),
        amountOre: 200_000,
        instalmentOre: 100_000,
        instalmentCount: 2,
      }),
    );
    // Maundy Thursday 25 March 2027 → Good Friday, Saturday, Easter Sunday and Monday follow → Tuesday 30 March.
    expect(schedule.map((i) => [i.nominalDueOn, i.dueOn])).toEqual([
      ['2027-03-25', '2027-03-30'],
      ['2027-04-01', '2027-04-01'],
    ]);
  });

  it('counts fortnightly instalments in 14-day steps', () => {
    const schedule = instalmentSchedule(terms({ frequency: 'fortnightly', firstDueOn: d('2027-01-04') }));
    expect(schedule.map((i) => i.nominalDueOn)).toEqual(['2027-01-04', '2027-01-18', '2027-02-01', '2027-02-15']);
  });
});

describe('expectedBalance', () => {
  const schedule = instalmentSchedule(terms());

  it('expects an instalment only once its grace days have run', () => {
    expect(instalmentExpectedFrom(schedule[0]!, 5)).toBe('2027-01-10');
    expect(expectedBalance(1_000_000, schedule, 5, d('2027-01-04'))).toBe(1_000_000);
    expect(expectedBalance(1_000_000, schedule, 5, d('2027-01-09'))).toBe(1_000_000);
    expect(expectedBalance(1_000_000, schedule, 5, d('2027-01-10'))).toBe(700_000);
    expect(expectedBalance(1_000_000, schedule, 0, d('2027-01-05'))).toBe(700_000);
  });

  it('counts every instalment due by the day and reaches 0 after the last, never below', () => {
    expect(expectedBalance(1_000_000, schedule, 5, d('2027-03-20'))).toBe(100_000);
    // The last instalment is moved to Monday 5 April; with grace it is expected from 11 April.
    expect(expectedBalance(1_000_000, schedule, 5, d('2027-04-10'))).toBe(100_000);
    expect(expectedBalance(1_000_000, schedule, 5, d('2027-04-11'))).toBe(0);
    expect(expectedBalance(500_000, schedule, 5, d('2028-01-01'))).toBe(0);
  });

  it('expects nothing paid before the first due date', () => {
    expect(expectedBalance(1_000_000, schedule, 5, d('2026-12-01'))).toBe(1_000_000);
  });
});

describe('the sweep decisions', () => {
  it('misses an instalment when the balance is above what the plan allows, by the difference', () => {
    expect(checkInstalment(700_000, 700_000)).toEqual({ missed: false, behindByOre: 0 });
    expect(checkInstalment(700_000, 650_000)).toEqual({ missed: false, behindByOre: 0 });
    expect(checkInstalment(400_000, 700_000)).toEqual({ missed: true, behindByOre: 300_000 });
    expect(checkInstalment(0, 1)).toEqual({ missed: true, behindByOre: 1 });
  });

  const summary = (missedCount: number, actualOre: number, missed: boolean) => ({
    missedCount,
    latest: { actualOre, missed },
  });

  it('breaks a plan at the organisation’s number of misses, counted in all, when the latest check is missed', () => {
    expect(planEndAfterChecks(summary(1, 300_000, true), 2)).toBeNull();
    expect(planEndAfterChecks(summary(2, 300_000, true), 2)).toBe('broken');
    expect(planEndAfterChecks(summary(3, 300_000, true), 2)).toBe('broken');
    expect(planEndAfterChecks(summary(1, 300_000, true), 1)).toBe('broken');
    expect(planEndAfterChecks(summary(2, 300_000, true), 3)).toBeNull();
  });

  it('keeps a plan running when the latest instalment was paid, even after earlier misses', () => {
    expect(planEndAfterChecks(summary(2, 300_000, false), 2)).toBeNull();
    expect(planEndAfterChecks(summary(0, 300_000, false), 2)).toBeNull();
  });

  it('completes a plan whose latest check found the arrears paid, whatever it missed before', () => {
    expect(planEndAfterChecks(summary(0, 0, false), 2)).toBe('completed');
    expect(planEndAfterChecks(summary(5, 0, false), 2)).toBe('completed');
    expect(planEndAfterChecks(summary(1, -5_000, false), 2)).toBe('completed');
  });

  it('accepts settings in range and names the first out of range', () => {
    expect(validatePaymentPlanSettings({ graceDays: 5, breakAfterMisses: 2 })).toBeNull();
    expect(validatePaymentPlanSettings({ graceDays: 0, breakAfterMisses: 12 })).toBeNull();
    expect(validatePaymentPlanSettings({ graceDays: 32, breakAfterMisses: 2 })?.code).toBe(
      'PAYMENT_PLAN_GRACE_DAYS_INVALID',
    );
    expect(validatePaymentPlanSettings({ graceDays: 5, breakAfterMisses: 0 })?.code).toBe(
      'PAYMENT_PLAN_BREAK_AFTER_MISSES_INVALID',
    );
    expect(validatePaymentPlanSettings({ graceDays: 5, breakAfterMisses: 13 })?.field).toBe('breakAfterMisses');
    expect(validatePaymentPlanSettings({ graceDays: 5, breakAfterMisses: 1.5 })?.code).toBe(
      'PAYMENT_PLAN_BREAK_AFTER_MISSES_INVALID',
    );
  });
});

import { CalendarError } from './calendar.errors.js';
import { DEFAULT_CALENDAR_RULES } from './calendar-rules.js';
import { deadlinesFor } from './deadlines-for.js';
import { parseIsoDate, type IsoDate } from './iso-date.js';

const d = parseIsoDate;

describe('deadlinesFor', () => {
  it('gives the whole timeline of the worked example (docs/legal-rules.md#a-worked-example), in the year 2021 where it holds', () => {
    // 1 March 2021 is a Monday, so 5 March is the earliest demand day (not 4 March; see deadlines.spec.ts).
    const result = deadlinesFor({ dueDate: d('2021-03-01'), demandReceived: d('2021-03-05') });
    expect(result).toMatchObject({
      dueDate: '2021-03-01',
      demandReceived: '2021-03-05',
      lastOnTimePaymentDay: { date: '2021-03-01', basis: ['almenlejeloven § 44, stk. 2'] },
      earliestPaymentDemandDate: {
        date: '2021-03-05',
        basis: ['almenlejeloven § 90, stk. 2', 'lejeloven § 182, stk. 2', 'UfR 2022.1586 V'],
      },
      paymentDeadline: { date: '2021-03-19' },
      earliestTerminationDate: { date: '2021-03-20', basis: ['almenlejeloven § 90, stk. 1, nr. 1'] },
      warnings: [],
      rules: DEFAULT_CALENDAR_RULES,
    });
    expect(result.lastOnTimePaymentDay.explanation).toEqual({
      da: 'Forfaldsdagen, mandag 1. marts 2021, er sidste rettidige betalingsdag (almenlejeloven § 44, stk. 2).',
      en: 'The due date, Monday 1 March 2021, is the last on-time payment day (almenlejeloven § 44(2)).',
    });
    expect(result.earliestPaymentDemandDate.explanation.da).toBe(
      'Påkrav kan tidligst afgives efter 3. hverdag efter sidste rettidige betalingsdag, mandag 1. marts 2021; ' +
        'lørdage tæller med, søn- og helligdage gør ikke (UfR 2022.1586 V). De talte hverdage er ' +
        'tirsdag 2. marts, onsdag 3. marts og torsdag 4. marts, så påkravet kan tidligst afgives fredag 5. marts 2021 ' +
        '(almenlejeloven § 90, stk. 2).',
    );
    expect(result.paymentDeadline?.explanation.en).toBe(
      'The payment deadline ends 14 days after the demand reached the tenant on Friday 5 March 2021, ' +
        'i.e. Friday 19 March 2021 (almenlejeloven § 90(2)).',
    );
    expect(result.earliestTerminationDate?.explanation.da).toBe(
      'Er restancen ikke betalt senest fredag 19. marts 2021, kan udlejer tidligst hæve lejeaftalen dagen efter, ' +
        'lørdag 20. marts 2021 (almenlejeloven § 90, stk. 1, nr. 1).',
    );
  });

  it('explains a due date moved off a Saturday and a deadline moved off a holiday', () => {
    const result = deadlinesFor({ dueDate: d('2025-02-01'), demandReceived: d('2024-03-15') });
    expect(result.lastOnTimePaymentDay.date).toBe('2025-02-03');
    expect(result.lastOnTimePaymentDay.explanation.en).toBe(
      'The due date, Saturday 1 February 2025, is a Saturday, so the last on-time payment day is the next weekday, ' +
        'Monday 3 February 2025 (almenlejeloven § 44(2)).',
    );
    expect(result.paymentDeadline?.date).toBe('2024-04-02');
    expect(result.paymentDeadline?.explanation.da).toBe(
      'Betalingsfristen udløber 14 dage efter, at påkravet kom frem fredag 15. marts 2024, dvs. fredag 29. marts 2024; ' +
        'det er Langfredag, en helligdag, så fristen udskydes til den følgende hverdag, tirsdag 2. april 2024 ' +
        '(almenlejeloven § 90, stk. 2).',
    );
  });

  it('cites forældelsesloven § 27, stk. 2 when 24 or 31 December moves a date', () => {
    const result = deadlinesFor({ dueDate: d('2024-12-24'), demandReceived: d('2024-12-10') });
    expect(result.lastOnTimePaymentDay.date).toBe('2024-12-27');
    expect(result.lastOnTimePaymentDay.basis).toEqual(['almenlejeloven § 44, stk. 2', 'forældelsesloven § 27, stk. 2']);
    expect(result.lastOnTimePaymentDay.explanation.da).toContain('juleaftensdag (jf. forældelsesloven § 27, stk. 2)');
    expect(result.paymentDeadline?.date).toBe('2024-12-27');
    expect(result.paymentDeadline?.basis).toContain('forældelsesloven § 27, stk. 2');
  });

  it('says when Saturdays are not counted and when the count starts at the due date', () => {
    const result = deadlinesFor(
      { dueDate: d('2025-02-01') },
      { saturdayIsWeekday: false, paymentDemandCountFrom: 'dueDate' },
    );
    expect(result.earliestPaymentDemandDate.date).toBe('2025-02-06');
    expect(result.earliestPaymentDemandDate.basis).not.toContain('UfR 2022.1586 V');
    expect(result.earliestPaymentDemandDate.explanation.en).toContain(
      'following the due date, Saturday 1 February 2025; Saturdays, Sundays and public holidays do not count.',
    );
    expect(result.rules).toEqual({
      ...DEFAULT_CALENDAR_RULES,
      saturdayIsWeekday: false,
      paymentDemandCountFrom: 'dueDate',
    });
  });

  it('leaves the deadline and termination empty until the demand has been received', () => {
    const result = deadlinesFor({ dueDate: d('2024-03-01') });
    expect(result.demandReceived).toBeNull();
    expect(result.paymentDeadline).toBeNull();
    expect(result.earliestTerminationDate).toBeNull();
    expect(result.earliestPaymentDemandDate.date).toBe('2024-03-06');
    expect(deadlinesFor({ dueDate: d('2024-03-01'), demandReceived: null }).paymentDeadline).toBeNull();
  });

  it('warns about a demand received before it could lawfully have been sent', () => {
    // The worked example's own dates in 2024: due Friday 1 March, received Tuesday 5 March; the
    // demand could not be sent before Wednesday 6 March.
    const result = deadlinesFor({ dueDate: d('2024-03-01'), demandReceived: d('2024-03-05') });
    expect(result.warnings.map(({ code }) => code)).toEqual(['DEMAND_RECEIVED_BEFORE_EARLIEST_DEMAND_DATE']);
    expect(result.warnings[0].text.en).toContain('before the earliest day it could be sent (Wednesday 6 March 2024)');
    expect(result.paymentDeadline?.date).toBe('2024-03-19');
  });

  it('warns about cases from before the 2009 and 2013 rules', () => {
    const result = deadlinesFor({ dueDate: d('2009-05-01'), demandReceived: d('2009-05-12') });
    expect(result.warnings.map(({ code }) => code)).toEqual([
      'DUE_DATE_BEFORE_2013',
      'DEMAND_RECEIVED_BEFORE_JUNE_2009',
    ]);
    const withOldDeadline = deadlinesFor(
      { dueDate: d('2009-05-01'), demandReceived: d('2009-05-12') },
      { paymentDeadlineDays: 3 },
    );
    expect(withOldDeadline.warnings.map(({ code }) => code)).toEqual(['DUE_DATE_BEFORE_2013']);
    expect(withOldDeadline.paymentDeadline?.date).toBe('2009-05-15');
  });

  it('survives JSON, as the HTTP endpoint will send it', () => {
    const result = deadlinesFor({ dueDate: d('2024-03-01'), demandReceived: d('2024-03-07') });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('rejects invalid dates and rules with a CalendarError', () => {
    expect(() => deadlinesFor({ dueDate: '2023-02-29' as IsoDate })).toThrow(CalendarError);
    expect(() => deadlinesFor({ dueDate: d('2024-03-01'), demandReceived: 'tomorrow' as IsoDate })).toThrow(
      CalendarError,
    );
    expect(() => deadlinesFor({ dueDate: d('2024-03-01') }, { paymentDeadlineDays: 0 })).toThrow(CalendarError);
  });
});

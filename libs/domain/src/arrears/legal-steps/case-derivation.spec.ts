import { earliestPaymentDemandDate, type IsoDate } from '@app/calendar';
import { deriveCase, nextDeadlineOf, type RecordedSteps } from './case-derivation.js';
import { upcomingDeadlines } from './case-state-machine.js';

const TODAY = '2026-12-01' as IsoDate;
const steps = (stage: RecordedSteps['stage'], extra: Partial<RecordedSteps> = {}): RecordedSteps => ({
  stage,
  paymentDemand: null,
  terminatedOn: null,
  municipalityNoticeOn: null,
  evictionRequestedOn: null,
  evictionScheduledFor: null,
  ...extra,
});
const rent = (dueDate: string, amountOre = 650_000) => ({
  kind: 'rent_charge' as const,
  amountOre,
  dueDate,
  bookedOn: dueDate,
});

describe('deriveCase', () => {
  it('gives a registered case the earliest påkrav day of its oldest unpaid rent', () => {
    const derived = deriveCase(steps('registered'), false, [rent('2026-12-01'), rent('2026-11-01')], TODAY);
    expect(derived.summary).toEqual({ balanceOre: 1_300_000, monthsInArrears: 2, oldestUnpaidDueDate: '2026-11-01' });
    // The November påkrav day has passed with no påkrav sent: overdue, and still the next date.
    expect(derived.nextDeadlineOn).toBe(earliestPaymentDemandDate('2026-11-01' as IsoDate));
    expect(derived.overdue).toBe(true);
    const fresh = deriveCase(steps('registered'), false, [rent('2026-12-01')], TODAY);
    expect(fresh.nextDeadlineOn).toBe(earliestPaymentDemandDate('2026-12-01' as IsoDate));
    expect(fresh.overdue).toBe(false);
  });

  it('stores a next date that does not depend on the day it was computed (list and page agree)', () => {
    const ledger = [rent('2026-09-01')];
    const then = deriveCase(steps('registered'), false, ledger, '2026-09-01' as IsoDate);
    const now = deriveCase(steps('registered'), false, ledger, TODAY);
    expect(now.nextDeadlineOn).toBe(then.nextDeadlineOn);
    expect(now.upcomingDeadlines.map(({ date, overdue }) => [date, overdue])).toEqual([[then.nextDeadlineOn, true]]);
  });

  it('gives a terminated case no date, whatever new arrears come', () => {
    const derived = deriveCase(
      steps('terminated', { terminatedOn: '2026-10-01' as IsoDate }),
      false,
      [rent(TODAY)],
      TODAY,
    );
    expect(derived.upcomingDeadlines).toEqual([]);
    expect(derived.nextDeadlineOn).toBeNull();
  });

  it('stores the first of the upcoming deadlines the case page shows', () => {
    const scheduled = steps('eviction_scheduled', { evictionScheduledFor: '2026-12-20' as IsoDate });
    const derived = deriveCase(scheduled, false, [rent('2026-09-01')], TODAY);
    expect(derived.upcomingDeadlines).toEqual(upcomingDeadlines(derived.facts, TODAY));
    expect(derived.nextDeadlineOn).toBe('2026-12-20');
  });

  it('gives a case in a payment plan no legal date: the legal steps pause', () => {
    const derived = deriveCase(
      steps('payment_plan_agreed', { terminatedOn: '2026-10-01' as IsoDate }),
      false,
      [rent('2026-09-01')],
      TODAY,
    );
    expect([derived.upcomingDeadlines, derived.nextDeadlineOn, derived.overdue]).toEqual([[], null, false]);
  });

  it('gives a closed case nothing upcoming', () => {
    const derived = deriveCase(steps('registered'), true, [rent(TODAY)], TODAY);
    expect([derived.upcomingDeadlines, derived.nextDeadlineOn]).toEqual([[], null]);
  });
});

describe('nextDeadlineOf', () => {
  it('is the next date deriveCase stores, from facts already derived (no ledger summed again)', () => {
    const ledger = [rent('2026-09-01'), rent('2026-10-01')];
    const cases: [RecordedSteps, boolean][] = [
      [steps('registered'), false],
      [steps('registered'), true],
      [steps('eviction_scheduled', { evictionScheduledFor: '2026-12-20' as IsoDate }), false],
      [steps('payment_plan_agreed'), false],
      [steps('terminated', { terminatedOn: '2026-10-01' as IsoDate }), false],
    ];
    for (const [recorded, closed] of cases) {
      const derived = deriveCase(recorded, closed, ledger, TODAY);
      expect(nextDeadlineOf(derived.facts, closed, TODAY)).toBe(derived.nextDeadlineOn);
    }
    expect(nextDeadlineOf(deriveCase(steps('registered'), false, ledger, TODAY).facts, false, TODAY)).toBe(
      earliestPaymentDemandDate('2026-09-01' as IsoDate),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseKroner } from '../ui/format';
import { CASE_STAGES } from './case-rules';
import { agreePlanBody, instalmentsNeeded, planOffered, planStanding } from './plan-rules';

const values = {
  amount: '13.000,00',
  instalment: '2.000',
  instalmentCount: '7',
  frequency: 'monthly',
  firstDueOn: '2027-01-01',
  agreedOn: '2026-12-01',
};

describe('planOffered', () => {
  it('offers a plan at every open stage of the legal road, not while one runs nor once the case is finished', () => {
    expect(CASE_STAGES.filter(planOffered)).toEqual([
      'registered',
      'payment_demand_sent',
      'deadline_passed',
      'terminated',
      'eviction_requested',
      'eviction_scheduled',
    ]);
  });
});

describe('agreePlanBody', () => {
  it('turns kroner into øre and keeps the dates and the version', () => {
    expect(agreePlanBody(4, values, parseKroner)).toEqual({
      body: {
        version: 4,
        amountOre: 1_300_000,
        instalmentOre: 200_000,
        instalmentCount: 7,
        frequency: 'monthly',
        firstDueOn: '2027-01-01',
        agreedOn: '2026-12-01',
      },
    });
    expect(agreePlanBody(4, { ...values, frequency: 'weekly' }, parseKroner)).toMatchObject({
      body: { frequency: 'weekly' },
    });
  });

  it('names the fields that are not usable, and leaves the terms to the API', () => {
    expect(
      agreePlanBody(
        1,
        { amount: '0', instalment: 'abc', instalmentCount: '2,5', frequency: '', firstDueOn: '', agreedOn: 'x' },
        parseKroner,
      ),
    ).toEqual({ invalid: ['amount', 'instalment', 'instalmentCount', 'firstDueOn', 'agreedOn'] });
    // Instalments that do not clear the amount are the API's refusal (PAYMENT_PLAN_DOES_NOT_CLEAR), in its words.
    expect(agreePlanBody(1, { ...values, instalmentCount: '2' }, parseKroner)).toHaveProperty('body');
  });
});

describe('instalmentsNeeded', () => {
  it('counts the instalments that clear the amount, the last one the rest', () => {
    expect(instalmentsNeeded(1_300_000, 200_000)).toBe(7);
    expect(instalmentsNeeded(1_200_000, 200_000)).toBe(6);
    expect(instalmentsNeeded(undefined, 200_000)).toBeUndefined();
    expect(instalmentsNeeded(1_000, 0)).toBeUndefined();
  });
});

describe('planStanding', () => {
  it('is behind by what the balance exceeds the expected balance, else on track', () => {
    expect(planStanding({ balanceOre: 900_000, expectedBalanceOre: 700_000 })).toEqual({
      behind: true,
      byOre: 200_000,
    });
    expect(planStanding({ balanceOre: 500_000, expectedBalanceOre: 700_000 })).toEqual({
      behind: false,
      byOre: 200_000,
    });
    expect(planStanding({ balanceOre: 0, expectedBalanceOre: 0 })).toEqual({ behind: false, byOre: 0 });
  });
});

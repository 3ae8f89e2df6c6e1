import { parseIsoDate } from '@app/calendar';
import { assessBudget } from './budget-assessment.js';
import { type StandardLivingRates } from './standard-living-amount.js';

const RATES_2024: StandardLivingRates = {
  validFrom: parseIsoDate('2024-01-01'),
  validTo: null,
  firstAdultOre: 7_240_00,
  furtherAdultOre: 5_040_00,
  child0to1Ore: 1_970_00,
  child2to6Ore: 2_520_00,
  child7to17Ore: 3_630_00,
  source: 'test',
};

describe('assessBudget', () => {
  const lines = {
    income: [{ group: 'benefits' as const, amountOre: 16_000_00 }],
    fixed: [{ group: 'rent' as const, amountOre: 5_800_00, approved: true }],
    flexible: [{ group: 'food' as const, amountOre: 3_500_00 }],
  };

  it('works out a single parent with a child of 3 by hand', () => {
    const assessment = assessBudget({
      lines,
      household: { adults: 1, childBirthDates: ['2021-05-01'] },
      on: parseIsoDate('2024-09-01'),
      rates: RATES_2024,
    });
    // Standard: 7,240 + 2,520 = 9,760 kr. Disposable: 16,000 − 5,800 − 3,500 = 6,700 kr.
    // Ability to pay: 16,000 − 5,800 − 9,760 = 440 kr.
    expect(assessment).toMatchObject({
      ok: true,
      standard: { totalOre: 9_760_00 },
      result: { disposableOre: 6_700_00, abilityToPayOre: 440_00 },
      ratesFromEarlierYear: false,
    });
  });

  it('reports the lines’ and the household’s issues together', () => {
    const assessment = assessBudget({
      lines: { ...lines, flexible: [{ group: 'food', amountOre: -1 }] },
      household: { adults: 0, childBirthDates: [] },
      on: parseIsoDate('2024-09-01'),
      rates: RATES_2024,
    });
    expect(assessment).toEqual({
      ok: false,
      issues: [
        { code: 'BUDGET_AMOUNT_INVALID', field: 'flexible[0].amountOre' },
        { code: 'HOUSEHOLD_ADULTS_INVALID', field: 'household.adults' },
      ],
    });
  });

  it('flags last year’s rates', () => {
    const assessment = assessBudget({
      lines,
      household: { adults: 1, childBirthDates: [] },
      on: parseIsoDate('2026-12-01'),
      rates: RATES_2024,
    });
    expect(assessment.ok && assessment.ratesFromEarlierYear).toBe(true);
  });
});

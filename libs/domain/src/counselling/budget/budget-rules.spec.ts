import { parseIsoDate } from '@app/calendar';
import { calculateBudget, validateBudgetLines, type BudgetLines } from './budget-rules.js';
import { standardLivingAmount, type StandardLivingRates } from './standard-living-amount.js';

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

describe('calculateBudget', () => {
  it('works out a single adult by hand', () => {
    const lines: BudgetLines = {
      income: [{ group: 'wages', amountOre: 18_000_00 }],
      fixed: [
        { group: 'rent', amountOre: 5_500_00, approved: true },
        { group: 'utilities', amountOre: 400_00, approved: true },
        { group: 'insurance', amountOre: 200_00, approved: true },
      ],
      flexible: [
        { group: 'food', amountOre: 3_000_00 },
        { group: 'other', amountOre: 1_000_00 },
      ],
    };
    const standard = standardLivingAmount(RATES_2024, { adults: 1, childBirthDates: [] }, parseIsoDate('2024-06-01'));
    const result = calculateBudget(lines, standard.totalOre);
    // Disposable: 18,000 − (5,500 + 400 + 200) − (3,000 + 1,000) = 7,900 kr.
    expect(result.disposableOre).toBe(7_900_00);
    // Ability to pay: 18,000 − 6,100 − 7,240 = 4,660 kr (flexible costs are inside the standard amount).
    expect(result.abilityToPayOre).toBe(4_660_00);
  });

  it('works out a family by hand, counting only approved fixed costs in the ability to pay', () => {
    const lines: BudgetLines = {
      income: [
        { group: 'wages', amountOre: 21_500_00 },
        { group: 'benefits', amountOre: 1_850_50 }, // boligstøtte
        { group: 'benefits', amountOre: 1_245_00 }, // børne- og ungeydelse
      ],
      fixed: [
        { group: 'rent', amountOre: 6_850_00, approved: true },
        { group: 'utilities', amountOre: 650_00, approved: true },
        { group: 'insurance', amountOre: 420_00, approved: true },
        { group: 'transport', amountOre: 1_200_00, approved: false },
        { group: 'childcare', amountOre: 1_800_00, approved: true },
        { group: 'debt_priority_payments', amountOre: 1_000_00, approved: true },
      ],
      flexible: [
        { group: 'food', amountOre: 5_500_00 },
        { group: 'clothing', amountOre: 800_00 },
        { group: 'phone_internet', amountOre: 450_00 },
        { group: 'leisure', amountOre: 600_00 },
        { group: 'debt_other_payments', amountOre: 1_200_00 },
        { group: 'other', amountOre: 300_00 },
      ],
    };
    // 2 adults, children of 1 and 11 on 2024-09-01: 7,240 + 5,040 + 1,970 + 3,630 = 17,880 kr.
    const standard = standardLivingAmount(
      RATES_2024,
      { adults: 2, childBirthDates: ['2023-01-10', '2013-05-20'] },
      parseIsoDate('2024-09-01'),
    );
    expect(standard.totalOre).toBe(17_880_00);
    const result = calculateBudget(lines, standard.totalOre);
    expect(result).toMatchObject({
      incomeOre: 24_595_50, // 21,500 + 1,850.50 + 1,245
      fixedOre: 11_920_00, // 6,850 + 650 + 420 + 1,200 + 1,800 + 1,000
      approvedFixedOre: 10_720_00, // without the transport the advisor did not approve
      flexibleOre: 8_850_00, // 5,500 + 800 + 450 + 600 + 1,200 + 300
      disposableOre: 3_825_50, // 24,595.50 − 11,920 − 8,850
      standardLivingAmountOre: 17_880_00,
      abilityToPayOre: -4_004_50, // 24,595.50 − 10,720 − 17,880: nothing to offer without cutting a cost
    });
    expect(result.incomeByGroup).toEqual({ wages: 21_500_00, benefits: 3_095_50, pension: 0, other: 0 });
    expect(result.fixedByGroup.transport).toBe(1_200_00);
    expect(result.flexibleByGroup.debt_other_payments).toBe(1_200_00);
  });

  it('is zero for an empty budget before the standard amount', () => {
    expect(calculateBudget({ income: [], fixed: [], flexible: [] }, 7_240_00)).toMatchObject({
      disposableOre: 0,
      abilityToPayOre: -7_240_00,
    });
  });
});

describe('validateBudgetLines', () => {
  it('accepts known groups with whole, non-negative øre', () => {
    expect(
      validateBudgetLines({
        income: [{ group: 'pension', amountOre: 0 }],
        fixed: [{ group: 'rent', amountOre: 1, approved: false }],
        flexible: [{ group: 'food', amountOre: 2 }],
      }),
    ).toEqual([]);
  });

  it('names each bad field', () => {
    expect(
      validateBudgetLines({
        income: [{ group: 'lottery', amountOre: 100 }],
        fixed: [{ group: 'food', amountOre: -1 }],
        flexible: [{ group: 'rent', amountOre: 0.5 }],
      }),
    ).toEqual([
      { code: 'BUDGET_GROUP_UNKNOWN', field: 'income[0].group' },
      { code: 'BUDGET_GROUP_UNKNOWN', field: 'fixed[0].group' },
      { code: 'BUDGET_AMOUNT_INVALID', field: 'fixed[0].amountOre' },
      { code: 'BUDGET_GROUP_UNKNOWN', field: 'flexible[0].group' },
      { code: 'BUDGET_AMOUNT_INVALID', field: 'flexible[0].amountOre' },
      { code: 'BUDGET_APPROVAL_MISSING', field: 'fixed[0].approved' },
    ]);
  });
});

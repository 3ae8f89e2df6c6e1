import { parseIsoDate, type IsoDate } from '@app/calendar';
import {
  ageOn,
  childAgeBand,
  ratesFromEarlierYear,
  standardLivingAmount,
  validateHousehold,
  type StandardLivingRates,
} from './standard-living-amount.js';

const d = (text: string): IsoDate => parseIsoDate(text);

/** Gældsstyrelsen's 2024 rates, as the migration seeds them. */
const RATES_2024: StandardLivingRates = {
  validFrom: d('2024-01-01'),
  validTo: null,
  firstAdultOre: 7_240_00,
  furtherAdultOre: 5_040_00,
  child0to1Ore: 1_970_00,
  child2to6Ore: 2_520_00,
  child7to17Ore: 3_630_00,
  source: 'test',
};

describe('ageOn', () => {
  it('counts whole years, a year older on the birthday itself', () => {
    expect(ageOn(d('2022-06-01'), d('2024-05-31'))).toBe(1);
    expect(ageOn(d('2022-06-01'), d('2024-06-01'))).toBe(2);
    expect(ageOn(d('2024-06-01'), d('2024-06-01'))).toBe(0);
    expect(ageOn(d('2006-12-31'), d('2024-12-30'))).toBe(17);
    expect(ageOn(d('2006-12-31'), d('2024-12-31'))).toBe(18);
  });

  it('makes a 29 February child a year older on 1 March in a common year', () => {
    expect(ageOn(d('2020-02-29'), d('2021-02-28'))).toBe(0);
    expect(ageOn(d('2020-02-29'), d('2021-03-01'))).toBe(1);
    expect(ageOn(d('2020-02-29'), d('2024-02-29'))).toBe(4);
  });
});

describe('childAgeBand', () => {
  it.each([
    [0, '0_1'],
    [1, '0_1'],
    [2, '2_6'],
    [6, '2_6'],
    [7, '7_17'],
    [17, '7_17'],
    [18, null],
  ])('age %p is band %p', (age, band) => {
    expect(childAgeBand(age)).toBe(band);
  });
});

describe('standardLivingAmount', () => {
  const one = (birthDate: string, on: string) =>
    standardLivingAmount(RATES_2024, { adults: 1, childBirthDates: [birthDate] }, d(on));

  it('is 7,240 kr for one adult and 5,040 kr more for each further adult', () => {
    expect(standardLivingAmount(RATES_2024, { adults: 1, childBirthDates: [] }, d('2024-06-01')).totalOre).toBe(
      7_240_00,
    );
    expect(standardLivingAmount(RATES_2024, { adults: 3, childBirthDates: [] }, d('2024-06-01')).totalOre).toBe(
      17_320_00,
    );
  });

  it('puts a child in the band of their age on the budget date, at each boundary', () => {
    // 0–1 → 2–6 on the second birthday.
    expect(one('2022-06-01', '2024-05-31').children).toEqual({ '0_1': 1, '2_6': 0, '7_17': 0 });
    expect(one('2022-06-01', '2024-05-31').totalOre).toBe(7_240_00 + 1_970_00);
    expect(one('2022-06-01', '2024-06-01').totalOre).toBe(7_240_00 + 2_520_00);
    // 2–6 → 7–17 on the seventh birthday.
    expect(one('2017-06-01', '2024-05-31').totalOre).toBe(7_240_00 + 2_520_00);
    expect(one('2017-06-01', '2024-06-01').totalOre).toBe(7_240_00 + 3_630_00);
    // 7–17 → an adult on the eighteenth birthday.
    expect(one('2006-06-01', '2024-05-31').totalOre).toBe(7_240_00 + 3_630_00);
    const adult = one('2006-06-01', '2024-06-01');
    expect(adult).toMatchObject({
      totalOre: 7_240_00 + 5_040_00,
      adults: 2,
      children: { '0_1': 0, '2_6': 0, '7_17': 0 },
    });
    // Born on the budget date: in the youngest band.
    expect(one('2024-06-01', '2024-06-01').totalOre).toBe(7_240_00 + 1_970_00);
  });

  it('adds up a family by hand: 2 adults, children of 1, 4 and 12 → 7,240 + 5,040 + 1,970 + 2,520 + 3,630 kr', () => {
    const family = standardLivingAmount(
      RATES_2024,
      { adults: 2, childBirthDates: ['2023-01-10', '2020-03-01', '2012-09-01'] },
      d('2024-09-01'),
    );
    expect(family).toEqual({
      totalOre: 20_400_00,
      adults: 2,
      children: { '0_1': 1, '2_6': 1, '7_17': 1 },
      ratesValidFrom: '2024-01-01',
    });
  });

  it('refuses an invalid household and rates not in force on the date', () => {
    expect(() => one('2024-06-02', '2024-06-01')).toThrow(/HOUSEHOLD_CHILD_NOT_BORN/);
    expect(() => standardLivingAmount(RATES_2024, { adults: 0, childBirthDates: [] }, d('2024-06-01'))).toThrow(
      /HOUSEHOLD_ADULTS_INVALID/,
    );
    expect(() => one('2020-01-01', '2023-12-31')).toThrow(/not in force/);
    expect(() =>
      standardLivingAmount(
        { ...RATES_2024, validTo: d('2024-12-31') },
        { adults: 1, childBirthDates: [] },
        d('2025-01-01'),
      ),
    ).toThrow(/not in force/);
  });
});

describe('validateHousehold', () => {
  it('names each bad field', () => {
    expect(
      validateHousehold({ adults: 1.5, childBirthDates: ['2024-13-01', '2030-01-01', '2020-01-01'] }, d('2024-06-01')),
    ).toEqual([
      { code: 'HOUSEHOLD_ADULTS_INVALID', field: 'adults' },
      { code: 'HOUSEHOLD_BIRTH_DATE_INVALID', field: 'childBirthDates[0]' },
      { code: 'HOUSEHOLD_CHILD_NOT_BORN', field: 'childBirthDates[1]' },
    ]);
  });
});

describe('ratesFromEarlierYear', () => {
  it('flags last year’s rates used after 1 January', () => {
    expect(ratesFromEarlierYear(RATES_2024, d('2024-12-31'))).toBe(false);
    expect(ratesFromEarlierYear(RATES_2024, d('2025-01-01'))).toBe(true);
  });
});

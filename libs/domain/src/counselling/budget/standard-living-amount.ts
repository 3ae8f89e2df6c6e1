import { compareDates, dateParts, isIsoDate, type IsoDate } from '@app/calendar';
import { type ValidationIssue } from './validation-issue.js';

/**
 * One set of standard living amounts (rådighedsbeløb) per month, in force from `validFrom`: the
 * amount a household keeps to live on before anything is paid to creditors. Gældsstyrelsen sets them
 * each 1 January (BEK 1207/2023 § 45; borger.dk, "Gældsstyrelsens rådighedssatser"). They are rows of
 * `standard_living_amount`, never constants in code: a new year's rates are a migration with data.
 */
export interface StandardLivingRates {
  readonly validFrom: IsoDate;
  /** Last day in force, or null until a later row takes over. */
  readonly validTo: IsoDate | null;
  readonly firstAdultOre: number;
  readonly furtherAdultOre: number;
  /** Per child aged 0–1 on the budget date. */
  readonly child0to1Ore: number;
  readonly child2to6Ore: number;
  readonly child7to17Ore: number;
  /** Where the figures come from (a regulation, a published table). */
  readonly source: string;
}

export type ChildAgeBand = '0_1' | '2_6' | '7_17';

/** Whole years completed on `on`. Born 29 February: a year older on 1 March in a common year. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const born = dateParts(birthDate);
  const day = dateParts(on);
  const hadBirthday = day.month > born.month || (day.month === born.month && day.day >= born.day);
  return day.year - born.year - (hadBirthday ? 0 : 1);
}

/** The rate band of a child of this age; 18 or older is no band (the person counts as an adult). */
export function childAgeBand(age: number): ChildAgeBand | null {
  if (age < 0) throw new RangeError(`childAgeBand: negative age ${age}`);
  if (age <= 1) return '0_1';
  if (age <= 6) return '2_6';
  if (age <= 17) return '7_17';
  return null;
}

export interface Household {
  /** Adults in the household, the person counselled included. */
  readonly adults: number;
  /** Each child's birth date: the age band is worked out on the budget date, never stored. */
  readonly childBirthDates: readonly string[];
}

export type HouseholdIssueCode =
  'HOUSEHOLD_ADULTS_INVALID' | 'HOUSEHOLD_BIRTH_DATE_INVALID' | 'HOUSEHOLD_CHILD_NOT_BORN';

/** Every issue with a household as given for a budget dated `on`; empty when valid. */
export function validateHousehold(household: Household, on: IsoDate): ValidationIssue<HouseholdIssueCode>[] {
  const issues: ValidationIssue<HouseholdIssueCode>[] = [];
  if (!Number.isInteger(household.adults) || household.adults < 1 || household.adults > 20) {
    issues.push({ code: 'HOUSEHOLD_ADULTS_INVALID', field: 'adults' });
  }
  household.childBirthDates.forEach((birthDate, index) => {
    const field = `childBirthDates[${index}]`;
    if (!isIsoDate(birthDate)) issues.push({ code: 'HOUSEHOLD_BIRTH_DATE_INVALID', field });
    else if (compareDates(birthDate, on) > 0) issues.push({ code: 'HOUSEHOLD_CHILD_NOT_BORN', field });
  });
  return issues;
}

export interface StandardLivingAmount {
  readonly totalOre: number;
  /** Adults counted: those given plus children who are 18 or older on the budget date. */
  readonly adults: number;
  readonly children: Readonly<Record<ChildAgeBand, number>>;
  /** The rates used, so a budget shows which year's table it was worked out with. */
  readonly ratesValidFrom: IsoDate;
}

/**
 * The household's standard living amount per month on `on`: the first adult's rate, each further
 * adult's rate, and each child's rate by their age band on that date. A "child" who is 18 or older on
 * the date counts as a further adult (they are no longer in a child's band; our reading [INF]).
 * The household must be valid ({@link validateHousehold}) and the rates those in force on `on`.
 */
export function standardLivingAmount(
  rates: StandardLivingRates,
  household: Household,
  on: IsoDate,
): StandardLivingAmount {
  const issues = validateHousehold(household, on);
  if (issues.length > 0) throw new RangeError(`standardLivingAmount: ${issues.map((i) => i.code).join(', ')}`);
  if (compareDates(rates.validFrom, on) > 0 || (rates.validTo && compareDates(rates.validTo, on) < 0)) {
    throw new RangeError(`standardLivingAmount: rates from ${rates.validFrom} are not in force on ${on}`);
  }
  const children: Record<ChildAgeBand, number> = { '0_1': 0, '2_6': 0, '7_17': 0 };
  let adults = household.adults;
  for (const birthDate of household.childBirthDates) {
    const band = childAgeBand(ageOn(birthDate as IsoDate, on));
    if (band) children[band] += 1;
    else adults += 1;
  }
  const totalOre =
    rates.firstAdultOre +
    (adults - 1) * rates.furtherAdultOre +
    children['0_1'] * rates.child0to1Ore +
    children['2_6'] * rates.child2to6Ore +
    children['7_17'] * rates.child7to17Ore;
  return { totalOre, adults, children, ratesValidFrom: rates.validFrom };
}

/**
 * True when the rates in force on `on` were set for an earlier calendar year: the new year's rates
 * (every 1 January) have not been added yet, and a budget worked out with them is likely too low.
 */
export function ratesFromEarlierYear(rates: StandardLivingRates, on: IsoDate): boolean {
  return dateParts(rates.validFrom).year < dateParts(on).year;
}

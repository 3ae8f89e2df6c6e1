import { type IsoDate } from '@app/calendar';
import {
  calculateBudget,
  validateBudgetLines,
  type BudgetIssueCode,
  type BudgetLines,
  type BudgetResult,
} from './budget-rules.js';
import {
  ratesFromEarlierYear,
  standardLivingAmount,
  validateHousehold,
  type Household,
  type HouseholdIssueCode,
  type StandardLivingAmount,
  type StandardLivingRates,
} from './standard-living-amount.js';
import { type ValidationIssue } from './validation-issue.js';

export type BudgetAssessment =
  | { readonly ok: false; readonly issues: readonly ValidationIssue<BudgetIssueCode | HouseholdIssueCode>[] }
  | {
      readonly ok: true;
      readonly result: BudgetResult;
      readonly standard: StandardLivingAmount;
      /** The rates were set for an earlier year than the budget's (see ratesFromEarlierYear). */
      readonly ratesFromEarlierYear: boolean;
    };

/**
 * A dated budget worked out in one step: the lines and the household checked, the household's
 * standard living amount on the budget date from the rates in force on it (the caller reads them
 * with StandardLivingAmountRepository.inForceOn for the same date), then the disposable amount and
 * the ability to pay. Household issues are reported under `household.`.
 */
export function assessBudget(input: {
  lines: BudgetLines;
  household: Household;
  on: IsoDate;
  rates: StandardLivingRates;
}): BudgetAssessment {
  const issues = [
    ...validateBudgetLines(input.lines),
    ...validateHousehold(input.household, input.on).map((issue) => ({ ...issue, field: `household.${issue.field}` })),
  ];
  if (issues.length > 0) return { ok: false, issues };
  const standard = standardLivingAmount(input.rates, input.household, input.on);
  return {
    ok: true,
    result: calculateBudget(input.lines, standard.totalOre),
    standard,
    ratesFromEarlierYear: ratesFromEarlierYear(input.rates, input.on),
  };
}

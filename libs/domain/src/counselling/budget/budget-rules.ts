import { isOreAmount, type ValidationIssue } from './validation-issue.js';

/**
 * Monthly income groups, after tax: the Standard Financial Statement's earnings, benefits, pensions
 * and other, with the Danish benefits named where they belong.
 */
export const INCOME_GROUPS = [
  /** Wages and salary, net of tax and labour-market contribution. */
  'wages',
  /** Cash benefits (kontanthjælp), unemployment benefit (dagpenge), child benefits, boligstøtte, … */
  'benefits',
  /** Folkepension, førtidspension, occupational pensions. */
  'pension',
  'other',
] as const;
export type IncomeGroup = (typeof INCOME_GROUPS)[number];

/**
 * Fixed costs: committed each month, hard to change at short notice. An advisor approves each line
 * for the ability to pay (a reasonable rent, actual childcare) or does not (an expensive car loan).
 * The list follows the Standard Financial Statement's fixed costs (home, utilities, care, transport,
 * insurance, priority debt payments) and the fixed expenses of Danish budget templates (husleje,
 * forbrug, forsikringer, fagforening og a-kasse, transport, daginstitution, medicin).
 */
export const FIXED_EXPENSE_GROUPS = [
  /** Rent (husleje) with what the landlord charges with it (aconto heating and water). */
  'rent',
  /** Electricity, heating, water, gas not in the rent. */
  'utilities',
  'insurance',
  /** Trade union and unemployment fund (fagforening og a-kasse). */
  'union_unemployment_fund',
  /** Getting to work, school or treatment. */
  'transport',
  /** Daycare, after-school care (daginstitution, SFO). */
  'childcare',
  /** Child support paid (børnebidrag) to a child living elsewhere. */
  'child_support_paid',
  /** Medicine and treatment the household pays itself. */
  'health',
  /** What is paid on priority debts now (see debt-rules: rent, utilities, fines, enforced public debt). */
  'debt_priority_payments',
  'other_fixed',
] as const;
export type FixedExpenseGroup = (typeof FIXED_EXPENSE_GROUPS)[number];

/**
 * Flexible costs: the household decides them month by month. The standard living amount is meant to
 * cover them, so the ability to pay does not subtract them (that would count them twice); the
 * disposable amount does.
 */
export const FLEXIBLE_EXPENSE_GROUPS = [
  'food',
  'clothing',
  /** Phone, internet, TV and streaming. */
  'phone_internet',
  'leisure',
  /** What is paid on non-priority debts now (consumer credit, quick loans, private, …). */
  'debt_other_payments',
  'other',
] as const;
export type FlexibleExpenseGroup = (typeof FLEXIBLE_EXPENSE_GROUPS)[number];

export interface IncomeLine {
  readonly group: IncomeGroup;
  /** Per month, after tax. */
  readonly amountOre: number;
}

export interface FixedExpenseLine {
  readonly group: FixedExpenseGroup;
  readonly amountOre: number;
  /** Counted in the ability to pay: the advisor accepts the cost as necessary and reasonable. */
  readonly approved: boolean;
}

export interface FlexibleExpenseLine {
  readonly group: FlexibleExpenseGroup;
  readonly amountOre: number;
}

/** A household's monthly budget on one date; every amount in øre per month. */
export interface BudgetLines {
  readonly income: readonly IncomeLine[];
  readonly fixed: readonly FixedExpenseLine[];
  readonly flexible: readonly FlexibleExpenseLine[];
}

export type BudgetIssueCode = 'BUDGET_GROUP_UNKNOWN' | 'BUDGET_AMOUNT_INVALID' | 'BUDGET_APPROVAL_MISSING';

/** Every issue with budget lines as they arrive; empty when valid. */
export function validateBudgetLines(lines: {
  income: readonly { group: string; amountOre: number }[];
  fixed: readonly { group: string; amountOre: number; approved?: unknown }[];
  flexible: readonly { group: string; amountOre: number }[];
}): ValidationIssue<BudgetIssueCode>[] {
  const issues: ValidationIssue<BudgetIssueCode>[] = [];
  const check = (
    section: 'income' | 'fixed' | 'flexible',
    groups: readonly string[],
    rows: readonly { group: string; amountOre: number }[],
  ) =>
    rows.forEach((row, index) => {
      if (!groups.includes(row.group))
        issues.push({ code: 'BUDGET_GROUP_UNKNOWN', field: `${section}[${index}].group` });
      if (!isOreAmount(row.amountOre))
        issues.push({ code: 'BUDGET_AMOUNT_INVALID', field: `${section}[${index}].amountOre` });
    });
  check('income', INCOME_GROUPS, lines.income);
  check('fixed', FIXED_EXPENSE_GROUPS, lines.fixed);
  check('flexible', FLEXIBLE_EXPENSE_GROUPS, lines.flexible);
  lines.fixed.forEach((row, index) => {
    if (typeof row.approved !== 'boolean')
      issues.push({ code: 'BUDGET_APPROVAL_MISSING', field: `fixed[${index}].approved` });
  });
  return issues;
}

export interface BudgetResult {
  readonly incomeOre: number;
  readonly fixedOre: number;
  readonly approvedFixedOre: number;
  readonly flexibleOre: number;
  /** Sums per group, every group present (0 when it has no line). */
  readonly incomeByGroup: Readonly<Record<IncomeGroup, number>>;
  readonly fixedByGroup: Readonly<Record<FixedExpenseGroup, number>>;
  readonly flexibleByGroup: Readonly<Record<FlexibleExpenseGroup, number>>;
  /** Disposable amount (rådighedsbeløb after all costs): income − every expense. May be negative. */
  readonly disposableOre: number;
  /** The household's standard living amount for the budget date (see standard-living-amount.ts). */
  readonly standardLivingAmountOre: number;
  /**
   * Ability to pay (betalingsevne): income − approved fixed costs − the standard living amount
   * (Den Sociale Retshjælp, "budgetlægning"; Gældsstyrelsen's method). May be negative: then there is
   * nothing to offer creditors without cutting a fixed cost.
   */
  readonly abilityToPayOre: number;
}

function byGroup<G extends string>(groups: readonly G[], rows: readonly { group: G; amountOre: number }[]) {
  const sums = Object.fromEntries(groups.map((group) => [group, 0])) as Record<G, number>;
  for (const row of rows) sums[row.group] += row.amountOre;
  return sums;
}

const total = (rows: readonly { amountOre: number }[]): number => rows.reduce((sum, row) => sum + row.amountOre, 0);

/** The disposable amount and the ability to pay of a valid budget (see {@link validateBudgetLines}). */
export function calculateBudget(lines: BudgetLines, standardLivingAmountOre: number): BudgetResult {
  const incomeOre = total(lines.income);
  const fixedOre = total(lines.fixed);
  const approvedFixedOre = total(lines.fixed.filter((line) => line.approved));
  const flexibleOre = total(lines.flexible);
  return {
    incomeOre,
    fixedOre,
    approvedFixedOre,
    flexibleOre,
    incomeByGroup: byGroup(INCOME_GROUPS, lines.income),
    fixedByGroup: byGroup(FIXED_EXPENSE_GROUPS, lines.fixed),
    flexibleByGroup: byGroup(FLEXIBLE_EXPENSE_GROUPS, lines.flexible),
    disposableOre: incomeOre - fixedOre - flexibleOre,
    standardLivingAmountOre,
    abilityToPayOre: incomeOre - approvedFixedOre - standardLivingAmountOre,
  };
}

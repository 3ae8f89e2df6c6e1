import { isOreAmount, type ValidationIssue } from './validation-issue.js';

/** What a debt is owed for (issue 14, item 3). */
export const DEBT_KINDS = [
  /** Rent owed to the landlord of the case: never typed in, always the case's ledger balance. */
  'rent_arrears',
  /** Other housing costs: arrears to a former landlord, a cooperative's or owner's common charges, a mortgage. */
  'other_housing',
  /** Electricity, heating, water, gas. */
  'utilities',
  /** Public debt collected by Gældsstyrelsen (tax arrears, child support advanced, repayable benefits, …). */
  'public_debt_gaeldsstyrelsen',
  /** Fines (bøder) to the police or the courts. */
  'fines',
  'consumer_credit',
  /** Quick loans (kviklån): small, short, expensive loans. */
  'quick_loans',
  /** Money owed to family or friends. */
  'private',
  'other',
] as const;
export type DebtKind = (typeof DEBT_KINDS)[number];

export const DEBT_STATUSES = [
  'untouched',
  'negotiating',
  'agreed',
  /** With a debt collector (inkasso) or under enforcement. */
  'under_collection',
  'written_off',
  /** Part of an application for, or a ruling on, court debt relief. */
  'in_gaeldssanering',
] as const;
export type DebtStatus = (typeof DEBT_STATUSES)[number];

export function isDebtKind(value: unknown): value is DebtKind {
  return typeof value === 'string' && (DEBT_KINDS as readonly string[]).includes(value);
}

export function isDebtStatus(value: unknown): value is DebtStatus {
  return typeof value === 'string' && (DEBT_STATUSES as readonly string[]).includes(value);
}

/**
 * Debts whose non-payment can cost the home or liberty, whatever their state. This is the split of
 * the UK Standard Financial Statement (priority and non-priority debts), mapped onto Danish debts:
 * - rent arrears and other housing costs: arrears are a ground for termination and eviction
 *   (almenlejeloven § 90, lejeloven § 182 — see docs/legal-rules.md);
 * - utilities: the supplier may cut off electricity, heating or water, which makes the home unusable;
 * - fines: an unpaid fine can be converted into imprisonment (straffeloven § 55, forvandlingsstraf).
 * Public debt is priority only under enforcement (see {@link isPriorityDebt}). Consumer credit, quick
 * loans, private and other debts are non-priority: a creditor must first get a judgment and then
 * attachment (udlæg), which cannot take what a household needs to live on.
 */
const ALWAYS_PRIORITY: ReadonlySet<DebtKind> = new Set(['rent_arrears', 'other_housing', 'utilities', 'fines']);

export interface PriorityFacts {
  readonly kind: DebtKind;
  /**
   * Public debt being enforced: wage deduction (lønindeholdelse) or attachment (udlæg) by
   * Gældsstyrelsen. It then takes money from the income that pays the rent, so it ranks with rent.
   */
  readonly underEnforcement?: boolean;
}

/** Whether a debt is a priority debt: not paying it can cost the home or liberty. */
export function isPriorityDebt(debt: PriorityFacts): boolean {
  if (ALWAYS_PRIORITY.has(debt.kind)) return true;
  return debt.kind === 'public_debt_gaeldsstyrelsen' && debt.underEnforcement === true;
}

/** A debt line as the advisor types it in (any kind but rent arrears to the case's landlord). */
export interface DebtLine {
  readonly creditor: string;
  readonly kind: DebtKind;
  readonly amountOwedOre: number;
  /** What is paid on it each month now, or agreed (0 when nothing is paid). */
  readonly monthlyPaymentOre: number;
  readonly status: DebtStatus;
  readonly underEnforcement?: boolean;
}

export const DEBT_LIMITS = { maxCreditorLength: 200 } as const;

export type DebtIssueCode =
  | 'DEBT_CREDITOR_REQUIRED'
  | 'DEBT_CREDITOR_TOO_LONG'
  | 'DEBT_KIND_UNKNOWN'
  | 'DEBT_STATUS_UNKNOWN'
  | 'DEBT_AMOUNT_INVALID'
  | 'DEBT_RENT_ARREARS_FROM_LEDGER'
  | 'DEBT_ENFORCEMENT_NOT_PUBLIC';

/** Every issue with a typed-in debt line; empty when valid. */
export function validateDebtLine(line: {
  creditor: string;
  kind: string;
  amountOwedOre: number;
  monthlyPaymentOre: number;
  status: string;
  underEnforcement?: boolean;
}): ValidationIssue<DebtIssueCode>[] {
  const issues: ValidationIssue<DebtIssueCode>[] = [];
  const creditor = line.creditor.trim();
  if (creditor.length === 0) issues.push({ code: 'DEBT_CREDITOR_REQUIRED', field: 'creditor' });
  else if (creditor.length > DEBT_LIMITS.maxCreditorLength)
    issues.push({ code: 'DEBT_CREDITOR_TOO_LONG', field: 'creditor' });
  if (!isDebtKind(line.kind)) issues.push({ code: 'DEBT_KIND_UNKNOWN', field: 'kind' });
  // The landlord's claim is read live from the ledger: typing it in would let two figures drift apart.
  else if (line.kind === 'rent_arrears') issues.push({ code: 'DEBT_RENT_ARREARS_FROM_LEDGER', field: 'kind' });
  else if (line.underEnforcement && line.kind !== 'public_debt_gaeldsstyrelsen') {
    issues.push({ code: 'DEBT_ENFORCEMENT_NOT_PUBLIC', field: 'underEnforcement' });
  }
  if (!isDebtStatus(line.status)) issues.push({ code: 'DEBT_STATUS_UNKNOWN', field: 'status' });
  if (!isOreAmount(line.amountOwedOre)) issues.push({ code: 'DEBT_AMOUNT_INVALID', field: 'amountOwedOre' });
  if (!isOreAmount(line.monthlyPaymentOre)) issues.push({ code: 'DEBT_AMOUNT_INVALID', field: 'monthlyPaymentOre' });
  return issues;
}

/** The rent-arrears line's source: the case's ledger, never a typed figure. */
export interface LedgerRentArrears {
  /** The landlord (housing organisation) the arrears are owed to. */
  readonly creditor: string;
  /** The case's ledger balance now (summarizeLedger): a credit or zero means no arrears line. */
  readonly ledgerBalanceOre: number;
  /** What is paid on the arrears each month (a payment plan's instalment), 0 when none. */
  readonly monthlyPaymentOre: number;
  readonly status: DebtStatus;
}

export interface DebtOverviewLine extends DebtLine {
  readonly priority: boolean;
  /** True for the line read from the ledger. */
  readonly fromLedger: boolean;
  /** False for a written-off debt: it is listed, not counted. */
  readonly counted: boolean;
}

export interface DebtTotals {
  readonly amountOwedOre: number;
  readonly monthlyPaymentOre: number;
}

export interface DebtOverview {
  /** Priority debts first; within each group in the order of {@link DEBT_KINDS}, then the largest first. */
  readonly lines: readonly DebtOverviewLine[];
  readonly priority: DebtTotals;
  readonly nonPriority: DebtTotals;
  readonly total: DebtTotals;
}

const kindOrder = (kind: DebtKind): number => DEBT_KINDS.indexOf(kind);

/**
 * The household's debts in one list with totals. The rent-arrears line comes from the ledger balance
 * passed in (a positive balance only); the typed-in lines must not hold rent arrears (see
 * {@link validateDebtLine}). A written-off debt stays on the list but is no longer owed.
 */
export function debtOverview(rentArrears: LedgerRentArrears | null, debts: readonly DebtLine[]): DebtOverview {
  const lines: DebtOverviewLine[] = [];
  if (rentArrears && rentArrears.ledgerBalanceOre > 0) {
    lines.push({
      creditor: rentArrears.creditor,
      kind: 'rent_arrears',
      amountOwedOre: rentArrears.ledgerBalanceOre,
      monthlyPaymentOre: rentArrears.monthlyPaymentOre,
      status: rentArrears.status,
      priority: true,
      fromLedger: true,
      counted: rentArrears.status !== 'written_off',
    });
  }
  for (const debt of debts) {
    if (debt.kind === 'rent_arrears') {
      throw new Error(
        'debtOverview: a typed-in rent-arrears line; the ledger supplies it (DEBT_RENT_ARREARS_FROM_LEDGER)',
      );
    }
    lines.push({ ...debt, priority: isPriorityDebt(debt), fromLedger: false, counted: debt.status !== 'written_off' });
  }
  lines.sort(
    (a, b) =>
      Number(b.priority) - Number(a.priority) ||
      kindOrder(a.kind) - kindOrder(b.kind) ||
      b.amountOwedOre - a.amountOwedOre,
  );
  const sum = (selected: DebtOverviewLine[]): DebtTotals => ({
    amountOwedOre: selected.reduce((total, line) => total + line.amountOwedOre, 0),
    monthlyPaymentOre: selected.reduce((total, line) => total + line.monthlyPaymentOre, 0),
  });
  const counted = lines.filter((line) => line.counted);
  return {
    lines,
    priority: sum(counted.filter((line) => line.priority)),
    nonPriority: sum(counted.filter((line) => !line.priority)),
    total: sum(counted),
  };
}

import type { ApiSchema } from '@app/api-client';

/**
 * The advisor's casework forms (sessions, debts, budgets) turned into what the API takes, pure so
 * they can be tested without a browser. Amounts are typed in kroner and sent as øre. The API's
 * rules (libs/domain/src/counselling/budget/) are the authority; these only catch what cannot be
 * sent at all, and the API's refusals are shown in its words.
 */

export type Session = ApiSchema<'SessionResponse'>;
export type SessionChannel = Session['channel'];
export type SessionTopic = Session['topics'][number];
export type DebtLine = ApiSchema<'DebtOverviewLineResponse'>;
export type DebtKind = DebtLine['kind'];
export type TypedDebtKind = ApiSchema<'CreateDebtDto'>['kind'];
export type DebtStatus = DebtLine['status'];
export type Budget = ApiSchema<'BudgetResponse'>;
export type IncomeGroup = Budget['income'][number]['group'];
export type FixedGroup = Budget['fixed'][number]['group'];
export type FlexibleGroup = Budget['flexible'][number]['group'];
type CreateBudget = ApiSchema<'CreateBudgetDto'>;

export const SESSION_CHANNELS: readonly SessionChannel[] = [
  'in_person',
  'phone',
  'video',
  'home_visit',
  'prison_visit',
];
export const SESSION_TOPICS: readonly SessionTopic[] = [
  'rent_arrears',
  'debt_overview',
  'budget',
  'benefits',
  'aktivloven_81',
  'aktivloven_81a',
  'aktivloven_81b',
  'creditor_negotiation',
  'gaeldssanering',
  'bailiff_court',
  'other',
];
/** Every kind but the rent arrears, which are the case's ledger balance, never typed in. */
export const TYPED_DEBT_KINDS: readonly TypedDebtKind[] = [
  'other_housing',
  'utilities',
  'public_debt_gaeldsstyrelsen',
  'fines',
  'consumer_credit',
  'quick_loans',
  'private',
  'other',
];
export const DEBT_STATUSES: readonly DebtStatus[] = [
  'untouched',
  'negotiating',
  'agreed',
  'under_collection',
  'written_off',
  'in_gaeldssanering',
];
export const INCOME_GROUPS: readonly IncomeGroup[] = ['wages', 'benefits', 'pension', 'other'];
export const FIXED_GROUPS: readonly FixedGroup[] = [
  'rent',
  'utilities',
  'insurance',
  'union_unemployment_fund',
  'transport',
  'childcare',
  'child_support_paid',
  'health',
  'debt_priority_payments',
  'other_fixed',
];
export const FLEXIBLE_GROUPS: readonly FlexibleGroup[] = [
  'food',
  'clothing',
  'phone_internet',
  'leisure',
  'debt_other_payments',
  'other',
];

/** Casework is written only on an accepted referral or one in contact (else COUNSELLING_REFERRAL_NOT_ACTIVE). */
export function caseworkOpen(status: string): boolean {
  return status === 'accepted' || status === 'in_contact';
}

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text.trim());
type Parse = (text: string) => number | undefined;

export interface SessionValues {
  date: string;
  channel: SessionChannel;
  minutes: string;
  topics: readonly SessionTopic[];
  nextAction: string;
  nextActionDue: string;
  note: string;
}
export type SessionField = 'date' | 'minutes' | 'topics' | 'nextActionDue';

/** The body of POST …/sessions, or the fields that cannot be sent. A next action needs its due date. */
export function sessionBody(
  values: SessionValues,
): { body: ApiSchema<'CreateSessionDto'> } | { invalid: SessionField[] } {
  const invalid: SessionField[] = [];
  if (!isDate(values.date)) invalid.push('date');
  const minutes = Number(values.minutes.trim());
  if (values.minutes.trim() === '' || !Number.isInteger(minutes)) invalid.push('minutes');
  if (values.topics.length === 0) invalid.push('topics');
  const action = values.nextAction.trim();
  if (action !== '' && !isDate(values.nextActionDue)) invalid.push('nextActionDue');
  if (invalid.length > 0) return { invalid };
  const note = values.note.trim();
  return {
    body: {
      date: values.date.trim(),
      channel: values.channel,
      minutes,
      topics: SESSION_TOPICS.filter((topic) => values.topics.includes(topic)),
      nextAction: action ? { text: action, dueDate: values.nextActionDue.trim() } : null,
      note: note ? note : null,
    },
  };
}

export interface DebtValues {
  creditor: string;
  kind: TypedDebtKind;
  status: DebtStatus;
  underEnforcement: boolean;
  owed: string;
  monthly: string;
}
export type DebtField = 'creditor' | 'owed' | 'monthly';

/** Only public debt collected by Gældsstyrelsen can be under enforcement (DEBT_ENFORCEMENT_NOT_PUBLIC). */
export function enforcementApplies(kind: string): boolean {
  return kind === 'public_debt_gaeldsstyrelsen';
}

/** The body of POST …/debts (and, with the version, PATCH …/debts/{id}), or the fields that cannot be sent. */
export function debtBody(
  values: DebtValues,
  parseKroner: Parse,
): { body: ApiSchema<'CreateDebtDto'> } | { invalid: DebtField[] } {
  const invalid: DebtField[] = [];
  if (values.creditor.trim() === '') invalid.push('creditor');
  const owed = parseKroner(values.owed);
  if (owed === undefined || owed < 0) invalid.push('owed');
  const monthly = values.monthly.trim() === '' ? 0 : parseKroner(values.monthly);
  if (monthly === undefined || monthly < 0) invalid.push('monthly');
  if (invalid.length > 0) return { invalid };
  return {
    body: {
      creditor: values.creditor.trim(),
      kind: values.kind,
      status: values.status,
      underEnforcement: enforcementApplies(values.kind) && values.underEnforcement,
      amountOwedOre: owed!,
      monthlyPaymentOre: monthly!,
    },
  };
}

export interface BudgetValues {
  budgetOn: string;
  adults: string;
  children: string;
  income: Partial<Record<IncomeGroup, string>>;
  fixed: Partial<Record<FixedGroup, string>>;
  approved: Partial<Record<FixedGroup, boolean>>;
  flexible: Partial<Record<FlexibleGroup, string>>;
}
/** A field of the budget form: the date, the household, or `income.wages`, `fixed.rent`, … */
export type BudgetField = 'budgetOn' | 'adults' | 'children' | `${'income' | 'fixed' | 'flexible'}.${string}`;

/** The children's birth dates as typed ("2015-03-01, 2019-08-20"), or undefined when one is not a date. */
export function birthDates(text: string): string[] | undefined {
  const dates = text
    .split(/[,;\s]+/)
    .map((d) => d.trim())
    .filter(Boolean);
  return dates.every(isDate) ? dates : undefined;
}

/**
 * The body of POST …/budgets, or the fields that cannot be sent. An empty amount leaves the group
 * out; every fixed line says whether it is approved for the ability to pay (unticked: not).
 */
export function budgetBody(
  values: BudgetValues,
  parseKroner: Parse,
): { body: CreateBudget } | { invalid: BudgetField[] } {
  const invalid: BudgetField[] = [];
  if (!isDate(values.budgetOn)) invalid.push('budgetOn');
  const adults = Number(values.adults.trim());
  if (values.adults.trim() === '' || !Number.isInteger(adults) || adults < 1) invalid.push('adults');
  const children = birthDates(values.children);
  if (children === undefined) invalid.push('children');
  const lines = <G extends string>(
    section: 'income' | 'fixed' | 'flexible',
    groups: readonly G[],
    typed: Partial<Record<G, string>>,
  ) =>
    groups.flatMap((group) => {
      const text = (typed[group] ?? '').trim();
      if (text === '') return [];
      const amountOre = parseKroner(text);
      if (amountOre === undefined || amountOre < 0) {
        invalid.push(`${section}.${group}`);
        return [];
      }
      return [{ group, amountOre }];
    });
  const income = lines('income', INCOME_GROUPS, values.income);
  const fixed = lines('fixed', FIXED_GROUPS, values.fixed).map((line) => ({
    ...line,
    approved: values.approved[line.group] === true,
  }));
  const flexible = lines('flexible', FLEXIBLE_GROUPS, values.flexible);
  if (invalid.length > 0) return { invalid };
  return {
    body: {
      budgetOn: values.budgetOn.trim(),
      household: { adults, childBirthDates: children! },
      income,
      fixed,
      flexible,
    },
  };
}

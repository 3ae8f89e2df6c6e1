import type { ApiSchema } from '@app/api-client';
import { allowedSteps, type CaseStage } from './case-rules';

/**
 * The payment plan (afdragsordning) form's own rules, pure. The API is the authority on the terms
 * (docs/legal-rules.md#payment-plans-afdragsordning) and its refusals are shown in its words; these
 * only decide when the form is offered and turn what was typed into the body it takes.
 */

export type PaymentPlan = ApiSchema<'PaymentPlanResponse'>;
export type PlanFrequency = NonNullable<ApiSchema<'AgreePaymentPlanDto'>['frequency']>;
export const PLAN_FREQUENCIES: readonly PlanFrequency[] = ['monthly', 'fortnightly', 'weekly'];

/**
 * Whether a plan may be agreed at this stage: any open stage of the legal road (a step is still
 * allowed), not while a plan runs, not once the case is finished.
 */
export function planOffered(stage: CaseStage): boolean {
  return allowedSteps(stage).length > 0;
}

export interface PlanValues {
  amount: string;
  instalment: string;
  instalmentCount: string;
  frequency: string;
  firstDueOn: string;
  agreedOn: string;
}

export type PlanField = keyof PlanValues;

export interface AgreePlanBody {
  version: number;
  amountOre: number;
  instalmentOre: number;
  instalmentCount: number;
  frequency: PlanFrequency;
  firstDueOn: string;
  agreedOn: string;
}

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

/**
 * The body of POST /cases/{id}/payment-plan from the form, or the fields that are not usable:
 * amounts in kroner (sent as øre, positive), a whole number of instalments, two dates. Whether the
 * instalments clear the amount and the dates are in order is for the API to say.
 */
export function agreePlanBody(
  version: number,
  values: PlanValues,
  parseKroner: (text: string) => number | undefined,
): { body: AgreePlanBody } | { invalid: PlanField[] } {
  const invalid: PlanField[] = [];
  const amountOre = parseKroner(values.amount);
  if (amountOre === undefined || amountOre <= 0) invalid.push('amount');
  const instalmentOre = parseKroner(values.instalment);
  if (instalmentOre === undefined || instalmentOre <= 0) invalid.push('instalment');
  const count = Number(values.instalmentCount.trim());
  if (values.instalmentCount.trim() === '' || !Number.isInteger(count) || count < 1) invalid.push('instalmentCount');
  const frequency = PLAN_FREQUENCIES.includes(values.frequency as PlanFrequency)
    ? (values.frequency as PlanFrequency)
    : 'monthly';
  if (!isDate(values.firstDueOn)) invalid.push('firstDueOn');
  if (!isDate(values.agreedOn)) invalid.push('agreedOn');
  if (invalid.length > 0) return { invalid };
  return {
    body: {
      version,
      amountOre: amountOre!,
      instalmentOre: instalmentOre!,
      instalmentCount: count,
      frequency,
      firstDueOn: values.firstDueOn,
      agreedOn: values.agreedOn,
    },
  };
}

/** How many instalments of `instalment` clear `amount` (both øre), as a suggestion for the form. */
export function instalmentsNeeded(
  amountOre: number | undefined,
  instalmentOre: number | undefined,
): number | undefined {
  if (!amountOre || !instalmentOre || amountOre <= 0 || instalmentOre <= 0) return undefined;
  return Math.ceil(amountOre / instalmentOre);
}

/**
 * Where the case stands against the plan: ahead of it (or on it) when the balance is at most what
 * the plan allows today, behind by the difference otherwise.
 */
export function planStanding(plan: Pick<PaymentPlan, 'balanceOre' | 'expectedBalanceOre'>): {
  behind: boolean;
  byOre: number;
} {
  const difference = plan.balanceOre - plan.expectedBalanceOre;
  return { behind: difference > 0, byOre: Math.abs(difference) };
}

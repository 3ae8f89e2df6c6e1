import { localized, type Messages } from '@app/i18n';
import type { Bilingual } from './legal-format.js';

/**
 * Where an arrears case stands on the road from missed rent to eviction
 * (docs/legal-rules.md#the-steps-of-a-case). The first seven are open; `evicted`, `averted` and
 * `closed` are final. `payment_plan_agreed` is open but pauses the legal steps
 * (docs/legal-rules.md#payment-plans-afdragsordning).
 */
export type CaseStage =
  | 'registered'
  | 'payment_demand_sent' // påkrav sendt
  | 'deadline_passed' // påkravsfristen overskredet
  | 'terminated' // ophævet
  | 'eviction_requested' // udsættelse begæret i fogedretten
  | 'eviction_scheduled' // udsættelse berammet
  | 'payment_plan_agreed' // afdragsordning aftalt: the legal steps pause
  | 'evicted' // udsat
  | 'averted' // udsættelse afværget
  | 'closed';

export const OPEN_CASE_STAGES = Object.freeze([
  'registered',
  'payment_demand_sent',
  'deadline_passed',
  'terminated',
  'eviction_requested',
  'eviction_scheduled',
  'payment_plan_agreed',
] as const satisfies readonly CaseStage[]);

export type OpenCaseStage = (typeof OPEN_CASE_STAGES)[number];

export function isOpenStage(stage: CaseStage): stage is OpenCaseStage {
  return (OPEN_CASE_STAGES as readonly CaseStage[]).includes(stage);
}

/** The ways out of a case at any open stage, recorded when it is closed. */
export type CaseOutcome =
  | 'paid'
  | 'payment_plan' // betalingsaftale
  | 'rent_assistance' // huslejehjælp: aktivloven § 81, § 81 a or § 81 b (docs/legal-rules.md#ways-out-of-a-case)
  | 'moved_out' // fraflyttet
  | 'withdrawn';

export const CASE_OUTCOMES = Object.freeze([
  'paid',
  'payment_plan',
  'rent_assistance',
  'moved_out',
  'withdrawn',
] as const satisfies readonly CaseOutcome[]);

/**
 * How the payment demand went out. The landlord bears the risk that it never arrives, so it is
 * usually sent both registered and by ordinary post (docs/legal-rules.md#the-payment-demand-påkrav).
 * Digital Post for almene landlords came with bill L 7 (2020); whether it is in force is unconfirmed
 * (docs/legal-rules.md#open-questions), so it is recorded, not judged.
 */
export type DeliveryMethod = 'registered_and_ordinary' | 'registered' | 'ordinary' | 'digital_post' | 'hand_delivered';

export const DELIVERY_METHODS = Object.freeze([
  'registered_and_ordinary',
  'registered',
  'ordinary',
  'digital_post',
  'hand_delivered',
] as const satisfies readonly DeliveryMethod[]);

/** The labels, from the message catalogue (libs/i18n, `cases.stages` / `outcomes` / `deliveryMethods`). */
function labels<K extends string>(
  keys: readonly K[],
  pick: (m: Messages) => Record<K, string>,
): Readonly<Record<K, Bilingual>> {
  return Object.freeze(
    Object.fromEntries(keys.map((key) => [key, Object.freeze(localized((m) => pick(m)[key]))])) as Record<K, Bilingual>,
  );
}

const CASE_STAGES: readonly CaseStage[] = [...OPEN_CASE_STAGES, 'evicted', 'averted', 'closed'];

export const CASE_STAGE_LABELS = labels(CASE_STAGES, (m) => m.cases.stages);

export const CASE_OUTCOME_LABELS = labels(CASE_OUTCOMES, (m) => m.cases.outcomes);

export const DELIVERY_METHOD_LABELS = labels(DELIVERY_METHODS, (m) => m.cases.deliveryMethods);

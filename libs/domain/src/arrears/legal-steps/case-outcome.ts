import { type CaseStage } from './case-stage.js';

/**
 * The structured outcome of a closed case (issue 16 item 1, docs/statistics.md#outcomes):
 * evicted; the eviction averted, with why; or closed without eviction proceedings (withdrawn).
 */
export const OUTCOME_KINDS = Object.freeze(['evicted', 'averted', 'closed_without_proceedings'] as const);
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** Why an eviction was averted. */
export const AVERT_REASONS = Object.freeze(['paid', 'payment_plan', 'rent_assistance', 'moved_out', 'other'] as const);
export type AvertReason = (typeof AVERT_REASONS)[number];

export interface StructuredOutcome {
  readonly kind: OutcomeKind;
  /** Only for `averted`. */
  readonly reason: AvertReason | null;
}

export function isAvertReason(value: unknown): value is AvertReason {
  return typeof value === 'string' && (AVERT_REASONS as readonly string[]).includes(value);
}

/**
 * The reason in a free-text note on an averted eviction, by the words caseworkers use (Danish
 * and English), checked in this order: payment plan, rent assistance, moved out, paid; else
 * `other`. The migration CaseOutcomes1764730000000 applied the same words to the notes already
 * stored (a frozen copy there, as migrations are).
 */
export function avertReasonFromText(text: string | null | undefined): AvertReason {
  const t = (text ?? '').toLowerCase();
  const has = (...words: string[]): boolean => words.some((w) => t.includes(w));
  if (has('afdrag', 'betalingsaftale', 'betalingsordning', 'payment plan', 'payment_plan', 'instalment')) {
    return 'payment_plan';
  }
  if (has('huslejehjælp', 'boligstøtte', 'aktivlov', '§ 81', '§81', 'rent assistance', 'rent_assistance')) {
    return 'rent_assistance';
  }
  if (has('fraflyt', 'flyttet', 'moved out', 'moved_out', 'opsagt af lejer')) return 'moved_out';
  if (has('betalt', 'betaling', 'indbetal', 'indfri', 'paid', 'payment')) return 'paid';
  return 'other';
}

/**
 * The structured outcome a case gets when it reaches a final stage, from the stage and the
 * outcome the step recorded (the `close` outcome, or the stage itself for `evicted` and
 * `averted`); null while the case is open. A `close` with paid, payment plan, rent assistance or
 * moved out ends the arrears process without eviction: the eviction was averted, for that
 * reason; `withdrawn` (or no outcome) is closed without proceedings.
 */
export function structuredOutcomeOf(
  stage: CaseStage,
  outcome: string | null,
  avertReason: AvertReason | null = null,
): StructuredOutcome | null {
  switch (stage) {
    case 'evicted':
      return { kind: 'evicted', reason: null };
    case 'averted':
      return { kind: 'averted', reason: avertReason ?? 'other' };
    case 'closed':
      if (outcome !== null && outcome !== 'withdrawn' && isAvertReason(outcome) && outcome !== 'other') {
        return { kind: 'averted', reason: outcome };
      }
      return { kind: 'closed_without_proceedings', reason: null };
    default:
      return null;
  }
}

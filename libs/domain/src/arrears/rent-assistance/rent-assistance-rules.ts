import { type IsoDate } from '@app/calendar';

/**
 * What the tenant applied for (docs/rent-assistance.md):
 * - `section_81`: a one-off grant for arrears (enkeltudgift, aktivloven § 81);
 * - `section_81a`: temporary rent assistance for a tenant at risk of eviction (aktivloven § 81 a);
 * - `section_81b`: rent help for a tenant under 30 (aktivloven § 81 b);
 * - `housing_benefit`: boligstøtte (lov om individuel boligstøtte), decided by Udbetaling Danmark.
 */
export const RENT_ASSISTANCE_KINDS = Object.freeze([
  'section_81',
  'section_81a',
  'section_81b',
  'housing_benefit',
] as const);
export type RentAssistanceKind = (typeof RENT_ASSISTANCE_KINDS)[number];

export const RENT_ASSISTANCE_DECISIONS = Object.freeze(['pending', 'granted', 'refused'] as const);
export type RentAssistanceDecision = (typeof RENT_ASSISTANCE_DECISIONS)[number];

/** The most a grant may be recorded as: 10 million kr, as for payment plans. */
export const MAX_RENT_ASSISTANCE_ORE = 1_000_000_000;

/** Why an application or a decision was refused; `field` names the input at fault. */
export type RentAssistanceViolation =
  | { code: 'RENT_ASSISTANCE_KIND_INVALID'; field: 'kind' }
  | { code: 'DATE_IN_FUTURE'; field: 'appliedOn' | 'decidedOn'; date: IsoDate; today: IsoDate }
  | { code: 'RENT_ASSISTANCE_DECIDED_BEFORE_APPLIED'; field: 'decidedOn'; decidedOn: IsoDate; appliedOn: IsoDate }
  | { code: 'RENT_ASSISTANCE_AMOUNT_REQUIRED'; field: 'amountOre' }
  | { code: 'RENT_ASSISTANCE_AMOUNT_NOT_ALLOWED'; field: 'amountOre' }
  | { code: 'RENT_ASSISTANCE_ALREADY_DECIDED'; field: 'correctionReason'; decision: 'granted' | 'refused' }
  | { code: 'RENT_ASSISTANCE_NOT_DECIDED'; field: 'correctionReason' }
  | { code: 'RENT_ASSISTANCE_REASON_MISSING'; field: 'correctionReason' };

/** Refusals that are wrong input (400) rather than the wrong moment (409). */
export const RENT_ASSISTANCE_CONFLICTS: ReadonlySet<RentAssistanceViolation['code']> = new Set([
  'RENT_ASSISTANCE_ALREADY_DECIDED',
  'RENT_ASSISTANCE_NOT_DECIDED',
]);

export interface NewApplication {
  kind: string;
  appliedOn: IsoDate;
}

/** An application recorded: the kind from the fixed list, applied on a day that has come. */
export function validateApplication(input: NewApplication, today: IsoDate): RentAssistanceViolation | null {
  if (!(RENT_ASSISTANCE_KINDS as readonly string[]).includes(input.kind)) {
    return { code: 'RENT_ASSISTANCE_KIND_INVALID', field: 'kind' };
  }
  if (input.appliedOn > today) return { code: 'DATE_IN_FUTURE', field: 'appliedOn', date: input.appliedOn, today };
  return null;
}

/** The application as it stands, for deciding on it. */
export interface ApplicationState {
  appliedOn: IsoDate;
  decision: RentAssistanceDecision;
}

export interface DecisionInput {
  decision: 'granted' | 'refused';
  decidedOn: IsoDate;
  /** Only, and always, with `granted`: a positive whole number of øre. */
  amountOre?: number | null;
  /** Needed to change a decision already recorded; refused on a pending application. */
  correctionReason?: string | null;
}

/** What recording the decision changes: the new decision, and whether it corrects an earlier one. */
export interface DecisionChange {
  decision: 'granted' | 'refused';
  decidedOn: IsoDate;
  amountOre: number | null;
  correction: { previous: 'granted' | 'refused'; reason: string } | null;
}

/**
 * The municipality's decision on an application. A decision once recorded is final: recording
 * another one is a correction, which needs a reason (kept on the case's timeline). Dates in order
 * (decided on or after the application, neither in the future); an amount with a grant and only
 * with a grant.
 */
export function decideApplication(
  current: ApplicationState,
  input: DecisionInput,
  today: IsoDate,
): { ok: true; change: DecisionChange } | { ok: false; violation: RentAssistanceViolation } {
  const refuse = (violation: RentAssistanceViolation) => ({ ok: false as const, violation });
  const reason = input.correctionReason?.trim() ?? null;
  if (current.decision === 'pending' && input.correctionReason != null) {
    return refuse({ code: 'RENT_ASSISTANCE_NOT_DECIDED', field: 'correctionReason' });
  }
  if (current.decision !== 'pending' && input.correctionReason == null) {
    return refuse({ code: 'RENT_ASSISTANCE_ALREADY_DECIDED', field: 'correctionReason', decision: current.decision });
  }
  if (current.decision !== 'pending' && !reason) {
    return refuse({ code: 'RENT_ASSISTANCE_REASON_MISSING', field: 'correctionReason' });
  }
  if (input.decidedOn > today)
    return refuse({ code: 'DATE_IN_FUTURE', field: 'decidedOn', date: input.decidedOn, today });
  if (input.decidedOn < current.appliedOn) {
    return refuse({
      code: 'RENT_ASSISTANCE_DECIDED_BEFORE_APPLIED',
      field: 'decidedOn',
      decidedOn: input.decidedOn,
      appliedOn: current.appliedOn,
    });
  }
  const amount = input.amountOre ?? null;
  if (input.decision === 'refused' && amount !== null) {
    return refuse({ code: 'RENT_ASSISTANCE_AMOUNT_NOT_ALLOWED', field: 'amountOre' });
  }
  if (
    input.decision === 'granted' &&
    (amount === null || !Number.isSafeInteger(amount) || amount <= 0 || amount > MAX_RENT_ASSISTANCE_ORE)
  ) {
    return refuse({ code: 'RENT_ASSISTANCE_AMOUNT_REQUIRED', field: 'amountOre' });
  }
  return {
    ok: true,
    change: {
      decision: input.decision,
      decidedOn: input.decidedOn,
      amountOre: input.decision === 'granted' ? amount : null,
      correction: current.decision === 'pending' ? null : { previous: current.decision, reason: reason! },
    },
  };
}

/**
 * Whether a case may close with outcome `rent_assistance` on `closedOn`: only when an application
 * on it was granted, decided on or before that day (docs/rent-assistance.md#closing-the-case).
 */
export function grantedForClosing(
  applications: readonly { decision: RentAssistanceDecision; decidedOn: IsoDate | null }[],
  closedOn: IsoDate,
): boolean {
  return applications.some((a) => a.decision === 'granted' && a.decidedOn !== null && a.decidedOn <= closedOn);
}

import { summarizeLedger, type LedgerLine } from '../../arrears/ledger-summary.js';

/**
 * What the data holds about one case for the risk model (docs/statistics-risk-model.md#features):
 * at registration (the ledger as of the day the case was opened, the tenancy's rent, the children
 * recorded on its tenants, earlier cases of the tenancy) and along the way (a custody episode of a
 * tenant during the case, a referral to debt counselling).
 */
export interface RiskCaseFacts {
  /** Ledger lines booked on or before the day the case was opened. */
  ledgerAtRegistration: readonly LedgerLine[];
  monthlyRentOre: number;
  /** The sum of `children_under_18` over the tenancy's tenants. */
  childrenInHousehold: number;
  /** Cases of the same tenancy opened before this one. */
  earlierCases: number;
  /** A tenant of the tenancy was in custody at some time while the case was open. */
  custodyEpisode: boolean;
  /** A tenant was referred to debt counselling on this case. */
  referredToCounselling: boolean;
}

/** The model's columns, in order; the first is the intercept. Stored with each fit. */
export const RISK_FEATURES = [
  'intercept',
  'months_in_arrears',
  'arrears_to_rent',
  'children_in_household',
  'earlier_cases',
  'custody_episode',
  'referred_to_counselling',
] as const;
export type RiskFeature = (typeof RISK_FEATURES)[number];

/** Caps keep a few extreme ledgers (years of arrears) from steering a linear term. */
export const FEATURE_CAPS = { monthsInArrears: 12, arrearsToRent: 12, earlierCases: 3 } as const;

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);

/** The design row of one case, in RISK_FEATURES order. */
export function riskFeatureRow(facts: RiskCaseFacts): number[] {
  const ledger = summarizeLedger(facts.ledgerAtRegistration);
  const rent = facts.monthlyRentOre > 0 ? facts.monthlyRentOre : 1;
  return [
    1,
    clamp(ledger.monthsInArrears, FEATURE_CAPS.monthsInArrears),
    clamp(ledger.balanceOre / rent, FEATURE_CAPS.arrearsToRent),
    facts.childrenInHousehold > 0 ? 1 : 0,
    clamp(facts.earlierCases, FEATURE_CAPS.earlierCases),
    facts.custodyEpisode ? 1 : 0,
    facts.referredToCounselling ? 1 : 0,
  ];
}

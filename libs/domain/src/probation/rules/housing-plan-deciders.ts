import { type HousingPlanOption } from './housing-plan-rules.js';

/** The parties that take part in a tenant's housing plan: the probation unit, the landlord, the municipality. */
export type HousingPlanParty = 'probation' | 'landlord' | 'municipality';

/**
 * Who may record which decision (issue 15, item 3: "decided and recorded with dates and who decided"). The probation
 * officer coordinates and may record any; the landlord's caseworker what the landlord takes part in (the tenant keeps
 * paying, subletting with the landlord's consent, giving the home up); the municipality's social worker every option
 * too, since it takes part in each. Only the municipality (or the officer recording its decision) records that the
 * municipality pays: it is the municipality's decision under BEK 1471/2019, never the landlord's.
 */
const DECIDERS: Readonly<Record<HousingPlanOption, readonly HousingPlanParty[]>> = {
  keep_own_means: ['probation', 'landlord', 'municipality'],
  municipality_pays: ['probation', 'municipality'],
  sublet: ['probation', 'landlord', 'municipality'],
  give_up: ['probation', 'landlord', 'municipality'],
};

export function mayDecideHousingPlan(party: HousingPlanParty, option: HousingPlanOption): boolean {
  return DECIDERS[option].includes(party);
}

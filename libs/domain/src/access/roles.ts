/** The six kinds of people who use the system (docs/personal-data.md#who-sees-what). */
export const Role = {
  HousingCaseworker: 'housing_caseworker',
  MunicipalSocialWorker: 'municipal_social_worker',
  DebtAdvisor: 'debt_advisor',
  ProbationOfficer: 'probation_officer',
  /** Aggregates for their organisation or municipality; never personal data. */
  Manager: 'manager',
  Administrator: 'administrator',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const ALL_ROLES: readonly Role[] = Object.values(Role);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ALL_ROLES as readonly string[]).includes(value);
}

/**
 * Who is asking, and the part of the world they may see. Every service method that reads or
 * changes scoped data takes one of these.
 */
export interface Principal {
  userId: string;
  role: Role;
  housingOrganisationId: string | null;
  /** A caseworker may be limited to some departments; empty means all of the organisation's. */
  departmentIds: string[];
  municipalityId: string | null;
  probationUnitId: string | null;
  counsellingProviderId: string | null;
}

/** The principal plus where the request came from: what an audit row records. */
export interface Actor {
  principal: Principal;
  requestId: string;
  sourceIp: string | null;
}

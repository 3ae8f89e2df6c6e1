import { type Principal, Role } from '../access/roles.js';
import { type NamedSql } from '../shared/sql-fragment.js';

// Who sees which persons, and how much of them. The condition itself, for statements, is
// `personScopeSql` in person-scope.sql.ts.

/**
 * A condition with named parameters, as a TypeORM query builder takes it: what
 * `SqlFragment.toNamed` gives. (The case scope, arrears/case-scope.ts, is still written in it.)
 */
export type ScopeCondition = NamedSql;

const PERSON_READERS: readonly Role[] = [
  Role.Administrator,
  Role.HousingCaseworker,
  Role.MunicipalSocialWorker,
  Role.DebtAdvisor,
  Role.ProbationOfficer,
];

/** Roles that see persons at all, each within its scope; managers see none (aggregates only). */
export function maySeePersons(principal: Principal): boolean {
  return PERSON_READERS.includes(principal.role);
}

/** Roles that may change person records and their consents: the controller's staff. */
export function mayManagePersons(principal: Principal): boolean {
  return principal.role === Role.HousingCaseworker || principal.role === Role.Administrator;
}

/**
 * The full CPR number only for the housing caseworker, who needs it for the bailiff court
 * filing; everyone else sees `DDMMYY-xxxx`.
 */
export function seesFullCpr(principal: Principal): boolean {
  return principal.role === Role.HousingCaseworker;
}

import { type Principal, Role } from '../access/roles.js';
import { type ScopeCondition } from '../personal-data/person-scope.js';
import { caseColumns, caseScopeSql } from './case-scope.sql.js';

/**
 * The case scope (case-scope.sql.ts) on `arrears_case c`, with named parameters, for the query
 * builders of other areas that still take a condition on alias `c`. New code uses `caseScopeSql`
 * with its own columns.
 */
export function caseScope(principal: Principal): ScopeCondition | null {
  return caseScopeSql(principal, caseColumns('c'))?.toNamed('caseScope') ?? null;
}

/** Only the landlord's staff (and administrators) change a case. */
export function mayChangeCases(principal: Principal): boolean {
  return principal.role === Role.HousingCaseworker || principal.role === Role.Administrator;
}

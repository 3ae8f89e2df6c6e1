import { type Principal, Role } from '../access/roles.js';
import { ConsentPurpose } from '../personal-data/consent.entity.js';
import { consentInForceSql } from '../personal-data/consent.sql.js';
import { rawSql, sql, type SqlFragment } from '../shared/sql-fragment.js';

/**
 * The columns of the calling statement that hold an arrears case's id, tenancy, organisation,
 * department and municipality: `c.id`, `c.tenancy_id`, … on `arrears_case c`, or whatever the
 * statement calls them. Code-written expressions, never input.
 */
export interface CaseScopeColumns {
  caseId: string;
  tenancyId: string;
  housingOrganisationId: string;
  departmentId: string;
  municipalityId: string;
}

/** The columns of `arrears_case` under the alias `alias`. */
export function caseColumns(alias: string): CaseScopeColumns {
  return {
    caseId: `${alias}.id`,
    tenancyId: `${alias}.tenancy_id`,
    housingOrganisationId: `${alias}.housing_organisation_id`,
    departmentId: `${alias}.department_id`,
    municipalityId: `${alias}.municipality_id`,
  };
}

/**
 * Which arrears cases a principal may see, as a condition on the given columns:
 * - housing caseworker: their organisation's cases, limited to their departments if they have any;
 * - municipal social worker: cases in their municipality that it has been notified of
 *   (almenlejeloven § 92, stk. 2) or whose tenant consented to share details with it;
 * - debt advisor / probation officer: cases whose tenant consented to them;
 * - administrator: all; manager: none (statistics only), `null`.
 *
 * Use it through `toQuery()` in `manager.query` or `toNamed(prefix)` in a query builder.
 */
export function caseScopeSql(principal: Principal, columns: CaseScopeColumns): SqlFragment | null {
  switch (principal.role) {
    case Role.Administrator:
      return sql`TRUE`;
    case Role.HousingCaseworker: {
      const organisation = sql`${rawSql(columns.housingOrganisationId)} = ${principal.housingOrganisationId}`;
      return principal.departmentIds.length > 0
        ? sql`${organisation} AND ${rawSql(columns.departmentId)} = ANY(${principal.departmentIds})`
        : organisation;
    }
    case Role.MunicipalSocialWorker:
      return sql`${rawSql(columns.municipalityId)} = ${principal.municipalityId}
        AND (EXISTS (SELECT 1 FROM municipality_notice case_scope_notice
                      WHERE case_scope_notice.case_id = ${rawSql(columns.caseId)})
             OR ${tenantConsented(columns, ConsentPurpose.MunicipalityCaseDetails, principal.municipalityId)})`;
    case Role.DebtAdvisor:
      return tenantConsented(columns, ConsentPurpose.DebtCounselling, principal.counsellingProviderId);
    case Role.ProbationOfficer:
      return tenantConsented(columns, ConsentPurpose.ProbationCooperation, principal.probationUnitId);
    default:
      return null;
  }
}

/**
 * A tenant of the case's tenancy has a consent in force for `purpose` naming `recipientId`. The
 * subquery's aliases are its own, so they cannot capture a column of the calling statement.
 */
function tenantConsented(columns: CaseScopeColumns, purpose: ConsentPurpose, recipientId: string | null): SqlFragment {
  return sql`EXISTS (SELECT 1 FROM tenancy_tenant case_scope_tenant
                       JOIN consent case_scope_consent ON case_scope_consent.person_id = case_scope_tenant.person_id
                      WHERE case_scope_tenant.tenancy_id = ${rawSql(columns.tenancyId)}
                        AND case_scope_consent.purpose = ${purpose}
                        AND case_scope_consent.recipient_id = ${recipientId}
                        AND ${rawSql(consentInForceSql('case_scope_consent'))})`;
}

import { type Principal, Role } from '../access/roles.js';
import { ConsentPurpose } from '../personal-data/consent.entity.js';
import { type ScopeCondition } from '../personal-data/person-scope.js';
import { consentInForceSql } from '../personal-data/consent.sql.js';

function tenantConsented(purpose: ConsentPurpose, recipientId: string | null): ScopeCondition {
  return {
    sql: `EXISTS (SELECT 1 FROM tenancy_tenant tt JOIN consent c2 ON c2.person_id = tt.person_id
                   WHERE tt.tenancy_id = c.tenancy_id AND c2.purpose = :scopePurpose
                     AND c2.recipient_id = :scopeRecipient AND ${consentInForceSql('c2')})`,
    params: { scopePurpose: purpose, scopeRecipient: recipientId },
  };
}

/**
 * Which arrears cases a principal may see, as a condition on alias `c`:
 * - housing caseworker: their organisation's cases, limited to their departments if they have any;
 * - municipal social worker: cases in their municipality that it has been notified of
 *   (almenlejeloven § 92, stk. 2) or whose tenant consented to share details with it;
 * - debt advisor / probation officer: cases whose tenant consented to them;
 * - administrator: all; manager: none (statistics only).
 */
export function caseScope(principal: Principal): ScopeCondition | null {
  switch (principal.role) {
    case Role.Administrator:
      return { sql: 'TRUE', params: {} };
    case Role.HousingCaseworker:
      return principal.departmentIds.length > 0
        ? {
            sql: 'c.housing_organisation_id = :scopeOrganisation AND c.department_id = ANY(:scopeDepartments)',
            params: { scopeOrganisation: principal.housingOrganisationId, scopeDepartments: principal.departmentIds },
          }
        : {
            sql: 'c.housing_organisation_id = :scopeOrganisation',
            params: { scopeOrganisation: principal.housingOrganisationId },
          };
    case Role.MunicipalSocialWorker: {
      const consent = tenantConsented(ConsentPurpose.MunicipalityCaseDetails, principal.municipalityId);
      return {
        sql: `c.municipality_id = :scopeMunicipality AND (EXISTS (SELECT 1 FROM municipality_notice n WHERE n.case_id = c.id) OR ${consent.sql})`,
        params: { ...consent.params, scopeMunicipality: principal.municipalityId },
      };
    }
    case Role.DebtAdvisor:
      return tenantConsented(ConsentPurpose.DebtCounselling, principal.counsellingProviderId);
    case Role.ProbationOfficer:
      return tenantConsented(ConsentPurpose.ProbationCooperation, principal.probationUnitId);
    default:
      return null;
  }
}

/** Only the landlord's staff (and administrators) change a case. */
export function mayChangeCases(principal: Principal): boolean {
  return principal.role === Role.HousingCaseworker || principal.role === Role.Administrator;
}

import { type Principal, Role } from '../access/roles.js';
import { ConsentPurpose } from './consent.entity.js';
import { consentInForceSql } from './consent.sql.js';

export interface ScopeCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Which persons a principal may see, as a condition on alias `p` (docs/personal-data.md#who-sees-what):
 * - housing caseworker: the persons their organisation registered;
 * - municipal social worker: residents of their municipality who consented to share with it;
 * - debt advisor: persons referred (consented) to their provider;
 * - probation officer: persons who consented to cooperation with their unit;
 * - administrator: everyone (for access requests and erasure), always audited;
 * - manager: nobody (aggregates only).
 * `null` means the role may not see persons at all.
 */
export function personScope(principal: Principal): ScopeCondition | null {
  const consentedTo = (purpose: ConsentPurpose, recipientId: string | null): ScopeCondition => ({
    sql: `EXISTS (SELECT 1 FROM consent c WHERE c.person_id = p.id AND c.purpose = :scopePurpose AND c.recipient_id = :scopeRecipient AND ${consentInForceSql('c')})`,
    params: { scopePurpose: purpose, scopeRecipient: recipientId },
  });
  switch (principal.role) {
    case Role.Administrator:
      return { sql: 'TRUE', params: {} };
    case Role.HousingCaseworker:
      return {
        sql: 'p.housing_organisation_id = :scopeOrganisation',
        params: { scopeOrganisation: principal.housingOrganisationId },
      };
    case Role.MunicipalSocialWorker: {
      const consent = consentedTo(ConsentPurpose.MunicipalityCaseDetails, principal.municipalityId);
      return {
        sql: `p.municipality_id = :scopeMunicipality AND ${consent.sql}`,
        params: { ...consent.params, scopeMunicipality: principal.municipalityId },
      };
    }
    case Role.DebtAdvisor:
      return consentedTo(ConsentPurpose.DebtCounselling, principal.counsellingProviderId);
    case Role.ProbationOfficer:
      return consentedTo(ConsentPurpose.ProbationCooperation, principal.probationUnitId);
    default:
      return null;
  }
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

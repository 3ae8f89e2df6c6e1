import { type Principal, Role } from '../../access/roles.js';
import { caseColumns, caseScopeSql } from '../../arrears/case-scope.sql.js';
import { consentInForceSql } from '../../personal-data/consent.sql.js';
import { rawSql, sql, type SqlFragment } from '../../shared/sql-fragment.js';

/**
 * Which referrals a principal may see, as a condition on `referral r` joined to its `arrears_case c`
 * (docs/debt-counselling.md#access):
 * - debt advisor: referrals to their own provider while the consent the referral was made under is
 *   in force (a withdrawn or expired consent hides it at once: 404);
 * - housing caseworker: referrals their organisation made, for cases in their scope;
 * - municipal social worker: referrals their municipality made, for cases in the municipality;
 * - everyone else (managers, probation, administrators): none, `null`.
 */
export function referralScopeSql(principal: Principal): SqlFragment | null {
  switch (principal.role) {
    case Role.DebtAdvisor:
      return sql`r.counselling_provider_id = ${principal.counsellingProviderId}
        AND EXISTS (SELECT 1 FROM consent referral_scope_consent
                     WHERE referral_scope_consent.id = r.consent_id
                       AND ${rawSql(consentInForceSql('referral_scope_consent'))})`;
    case Role.HousingCaseworker: {
      const cases = caseScopeSql(principal, caseColumns('c'));
      return cases ? sql`r.referring_housing_organisation_id = ${principal.housingOrganisationId} AND ${cases}` : null;
    }
    case Role.MunicipalSocialWorker:
      return sql`r.referring_municipality_id = ${principal.municipalityId} AND c.municipality_id = ${principal.municipalityId}`;
    default:
      return null;
  }
}

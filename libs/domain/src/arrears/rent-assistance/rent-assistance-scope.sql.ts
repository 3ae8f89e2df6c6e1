import { type Principal, Role } from '../../access/roles.js';
import { consentInForceSql } from '../../personal-data/consent.sql.js';
import { rawSql, sql, type SqlFragment } from '../../shared/sql-fragment.js';
import { caseScopeSql, type CaseScopeColumns } from '../case-scope.sql.js';

/** A referral is open from sent until it is declined or closed (docs/debt-counselling.md#states). */
const OPEN_REFERRAL_STATUSES = ['sent', 'accepted', 'in_contact'];

/**
 * Which cases' rent assistance applications a principal may see and record
 * (docs/rent-assistance.md#who-records-and-reads), as a condition on the case's columns:
 * - housing caseworker and municipal social worker: the case scope (case-scope.sql.ts);
 * - debt advisor: a case with an open referral to their own provider whose consent is in force
 *   (the advisor helps the tenant apply), not merely a tenant's consent to the provider;
 * - everyone else (managers, probation officers, administrators): none, `null`.
 */
export function rentAssistanceScopeSql(principal: Principal, columns: CaseScopeColumns): SqlFragment | null {
  switch (principal.role) {
    case Role.HousingCaseworker:
    case Role.MunicipalSocialWorker:
      return caseScopeSql(principal, columns);
    case Role.DebtAdvisor:
      return sql`EXISTS (SELECT 1 FROM referral rent_assistance_referral
                           JOIN consent rent_assistance_consent
                             ON rent_assistance_consent.id = rent_assistance_referral.consent_id
                          WHERE rent_assistance_referral.case_id = ${rawSql(columns.caseId)}
                            AND rent_assistance_referral.counselling_provider_id = ${principal.counsellingProviderId}
                            AND rent_assistance_referral.status = ANY(${OPEN_REFERRAL_STATUSES})
                            AND ${rawSql(consentInForceSql('rent_assistance_consent'))})`;
    default:
      return null;
  }
}

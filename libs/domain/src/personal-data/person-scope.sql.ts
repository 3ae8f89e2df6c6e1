import { type Principal, Role } from '../access/roles.js';
import { rawSql, sql, type SqlFragment } from '../shared/sql-fragment.js';
import { ConsentPurpose } from './consent.entity.js';
import { consentInForceSql } from './consent.sql.js';

/**
 * The columns of the calling statement that hold a person's id, registering organisation and
 * municipality of residence: `p.id`, `p.housing_organisation_id`, `p.municipality_id` on the
 * person table, or whatever the statement calls them. Code-written expressions, never input.
 */
export interface PersonScopeColumns {
  personId: string;
  housingOrganisationId: string;
  municipalityId: string;
}

/**
 * Which persons a principal may see (docs/personal-data.md#who-sees-what), as a condition on the
 * given columns:
 * - housing caseworker: the persons their organisation registered;
 * - municipal social worker: residents of their municipality who consented to share with it;
 * - debt advisor: persons referred (consented) to their provider;
 * - probation officer: persons who consented to cooperation with their unit;
 * - administrator: everyone (for access requests and erasure), always audited;
 * - manager: nobody (aggregates only).
 * `null` means the role may not see persons at all (`maySeePersons` in person-scope.ts).
 *
 * Use it through `toQuery()` in `manager.query` or `toNamed(prefix)` in a query builder.
 */
export function personScopeSql(principal: Principal, person: PersonScopeColumns): SqlFragment | null {
  switch (principal.role) {
    case Role.Administrator:
      return sql`TRUE`;
    case Role.HousingCaseworker:
      return sql`${rawSql(person.housingOrganisationId)} = ${principal.housingOrganisationId}`;
    case Role.MunicipalSocialWorker:
      return sql`${rawSql(person.municipalityId)} = ${principal.municipalityId} AND ${consentedTo(
        person,
        ConsentPurpose.MunicipalityCaseDetails,
        principal.municipalityId,
      )}`;
    case Role.DebtAdvisor:
      return consentedTo(person, ConsentPurpose.DebtCounselling, principal.counsellingProviderId);
    case Role.ProbationOfficer:
      return consentedTo(person, ConsentPurpose.ProbationCooperation, principal.probationUnitId);
    default:
      return null;
  }
}

/**
 * The person has a consent in force for `purpose` naming `recipientId`. The subquery's alias is
 * its own, so it cannot capture a column of the calling statement (whose `c` may be a case).
 */
function consentedTo(person: PersonScopeColumns, purpose: ConsentPurpose, recipientId: string | null): SqlFragment {
  return sql`EXISTS (SELECT 1 FROM consent person_scope_consent
                      WHERE person_scope_consent.person_id = ${rawSql(person.personId)}
                        AND person_scope_consent.purpose = ${purpose}
                        AND person_scope_consent.recipient_id = ${recipientId}
                        AND ${rawSql(consentInForceSql('person_scope_consent'))})`;
}

import { ALL_ROLES, type Principal, Role } from '../access/roles.js';
import { maySeePersons } from './person-scope.js';
import { personScopeSql } from './person-scope.sql.js';

const principal = (role: Role): Principal => ({
  userId: '00000000-0000-0000-0000-0000000000aa',
  role,
  housingOrganisationId: 'org',
  departmentIds: [],
  municipalityId: 'kommune',
  probationUnitId: 'unit',
  counsellingProviderId: 'provider',
});
const columns = { personId: 'tt.person_id', housingOrganisationId: 'x.org_id', municipalityId: 'x.kommune_id' };

describe('person scope', () => {
  it('gives a condition exactly to the roles that see persons', () => {
    for (const role of ALL_ROLES) {
      expect(personScopeSql(principal(role), columns) !== null).toBe(maySeePersons(principal(role)));
    }
    expect(maySeePersons(principal(Role.Manager))).toBe(false);
  });

  it('applies to the columns it is given, with the caller’s organisation as a parameter', () => {
    expect(personScopeSql(principal(Role.HousingCaseworker), columns)!.toQuery()).toEqual({
      text: 'x.org_id = $1',
      values: ['org'],
    });
    expect(personScopeSql(principal(Role.Administrator), columns)!.toQuery()).toEqual({ text: 'TRUE', values: [] });
  });

  it('asks a municipal social worker for residence and a consent in force naming their municipality', () => {
    const { text, values } = personScopeSql(principal(Role.MunicipalSocialWorker), columns)!.toQuery();
    expect(text).toMatch(/^x\.kommune_id = \$1 AND EXISTS \(/);
    expect(text).toContain('person_scope_consent.person_id = tt.person_id');
    expect(text).toContain('person_scope_consent.withdrawn_at IS NULL');
    expect(values).toEqual(['kommune', 'municipality-case-details', 'kommune']);
  });

  it('names the consent purpose and recipient of a debt advisor and a probation officer', () => {
    expect(personScopeSql(principal(Role.DebtAdvisor), columns)!.toQuery().values).toEqual([
      'debt-counselling',
      'provider',
    ]);
    expect(personScopeSql(principal(Role.ProbationOfficer), columns)!.toQuery().values).toEqual([
      'probation-cooperation',
      'unit',
    ]);
  });

  it('keeps its subquery alias apart from any alias of the calling statement', () => {
    const { text } = personScopeSql(principal(Role.DebtAdvisor), {
      personId: 'c.person_id',
      housingOrganisationId: 'c.housing_organisation_id',
      municipalityId: 'c.municipality_id',
    })!.toQuery();
    expect(text).not.toMatch(/\bconsent c\b/);
    expect(text).toContain('FROM consent person_scope_consent');
  });
});

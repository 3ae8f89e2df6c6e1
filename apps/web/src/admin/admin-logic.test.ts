import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../api';
import {
  agreementBody,
  agreementFormOf,
  allPages,
  createUserBody,
  emptyAgreementForm,
  emptyUserForm,
  fieldErrors,
  scopeFieldsFor,
  scopeOf,
  takesDepartments,
  updateUserBody,
  userFormOf,
  withRole,
  type Agreement,
  type User,
} from './admin-logic';

const ORG = '11111111-1111-4111-8111-111111111111';
const MUNI = '22222222-2222-4222-8222-222222222222';
const DEPT = '33333333-3333-4333-8333-333333333333';

describe('which organisation a role is linked to', () => {
  it('follows the API: one organisation per role, a manager of either kind, an administrator of none', () => {
    expect(scopeFieldsFor('housing_caseworker')).toEqual(['housingOrganisationId']);
    expect(scopeFieldsFor('municipal_social_worker')).toEqual(['municipalityId']);
    expect(scopeFieldsFor('debt_advisor')).toEqual(['counsellingProviderId']);
    expect(scopeFieldsFor('probation_officer')).toEqual(['probationUnitId']);
    expect(scopeFieldsFor('manager')).toEqual(['housingOrganisationId', 'municipalityId']);
    expect(scopeFieldsFor('administrator')).toEqual([]);
    expect(takesDepartments('housing_caseworker')).toBe(true);
    expect(takesDepartments('manager')).toBe(false);
  });

  it('changes the scope with the role, keeping a choice that still fits', () => {
    const caseworker = { ...emptyUserForm(), scopeId: ORG, departmentIds: [DEPT] };
    const manager = withRole(caseworker, 'manager');
    expect(manager).toMatchObject({ scopeField: 'housingOrganisationId', scopeId: ORG, departmentIds: [] });
    const social = withRole(manager, 'municipal_social_worker');
    expect(social).toMatchObject({ scopeField: 'municipalityId', scopeId: '' });
    expect(withRole(social, 'administrator')).toMatchObject({ scopeField: '', scopeId: '' });
  });

  it('sends only the link the role takes, and departments only for a caseworker', () => {
    const form = { ...emptyUserForm(), email: ' sara@x.dk ', name: 'Sara', password: 'p'.repeat(12), scopeId: ORG };
    expect(createUserBody({ ...form, departmentIds: [DEPT] })).toEqual({
      email: 'sara@x.dk',
      name: 'Sara',
      role: 'housing_caseworker',
      password: 'p'.repeat(12),
      language: 'da',
      teamLead: false,
      housingOrganisationId: ORG,
      departmentIds: [DEPT],
    });
    // A stale choice of another role's field is never sent.
    const officer = createUserBody({ ...form, role: 'probation_officer' });
    expect(officer.housingOrganisationId).toBeUndefined();
    expect(officer.probationUnitId).toBeUndefined();
    const manager = createUserBody({ ...form, role: 'manager', scopeField: 'municipalityId', scopeId: MUNI });
    expect(manager).toMatchObject({ municipalityId: MUNI });
    expect(manager.departmentIds).toBeUndefined();
  });

  it('reads a user back into the form, and changes only what the API lets change', () => {
    const user: User = {
      id: 'u',
      email: 'sara@x.dk',
      name: 'Sara',
      role: 'housing_caseworker',
      language: 'en',
      teamLead: true,
      municipalityId: null,
      housingOrganisationId: ORG,
      probationUnitId: null,
      counsellingProviderId: null,
      departmentIds: [DEPT],
      disabledAt: null,
      createdAt: '2026-01-01T00:00:00Z',
    };
    expect(scopeOf(user)).toEqual({ field: 'housingOrganisationId', id: ORG });
    const form = userFormOf(user);
    expect(updateUserBody({ ...form, name: ' Sara S ', departmentIds: [] })).toEqual({
      name: 'Sara S',
      language: 'en',
      teamLead: true,
      departmentIds: [],
    });
    expect(updateUserBody({ ...form, role: 'debt_advisor' }).departmentIds).toBeUndefined();
  });
});

describe('a cooperation agreement form', () => {
  const base = { ...emptyAgreementForm('2026-01-01'), municipalityId: MUNI, housingOrganisationId: ORG };

  it('sends the threshold in øre, the warnings in the rules’ order, and no end as null', () => {
    const result = agreementBody({
      ...base,
      threshold: '5.000,50',
      reminderDays: '7',
      enabledWarnings: ['terminated', 'arrears-registered'],
    });
    expect(result.body).toEqual({
      municipalityId: MUNI,
      housingOrganisationId: ORG,
      enabledWarnings: ['arrears-registered', 'terminated'],
      arrearsThresholdOre: 500_050,
      evictionReminderBusinessDays: 7,
      validFrom: '2026-01-01',
      validTo: null,
    });
    expect(agreementBody({ ...base, threshold: '' }).body?.arrearsThresholdOre).toBe(0);
  });

  it('names the fields that are not numbers, and leaves the bounds to the API', () => {
    expect(agreementBody({ ...base, threshold: 'fem tusind', reminderDays: 'x' }).problems).toEqual([
      'threshold',
      'reminderDays',
    ]);
    expect(agreementBody({ ...base, reminderDays: '90' }).body?.evictionReminderBusinessDays).toBe(90);
  });

  it('reads an agreement back as kroner that parse to the same øre', () => {
    const agreement: Agreement = {
      id: 'a',
      municipalityId: MUNI,
      housingOrganisationId: ORG,
      enabledWarnings: ['arrears-registered'],
      arrearsThresholdOre: 123_456_789,
      evictionReminderBusinessDays: 5,
      validFrom: '2025-01-01',
      validTo: '2027-12-31',
      version: 2,
      updatedAt: '2026-01-01T00:00:00Z',
    };
    const form = agreementFormOf(agreement);
    expect(form.threshold).toBe('1.234.567,89');
    expect(agreementBody(form).body).toMatchObject({ arrearsThresholdOre: 123_456_789, validTo: '2027-12-31' });
  });
});

describe('the API’s field problems', () => {
  it('are matched to the form’s fields, first problem first, with aliases', () => {
    const error = new ApiCallError(400, {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Ret felterne.',
      requestId: 'r',
      details: [
        { field: 'arrearsThresholdOre', rule: 'min', message: 'Mindst 0.' },
        { field: 'validFrom', rule: 'isCalendarDate', message: 'Skal være en dato.' },
        { field: 'validFrom', rule: 'other', message: 'Anden.' },
        { field: null, rule: 'x', message: 'Uden felt.' },
      ],
    });
    expect(fieldErrors(error, { arrearsThresholdOre: 'threshold' })).toEqual({
      threshold: 'Mindst 0.',
      validFrom: 'Skal være en dato.',
    });
    expect(fieldErrors(new Error('x'))).toEqual({});
    expect(fieldErrors(undefined)).toEqual({});
  });
});

describe('reading a whole list', () => {
  it('follows nextCursor to the end, and stops at the page limit', async () => {
    const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
      start: { items: [1, 2], nextCursor: 'b' },
      b: { items: [3], nextCursor: 'c' },
      c: { items: [4], nextCursor: null },
    };
    const seen: (string | undefined)[] = [];
    const all = await allPages(async (cursor) => {
      seen.push(cursor);
      return pages[cursor ?? 'start']!;
    });
    expect(all).toEqual([1, 2, 3, 4]);
    expect(seen).toEqual([undefined, 'b', 'c']);
    const endless = await allPages(async () => ({ items: [0], nextCursor: 'again' }), 3);
    expect(endless).toHaveLength(3);
  });
});

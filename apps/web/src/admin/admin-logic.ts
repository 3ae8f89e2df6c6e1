import type { ApiSchema } from '@app/api-client';
import { ApiCallError } from '../api';
import type { Role } from '../session/session-context';
import { kronerText, parseKroner } from '../ui/format';

/**
 * The admin screens' own logic, apart from React so that it can be tested on its own: which
 * organisation a role is linked to, how a form becomes the body the API expects, and how the
 * API's field problems are matched to the form's fields. The API decides what is valid; these
 * only spare a round trip for what cannot be sent at all (an amount that is not a number).
 */

export type User = ApiSchema<'UserResponse'>;
export type CreateUserBody = ApiSchema<'CreateUserDto'>;
export type UpdateUserBody = ApiSchema<'UpdateUserDto'>;
export type Agreement = ApiSchema<'CooperationAgreementResponse'>;
export type AgreementBody = ApiSchema<'CooperationAgreementDto'>;

export const ROLES: readonly Role[] = [
  'housing_caseworker',
  'municipal_social_worker',
  'debt_advisor',
  'probation_officer',
  'manager',
  'administrator',
];

export type ScopeField = 'housingOrganisationId' | 'municipalityId' | 'probationUnitId' | 'counsellingProviderId';
export const SCOPE_FIELDS: readonly ScopeField[] = [
  'housingOrganisationId',
  'municipalityId',
  'probationUnitId',
  'counsellingProviderId',
];

/**
 * The organisation a user of each role is linked to, as the API's user service requires it
 * (SCOPE_FIELDS in libs/domain access/user.service.ts): a manager leads either a housing
 * organisation or a municipality, an administrator is linked to none.
 */
const ROLE_SCOPES: Readonly<Record<Role, readonly ScopeField[]>> = {
  housing_caseworker: ['housingOrganisationId'],
  municipal_social_worker: ['municipalityId'],
  debt_advisor: ['counsellingProviderId'],
  probation_officer: ['probationUnitId'],
  manager: ['housingOrganisationId', 'municipalityId'],
  administrator: [],
};

/** The organisation fields a role may be linked through (one of them is chosen). */
export function scopeFieldsFor(role: Role): readonly ScopeField[] {
  return ROLE_SCOPES[role];
}

/** Only a housing caseworker can be limited to some of the organisation's departments. */
export function takesDepartments(role: Role): boolean {
  return role === 'housing_caseworker';
}

/** The organisation field a user is linked through, if any. */
export function scopeOf(user: Pick<User, ScopeField>): { field: ScopeField; id: string } | undefined {
  const field = SCOPE_FIELDS.find((f) => user[f]);
  return field ? { field, id: user[field]! } : undefined;
}

export interface UserForm {
  email: string;
  name: string;
  role: Role;
  password: string;
  language: 'da' | 'en';
  teamLead: boolean;
  /** Which of the role's scope fields is chosen (a manager has two). */
  scopeField: ScopeField | '';
  scopeId: string;
  departmentIds: string[];
}

export function emptyUserForm(): UserForm {
  return {
    email: '',
    name: '',
    role: 'housing_caseworker',
    password: '',
    language: 'da',
    teamLead: false,
    scopeField: 'housingOrganisationId',
    scopeId: '',
    departmentIds: [],
  };
}

/** The form after a change of role: the scope is the new role's first field, and departments only where they apply. */
export function withRole(form: UserForm, role: Role): UserForm {
  const fields = scopeFieldsFor(role);
  const scopeField = form.scopeField && fields.includes(form.scopeField) ? form.scopeField : (fields[0] ?? '');
  return {
    ...form,
    role,
    scopeField,
    scopeId: scopeField === form.scopeField ? form.scopeId : '',
    departmentIds: takesDepartments(role) ? form.departmentIds : [],
  };
}

/**
 * The body of POST /users: only the one organisation link the role takes (sending another
 * would be refused as SCOPE_MISMATCH), departments only for a caseworker. A missing choice is
 * left out, so that the API's own words explain what is missing.
 */
export function createUserBody(form: UserForm): CreateUserBody {
  const body: CreateUserBody = {
    email: form.email.trim(),
    name: form.name.trim(),
    role: form.role,
    password: form.password,
    language: form.language,
    teamLead: form.teamLead,
  };
  const fields = scopeFieldsFor(form.role);
  if (form.scopeField && fields.includes(form.scopeField) && form.scopeId) body[form.scopeField] = form.scopeId;
  if (takesDepartments(form.role) && form.departmentIds.length > 0) body.departmentIds = [...form.departmentIds];
  return body;
}

/** The form for changing an existing user (its role and organisation are not changed by the API). */
export function userFormOf(user: User): UserForm {
  const scope = scopeOf(user);
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    password: '',
    language: user.language,
    teamLead: user.teamLead,
    scopeField: scope?.field ?? '',
    scopeId: scope?.id ?? '',
    departmentIds: [...user.departmentIds],
  };
}

/** The body of PATCH /users/:id: what the API lets an administrator change. */
export function updateUserBody(form: UserForm): UpdateUserBody {
  const body: UpdateUserBody = { name: form.name.trim(), language: form.language, teamLead: form.teamLead };
  if (takesDepartments(form.role)) body.departmentIds = [...form.departmentIds];
  return body;
}

export interface AgreementForm {
  municipalityId: string;
  housingOrganisationId: string;
  enabledWarnings: string[];
  /** Kroner as a person types them: "5.000", "5000,50". */
  threshold: string;
  reminderDays: string;
  validFrom: string;
  validTo: string;
}

export const VOLUNTARY_WARNINGS = [
  'arrears-registered',
  'payment-demand-sent',
  'deadline-passed',
  'terminated',
  'eviction-scheduled-reminder',
  'payment-plan-instalment-missed',
  'payment-plan-broken',
] as const;
export type VoluntaryWarning = (typeof VOLUNTARY_WARNINGS)[number];

export function emptyAgreementForm(today: string): AgreementForm {
  return {
    municipalityId: '',
    housingOrganisationId: '',
    enabledWarnings: [],
    threshold: '',
    reminderDays: '5',
    validFrom: today,
    validTo: '',
  };
}

export function agreementFormOf(agreement: Agreement): AgreementForm {
  return {
    municipalityId: agreement.municipalityId,
    housingOrganisationId: agreement.housingOrganisationId,
    enabledWarnings: [...agreement.enabledWarnings],
    threshold: kronerText(agreement.arrearsThresholdOre),
    reminderDays: String(agreement.evictionReminderBusinessDays),
    validFrom: agreement.validFrom,
    validTo: agreement.validTo ?? '',
  };
}

/** A field the form itself could not turn into what the API takes. */
export type AgreementProblem = 'threshold' | 'reminderDays';

/**
 * The body of PUT /cooperation-agreements, or the fields that are not numbers at all. The
 * threshold is typed in kroner and sent in øre (the API never takes a float); the bounds
 * (≥ 0, 1–60 days, the period) are the API's to check and word.
 */
export function agreementBody(
  form: AgreementForm,
): { body: AgreementBody; problems?: undefined } | { body?: undefined; problems: AgreementProblem[] } {
  const problems: AgreementProblem[] = [];
  const ore = form.threshold.trim() === '' ? 0 : parseKroner(form.threshold);
  if (ore === undefined) problems.push('threshold');
  const days = form.reminderDays.trim();
  if (!/^-?\d+$/.test(days)) problems.push('reminderDays');
  if (problems.length > 0) return { problems };
  return {
    body: {
      municipalityId: form.municipalityId,
      housingOrganisationId: form.housingOrganisationId,
      enabledWarnings: VOLUNTARY_WARNINGS.filter((w) => form.enabledWarnings.includes(w)),
      arrearsThresholdOre: ore!,
      evictionReminderBusinessDays: Number(days),
      validFrom: form.validFrom,
      validTo: form.validTo === '' ? null : form.validTo,
    },
  };
}

/**
 * The API's problem with each field of a refused body ({field, message} in details), for
 * showing beside the field; the first problem of a field wins. `aliases` maps an API field
 * name to the form's, where they differ.
 */
export function fieldErrors(error: unknown, aliases: Readonly<Record<string, string>> = {}): Record<string, string> {
  if (!(error instanceof ApiCallError) || !error.body?.details) return {};
  const result: Record<string, string> = {};
  for (const detail of error.body.details as { field?: string; message: string }[]) {
    if (!detail.field) continue;
    const field = aliases[detail.field] ?? detail.field;
    result[field] ??= detail.message;
  }
  return result;
}

/**
 * Every page of a list: the directory is small (tens of municipalities and organisations), and
 * the admin screens show it whole, so each list follows nextCursor to its end, at most
 * `maxPages` pages of 200.
 */
export async function allPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
  maxPages = 50,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const result = await fetchPage(cursor);
    items.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return items;
}

/** Optional text: trimmed, or null when left empty (clears it on a change, leaves it out on create). */
export function optionalText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Sorts by a name the Danish way (æ, ø, å last). */
export function byName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

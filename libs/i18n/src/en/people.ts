import { type Messages } from '../catalogue.js';

export const entities: Messages['entities'] = {
  municipality: 'The municipality',
  housing_organisation: 'The housing organisation',
  department: 'The department',
  probation_unit: 'The probation unit',
  counselling_provider: 'The debt-counselling provider',
  user: 'The user',
  person: 'The person',
  consent: 'The consent',
  tenancy: 'The tenancy',
  arrears_case: 'The case',
  payment_plan: 'The payment plan',
  arrears_import: 'The import',
  warning: 'The warning',
  inbox_item: 'The inbox item',
  notification: 'The notification',
  cooperation_agreement: 'The cooperation agreement',
};

export const roles: Messages['roles'] = {
  housing_caseworker: 'housing caseworker',
  municipal_social_worker: 'municipal social worker',
  debt_advisor: 'debt advisor',
  probation_officer: 'probation officer',
  manager: 'manager',
  administrator: 'administrator',
};

export const organisationKinds: Messages['organisationKinds'] = {
  housingOrganisationId: 'a housing organisation',
  municipalityId: 'a municipality',
  probationUnitId: 'a probation unit',
  counsellingProviderId: 'a debt-counselling provider',
  municipality: 'a municipality',
  housing_organisation: 'a housing organisation',
  probation_unit: 'a probation unit',
  counselling_provider: 'a debt-counselling provider',
  none: 'no organisation',
};

export const directory: Messages['directory'] = {
  notFound: (p) => `${p.entity} does not exist.`,
  inUse: (p) => `${p.entity} cannot be deleted because other records refer to it.`,
  unknownReference: 'The request refers to something that does not exist.',
  referenceMissing: 'Does not exist.',
  departmentNumberTaken: (p) => `The housing organisation already has a department number ${p.number}.`,
  cvrTaken: (p) => `A housing organisation with CVR number ${p.cvr} already exists.`,
  municipalityCodeTaken: (p) => `A municipality with municipality code ${p.code} already exists.`,
};

export const access: Messages['access'] = {
  INVALID_CREDENTIALS: 'Wrong email or password.',
  LOGIN_THROTTLED: (p) => `Too many failed attempts. Try again in ${p.seconds} seconds.`,
  TOKEN_INVALID: 'Invalid sign-in. Sign in again.',
  TOKEN_EXPIRED: 'Your sign-in has expired. Sign in again.',
  TOKEN_REVOKED: 'Your sign-in was revoked. Sign in again.',
  REFRESH_TOKEN_REUSED: 'Your sign-in was used twice and has been closed for safety. Sign in again.',
  AUTHENTICATION_REQUIRED: 'You must sign in.',
  ROLE_NOT_ALLOWED: 'Your role does not give access to this.',
  PASSWORD_TOO_WEAK: 'The password must have at least 12 characters.',
  passwordMinLength: 'Must have at least 12 characters.',
  SCOPE_MISMATCH: (p) => `A ${p.role} must be linked to exactly one of these: ${p.organisations}.`,
  scopeField: (p) => `Must be linked to exactly one of these: ${p.organisations}.`,
  EMAIL_TAKEN: 'A user with this email already exists.',
};

export const personalData: Messages['personalData'] = {
  CPR_FORMAT: 'The CPR number must have 10 digits (DDMMYY-XXXX).',
  CPR_DATE: 'The CPR number does not contain a valid birth date.',
  cprField: 'Is not a valid CPR number.',
  PERSON_EXISTS: 'A person with this CPR number is already registered in your organisation.',
  STALE_VERSION: 'Someone else changed this since you loaded it. Load it again and repeat your change.',
  STALE_VERSION_AHEAD: (p) =>
    `Version ${p.sent} does not exist yet: the latest is ${p.current}. Load the data again and repeat your change.`,
  versionField: (p) => `Must be the version you loaded (the latest is ${p.current}).`,
  PERSON_HAS_OPEN_CASE: 'The person has an open case and cannot be erased until it is closed.',
  PERSON_ANONYMISED: "The person's data has been erased (anonymised) and cannot be changed.",
  CONSENT_RECIPIENT_MISMATCH: (p) =>
    `The consent's purpose does not fit the recipient: the recipient must be ${p.recipient}.`,
  recipientField: (p) => `Must be ${p.recipient}.`,
  CONSENT_PERIOD_INVALID: 'The consent must expire after the time it was given.',
  expiresAfterGiven: 'Must be after the time the consent was given.',
};

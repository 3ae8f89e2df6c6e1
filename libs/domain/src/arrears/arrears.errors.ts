import { AppError, ConflictError } from '@app/common';

export class CaseVersionConflictError extends ConflictError {
  constructor(current: number) {
    super(
      'STALE_VERSION',
      {
        da: 'Sagen er ændret af en anden siden du hentede den. Hent den igen og gentag handlingen.',
        en: 'Someone else changed the case since you loaded it. Load it again and repeat the action.',
      },
      { currentVersion: current },
    );
  }
}

export class TenantNotInOrganisationError extends AppError {
  constructor() {
    super(
      'UNKNOWN_REFERENCE',
      400,
      {
        da: 'Personen findes ikke i jeres organisation.',
        en: 'The person does not exist in your organisation.',
      },
      [{ field: 'personId', rule: 'exists', message: 'personId does not exist in your organisation' }],
    );
  }
}

export class TenancyExistsError extends ConflictError {
  constructor(existingId: string) {
    super(
      'TENANCY_EXISTS',
      { da: 'Lejemålet er allerede oprettet i afdelingen.', en: 'The tenancy already exists in the department.' },
      { existingId },
    );
  }
}

export class NoOpenCaseError extends ConflictError {
  constructor() {
    super('NO_OPEN_CASE', {
      da: 'Lejemålet har ingen åben restancesag.',
      en: 'The tenancy has no open arrears case.',
    });
  }
}

export class TransitionRefusedError extends AppError {
  constructor(code: string, text: { da: string; en: string }, details?: unknown) {
    super(code, 409, text, details);
  }
}

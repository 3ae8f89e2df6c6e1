import { AppError } from '@app/common';
import { localized, type Messages } from '@app/i18n';
import { DuplicateError } from '../directory/directory.errors.js';
import { type Role } from './roles.js';

export class InvalidCredentialsError extends AppError {
  constructor() {
    super(
      'INVALID_CREDENTIALS',
      401,
      localized((m) => m.access.INVALID_CREDENTIALS),
    );
  }
}

export class LoginThrottledError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    const text = localized((m) => m.access.LOGIN_THROTTLED({ seconds: String(retryAfterSeconds) }));
    super('LOGIN_THROTTLED', 429, text, [{ field: null, rule: 'throttled', message: text, retryAfterSeconds }]);
  }
}

export type TokenErrorCode = 'TOKEN_INVALID' | 'TOKEN_EXPIRED' | 'TOKEN_REVOKED' | 'REFRESH_TOKEN_REUSED';

export class TokenInvalidError extends AppError {
  constructor(code: TokenErrorCode = 'TOKEN_INVALID') {
    super(
      code,
      401,
      localized((m) => m.access[code]),
    );
  }
}

export class AuthenticationRequiredError extends AppError {
  constructor() {
    super(
      'AUTHENTICATION_REQUIRED',
      401,
      localized((m) => m.access.AUTHENTICATION_REQUIRED),
    );
  }
}

export class RoleNotAllowedError extends AppError {
  constructor() {
    super(
      'ROLE_NOT_ALLOWED',
      403,
      localized((m) => m.access.ROLE_NOT_ALLOWED),
    );
  }
}

export class PasswordPolicyError extends AppError {
  constructor() {
    super(
      'PASSWORD_TOO_WEAK',
      400,
      localized((m) => m.access.PASSWORD_TOO_WEAK),
      [{ field: 'password', rule: 'minLength', message: localized((m) => m.access.passwordMinLength) }],
    );
  }
}

/** A user's role and the organisation it is linked to do not fit together. */
export class ScopeMismatchError extends AppError {
  constructor(role: Role, expected: readonly string[]) {
    const organisations = (m: Messages) =>
      expected.length
        ? expected.map((field) => m.organisationKinds[field as keyof Messages['organisationKinds']] ?? field).join(', ')
        : m.organisationKinds.none;
    super(
      'SCOPE_MISMATCH',
      400,
      localized((m) => m.access.SCOPE_MISMATCH({ role: m.roles[role], organisations: organisations(m) })),
      [
        {
          field: 'role',
          rule: 'scope',
          message: localized((m) => m.access.scopeField({ organisations: organisations(m) })),
          allowed: expected,
        },
      ],
    );
  }
}

export class EmailTakenError extends DuplicateError {
  constructor() {
    super(
      'EMAIL_TAKEN',
      'email',
      localized((m) => m.access.EMAIL_TAKEN),
    );
  }
}

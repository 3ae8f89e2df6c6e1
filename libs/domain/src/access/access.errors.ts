import { AppError } from '@app/common';
import { DuplicateError } from '../directory/directory.errors.js';
import { type Role } from './roles.js';

export class InvalidCredentialsError extends AppError {
  constructor() {
    super('INVALID_CREDENTIALS', 401, {
      da: 'Forkert e-mail eller adgangskode.',
      en: 'Wrong email or password.',
    });
  }
}

export class LoginThrottledError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'LOGIN_THROTTLED',
      429,
      {
        da: `For mange mislykkede forsøg. Prøv igen om ${retryAfterSeconds} sekunder.`,
        en: `Too many failed attempts. Try again in ${retryAfterSeconds} seconds.`,
      },
      { retryAfterSeconds },
    );
  }
}

export class TokenInvalidError extends AppError {
  constructor(code: 'TOKEN_INVALID' | 'TOKEN_EXPIRED' | 'TOKEN_REVOKED' | 'REFRESH_TOKEN_REUSED' = 'TOKEN_INVALID') {
    const text = {
      TOKEN_INVALID: { da: 'Ugyldigt login. Log ind igen.', en: 'Invalid sign-in. Sign in again.' },
      TOKEN_EXPIRED: { da: 'Dit login er udløbet. Log ind igen.', en: 'Your sign-in has expired. Sign in again.' },
      TOKEN_REVOKED: { da: 'Dit login er tilbagekaldt. Log ind igen.', en: 'Your sign-in was revoked. Sign in again.' },
      REFRESH_TOKEN_REUSED: {
        da: 'Dit login blev brugt to gange og er derfor lukket af sikkerhedshensyn. Log ind igen.',
        en: 'Your sign-in was used twice and has been closed for safety. Sign in again.',
      },
    }[code];
    super(code, 401, text);
  }
}

export class AuthenticationRequiredError extends AppError {
  constructor() {
    super('AUTHENTICATION_REQUIRED', 401, { da: 'Du skal logge ind.', en: 'You must sign in.' });
  }
}

export class RoleNotAllowedError extends AppError {
  constructor() {
    super('ROLE_NOT_ALLOWED', 403, {
      da: 'Din rolle giver ikke adgang til dette.',
      en: 'Your role does not give access to this.',
    });
  }
}

export class PasswordPolicyError extends AppError {
  constructor() {
    super(
      'PASSWORD_TOO_WEAK',
      400,
      {
        da: 'Adgangskoden skal have mindst 12 tegn.',
        en: 'The password must have at least 12 characters.',
      },
      [{ field: 'password', rule: 'minLength', message: 'password must be at least 12 characters' }],
    );
  }
}

/** A user's role and the organisation it is linked to do not fit together. */
export class ScopeMismatchError extends AppError {
  constructor(role: Role, expected: string[]) {
    const fields = expected.length ? expected.join(' or ') : 'no organisation';
    super(
      'SCOPE_MISMATCH',
      400,
      {
        da: `Rollen ${role} skal knyttes til præcis ét af: ${fields}.`,
        en: `The role ${role} must be linked to exactly one of: ${fields}.`,
      },
      [{ field: 'role', rule: 'scope', message: `${role} takes ${fields}` }],
    );
  }
}

export class EmailTakenError extends DuplicateError {
  constructor() {
    super('EMAIL_TAKEN', 'email', {
      da: 'Der findes allerede en bruger med denne e-mail.',
      en: 'A user with this email already exists.',
    });
  }
}

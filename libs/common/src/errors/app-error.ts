import { type LocalizedText } from '@app/i18n';

export type { Language, LocalizedText } from '@app/i18n';

/**
 * A failure the caller can act on. `code` is stable (clients and tests match on it); `text`
 * is what a caseworker reads; `details` says which field or row is at fault.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly statusCode: number,
    readonly text: LocalizedText,
    readonly details?: unknown,
  ) {
    super(text.en);
    this.name = 'AppError';
  }
}

export class ConflictError extends AppError {
  constructor(code: string, text: LocalizedText, details?: unknown) {
    super(code, 409, text, details);
  }
}

export class NotFoundError extends AppError {
  constructor(code: string, text: LocalizedText, details?: unknown) {
    super(code, 404, text, details);
  }
}

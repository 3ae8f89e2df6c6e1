import { type LocalizedText } from './app-error.js';

/**
 * Codes and texts for failures raised by the HTTP layer itself. Domain areas declare their
 * own codes beside their services.
 */
export const HttpErrorText = {
  VALIDATION_FAILED: {
    da: 'Oplysningerne er ikke gyldige. Ret de felter, der er nævnt, og prøv igen.',
    en: 'The data is not valid. Correct the fields listed and try again.',
  },
  UNKNOWN_FIELD: {
    da: 'Anmodningen indeholder felter, som systemet ikke kender. Fjern dem og prøv igen.',
    en: 'The request contains fields the system does not know. Remove them and try again.',
  },
  MALFORMED_JSON: {
    da: 'Anmodningen er ikke gyldig JSON.',
    en: 'The request body is not valid JSON.',
  },
  PAYLOAD_TOO_LARGE: {
    da: 'Anmodningen er for stor.',
    en: 'The request body is too large.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    da: 'Indholdstypen understøttes ikke. Send JSON (Content-Type: application/json).',
    en: 'The content type is not supported. Send JSON (Content-Type: application/json).',
  },
  NOT_FOUND: {
    da: 'Ressourcen findes ikke.',
    en: 'The resource does not exist.',
  },
  METHOD_NOT_ALLOWED: {
    da: 'Metoden er ikke tilladt her.',
    en: 'The method is not allowed here.',
  },
  BAD_REQUEST: {
    da: 'Anmodningen kan ikke behandles.',
    en: 'The request cannot be processed.',
  },
  UNAUTHORIZED: {
    da: 'Du skal logge ind.',
    en: 'You must sign in.',
  },
  FORBIDDEN: {
    da: 'Du har ikke adgang til dette.',
    en: 'You do not have access to this.',
  },
  SERVICE_UNAVAILABLE: {
    da: 'Tjenesten er ikke tilgængelig lige nu. Prøv igen om lidt.',
    en: 'The service is not available right now. Try again shortly.',
  },
  INTERNAL_ERROR: {
    da: 'Der opstod en uventet fejl. Oplys fejl-id til support.',
    en: 'An unexpected error occurred. Give the error id to support.',
  },
} satisfies Record<string, LocalizedText>;

export type HttpErrorCode = keyof typeof HttpErrorText;

/** Stable code for an HTTP status raised outside our own code (routing, body parsing, guards). */
export function codeForStatus(status: number): HttpErrorCode {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHORIZED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 405:
      return 'METHOD_NOT_ALLOWED';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 503:
      return 'SERVICE_UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST';
  }
}

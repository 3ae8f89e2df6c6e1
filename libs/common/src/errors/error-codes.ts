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
  JSON_TOO_DEEP: {
    da: 'Anmodningens JSON er indlejret for dybt (højst 32 niveauer).',
    en: 'The request body JSON is nested too deeply (at most 32 levels).',
  },
  INVALID_CHARACTERS: {
    da: 'Et felt indeholder tegn, der ikke kan gemmes (NUL-tegn eller ufuldstændige Unicode-tegn). Fjern dem og prøv igen.',
    en: 'A field contains characters that cannot be stored (NUL characters or incomplete Unicode characters). Remove them and try again.',
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
  // The database refused the data (see http/database-errors.ts): the caller's fault, never a 500.
  CONFLICT: {
    da: 'Oplysningerne strider mod noget, der allerede er registreret. Hent de nyeste oplysninger og prøv igen.',
    en: 'The data conflicts with something already recorded. Fetch the latest data and try again.',
  },
  IN_USE: {
    da: 'Posten bruges stadig af andre oplysninger og kan ikke slettes.',
    en: 'The record is still in use by other data and cannot be deleted.',
  },
  REFERENCE_NOT_FOUND: {
    da: 'En henvisning i anmodningen peger på noget, der ikke findes.',
    en: 'A reference in the request points to something that does not exist.',
  },
  CONSTRAINT_VIOLATED: {
    da: 'Oplysningerne overholder ikke systemets regler. Ret dem og prøv igen.',
    en: 'The data breaks one of the system’s rules. Correct it and try again.',
  },
  VALUE_REQUIRED: {
    da: 'Et påkrævet felt mangler eller er tomt.',
    en: 'A required field is missing or empty.',
  },
  INVALID_VALUE: {
    da: 'En værdi i anmodningen har et ugyldigt format eller ligger uden for det tilladte område.',
    en: 'A value in the request has an invalid format or is out of range.',
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

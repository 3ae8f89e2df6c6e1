import { type Messages } from '../catalogue.js';

export const http: Messages['http'] = {
  VALIDATION_FAILED: 'The data is not valid. Correct the fields listed and try again.',
  UNKNOWN_FIELD: 'The request contains fields the system does not know. Remove them and try again.',
  MALFORMED_JSON: 'The request body is not valid JSON.',
  JSON_TOO_DEEP: 'The request body JSON is nested too deeply (at most 32 levels).',
  INVALID_CHARACTERS:
    'A field contains characters that cannot be stored (NUL characters or incomplete Unicode characters). Remove them and try again.',
  PAYLOAD_TOO_LARGE: 'The request body is too large.',
  UNSUPPORTED_MEDIA_TYPE: 'The content type is not supported. Send JSON (Content-Type: application/json).',
  NOT_FOUND: 'The resource does not exist.',
  METHOD_NOT_ALLOWED: 'The method is not allowed here.',
  BAD_REQUEST: 'The request cannot be processed.',
  UNAUTHORIZED: 'You must sign in.',
  FORBIDDEN: 'You do not have access to this.',
  SERVICE_UNAVAILABLE: 'The service is not available right now. Try again shortly.',
  // The database refused the data (see http/database-errors.ts): the caller's fault, never a 500.
  CONFLICT: 'The data conflicts with something already recorded. Fetch the latest data and try again.',
  IN_USE: 'The record is still in use by other data and cannot be deleted.',
  REFERENCE_NOT_FOUND: 'A reference in the request points to something that does not exist.',
  CONSTRAINT_VIOLATED: 'The data breaks one of the system’s rules. Correct it and try again.',
  VALUE_REQUIRED: 'A required field is missing or empty.',
  INVALID_VALUE: 'A value in the request has an invalid format or is out of range.',
  INTERNAL_ERROR: 'An unexpected error occurred. Give the error id to support.',
};

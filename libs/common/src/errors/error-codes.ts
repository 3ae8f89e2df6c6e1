import { localized, messagesFor, type LocalizedText, type Messages } from '@app/i18n';

/**
 * Codes and texts for failures raised by the HTTP layer itself, from the message catalogue
 * (libs/i18n). Domain areas declare their own codes beside their services.
 */
export type HttpErrorCode = keyof Messages['http'];

export const HttpErrorText = Object.freeze(
  Object.fromEntries(
    (Object.keys(messagesFor('da').http) as HttpErrorCode[]).map((code) => [code, localized((m) => m.http[code])]),
  ),
) as Readonly<Record<HttpErrorCode, LocalizedText>>;

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

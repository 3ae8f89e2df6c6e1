export type CprErrorCode = 'CPR_FORMAT' | 'CPR_DATE';

/**
 * A string that is not a usable CPR number. The message never repeats the input: a CPR number
 * (or even its birth date) is personal data, and error messages end up in logs
 * (databeskyttelsesloven § 11; see docs/personal-data.md#free-text-logs-and-error-messages).
 */
export class CprError extends Error {
  override readonly name = 'CprError';

  constructor(
    readonly code: CprErrorCode,
    message: string,
  ) {
    super(message);
  }
}

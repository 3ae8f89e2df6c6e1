export type CalendarErrorCode =
  'CALENDAR_INVALID_DATE' | 'CALENDAR_DATE_OUT_OF_RANGE' | 'CALENDAR_INVALID_ARGUMENT' | 'CALENDAR_INVALID_RULES';

/**
 * A bad input to the legal calendar. `code` is stable (the HTTP layer maps every code to a 400);
 * `text` is ready for a caseworker in both languages.
 *
 * The message never repeats the input: a free-text date field is where people paste the wrong
 * thing (a CPR number, say), and error messages end up in logs
 * (docs/personal-data.md#free-text-logs-and-error-messages).
 */
export class CalendarError extends Error {
  override readonly name = 'CalendarError';

  constructor(
    readonly code: CalendarErrorCode,
    readonly text: { readonly da: string; readonly en: string },
  ) {
    super(text.en);
  }
}

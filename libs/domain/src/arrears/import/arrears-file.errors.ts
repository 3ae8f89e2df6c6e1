import { AppError } from '@app/common';

export type ArrearsFileErrorCode =
  | 'IMPORT_EMPTY_FILE'
  | 'IMPORT_NOT_UTF8'
  | 'IMPORT_MISSING_COLUMNS'
  | 'IMPORT_DUPLICATE_COLUMNS'
  | 'IMPORT_UNREADABLE_FILE'
  | 'IMPORT_NOT_AN_ARRAY'
  | 'IMPORT_TOO_MANY_ROWS';

/**
 * A problem with the file as a whole, so no further row can be read (a problem with one row is a
 * RowProblem instead, and the import carries on). Like every message of the import, the text never
 * quotes the file's content: a shifted column can put a CPR number anywhere.
 */
export class ArrearsFileError extends AppError {
  constructor(
    override readonly code: ArrearsFileErrorCode,
    text: { da: string; en: string },
    details?: unknown,
    options?: { cause?: unknown },
  ) {
    super(code, 422, text, details);
    this.name = 'ArrearsFileError';
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

import { AppError } from '@app/common';
import { localized, type LocalizedText } from '@app/i18n';

export type ArrearsFileErrorCode =
  | 'IMPORT_EMPTY_FILE'
  | 'IMPORT_MISSING_COLUMNS'
  | 'IMPORT_DUPLICATE_COLUMNS'
  | 'IMPORT_UNREADABLE_FILE'
  | 'IMPORT_NOT_AN_ARRAY'
  | 'IMPORT_NOT_A_WORKBOOK'
  | 'IMPORT_TOO_MANY_ROWS';

/**
 * One thing wrong with the file, in the house's details shape (common/errors/error-body.ts):
 * the field at fault (null for the file as a whole), the rule, the message in both languages, and
 * values that help put it right (`column`, `line`, `maxRows`).
 */
export interface ArrearsFileErrorDetail {
  field: string | null;
  rule: string;
  message: LocalizedText;
  [value: string]: unknown;
}

/**
 * A problem with the file as a whole, so no further row can be read (a problem with one row is a
 * RowProblem instead, and the import carries on). Like every message of the import, the text never
 * quotes the file's content: a shifted column can put a CPR number anywhere.
 */
export class ArrearsFileError extends AppError {
  declare readonly details: ArrearsFileErrorDetail[];

  constructor(
    override readonly code: ArrearsFileErrorCode,
    text: LocalizedText,
    details: ArrearsFileErrorDetail[] = [],
    options?: { cause?: unknown },
  ) {
    super(code, 422, text, details);
    this.name = 'ArrearsFileError';
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** The bytes are not an .xlsx workbook (not a zip, or a zip without a worksheet): refused at upload, or failed when read. */
export function notAWorkbook(cause?: unknown): ArrearsFileError {
  const text = localized((m) => m.imports.file.IMPORT_NOT_A_WORKBOOK);
  return new ArrearsFileError(
    'IMPORT_NOT_A_WORKBOOK',
    text,
    [{ field: 'file', rule: 'IMPORT_NOT_A_WORKBOOK', message: text }],
    cause === undefined ? undefined : { cause },
  );
}

/** An upload without a single byte: refused at once, nothing kept. */
export function emptyUpload(): AppError {
  return new AppError(
    'IMPORT_EMPTY_FILE',
    400,
    localized((m) => m.imports.upload.IMPORT_EMPTY_FILE),
  );
}

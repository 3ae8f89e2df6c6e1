import { localized, type LocalizedText, type Messages } from '@app/i18n';
import { type RowProblem } from './arrears-file-parser.js';

/** The SQLSTATE of a database error (TypeORM copies the driver's fields onto its error), if it is one. */
export function sqlStateOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Whether the database refused the data rather than the work: SQLSTATE class 22 (data exception:
 * a character it cannot store, a value too long or out of range) or 23 (a constraint: check, not
 * null, unique, foreign key). Such a failure is caused by some row of the batch, so the batch is
 * split to find it. Anything else (a lost connection, a deadlock, a trigger raising) is a failed
 * attempt at the whole import.
 */
export function isRowRefusal(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state !== undefined && (state.startsWith('22') || state.startsWith('23'));
}

/**
 * Whether two transactions got in each other's way (SQLSTATE 40P01 deadlock_detected, 40001
 * serialization_failure): the database rolled one back, and the same work run again succeeds.
 */
export function isConflict(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state === '40P01' || state === '40001';
}

/**
 * Runs `work` (one transaction) again when the database rolled it back for a conflict with
 * another, up to `attempts` times in all; any other failure, or the last conflict, is thrown.
 */
export async function retryingConflicts<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isConflict(error)) throw error;
    }
  }
}

function refusalReason(state: string | undefined, m: Messages): string {
  switch (state) {
    case '22021': // character_not_in_repertoire: a NUL, or bytes that are not UTF-8
    case '22P05': // untranslatable_character
      return m.imports.row.refusedCharacter;
    case '22001': // string_data_right_truncation
      return m.imports.row.refusedTooLong;
    case '22003': // numeric_value_out_of_range
      return m.imports.row.refusedNumber;
    default:
      return state?.startsWith('23') ? m.imports.row.refusedRule : m.imports.row.refusedForm;
  }
}

/**
 * The problem reported for a row the database refused on its own. It names the kind of value,
 * never the value or the database's message (which quotes it): both are stored and shown.
 */
export function refusedRowProblem(rowNumber: number, error: unknown): RowProblem {
  const state = sqlStateOf(error);
  return {
    rowNumber,
    field: 'row',
    column: null,
    code: 'ROW_REFUSED',
    message: localized((m) => m.imports.row.refused({ reason: refusalReason(state, m) })),
  };
}

/** The reason an import that used up its attempts gives the caseworker (arrears_import.error). */
export function processingFailed(attempts: number): { code: 'IMPORT_PROCESSING_FAILED'; text: LocalizedText } {
  return {
    code: 'IMPORT_PROCESSING_FAILED',
    text: localized((m) => m.imports.IMPORT_PROCESSING_FAILED({ attempts: String(attempts) })),
  };
}

import { type LocalizedText } from '@app/common';
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

function refusalReason(state: string | undefined): LocalizedText {
  switch (state) {
    case '22021': // character_not_in_repertoire: a NUL, or bytes that are not UTF-8
    case '22P05': // untranslatable_character
      return {
        da: 'et tegn, der ikke kan gemmes, fx et nul-tegn',
        en: 'a character that cannot be stored, such as NUL',
      };
    case '22001': // string_data_right_truncation
      return { da: 'en værdi er for lang', en: 'a value is too long' };
    case '22003': // numeric_value_out_of_range
      return { da: 'et tal er for stort', en: 'a number is too large' };
    default:
      return state?.startsWith('23')
        ? { da: 'en værdi overholder ikke systemets regler', en: "a value breaks one of the system's rules" }
        : { da: 'en værdi har en form, databasen ikke kan gemme', en: 'a value has a form the database cannot store' };
  }
}

/**
 * The problem reported for a row the database refused on its own. It names the kind of value,
 * never the value or the database's message (which quotes it): both are stored and shown.
 */
export function refusedRowProblem(rowNumber: number, error: unknown): RowProblem {
  const reason = refusalReason(sqlStateOf(error));
  return {
    rowNumber,
    field: 'row',
    code: 'ROW_REFUSED',
    message: {
      da: `Rækken kunne ikke gemmes: ${reason.da}. Ret rækken og indlæs listen igen; de andre rækker er gemt.`,
      en: `The row could not be saved: ${reason.en}. Correct the row and import the list again; the other rows are saved.`,
    },
  };
}

/** The reason an import that used up its attempts gives the caseworker (arrears_import.error). */
export function processingFailed(attempts: number): { code: 'IMPORT_PROCESSING_FAILED'; text: LocalizedText } {
  return {
    code: 'IMPORT_PROCESSING_FAILED',
    text: {
      da: `Listen kunne ikke indlæses færdig: alle ${attempts} forsøg på at behandle den mislykkedes. Rækker, der allerede er gemt, er bevaret, og listen kan trygt indlæses igen. Sker det igen, så kontakt support og oplys importens id.`,
      en: `The list could not be imported to the end: all ${attempts} attempts at processing it failed. Rows already saved are kept, and the list can safely be imported again. If it happens again, contact support and give the import's id.`,
    },
  };
}

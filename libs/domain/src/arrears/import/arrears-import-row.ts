import { type IsoDate } from '@app/calendar';
import { localized, type LocalizedText, type Messages } from '@app/i18n';
import { CprError, parseCpr } from '../../personal-data/cpr.js';
import {
  amountOreFromNumber,
  FIRST_DUE_YEAR,
  formatOre,
  LAST_DUE_YEAR,
  MAX_AMOUNT_ORE,
  parseAmountOre,
  parseDueDate,
  type AmountProblem,
  type AmountResult,
} from './danish-values.js';

/** One valid line of a monthly arrears list (restanceliste). */
export interface ArrearsImportRow {
  rowNumber: number;
  departmentNumber: string;
  /** The tenancy's unit (lease) number within the department: lejemålsnummer. */
  unit: string;
  address: string;
  postcode: string | null;
  city: string | null;
  tenantName: string;
  /** Normalized to 10 digits without a dash. */
  cpr: string | null;
  monthlyRentOre: number;
  arrearsOre: number;
  dueDate: IsoDate;
  childrenUnder18: number | null;
}

export type ArrearsField = Exclude<keyof ArrearsImportRow, 'rowNumber'>;

export interface RowProblem {
  rowNumber: number;
  /** An ArrearsImportRow property (`arrearsOre`, `dueDate`, …), or `row` for the row as a whole: stable, for machines. */
  field: string;
  /** The column as the user's file heads it ("Restance (kr.)", a JSON key); null for the row as a whole. */
  column: string | null;
  code: string;
  message: LocalizedText;
}

/** The file's own header of each column it has, by field: what its report calls the column. */
export type ColumnHeaders = Partial<Record<ArrearsField, string>>;

export type ParsedRow =
  | { ok: true; row: ArrearsImportRow; headers: ColumnHeaders }
  | { ok: false; rowNumber: number; problems: RowProblem[] };

interface Column {
  field: ArrearsField;
  required: boolean;
  /** Accepted names, as normalized by {@link normalizeColumnName}. */
  names: readonly string[];
}

export const ARREARS_COLUMNS: readonly Column[] = [
  {
    field: 'departmentNumber',
    required: true,
    names: ['afdeling', 'afdelingsnummer', 'afdelingsnr', 'department', 'departmentnumber'],
  },
  {
    field: 'unit',
    required: true,
    names: ['lejemaal', 'lejemaalsnummer', 'lejemaalsnr', 'unit', 'tenancy'],
  },
  { field: 'address', required: true, names: ['adresse', 'address'] },
  {
    field: 'postcode',
    required: false,
    names: ['postnummer', 'postnr', 'postcode'],
  },
  { field: 'city', required: false, names: ['by', 'city'] },
  {
    field: 'tenantName',
    required: true,
    names: ['navn', 'lejer', 'name', 'tenant', 'tenantname'],
  },
  {
    field: 'cpr',
    required: false,
    names: ['cpr', 'cprnummer', 'cprnr'],
  },
  {
    field: 'monthlyRentOre',
    required: true,
    names: ['husleje', 'maanedlighusleje', 'rent', 'monthlyrent'],
  },
  {
    field: 'arrearsOre',
    required: true,
    names: ['restance', 'skyldig', 'arrears', 'amount'],
  },
  {
    field: 'dueDate',
    required: true,
    names: ['forfaldsdato', 'forfald', 'duedate', 'due'],
  },
  {
    field: 'childrenUnder18',
    required: false,
    names: ['boern', 'boernunder18', 'children', 'childrenunder18'],
  },
];

const COLUMNS = Object.fromEntries(ARREARS_COLUMNS.map((column) => [column.field, column])) as Record<
  ArrearsField,
  Column
>;

const COLUMN_BY_NAME = new Map(ARREARS_COLUMNS.flatMap((column) => column.names.map((name) => [name, column])));

/**
 * `Månedlig husleje` → `maanedlighusleje`, `CPR-nummer` → `cprnummer`, `Restance (kr.)` → `restance`,
 * `childrenUnder18` → `childrenunder18`: case, spaces, punctuation and a unit in brackets do not
 * matter, and æ, ø, å match their ASCII spellings ae, oe, aa.
 */
export function normalizeColumnName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]/g, '');
}

/** The column a CSV header or JSON key stands for; undefined for a column the import does not use. */
export function columnFor(name: string): Column | undefined {
  return COLUMN_BY_NAME.get(normalizeColumnName(name));
}

/** How long a header the report repeats may be; longer ones are cut (the stored column holds 100). */
const MAX_HEADER_CHARS = 60;

/** A header as the report repeats it: trimmed, on one line, and not longer than a header is. */
export function headerAsShown(name: string): string {
  const chars = [...name.trim().replace(/\s+/g, ' ')];
  return chars.length > MAX_HEADER_CHARS ? `${chars.slice(0, MAX_HEADER_CHARS - 1).join('')}…` : chars.join('');
}

/**
 * A column as a message names it: the file's own header when it has the column (the same word in
 * both languages, as the user wrote it), otherwise the usual header in the reader's language.
 */
export function columnName(messages: Messages, field: ArrearsField, headers: ColumnHeaders): string {
  return headers[field] ?? messages.imports.columns[field];
}

/** A cell as read from the file: text from a CSV, any JSON value from a JSON file; absent is undefined. */
export type Cells = Partial<Record<ArrearsField, unknown>>;

const MAX_LENGTH: Partial<Record<ArrearsField, number>> = {
  departmentNumber: 20,
  unit: 40,
  address: 300,
  city: 100,
  tenantName: 200,
};

const MAX_CHILDREN = 30;

/**
 * What PostgreSQL's text cannot hold: U+0000 (refused with "invalid byte sequence"), and a lone
 * surrogate (a JSON `\ud800` escape), which is no character at all and would be stored as U+FFFD.
 * Caught here, the row gets a problem of its own instead of failing its whole batch.
 */
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

type RowMessages = Messages['imports']['row'];
/** A row message that names its column; `values` are its other parameters. */
type ColumnMessage = {
  [K in keyof RowMessages]: RowMessages[K] extends (p: never) => string ? K : never;
}[keyof RowMessages];

/**
 * Checks one row's cells and reports every problem in it, not only the first. `headers` are the
 * file's own names of its columns, which the problems repeat.
 */
export function validateArrearsRow(rowNumber: number, cells: Cells, headers: ColumnHeaders = {}): ParsedRow {
  const problems: RowProblem[] = [];
  const report: Report = (field, code, key, values = {}) =>
    problems.push({
      rowNumber,
      field,
      column: headers[field] ?? null,
      code,
      message: localized((m) =>
        (m.imports.row[key] as (p: Record<string, string>) => string)({
          column: columnName(m, field, headers),
          ...values,
        }),
      ),
    });

  const text = (field: ArrearsField): string | null => {
    const column = COLUMNS[field];
    const raw = cells[field];
    if (raw !== undefined && raw !== null && typeof raw !== 'string' && typeof raw !== 'number') {
      report(field, 'INVALID_TEXT', 'mustBeText');
      return null;
    }
    const value = tidy(
      typeof raw === 'string' ? raw : raw === undefined || raw === null ? '' : String(raw),
      field === 'address',
    );
    if (value === '') {
      if (column.required) report(field, 'REQUIRED', 'required');
      return null;
    }
    // U+FFFD stands for characters lost before the file reached us (the decoder finds no invalid bytes).
    if (value.includes('\ufffd')) {
      report(field, 'INVALID_TEXT', 'unreadable');
      return null;
    }
    if (UNSTORABLE.test(value)) {
      report(field, 'INVALID_TEXT', 'unstorable');
      return null;
    }
    const max = MAX_LENGTH[field];
    // Code points, as PostgreSQL's varchar(n) counts them; UTF-16 length is an upper bound, so most values skip the count.
    if (max !== undefined && value.length > max && [...value].length > max) {
      report(field, 'TOO_LONG', 'tooLong', { max: String(max) });
      return null;
    }
    return value;
  };

  const amount = (field: 'monthlyRentOre' | 'arrearsOre'): number | null => {
    const raw = cells[field];
    if (isBlank(raw)) {
      report(field, 'REQUIRED', 'required');
      return null;
    }
    const result: AmountResult =
      typeof raw === 'number'
        ? amountOreFromNumber(raw)
        : typeof raw === 'string'
          ? parseAmountOre(raw)
          : { ok: false, problem: 'format' };
    if (!result.ok) {
      report(field, 'INVALID_AMOUNT', AMOUNT_MESSAGES[result.problem], { max: formatOre(MAX_AMOUNT_ORE) });
      return null;
    }
    if (result.ore === 0) {
      report(field, 'INVALID_AMOUNT', 'amountZero');
      return null;
    }
    return result.ore;
  };

  const departmentNumber = text('departmentNumber');
  const unit = text('unit');
  const address = text('address');
  const postcode = readPostcode(cells.postcode, report);
  const city = text('city');
  const tenantName = text('tenantName');
  const cpr = readCpr(cells.cpr, report);
  const monthlyRentOre = amount('monthlyRentOre');
  const arrearsOre = amount('arrearsOre');
  const dueDate = readDueDate(cells.dueDate, report);
  const childrenUnder18 = readChildren(cells.childrenUnder18, report);

  if (problems.length > 0) return { ok: false, rowNumber, problems };
  return {
    ok: true,
    headers,
    row: {
      rowNumber,
      // Non-null: each is required, and a missing one was reported above.
      departmentNumber: departmentNumber as string,
      unit: unit as string,
      address: address as string,
      postcode,
      city,
      tenantName: tenantName as string,
      cpr,
      monthlyRentOre: monthlyRentOre as number,
      arrearsOre: arrearsOre as number,
      dueDate: dueDate as IsoDate,
      childrenUnder18,
    },
  };
}

type Report = (field: ArrearsField, code: string, key: ColumnMessage, values?: Record<string, string>) => void;

const AMOUNT_MESSAGES: Record<AmountProblem, ColumnMessage> = {
  negative: 'amountNegative',
  decimals: 'amountDecimals',
  'too-large': 'amountTooLarge',
  format: 'amountFormat',
};

/**
 * Whitespace runs become one space; in an address a line break (a multi-line cell: "Bøgevej 12",
 * "2. tv.") becomes ", ", as the address is kept on one line.
 */
function tidy(value: string, joinLines: boolean): string {
  const trimmed = value.trim();
  const joined = joinLines ? trimmed.replace(/\s*[\r\n]+\s*/g, ', ') : trimmed;
  return joined.replace(/\s+/g, ' ');
}

function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

function readPostcode(raw: unknown, report: Report): string | null {
  if (isBlank(raw)) return null;
  const text =
    typeof raw === 'string' || typeof raw === 'number'
      ? String(raw)
          .trim()
          .replace(/^dk[- ]?/i, '')
      : '';
  if (/^\d{4}$/.test(text)) return text;
  report('postcode', 'INVALID_POSTCODE', 'postcode');
  return null;
}

/** Never quotes the value: a CPR number is personal data, and these messages are stored and shown. */
function readCpr(raw: unknown, report: Report): string | null {
  if (isBlank(raw)) return null;
  const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
  if (/^\d{9}$/.test(text)) {
    // Excel turns 0101901234 into the number 101901234. Guessing the zero back could attach the
    // wrong person's number, so the user fixes the file instead.
    report('cpr', 'INVALID_CPR', 'cprNineDigits');
    return null;
  }
  try {
    return parseCpr(text).value;
  } catch (error) {
    if (!(error instanceof CprError)) throw error;
    report('cpr', 'INVALID_CPR', error.code === 'CPR_DATE' ? 'cprDate' : 'cprFormat');
    return null;
  }
}

function readDueDate(raw: unknown, report: Report): IsoDate | null {
  if (isBlank(raw)) {
    report('dueDate', 'REQUIRED', 'required');
    return null;
  }
  const result = typeof raw === 'string' ? parseDueDate(raw) : ({ ok: false, problem: 'format' } as const);
  if (result.ok) return result.date;
  switch (result.problem) {
    case 'not-a-day':
      report('dueDate', 'INVALID_DATE', 'dateNotADay');
      break;
    case 'out-of-range':
      report('dueDate', 'INVALID_DATE', 'dateOutOfRange', {
        first: String(FIRST_DUE_YEAR),
        last: String(LAST_DUE_YEAR),
      });
      break;
    case 'format':
      report('dueDate', 'INVALID_DATE', 'dateFormat');
      break;
  }
  return null;
}

function readChildren(raw: unknown, report: Report): number | null {
  if (isBlank(raw)) return null;
  const count =
    typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,2}$/.test(raw.trim()) ? Number(raw) : NaN;
  if (Number.isInteger(count) && count >= 0 && count <= MAX_CHILDREN) return count;
  report('childrenUnder18', 'INVALID_NUMBER', 'children', { max: String(MAX_CHILDREN) });
  return null;
}

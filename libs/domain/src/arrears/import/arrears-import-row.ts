import { type IsoDate } from '@app/calendar';
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
  /** An ArrearsImportRow property (`arrearsOre`, `dueDate`, …), or `row` for the row as a whole. */
  field: string;
  code: string;
  message: { da: string; en: string };
}

export type ParsedRow = { ok: true; row: ArrearsImportRow } | { ok: false; rowNumber: number; problems: RowProblem[] };

interface Column {
  field: ArrearsField;
  required: boolean;
  label: { da: string; en: string };
  /** Accepted names, as normalized by {@link normalizeColumnName}. */
  names: readonly string[];
}

export const ARREARS_COLUMNS: readonly Column[] = [
  {
    field: 'departmentNumber',
    required: true,
    label: { da: 'Afdeling', en: 'Department' },
    names: ['afdeling', 'afdelingsnummer', 'afdelingsnr', 'department', 'departmentnumber'],
  },
  {
    field: 'unit',
    required: true,
    label: { da: 'Lejemål', en: 'Unit' },
    names: ['lejemaal', 'lejemaalsnummer', 'lejemaalsnr', 'unit', 'tenancy'],
  },
  { field: 'address', required: true, label: { da: 'Adresse', en: 'Address' }, names: ['adresse', 'address'] },
  {
    field: 'postcode',
    required: false,
    label: { da: 'Postnummer', en: 'Postcode' },
    names: ['postnummer', 'postnr', 'postcode'],
  },
  { field: 'city', required: false, label: { da: 'By', en: 'City' }, names: ['by', 'city'] },
  {
    field: 'tenantName',
    required: true,
    label: { da: 'Navn', en: 'Name' },
    names: ['navn', 'lejer', 'name', 'tenant', 'tenantname'],
  },
  {
    field: 'cpr',
    required: false,
    label: { da: 'CPR-nummer', en: 'CPR number' },
    names: ['cpr', 'cprnummer', 'cprnr'],
  },
  {
    field: 'monthlyRentOre',
    required: true,
    label: { da: 'Husleje', en: 'Monthly rent' },
    names: ['husleje', 'maanedlighusleje', 'rent', 'monthlyrent'],
  },
  {
    field: 'arrearsOre',
    required: true,
    label: { da: 'Restance', en: 'Arrears' },
    names: ['restance', 'skyldig', 'arrears', 'amount'],
  },
  {
    field: 'dueDate',
    required: true,
    label: { da: 'Forfaldsdato', en: 'Due date' },
    names: ['forfaldsdato', 'forfald', 'duedate', 'due'],
  },
  {
    field: 'childrenUnder18',
    required: false,
    label: { da: 'Børn under 18', en: 'Children under 18' },
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

/** Checks one row's cells and reports every problem in it, not only the first. */
export function validateArrearsRow(rowNumber: number, cells: Cells): ParsedRow {
  const problems: RowProblem[] = [];
  const report = (field: ArrearsField, code: string, da: string, en: string) =>
    problems.push({ rowNumber, field, code, message: { da, en } });

  const text = (field: ArrearsField): string | null => {
    const column = COLUMNS[field];
    const raw = cells[field];
    if (raw !== undefined && raw !== null && typeof raw !== 'string' && typeof raw !== 'number') {
      report(field, 'INVALID_TEXT', `${column.label.da} skal være tekst.`, `${column.label.en} must be text.`);
      return null;
    }
    const value = tidy(
      typeof raw === 'string' ? raw : raw === undefined || raw === null ? '' : String(raw),
      field === 'address',
    );
    if (value === '') {
      if (column.required)
        report(field, 'REQUIRED', `${column.label.da} skal udfyldes.`, `${column.label.en} is required.`);
      return null;
    }
    // U+FFFD is what bytes that are not UTF-8 decode to: the file was saved in another encoding.
    if (value.includes('\ufffd')) {
      report(
        field,
        'INVALID_TEXT',
        `${column.label.da} indeholder tegn, der ikke kan læses. Gem filen som "CSV UTF-8" og prøv igen.`,
        `${column.label.en} contains characters that cannot be read. Save the file as "CSV UTF-8" and try again.`,
      );
      return null;
    }
    if (UNSTORABLE.test(value)) {
      report(
        field,
        'INVALID_TEXT',
        `${column.label.da} indeholder et tegn, der ikke kan gemmes (fx et nul-tegn). Fjern det og indlæs listen igen.`,
        `${column.label.en} contains a character that cannot be stored (a NUL character, for example). Remove it and import the list again.`,
      );
      return null;
    }
    const max = MAX_LENGTH[field];
    // Code points, as PostgreSQL's varchar(n) counts them; UTF-16 length is an upper bound, so most values skip the count.
    if (max !== undefined && value.length > max && [...value].length > max) {
      report(
        field,
        'TOO_LONG',
        `${column.label.da} må højst være ${max} tegn.`,
        `${column.label.en} must be at most ${max} characters.`,
      );
      return null;
    }
    return value;
  };

  const amount = (field: 'monthlyRentOre' | 'arrearsOre'): number | null => {
    const column = COLUMNS[field];
    const raw = cells[field];
    if (isBlank(raw)) {
      report(field, 'REQUIRED', `${column.label.da} skal udfyldes.`, `${column.label.en} is required.`);
      return null;
    }
    const result: AmountResult =
      typeof raw === 'number'
        ? amountOreFromNumber(raw)
        : typeof raw === 'string'
          ? parseAmountOre(raw)
          : { ok: false, problem: 'format' };
    if (!result.ok) {
      const { da, en } = amountMessage(column.label, result.problem);
      report(field, 'INVALID_AMOUNT', da, en);
      return null;
    }
    if (result.ore === 0) {
      report(
        field,
        'INVALID_AMOUNT',
        `${column.label.da} skal være større end 0 kr.`,
        `${column.label.en} must be more than DKK 0.`,
      );
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

type Report = (field: ArrearsField, code: string, da: string, en: string) => void;

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

function amountMessage(label: Column['label'], problem: AmountProblem): { da: string; en: string } {
  switch (problem) {
    case 'negative':
      return { da: `${label.da} må ikke være negativ.`, en: `${label.en} must not be negative.` };
    case 'decimals':
      return {
        da: `${label.da} må højst have 2 decimaler (øre).`,
        en: `${label.en} may have at most 2 decimals (øre).`,
      };
    case 'too-large':
      return {
        da: `${label.da} må højst være ${formatOre(MAX_AMOUNT_ORE)} kr.`,
        en: `${label.en} must be at most DKK ${formatOre(MAX_AMOUNT_ORE)}.`,
      };
    case 'format':
      return {
        da: `${label.da} skal være et beløb i kroner, fx 1.234,50.`,
        en: `${label.en} must be an amount in kroner, written the Danish way, e.g. 1.234,50.`,
      };
  }
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
  report(
    'postcode',
    'INVALID_POSTCODE',
    'Postnummer skal være 4 cifre, fx 2100.',
    'Postcode must be 4 digits, e.g. 2100.',
  );
  return null;
}

/** Never quotes the value: a CPR number is personal data, and these messages are stored and shown. */
function readCpr(raw: unknown, report: Report): string | null {
  if (isBlank(raw)) return null;
  const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
  if (/^\d{9}$/.test(text)) {
    // Excel turns 0101901234 into the number 101901234. Guessing the zero back could attach the
    // wrong person's number, so the user fixes the file instead.
    report(
      'cpr',
      'INVALID_CPR',
      'CPR-nummeret har kun 9 cifre. Excel fjerner ofte et 0 foran: formatér kolonnen som tekst, ret tallet og gem igen.',
      'The CPR number has only 9 digits. Excel often drops a leading 0: format the column as text, correct the number and save again.',
    );
    return null;
  }
  try {
    return parseCpr(text).value;
  } catch (error) {
    if (!(error instanceof CprError)) throw error;
    if (error.code === 'CPR_DATE') {
      report(
        'cpr',
        'INVALID_CPR',
        'CPR-nummeret indeholder ikke en gyldig fødselsdato.',
        'The CPR number does not contain a valid birth date.',
      );
    } else {
      report(
        'cpr',
        'INVALID_CPR',
        'CPR-nummeret skal være 10 cifre, skrevet DDMMÅÅXXXX eller DDMMÅÅ-XXXX.',
        'The CPR number must be 10 digits, written DDMMYYXXXX or DDMMYY-XXXX.',
      );
    }
    return null;
  }
}

function readDueDate(raw: unknown, report: Report): IsoDate | null {
  if (isBlank(raw)) {
    report('dueDate', 'REQUIRED', 'Forfaldsdato skal udfyldes.', 'Due date is required.');
    return null;
  }
  const result = typeof raw === 'string' ? parseDueDate(raw) : ({ ok: false, problem: 'format' } as const);
  if (result.ok) return result.date;
  switch (result.problem) {
    case 'not-a-day':
      report(
        'dueDate',
        'INVALID_DATE',
        'Forfaldsdato er ikke en dato i kalenderen (fx findes 30-02 ikke).',
        'Due date is not a day in the calendar (30-02 does not exist, for example).',
      );
      break;
    case 'out-of-range':
      report(
        'dueDate',
        'INVALID_DATE',
        `Forfaldsdato skal ligge i årene ${FIRST_DUE_YEAR}–${LAST_DUE_YEAR}.`,
        `Due date must fall in the years ${FIRST_DUE_YEAR}–${LAST_DUE_YEAR}.`,
      );
      break;
    case 'format':
      report(
        'dueDate',
        'INVALID_DATE',
        'Forfaldsdato skal være en dato skrevet dd-mm-åååå eller åååå-mm-dd, fx 01-03-2025.',
        'Due date must be a date written dd-mm-yyyy or yyyy-mm-dd, e.g. 01-03-2025.',
      );
      break;
  }
  return null;
}

function readChildren(raw: unknown, report: Report): number | null {
  if (isBlank(raw)) return null;
  const count =
    typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,2}$/.test(raw.trim()) ? Number(raw) : NaN;
  if (Number.isInteger(count) && count >= 0 && count <= MAX_CHILDREN) return count;
  report(
    'childrenUnder18',
    'INVALID_NUMBER',
    `Børn under 18 skal være et helt tal fra 0 til ${MAX_CHILDREN}.`,
    `Children under 18 must be a whole number from 0 to ${MAX_CHILDREN}.`,
  );
  return null;
}

import {
  danishDate,
  danishDateTime,
  danishDecimal,
  isSuppressed,
  neutralise,
  SUPPRESSED_TEXT,
  type ExportColumn,
  type ExportTable,
  type ExportValue,
} from './export-table.js';

const BOM = '\uFEFF';
const SEPARATOR = ';';
const NEWLINE = '\r\n';

/** The text of one cell, typed by its column, before quoting. */
export function csvText(value: ExportValue, column: ExportColumn, yes = 'Ja', no = 'Nej'): string {
  if (value === null || value === undefined) return '';
  if (isSuppressed(value)) return SUPPRESSED_TEXT;
  switch (column.type) {
    case 'integer':
      return typeof value === 'number' ? String(Math.trunc(value)) : neutralise(String(value));
    case 'decimal':
      return typeof value === 'number' ? danishDecimal(value, column.decimals ?? 2) : neutralise(String(value));
    case 'date':
      return typeof value === 'string' || value instanceof Date ? danishDate(value) : neutralise(String(value));
    case 'datetime':
      return typeof value === 'string' || value instanceof Date ? danishDateTime(value) : neutralise(String(value));
    case 'boolean':
      return typeof value === 'boolean' ? (value ? yes : no) : neutralise(String(value));
    case 'text':
      return neutralise(value instanceof Date ? value.toISOString() : String(value));
  }
}

/** RFC 4180 quoting: a field with the separator, a quote or a line break is quoted, quotes doubled. */
export function quote(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvOptions {
  /** The words for true and false in a boolean column (Danish by default). */
  yes?: string;
  no?: string;
}

/** One line of the file, with its CRLF. */
export function csvLine(values: readonly ExportValue[], columns: readonly ExportColumn[], options: CsvOptions = {}) {
  return (
    columns.map((column, i) => quote(csvText(values[i] ?? null, column, options.yes, options.no))).join(SEPARATOR) +
    NEWLINE
  );
}

/**
 * The table as CSV the way Danish Excel opens it with a double click: UTF-8 with a BOM (else it
 * reads Windows-1252), ';' between fields (',' is the decimal sign), decimal comma, dd-mm-yyyy
 * dates, CRLF line ends, and text that could start a formula neutralised.
 */
export function writeCsv(table: ExportTable, options: CsvOptions = {}): Buffer {
  const header = csvLine(
    table.columns.map((c) => c.header),
    table.columns.map(() => ({ header: '', type: 'text' as const })),
  );
  const lines = table.rows.map((row) => csvLine(row, table.columns, options));
  return Buffer.from(BOM + header + lines.join(''), 'utf8');
}

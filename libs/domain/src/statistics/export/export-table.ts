/**
 * A table to export, independent of the file format: typed columns and rows of plain values.
 * The CSV and .xlsx writers (csv-writer.ts, xlsx-writer.ts) turn it into bytes; the statistics
 * and case-list exports build it from their own shapes (statistics-table.adapter.ts,
 * case-list-export.service.ts).
 */

/** How a column's values are written: a number stays a number, a date a date. */
export type ExportColumnType = 'text' | 'integer' | 'decimal' | 'date' | 'datetime' | 'boolean';

export interface ExportColumn {
  header: string;
  type: ExportColumnType;
  /** Decimals shown for a `decimal` column; 2 unless told. */
  decimals?: number;
}

/** A cell that counts fewer than the threshold (or would give one away): written as "<5", never as 0. */
export interface SuppressedCell {
  suppressed: true;
}

/**
 * A value: text; a number (integer or decimal column); a date as `yyyy-mm-dd` (date column); a
 * timestamp as a Date or an ISO string (datetime column); a boolean; null for an empty cell; or a
 * suppressed cell.
 */
export type ExportValue = string | number | boolean | Date | null | SuppressedCell;

export interface ExportTable {
  /** The sheet's name in a workbook (cut to Excel's 31 characters). */
  title: string;
  columns: ExportColumn[];
  rows: ExportValue[][];
}

export type ExportFormat = 'csv' | 'xlsx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const XLSX_EXPORT_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a suppressed cell shows (docs/statistics.md, suppression). */
export const SUPPRESSED_TEXT = '<5';

export const SUPPRESSED: SuppressedCell = Object.freeze({ suppressed: true as const });

export function isSuppressed(value: ExportValue): value is SuppressedCell {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && value.suppressed === true;
}

/**
 * OWASP "CSV injection": a spreadsheet reads a cell whose text starts with =, +, -, @ (or a tab or
 * carriage return) as a formula. Such text gets a leading apostrophe, which Excel shows as text.
 * Only text is neutralised: a number column's -5 is written as the number it is.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const COPENHAGEN = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** A timestamp's wall-clock time in Denmark, as its parts (Excel and CSV have no time zones). */
export function copenhagenParts(value: Date | string): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
} {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error('export: not a timestamp');
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(COPENHAGEN.formatToParts(date).find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** `yyyy-mm-dd` (or a Date, its UTC day) as its parts; anything else is a programming error. */
export function dateParts(value: string | Date): { year: number; month: number; day: number } {
  if (value instanceof Date) {
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) throw new Error('export: not a date');
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** dd-mm-yyyy, the way Danish Excel reads a date. */
export function danishDate(value: string | Date): string {
  const { year, month, day } = dateParts(value);
  return `${pad(day)}-${pad(month)}-${pad(year, 4)}`;
}

/** dd-mm-yyyy hh:mm, Danish time. */
export function danishDateTime(value: string | Date): string {
  const p = copenhagenParts(value);
  return `${pad(p.day)}-${pad(p.month)}-${pad(p.year, 4)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** A decimal with a decimal comma and no thousands separator (a '.' would read as one in Danish Excel). */
export function danishDecimal(value: number, decimals = 2): string {
  return value.toFixed(decimals).replace('.', ',');
}

/** A sheet name Excel accepts: no []:*?/\ and at most 31 characters. */
export function sheetName(title: string): string {
  const cleaned = title.replace(/[[\]:*?/\\]/g, ' ').trim();
  return (cleaned || 'Sheet1').slice(0, 31);
}

/** A file name for Content-Disposition: letters, digits, '-' and '_' only. */
export function exportFileName(base: string, format: ExportFormat): string {
  const safe =
    base
      .normalize('NFKD')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'export';
  return `${safe}.${format}`;
}

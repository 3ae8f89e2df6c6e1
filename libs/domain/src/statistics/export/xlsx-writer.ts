import ExcelJS from 'exceljs';
import {
  copenhagenParts,
  dateParts,
  isSuppressed,
  neutralise,
  sheetName,
  SUPPRESSED_TEXT,
  type ExportColumn,
  type ExportTable,
  type ExportValue,
} from './export-table.js';

/** Danish date formats; Excel shows the decimal sign of the reader's locale for number formats. */
const DATE_FORMAT = 'dd-mm-yyyy';
const DATETIME_FORMAT = 'dd-mm-yyyy hh:mm';

function decimalFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}

/**
 * The cell's value for exceljs, typed: numbers as numbers, dates as dates (Excel has no time zones,
 * so a date is midnight UTC of its day and a timestamp the Danish wall-clock time as if UTC), text as
 * text — never a formula: exceljs writes a string as a string, and text that a spreadsheet would
 * read as a formula once re-saved as CSV is neutralised as in the CSV.
 */
export function xlsxValue(value: ExportValue, column: ExportColumn, yes = 'Ja', no = 'Nej'): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (isSuppressed(value)) return SUPPRESSED_TEXT;
  switch (column.type) {
    case 'integer':
    case 'decimal':
      return typeof value === 'number' ? value : neutralise(String(value));
    case 'date': {
      if (typeof value !== 'string' && !(value instanceof Date)) return neutralise(String(value));
      const { year, month, day } = dateParts(value);
      return new Date(Date.UTC(year, month - 1, day));
    }
    case 'datetime': {
      if (typeof value !== 'string' && !(value instanceof Date)) return neutralise(String(value));
      const p = copenhagenParts(value);
      return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
    }
    case 'boolean':
      return typeof value === 'boolean' ? (value ? yes : no) : neutralise(String(value));
    case 'text':
      return neutralise(value instanceof Date ? value.toISOString() : String(value));
  }
}

export interface XlsxOptions {
  yes?: string;
  no?: string;
}

/** The tables as one workbook, a sheet each, header row bold and frozen. */
export async function writeXlsx(tables: ExportTable | ExportTable[], options: XlsxOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'eviction-prevention';
  // A fixed date keeps the file's bytes a function of its content.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const used = new Set<string>();
  for (const table of Array.isArray(tables) ? tables : [tables]) {
    let name = sheetName(table.title);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${sheetName(table.title).slice(0, 27)} (${n})`;
    used.add(name.toLowerCase());
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({
      header: neutralise(column.header),
      width: Math.min(60, Math.max(10, column.header.length + 2)),
      style:
        column.type === 'integer'
          ? { numFmt: '0' }
          : column.type === 'decimal'
            ? { numFmt: decimalFormat(column.decimals ?? 2) }
            : column.type === 'date'
              ? { numFmt: DATE_FORMAT }
              : column.type === 'datetime'
                ? { numFmt: DATETIME_FORMAT }
                : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      const added = sheet.addRow(
        table.columns.map((column, i) => xlsxValue(row[i] ?? null, column, options.yes, options.no)),
      );
      // "<5" in a number column sits on the right like the numbers around it.
      row.forEach((value, i) => {
        if (isSuppressed(value)) added.getCell(i + 1).alignment = { horizontal: 'right' };
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

import { pipeline, Readable, Transform } from 'node:stream';
import { TextDecoder } from 'node:util';
import { CsvError, parse } from 'csv-parse';
import { localized } from '@app/i18n';
import jsonTokens from 'stream-json/parser.js';
import streamArray from 'stream-json/streamers/stream-array.js';
import { ArrearsFileError, notAWorkbook } from './arrears-file.errors.js';
import {
  ARREARS_COLUMNS,
  columnFor,
  columnName,
  headerAsShown,
  validateArrearsRow,
  type ArrearsField,
  type Cells,
  type ColumnHeaders,
  type ParsedRow,
  type RowProblem,
} from './arrears-import-row.js';
import { formatOre } from './danish-values.js';
import { asUtf8, type TextEncodingName } from './text-encoding.js';
import { NotAWorkbookError, readFirstSheet } from './xlsx-rows.js';

export {
  ArrearsFileError,
  emptyUpload,
  notAWorkbook,
  type ArrearsFileErrorCode,
  type ArrearsFileErrorDetail,
} from './arrears-file.errors.js';
export type { ArrearsImportRow, ColumnHeaders, ParsedRow, RowProblem } from './arrears-import-row.js';
export { formatOre };

export type ArrearsFileFormat = 'csv' | 'json' | 'xlsx';

export interface ParseArrearsFileOptions {
  /** More data rows than this fails the file with IMPORT_TOO_MANY_ROWS. Default 1,000,000. */
  maxRows?: number;
  /**
   * The character encoding of a CSV or JSON file (see `sniffEncoding`), decoded before parsing.
   * Default UTF-8, with or without a byte-order mark. A workbook has none: its XML says its own.
   */
  encoding?: TextEncodingName;
}

export const DEFAULT_MAX_ROWS = 1_000_000;

/**
 * A CSV record longer than this is not a line of an arrears list. Most often it is a quote that
 * never closes and would otherwise swallow the rest of the file into one cell, in memory.
 */
const MAX_RECORD_CHARS = 100_000;
/** How far to read for the header line when choosing the delimiter. */
const HEADER_PEEK_BYTES = 64 * 1024;

/**
 * Reads a monthly arrears list (restanceliste) as it streams in: CSV as a Danish spreadsheet saves
 * it (in `options.encoding`), the first worksheet of an .xlsx workbook, or a JSON array. Yields one result per data row, valid or with every problem found in it, so
 * one bad row never stops the batch. The next chunk is read only when the caller asks for more
 * rows: memory follows the input's chunk size, never the file's size.
 *
 * Rows are numbered as the user sees them: CSV rows by the line they start on in the file (the
 * header is line 1, so the first data row is 2, and a quoted cell spanning lines moves the next
 * row down); worksheet rows by the row number Excel shows; JSON rows by their 1-based position in
 * the array.
 *
 * @throws ArrearsFileError when the file as a whole cannot be read: no header, missing columns,
 *   broken CSV or JSON, not a JSON array, not a workbook, more than `maxRows` rows. Rows yielded before it are
 *   valid on their own. A CSV file yields every row before the broken one first; a JSON file may
 *   not yield the last few rows its stream buffers had read ahead. An error reading `input` itself
 *   is rethrown unchanged: it says nothing about the file.
 */
export async function* parseArrearsFile(
  input: NodeJS.ReadableStream | AsyncIterable<Buffer | string>,
  format: ArrearsFileFormat,
  options: ParseArrearsFileOptions = {},
): AsyncGenerator<ParsedRow> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (!Number.isInteger(maxRows) || maxRows < 1) throw new RangeError('maxRows must be a positive integer');
  const source: AsyncIterable<Buffer | string> = input;
  const chunks = asBuffers(guarded(source, (error) => new InputError(error)));
  const text = () => asUtf8(chunks, options.encoding ?? 'utf-8');
  try {
    if (format === 'csv') yield* parseCsv(text(), maxRows);
    else if (format === 'json') yield* parseJson(text(), maxRows);
    else if (format === 'xlsx') yield* parseXlsx(chunks, maxRows);
    else throw new RangeError(`Unknown arrears file format: ${String(format)}`);
  } catch (error) {
    if (error instanceof InputError) throw error.cause;
    throw error;
  }
}

/** Marks a failure of the input stream, so it is not mistaken for a syntax error in the file. */
class InputError extends Error {
  constructor(cause: unknown) {
    super('Reading the arrears file failed', { cause });
  }
}

// ---------------------------------------------------------------------------------------------- CSV

type Delimiter = ';' | ',';

async function* parseCsv(chunks: AsyncGenerator<Buffer>, maxRows: number): AsyncGenerator<ParsedRow> {
  let peeked: Awaited<ReturnType<typeof peekHeader>>;
  try {
    peeked = await peekHeader(chunks);
  } catch (error) {
    await chunks.return(undefined);
    throw error;
  }
  const { head, delimiter } = peeked;

  const parser = parse({
    delimiter,
    // Any line ending, even mixed in one file; a line break inside quotes stays in the cell.
    record_delimiter: ['\r\n', '\n', '\r'],
    bom: true,
    // A short row becomes REQUIRED problems on its cells instead of failing the whole file.
    relax_column_count: true,
    // A quote inside an unquoted cell (Villa "Solbakken") is taken literally.
    relax_quotes: true,
    max_record_size: MAX_RECORD_CHARS,
  });
  // Failures arrive through the write and end callbacks below.
  parser.on('error', () => undefined);

  let lineBreaks = 0;
  let columns: Map<ArrearsField, number> | undefined;
  let headers: ColumnHeaders = {};
  let rows = 0;
  /**
   * Takes the records parsed from the chunk just written. They are read here, synchronously,
   * rather than by iterating the stream: a stream that fails stops iterating at once, and the
   * records before a syntax error would be lost, and the line count behind.
   */
  function* takeParsed(): Generator<ParsedRow> {
    for (let record = parser.read() as string[] | null; record !== null; record = parser.read() as string[] | null) {
      const line = lineBreaks + 1;
      lineBreaks += 1 + lineBreaksIn(record);
      // Empty lines, and the `;;;;;` Excel writes for a formatted but empty row.
      if (record.every((cell) => cell.trim() === '')) continue;
      if (!columns) {
        // Excel's hint line naming the delimiter; peekHeader has read it.
        if (!/^sep=.$/i.test(record.join(delimiter).trim())) ({ columns, headers } = columnsOfHeader(record));
        continue;
      }
      rows += 1;
      if (rows > maxRows) throw tooManyRows(maxRows);
      const cells: Cells = {};
      // A cell missing from a short row stays undefined, and a required one is reported as REQUIRED.
      for (const [field, index] of columns) cells[field] = record[index];
      yield validateArrearsRow(line, cells, headers);
    }
  }

  try {
    for await (const chunk of replay(head, chunks)) {
      // csv-parse parses the chunk within write(), but holds back the callback while more than a
      // few records wait to be read: so read them first, then wait.
      const written = settle((done) => parser.write(chunk, done));
      yield* takeParsed();
      const failure = await written;
      // The rows before a syntax error are good on their own: they are handed over first.
      yield* takeParsed();
      if (failure) throw asCsvFileError(failure, lineBreaks + 1);
    }
    // The last record is parsed at the end (it may lack a line break), after end() has returned.
    const failure = await settle((done) => parser.end(done));
    yield* takeParsed();
    if (failure) throw asCsvFileError(failure, lineBreaks + 1);
  } finally {
    parser.destroy();
  }
  if (!columns) throw emptyFile();
}

/** Resolves with the error a Node callback reports (undefined for none), never rejects. */
function settle(start: (done: (error?: Error | null) => void) => void): Promise<Error | undefined> {
  return new Promise((resolve) => start((error) => resolve(error ?? undefined)));
}

/**
 * Reads up to the first non-blank line to choose the delimiter from the header: Danish Excel
 * writes `;` (the comma is the decimal separator), most other tools `,`. The header decides,
 * because it holds no amounts. A leading `sep=;` line, which Excel also reads, settles it.
 */
async function peekHeader(chunks: AsyncGenerator<Buffer>): Promise<{ head: Buffer[]; delimiter: Delimiter }> {
  const head: Buffer[] = [];
  let size = 0;
  let headerLine: string | undefined;
  while (headerLine === undefined && size < HEADER_PEEK_BYTES) {
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
    size += next.value.length;
    if (next.value.includes(0x0a) || next.value.includes(0x0d)) headerLine = firstCompleteLine(Buffer.concat(head));
  }
  headerLine ??= firstLine(Buffer.concat(head), size >= HEADER_PEEK_BYTES);
  return { head, delimiter: headerLine === undefined ? ';' : delimiterOf(headerLine) };
}

function firstCompleteLine(bytes: Buffer): string | undefined {
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x0a && bytes[i] !== 0x0d) continue;
    const line = decodeHeader(bytes.subarray(start, i), false);
    if (line.trim() !== '') return line;
    start = i + 1;
  }
  return undefined;
}

/** The first non-blank line of what was read, when no line break came within the peek. */
function firstLine(bytes: Buffer, cutOff: boolean): string | undefined {
  const text = decodeHeader(bytes, cutOff);
  return text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '');
}

/** The header as text: the file is UTF-8 by now (`asUtf8`); `stream` keeps a character cut in half at the end of the peek out. */
function decodeHeader(bytes: Buffer, cutOff: boolean): string {
  return new TextDecoder('utf-8').decode(bytes, { stream: cutOff });
}

function delimiterOf(headerLine: string): Delimiter {
  const hint = /^sep=([;,])\s*$/i.exec(headerLine.trim());
  if (hint) return hint[1] as Delimiter;
  const semicolons = headerLine.split(';').length - 1;
  const commas = headerLine.split(',').length - 1;
  return commas > semicolons ? ',' : ';';
}

async function* replay(head: Buffer[], rest: AsyncGenerator<Buffer>): AsyncGenerator<Buffer> {
  yield* head;
  yield* rest;
}

/**
 * The line breaks inside a record's quoted cells. Every record ends with one more (the last may
 * not, but nothing follows it). csv-parse's own `info.lines` counts a CRLF inside quotes twice.
 */
function lineBreaksIn(record: string[]): number {
  let count = 0;
  for (const cell of record) {
    if (!cell.includes('\n') && !cell.includes('\r')) continue;
    for (let i = 0; i < cell.length; i++) {
      const char = cell.charCodeAt(i);
      if (char === 0x0a || (char === 0x0d && cell.charCodeAt(i + 1) !== 0x0a)) count += 1;
    }
  }
  return count;
}

/**
 * Which cell of a row holds which field, from the header row, and the header's own names of them
 * (what the report calls each column).
 */
function columnsOfHeader(header: string[]): { columns: Map<ArrearsField, number>; headers: ColumnHeaders } {
  const positions = new Map<ArrearsField, number>();
  const headers: ColumnHeaders = {};
  const duplicates = new Map<ArrearsField, string[]>();
  header.forEach((name, index) => {
    const column = columnFor(name);
    if (!column) return;
    const shown = headerAsShown(name);
    if (!positions.has(column.field)) {
      positions.set(column.field, index);
      headers[column.field] = shown;
    } else {
      duplicates.set(column.field, [...(duplicates.get(column.field) ?? [headers[column.field]!]), shown]);
    }
  });
  if (duplicates.size > 0) {
    // Quoting the headers is safe: each matched a known column name.
    const quoted = (group: string[]) => group.map((name) => `"${name}"`).join(' / ');
    throw new ArrearsFileError(
      'IMPORT_DUPLICATE_COLUMNS',
      localized((m) =>
        m.imports.file.IMPORT_DUPLICATE_COLUMNS({ names: [...duplicates.values()].map(quoted).join('; ') }),
      ),
      [...duplicates].map(([field, group]) => ({
        field,
        rule: 'IMPORT_DUPLICATE_COLUMNS',
        message: localized((m) => m.imports.file.duplicateColumn({ names: quoted(group) })),
        columns: group,
      })),
    );
  }
  const missing = ARREARS_COLUMNS.filter((column) => column.required && !positions.has(column.field));
  if (missing.length > 0) {
    throw new ArrearsFileError(
      'IMPORT_MISSING_COLUMNS',
      localized((m) =>
        m.imports.file.IMPORT_MISSING_COLUMNS({
          count: String(missing.length),
          columns: listOf(
            missing.map((c) => m.imports.columns[c.field]),
            m.imports.listAnd,
          ),
        }),
      ),
      missing.map((c) => ({
        field: c.field,
        rule: 'IMPORT_MISSING_COLUMNS',
        message: localized((m) => m.imports.file.missingColumn({ column: m.imports.columns[c.field] })),
        // The header the file could use, in Danish: the language of the lists.
        column: localized((m) => m.imports.columns[c.field]).da,
      })),
    );
  }
  return { columns: positions, headers };
}

function listOf(words: string[], and: string): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
}

function asCsvFileError(error: Error, line: number): Error {
  return error instanceof CsvError ? unreadableCsv(error, line) : error;
}

function unreadableCsv(error: CsvError, line: number): ArrearsFileError {
  const at = { line: String(line) };
  const reason = (m: Parameters<Parameters<typeof localized>[0]>[0]): string => {
    switch (error.code) {
      case 'CSV_QUOTE_NOT_CLOSED':
        return m.imports.file.csvQuoteNotClosed(at);
      case 'CSV_MAX_RECORD_SIZE':
        return m.imports.file.csvRecordTooLong({ ...at, max: String(MAX_RECORD_CHARS) });
      default:
        return m.imports.file.csvQuotesMisplaced(at);
    }
  };
  const text = localized((m) => m.imports.file.csvUnreadable({ reason: reason(m) }));
  // The cause stays on the error for the log; csv-parse's own message quotes the cell, so it is not shown.
  return new ArrearsFileError(
    'IMPORT_UNREADABLE_FILE',
    text,
    [{ field: null, rule: error.code, message: text, line }],
    { cause: error },
  );
}

// --------------------------------------------------------------------------------------------- JSON

async function* parseJson(chunks: AsyncGenerator<Buffer>, maxRows: number): AsyncGenerator<ParsedRow> {
  let sawFirstToken = false;
  const arrayOnly = new Transform({
    objectMode: true,
    transform(token: { name: string }, _encoding, done) {
      if (!sawFirstToken) {
        sawFirstToken = true;
        if (token.name !== 'startArray') return done(notAnArray());
      }
      done(null, token);
    },
  });
  const items = streamArray.asStream();
  // Packed tokens only: streamArray reads nothing else, and half the tokens is half the work.
  pipeline(Readable.from(chunks), jsonTokens.asStream({ streamValues: false }), arrayOnly, items, () => {
    // Errors surface through the iteration below; an early stop by the caller is not an error.
  });

  let rows = 0;
  const elements = guarded(items as AsyncIterable<{ key: number; value: unknown }>, (error) =>
    error instanceof ArrearsFileError || error instanceof InputError ? error : unreadableJson(error),
  );
  for await (const { key, value } of elements) {
    rows += 1;
    if (rows > maxRows) throw tooManyRows(maxRows);
    yield rowOfJson(key + 1, value);
  }
}

function rowOfJson(rowNumber: number, value: unknown): ParsedRow {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const problem: RowProblem = {
      rowNumber,
      field: 'row',
      column: null,
      code: 'INVALID_ROW',
      message: localized((m) => m.imports.row.notAnObject({ row: String(rowNumber) })),
    };
    return { ok: false, rowNumber, problems: [problem] };
  }
  const cells: Cells = {};
  // A JSON file's keys are its column headers, row by row.
  const headers: ColumnHeaders = {};
  const duplicated: RowProblem[] = [];
  for (const [key, cell] of Object.entries(value)) {
    const column = columnFor(key);
    if (!column) continue;
    if (column.field in cells) {
      duplicated.push({
        rowNumber,
        field: column.field,
        column: headers[column.field] ?? null,
        code: 'DUPLICATE_FIELD',
        message: localized((m) => m.imports.row.duplicateField({ column: columnName(m, column.field, headers) })),
      });
      continue;
    }
    cells[column.field] = cell;
    headers[column.field] = headerAsShown(key);
  }
  const parsed = validateArrearsRow(rowNumber, cells, headers);
  if (duplicated.length === 0) return parsed;
  return { ok: false, rowNumber, problems: [...duplicated, ...(parsed.ok ? [] : parsed.problems)] };
}

function notAnArray(): ArrearsFileError {
  return new ArrearsFileError(
    'IMPORT_NOT_AN_ARRAY',
    localized((m) => m.imports.file.IMPORT_NOT_AN_ARRAY),
  );
}

function unreadableJson(error: unknown): ArrearsFileError {
  return new ArrearsFileError(
    'IMPORT_UNREADABLE_FILE',
    localized((m) => m.imports.file.jsonUnreadable),
    undefined,
    { cause: error },
  );
}

// --------------------------------------------------------------------------------------------- XLSX

async function* parseXlsx(chunks: AsyncGenerator<Buffer>, maxRows: number): AsyncGenerator<ParsedRow> {
  let columns: Map<ArrearsField, number> | undefined;
  let headers: ColumnHeaders = {};
  let rows = 0;
  try {
    for await (const { rowNumber, cells: sheetCells } of readFirstSheet(chunks)) {
      if (sheetCells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''))) continue;
      if (!columns) {
        ({ columns, headers } = columnsOfHeader(sheetCells.map((cell) => (cell === null ? '' : String(cell)))));
        continue;
      }
      rows += 1;
      if (rows > maxRows) throw tooManyRows(maxRows);
      const cells: Cells = {};
      for (const [field, index] of columns) cells[field] = workbookValue(field, sheetCells[index] ?? null);
      yield validateArrearsRow(rowNumber, cells, headers);
    }
  } catch (error) {
    if (error instanceof NotAWorkbookError) throw notAWorkbook(error);
    throw error;
  }
  if (!columns) throw emptyFile();
}

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug folded in), so serial 45931 is 2025-10-01. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A worksheet cell as the row validation reads it. A due date typed as a date arrives as
 * `YYYY-MM-DD` (xlsx-rows); one whose cell lost its date format is Excel's serial day number,
 * which means the same day. An amount is a binary floating-point number: Excel itself keeps 15
 * significant digits, so a formula's 7150.000000000001 is the 7150 it shows.
 */
function workbookValue(field: ArrearsField, cell: string | number | null): string | number | null {
  if (typeof cell !== 'number') return cell;
  if (field === 'dueDate') {
    return Number.isInteger(cell) && cell > 0
      ? new Date(EXCEL_EPOCH_MS + cell * DAY_MS).toISOString().slice(0, 10)
      : String(cell);
  }
  if (field === 'monthlyRentOre' || field === 'arrearsOre') return Number(cell.toPrecision(15));
  return cell;
}

// ------------------------------------------------------------------------------------------- common

function tooManyRows(maxRows: number): ArrearsFileError {
  const text = localized((m) => m.imports.file.IMPORT_TOO_MANY_ROWS({ max: String(maxRows) }));
  return new ArrearsFileError('IMPORT_TOO_MANY_ROWS', text, [
    { field: null, rule: 'IMPORT_TOO_MANY_ROWS', message: text, maxRows },
  ]);
}

function emptyFile(): ArrearsFileError {
  return new ArrearsFileError(
    'IMPORT_EMPTY_FILE',
    localized((m) => m.imports.file.IMPORT_EMPTY_FILE),
  );
}

async function* asBuffers(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

/**
 * Iterates `iterable`, passing only the errors of the iteration itself (not those of the loop body
 * that consumes it) through `mapError`, and closes it when the consumer stops early.
 */
async function* guarded<T>(iterable: AsyncIterable<T>, mapError: (error: unknown) => unknown): AsyncGenerator<T> {
  const iterator = iterable[Symbol.asyncIterator]();
  let finished = false;
  try {
    while (true) {
      let next: IteratorResult<T>;
      try {
        next = await iterator.next();
      } catch (error) {
        finished = true;
        throw mapError(error);
      }
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!finished) await iterator.return?.();
  }
}

import ExcelJS from 'exceljs';
import { Readable, Transform, type TransformCallback } from 'node:stream';

/** One worksheet row as plain values: text, a number, or null for an empty or unreadable cell. */
export interface SheetRow {
  /** The row number Excel shows (1 is the first row). */
  rowNumber: number;
  /** Cells from column A on; a date cell becomes `YYYY-MM-DD`. */
  cells: (string | number | null)[];
}

/** Raised when the bytes are not an .xlsx workbook (not a zip, or a zip without a worksheet). */
export class NotAWorkbookError extends Error {
  constructor(cause?: unknown) {
    super('The file is not an .xlsx workbook', { cause });
    this.name = 'NotAWorkbookError';
  }
}

/**
 * Reads the first worksheet of an .xlsx workbook as it streams in, with exceljs's streaming reader
 * (shared strings and styles cached so text and dates come out as the user sees them; the rows
 * are never all in memory). Other worksheets are skipped.
 */
export async function* readFirstSheet(chunks: AsyncIterable<Buffer>): AsyncGenerator<SheetRow> {
  // exceljs does not pass on a failure of its input stream (it would wait for more bytes for
  // ever), so every step races the input's failure.
  let failInput!: (error: unknown) => void;
  const inputFailed = new Promise<never>((_, reject) => (failInput = reject));
  inputFailed.catch(() => undefined);
  const input = Readable.from(
    (async function* () {
      try {
        yield* chunks;
      } catch (error) {
        failInput(new InputFailure(error));
        throw error;
      }
    })(),
  );
  input.on('error', () => undefined);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  decodeWholeCharacters(reader);
  const step = <T>(iterator: AsyncIterator<T>) => Promise.race([iterator.next(), inputFailed]);
  let sheets = 0;
  try {
    const worksheets = reader[Symbol.asyncIterator]();
    for (let sheet = await step(worksheets); !sheet.done; sheet = await step(worksheets)) {
      sheets += 1;
      if (sheets > 1) continue;
      const rows = sheet.value[Symbol.asyncIterator]();
      for (let row = await step(rows); !row.done; row = await step(rows)) {
        // row.values is 1-based: index 0 is always empty.
        const values = Array.isArray(row.value.values) ? row.value.values.slice(1) : [];
        yield { rowNumber: row.value.number, cells: Array.from(values, plainValue) };
      }
    }
  } catch (error) {
    // A failure reading the input says nothing about the file; any other failure of the reader
    // (unzipper's "invalid signature", "FILE_ENDED", a sax error) means the bytes are no workbook.
    if (error instanceof InputFailure) throw error.cause;
    throw error instanceof NotAWorkbookError ? error : new NotAWorkbookError(error);
  } finally {
    input.destroy();
  }
  if (sheets === 0) throw new NotAWorkbookError();
}

class InputFailure extends Error {
  constructor(cause: unknown) {
    super('Reading the workbook failed', { cause });
  }
}

/** A cell value as text or a number: rich text joined, a formula's cached result, a hyperlink's text. */
function plainValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoDay(value);
  if (typeof value === 'object') {
    const cell = value as {
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
      error?: unknown;
      formula?: unknown;
      sharedFormula?: unknown;
    };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join('');
    if ('formula' in cell || 'sharedFormula' in cell) return plainValue(cell.result);
    if (cell.error !== undefined) return null;
    if (cell.text !== undefined) return plainValue(cell.text);
  }
  return null;
}

/** Excel has no time zones: exceljs gives a date cell as midnight UTC of the day shown. */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * exceljs (4.4.0, utils/parse-sax.js) decodes each inflated piece of a part's XML on its own, so a
 * character whose UTF-8 bytes fall on both sides of a piece's end (every 16 kB or so) is read as
 * U+FFFD: "Søren" became "S��ren" in a few of every 20,000 rows. The shared strings (where the
 * text of a workbook lives) and the worksheet are handed to it in pieces cut only between
 * characters. Its internal methods are wrapped: exceljs is pinned, and xlsx-rows.spec.ts fails if
 * a version changes them.
 */
function decodeWholeCharacters(reader: object): void {
  const internals = reader as {
    _parseSharedStrings?: (entry: NodeJS.ReadableStream) => AsyncGenerator<unknown>;
    _parseWorksheet?: (iterator: AsyncIterable<Buffer>, sheetNo: string) => Generator<unknown>;
  };
  const sharedStrings = internals._parseSharedStrings;
  const worksheet = internals._parseWorksheet;
  if (typeof sharedStrings !== 'function' || typeof worksheet !== 'function') {
    throw new Error('exceljs WorkbookReader has changed: _parseSharedStrings/_parseWorksheet not found');
  }
  internals._parseSharedStrings = function (entry) {
    return sharedStrings.call(this, entry.pipe(new WholeCharacters()));
  };
  internals._parseWorksheet = function (iterator, sheetNo) {
    return worksheet.call(this, Readable.from(iterator).pipe(new WholeCharacters()), sheetNo);
  };
}

/** Passes bytes on in pieces that end between UTF-8 characters, holding back a cut-off one. */
export class WholeCharacters extends Transform {
  private carry: Buffer = Buffer.alloc(0);

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = wholeCharactersEnd(bytes);
    this.carry = Buffer.from(bytes.subarray(cut));
    done(null, cut > 0 ? bytes.subarray(0, cut) : undefined);
  }

  override _flush(done: TransformCallback): void {
    done(null, this.carry.length > 0 ? this.carry : undefined);
  }
}

/** Where the last complete UTF-8 character of `bytes` ends. */
export function wholeCharactersEnd(bytes: Buffer): number {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 4); i--) {
    const byte = bytes[i]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead
    if (byte < 0x80) return bytes.length; // ASCII ends a character
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return bytes.length - i >= length ? bytes.length : i;
  }
  return bytes.length;
}

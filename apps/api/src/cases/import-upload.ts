import busboy from 'busboy';
import type { Request } from 'express';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { AppError } from '@app/common';
import { localized } from '@app/i18n';
import { type ArrearsFileFormat } from '@app/domain';

/** An uploaded arrears list, as a stream: the list is never held whole in memory. */
export interface ImportUpload {
  /**
   * The file's bytes. It ends only once the whole request has arrived intact; any failure of
   * the upload (a client that disconnects, a form cut short, a file over the limit, a second
   * file) instead destroys it with an {@link AppError}, so whoever stores it rolls back.
   */
  stream: Readable;
  fileName: string | null;
  format: ArrearsFileFormat;
  /** Stops reading the upload and discards what is left of it (the caller failed before reading it all). */
  discard(): void;
}

export const unsupportedUpload = () =>
  new AppError(
    'IMPORT_UNSUPPORTED_FILE',
    415,
    localized((m) => m.imports.upload.IMPORT_UNSUPPORTED_FILE),
  );

export const incomplete = () =>
  new AppError(
    'IMPORT_UPLOAD_INCOMPLETE',
    400,
    localized((m) => m.imports.upload.IMPORT_UPLOAD_INCOMPLETE),
  );

export const malformed = () =>
  new AppError(
    'IMPORT_UPLOAD_MALFORMED',
    400,
    localized((m) => m.imports.upload.IMPORT_UPLOAD_MALFORMED),
  );

export const oneFileOnly = () =>
  new AppError(
    'IMPORT_ONE_FILE_ONLY',
    400,
    localized((m) => m.imports.upload.IMPORT_ONE_FILE_ONLY),
  );

export const fileMissing = () =>
  new AppError(
    'IMPORT_FILE_MISSING',
    400,
    localized((m) => m.imports.upload.IMPORT_FILE_MISSING),
    [{ field: 'file', rule: 'IMPORT_FILE_MISSING', message: localized((m) => m.imports.upload.fileField) }],
  );

export function tooLarge(maxBytes: number): AppError {
  const size =
    maxBytes >= 1024 * 1024 ? `${Math.floor(maxBytes / (1024 * 1024))} MB` : `${Math.floor(maxBytes / 1024)} kB`;
  const text = localized((m) => m.imports.upload.IMPORT_FILE_TOO_LARGE({ size }));
  return new AppError('IMPORT_FILE_TOO_LARGE', 413, text, [
    { field: 'file', rule: 'IMPORT_FILE_TOO_LARGE', message: text, maxBytes },
  ]);
}

/** busboy's errors are plain Errors told apart only by their message. */
function fromParser(error: unknown): AppError {
  const message = error instanceof Error ? error.message : '';
  return /unexpected end|terminated early/i.test(message) ? incomplete() : malformed();
}

/** The content type Excel and browsers send an .xlsx workbook with. */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The format a part announces, by its file name first, then its content type. An old .xls is
 * taken for a workbook, so that the import refuses it as one (IMPORT_NOT_A_WORKBOOK, saying how
 * to save it) rather than as an unknown file. The bytes have the last word: a zip is a workbook.
 */
function formatOf(name: string | null, mimeType: string): ArrearsFileFormat | undefined {
  if (/\.xlsx?$/i.test(name ?? '')) return 'xlsx';
  if (/\.json$/i.test(name ?? '')) return 'json';
  if (/\.(csv|txt)$/i.test(name ?? '')) return 'csv';
  if (mimeType.startsWith(XLSX_CONTENT_TYPE) || mimeType.startsWith('application/vnd.ms-excel')) return 'xlsx';
  if (mimeType.includes('json')) return 'json';
  if (mimeType.includes('csv') || mimeType.startsWith('text/')) return 'csv';
  return undefined;
}

const FILE_NAME_MAX = 255;

/**
 * The name as a label the database can store: no path (old browsers send `C:\…\liste.csv`), no
 * control characters (PostgreSQL refuses NUL) or lone surrogates, at most 255 characters.
 */
export function cleanFileName(name: string | undefined): string | null {
  const base = (name ?? '').split(/[/\\]/).pop() ?? '';
  const clean = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .trim();
  const chars = [...clean];
  return chars.length === 0 ? null : chars.slice(0, FILE_NAME_MAX).join('');
}

/**
 * Reads the arrears list from an upload: a multipart form's "file" part, or a raw text/csv or
 * .xlsx body. Rejects at once when the request cannot hold a list, and otherwise resolves as soon as
 * the file starts, with a stream that fails if the upload does.
 */
export function readImportUpload(request: Request, maxBytes: number): Promise<ImportUpload> {
  const type = (request.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) return multipartUpload(request, maxBytes);
  if (type.startsWith('text/csv')) return Promise.resolve(rawUpload(request, maxBytes, 'csv'));
  if (type.startsWith(XLSX_CONTENT_TYPE)) return Promise.resolve(rawUpload(request, maxBytes, 'xlsx'));
  return Promise.reject(unsupportedUpload());
}

/**
 * Watches the request for the client going away mid-upload. Node then neither ends the request
 * stream nor (without a listener) emits 'error' on it, so a reader would wait for ever, in an
 * open transaction.
 */
function onClientGone(request: Request, fail: (error: AppError) => void): void {
  request.on('error', () => fail(incomplete()));
  request.on('close', () => {
    if (!request.complete) fail(incomplete());
  });
}

/**
 * After a failure the rest of the body is read and thrown away rather than left unread: closing a
 * socket with unread data resets the connection, and the client might never see the answer.
 */
function drain(request: Request): void {
  request.unpipe();
  request.resume();
}

function rawUpload(request: Request, maxBytes: number, format: ArrearsFileFormat): ImportUpload {
  let size = 0;
  let settled = false;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) done(tooLarge(maxBytes));
      else done(null, chunk);
    },
  });
  const fail = (error: AppError) => {
    if (settled) return;
    settled = true;
    drain(request);
    stream.destroy(error);
  };
  // The reader sees the error through its iteration; it may not be reading yet when it happens.
  stream.on('error', (error) => {
    if (!settled) fail(error instanceof AppError ? error : incomplete());
  });
  stream.on('end', () => (settled = true));
  onClientGone(request, fail);
  request.pipe(stream);
  return { stream, fileName: null, format, discard: () => fail(incomplete()) };
}

function multipartUpload(request: Request, maxBytes: number): Promise<ImportUpload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        // Browsers send a file name's UTF-8 bytes as they are; busboy would read them as Latin-1.
        defParamCharset: 'utf8',
        // One byte over the limit: busboy reports 'limit' on reaching it, even for a file exactly that long.
        limits: { fileSize: maxBytes + 1 },
      });
    } catch {
      reject(unsupportedUpload());
      return;
    }
    const body = new PassThrough();
    // The reader sees the error through its iteration; it may not be reading yet when it happens.
    body.on('error', () => undefined);
    let started = false;
    let settled = false;
    let fileEnded = false;
    let formEnded = false;

    const fail = (error: AppError) => {
      if (settled) return;
      settled = true;
      // The parser is left to the garbage collector, not destroyed: this may run inside its own
      // 'file' event, and it gets no more data once the request is unpiped.
      drain(request);
      if (started) body.destroy(error);
      else reject(error);
    };
    // The file is complete only when the form is: a form cut short after the file part (its
    // closing boundary missing) is as incomplete as one cut inside it.
    const endIfComplete = () => {
      if (settled || !fileEnded || !formEnded) return;
      settled = true;
      body.end();
    };

    parser.on('file', (field, file, info) => {
      // Errors of a file stream are also reported on the parser; this listener keeps an 'error'
      // nobody is listening for from stopping the process.
      file.on('error', (error) => fail(fromParser(error)));
      if (settled || field !== 'file') {
        file.resume();
        return;
      }
      if (started) {
        file.resume();
        fail(oneFileOnly());
        return;
      }
      const fileName = cleanFileName(info.filename);
      const format = formatOf(info.filename ?? null, info.mimeType);
      if (!format) {
        file.resume();
        fail(unsupportedUpload());
        return;
      }
      started = true;
      file.on('limit', () => fail(tooLarge(maxBytes)));
      file.on('end', () => {
        fileEnded = true;
        endIfComplete();
      });
      file.pipe(body, { end: false });
      resolve({ stream: body, fileName, format, discard: () => fail(incomplete()) });
    });
    parser.on('error', (error) => fail(fromParser(error)));
    parser.on('finish', () => {
      formEnded = true;
      if (!started) fail(fileMissing());
      else endIfComplete();
    });
    onClientGone(request, fail);
    request.pipe(parser);
  });
}

import iconv from 'iconv-lite';
import { TextDecoder } from 'node:util';

/**
 * The character encodings an arrears list arrives in. Excel's "CSV (semikolonsepareret)" on a
 * Danish Windows writes Windows-1252; older systems write ISO-8859-1; everything else UTF-8.
 */
export type TextEncodingName = 'utf-8' | 'windows-1252' | 'iso-8859-1';

export const TEXT_ENCODING_LABELS: Readonly<Record<TextEncodingName, string>> = Object.freeze({
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
  'iso-8859-1': 'ISO-8859-1',
});

/** The five bytes in 0x80–0x9F that Windows-1252 leaves undefined; ISO-8859-1 has C1 controls there. */
const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Decides a file's encoding as its bytes stream past, without keeping them:
 *
 * - a file that is valid UTF-8 (with or without a byte-order mark) is UTF-8 — ASCII-only files
 *   included, since they read the same in all three;
 * - otherwise it is a single-byte Western encoding. Windows-1252 and ISO-8859-1 agree on every
 *   byte except 0x80–0x9F, where Windows-1252 has printable characters (€ „ “ ” – …) and
 *   ISO-8859-1 only invisible control codes. A file using one of the five bytes Windows-1252 leaves
 *   undefined is ISO-8859-1; any other file is read as Windows-1252, which is what Danish Excel
 *   writes and which decodes a plain ISO-8859-1 file (æ, ø, å, é at 0xA0–0xFF) identically.
 */
export class EncodingSniffer {
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });
  private validUtf8 = true;
  private c1UndefinedInWindows1252 = false;
  private finished = false;

  push(chunk: Uint8Array): void {
    if (this.finished) throw new Error('EncodingSniffer: push after result');
    if (this.validUtf8) {
      try {
        this.utf8.decode(chunk, { stream: true });
      } catch {
        this.validUtf8 = false;
      }
    }
    if (!this.c1UndefinedInWindows1252) {
      for (const byte of chunk) {
        if (byte >= 0x80 && byte <= 0x9f && UNDEFINED_IN_WINDOWS_1252.has(byte)) {
          this.c1UndefinedInWindows1252 = true;
          break;
        }
      }
    }
  }

  result(): TextEncodingName {
    if (!this.finished && this.validUtf8) {
      try {
        // A multi-byte character cut off at the end of the file is not UTF-8.
        this.utf8.decode();
      } catch {
        this.validUtf8 = false;
      }
    }
    this.finished = true;
    if (this.validUtf8) return 'utf-8';
    return this.c1UndefinedInWindows1252 ? 'iso-8859-1' : 'windows-1252';
  }
}

/** The encoding of a whole byte sequence at once (see `EncodingSniffer`). */
export function sniffEncoding(bytes: Uint8Array): TextEncodingName {
  const sniffer = new EncodingSniffer();
  sniffer.push(bytes);
  return sniffer.result();
}

/**
 * Re-encodes a stream of chunks in `encoding` as UTF-8, chunk by chunk (memory follows the chunk
 * size). UTF-8 input passes through untouched, so the parser still sees and strips its BOM.
 */
export async function* asUtf8(chunks: AsyncIterable<Buffer>, encoding: TextEncodingName): AsyncGenerator<Buffer> {
  if (encoding === 'utf-8') {
    yield* chunks;
    return;
  }
  // Single-byte encodings: every byte is one character, so no character spans two chunks.
  const decoder = iconv.getDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (text) yield Buffer.from(text, 'utf8');
  }
  const rest = decoder.end();
  if (rest) yield Buffer.from(rest, 'utf8');
}

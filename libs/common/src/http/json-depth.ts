import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Deepest nesting a JSON body may have. Our request bodies nest two or three levels; the limit
 * leaves room and stops bodies like `[[[[…` (a megabyte of them) that make class-transformer and
 * class-validator recurse until the stack overflows, at about 400 ms of CPU per request.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether JSON text nests arrays and objects deeper than `limit`, counted in one pass over the
 * UTF-8 bytes before anything parses them. Brackets inside strings do not count; a byte of a
 * multi-byte UTF-8 character is never an ASCII bracket or quote, so bytes can be scanned as they
 * are. Malformed text is left for the parser to refuse.
 */
export function jsonNestingExceeds(bytes: Uint8Array, limit: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === 0x5c /* \ */) i++;
      else if (byte === 0x22 /* " */) inString = false;
    } else if (byte === 0x22) {
      inString = true;
    } else if (byte === 0x5b /* [ */ || byte === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (byte === 0x5d /* ] */ || byte === 0x7d /* } */) {
      depth--;
    }
  }
  return false;
}

/** An error body-parser passes on with its `status` and `type`, for the exception filter. */
function parserError(message: string, status: number, type: string): Error {
  return Object.assign(new Error(message), { status, type, expose: true });
}

/**
 * body-parser's `verify` hook for JSON: runs on the raw bytes after the size limit and before
 * JSON.parse. Only UTF-8 is accepted (RFC 8259 § 8.1: JSON exchanged between systems MUST be
 * UTF-8), so the byte scan above cannot be dodged by sending UTF-16 or UTF-32.
 */
export function verifyJsonBody(
  _request: IncomingMessage,
  _response: ServerResponse,
  body: Buffer,
  encoding: string,
): void {
  if (encoding.toLowerCase() !== 'utf-8') {
    throw parserError(`unsupported charset "${encoding.toUpperCase()}"`, 415, 'charset.unsupported');
  }
  if (jsonNestingExceeds(body)) {
    throw parserError(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`, 400, 'entity.too.deep');
  }
}

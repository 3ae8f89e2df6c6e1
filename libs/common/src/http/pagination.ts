import { localized } from '@app/i18n';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { AppError } from '../errors/app-error.js';
import { hasUnsafeCharacters } from './text-safety.pipe.js';
import { IsOmittable } from './validators.js';

/** `?limit=&cursor=` on every list endpoint. */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50 })
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;

  @ApiPropertyOptional({ description: 'Opaque; the nextCursor of the previous page' })
  @IsOmittable()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Keyset position: the sort key and the id of the last row of the previous page. */
export interface CursorPosition {
  key: string;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id])).toString('base64url');
}

/** How a list sorts: by a text column (name, email), a timestamp (`opened_at::text`) or a date (`next_deadline_on`). */
export type CursorKey = 'text' | 'timestamp' | 'date';
/** The tie-breaking id of the list's rows: a UUID, or a bigint line number (ledger, timeline). */
export type CursorId = 'uuid' | 'serial';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Within PostgreSQL's bigint. */
const SERIAL = /^\d{1,18}$/;
/** PostgreSQL's text output of a timestamptz, e.g. `2026-03-01 10:11:12.123456+01` (or `+05:30`). */
const PG_TIMESTAMPTZ = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?[+-](\d{2})(:\d{2}){0,2}$/;
const MAX_TEXT_KEY = 1_000;

/** Whether the fields of a timestamp are a real instant (no 31 February, no hour 25). */
function isTimestampKey(key: string): boolean {
  const parts = PG_TIMESTAMPTZ.exec(key);
  if (!parts) return false;
  const [year, month, day, hour, minute, second, offset] = [1, 2, 3, 4, 5, 6, 8].map((i) => Number(parts[i]));
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month! - 1 &&
    date.getUTCDate() === day &&
    hour! < 24 &&
    minute! < 60 &&
    second! < 60 &&
    offset! <= 15
  );
}

/** Text PostgreSQL can compare: no NUL, no lone surrogate, a sane length. */
function isTextKey(key: string): boolean {
  return key.length <= MAX_TEXT_KEY && !hasUnsafeCharacters(key);
}

/** The refusal of a cursor this API did not issue (also for a cursor whose key has the wrong shape for its page). */
export function invalidCursor(): AppError {
  return new AppError(
    'INVALID_CURSOR',
    400,
    localized((m) => m.http.INVALID_CURSOR),
    [{ field: 'cursor', rule: 'cursor', message: localized((m) => m.validation.cursor) }],
  );
}

/**
 * The position a cursor names, checked against the shape this API issues: `id` a UUID (or a line
 * number) and `key` what the list sorts by. A cursor is opaque to clients but not trusted: a forged one is a 400
 * INVALID_CURSOR, never a value PostgreSQL refuses (`invalid input syntax for type uuid`).
 */
export function decodeCursor(cursor: string, key: CursorKey = 'text', id: CursorId = 'uuid'): CursorPosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) throw invalidCursor();
  const [position, rowId] = decoded as unknown[];
  if (typeof position !== 'string' || typeof rowId !== 'string') throw invalidCursor();
  if (!(id === 'serial' ? SERIAL : UUID).test(rowId)) throw invalidCursor();
  const keyOk =
    key === 'timestamp'
      ? isTimestampKey(position)
      : key === 'date'
        ? // 'infinity': the place of rows with no date, which sort last (the case list by deadline).
          position === 'infinity' || isTimestampKey(`${position} 00:00:00+00`)
        : isTextKey(position);
  if (!keyOk) throw invalidCursor();
  return { key: position, id: rowId };
}

/** A cursor that is a row number (an import's problems): the last row number of the page. */
export function encodeRowCursor(rowNumber: number): string {
  return Buffer.from(String(rowNumber)).toString('base64url');
}

/** The row number of a row cursor; a forged one is INVALID_CURSOR, never an integer overflow. */
export function decodeRowCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  // PostgreSQL's integer, which row numbers are stored as.
  if (!/^\d{1,10}$/.test(text) || Number(text) > 2_147_483_647) throw invalidCursor();
  return Number(text);
}

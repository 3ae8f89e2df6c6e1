/**
 * What of an error may reach a log. A database error carries the statement's parameters and,
 * in PostgreSQL's `detail`, the values of the row it refused (names, emails, addresses, CPR
 * ciphertexts and blind indexes); a mail error carries the recipient's address. None of that
 * may be written anywhere (docs/personal-data.md), so errors are logged from an allow-list of
 * fields, and the free text they keep (message, stack) is scrubbed of values.
 */
export interface SafeError {
  type: string;
  message: string;
  stack?: string;
  /** PostgreSQL SQLSTATE, Node's error code, or an AppError's code. */
  code?: string;
  /** Database identifiers: which constraint, table or column, never which value. */
  constraint?: string;
  table?: string;
  column?: string;
  routine?: string;
  statusCode?: number;
  cause?: SafeError;
  errors?: SafeError[];
}

/** Not `node_modules/@nestjs/…`: a local part is letters, digits and `._%+-` right before the `@`. */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** CPR numbers in any spelling (DDMMYY-XXXX, DDMMYYXXXX, DDMMYY XXXX) and other 10-digit runs. */
const CPR_LIKE = /\b\d{6}[- ]?\d{4}\b/g;
/**
 * PostgreSQL puts a value after a colon, in double quotes (`invalid input syntax for type uuid:
 * "…"`, `invalid input value for enum …: "…"`); identifiers come after a noun (`constraint
 * "uq_x"`, `column "name"`) and stay, since they say what went wrong without saying about whom.
 */
const QUOTED_VALUE = /:\s*"(?:[^"\\]|\\.|"")*"/g;
const MAX_TEXT = 2_000;
const MAX_DEPTH = 3;

/** Removes what could be personal data from a free-text log field. */
export function scrubLogText(text: string): string {
  const scrubbed = text.replace(QUOTED_VALUE, ': "[redacted]"').replace(EMAIL, '[email]').replace(CPR_LIKE, '[number]');
  return scrubbed.length > MAX_TEXT ? `${scrubbed.slice(0, MAX_TEXT)}…` : scrubbed;
}

const stringField = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

/** Marks what safeError made, so that a second pass (formatter, then serializer) keeps it. */
const SAFE = Symbol('safe-error');

/** An error as the logs may hold it: see SafeError. Never throws, whatever it is given. */
export function safeError(error: unknown, depth = 0): SafeError {
  if (typeof error === 'object' && error !== null && SAFE in error) return error as unknown as SafeError;
  // Duck-typed rather than `instanceof Error`: errors from another realm (a VM context, a worker
  // thread) or thrown as plain objects carry the same fields.
  if (typeof error !== 'object' || error === null || typeof (error as Error).message !== 'string') {
    // A thrown string or number says nothing about where it came from and may be anything at all.
    return { type: typeof error, message: '[non-error value]' };
  }
  // TypeORM's QueryFailedError keeps the pg error as `driverError`; pg's own fields are on it.
  const source = error as Error & Record<string, unknown>;
  const driver = (
    typeof source.driverError === 'object' && source.driverError !== null ? source.driverError : source
  ) as Record<string, unknown>;
  const safe: SafeError = {
    type: source.constructor?.name || String(source.name),
    message: scrubLogText(source.message),
  };
  if (typeof source.stack === 'string') safe.stack = scrubLogText(source.stack);
  const code = stringField(driver.code) ?? stringField(source.code);
  if (code) safe.code = code;
  for (const key of ['constraint', 'table', 'column', 'routine'] as const) {
    const value = stringField(driver[key]);
    if (value) safe[key] = value;
  }
  if (typeof source.statusCode === 'number') safe.statusCode = source.statusCode;
  if (depth < MAX_DEPTH) {
    if (source.cause !== undefined) safe.cause = safeError(source.cause, depth + 1);
    if (Array.isArray(source.errors)) safe.errors = source.errors.slice(0, 10).map((e) => safeError(e, depth + 1));
  }
  Object.defineProperty(safe, SAFE, { value: true, enumerable: false });
  return safe;
}

/**
 * A log line's own fields, with every error in them made safe, whatever key it sits under
 * (`err`, `error`, or one nested in an object the caller logged).
 */
export function safeLogFields(fields: Record<string, unknown>): Record<string, unknown> {
  let changed: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(fields)) {
    const safe = safeValue(value, 0);
    if (safe !== value) (changed ??= { ...fields })[key] = safe;
  }
  return changed ?? fields;
}

function safeValue(value: unknown, depth: number): unknown {
  if (value instanceof Error) return safeError(value);
  if (typeof value === 'object' && value !== null && SAFE in value) return value;
  if (depth >= MAX_DEPTH || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  let changed: Record<string, unknown> | undefined;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const safe = safeValue(inner, depth + 1);
    if (safe !== inner) (changed ??= { ...(value as Record<string, unknown>) })[key] = safe;
  }
  return changed ?? value;
}

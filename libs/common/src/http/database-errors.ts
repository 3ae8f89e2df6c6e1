type DatabaseErrorCode =
  'CONFLICT' | 'IN_USE' | 'REFERENCE_NOT_FOUND' | 'CONSTRAINT_VIOLATED' | 'VALUE_REQUIRED' | 'INVALID_VALUE';

export interface DatabaseRefusal {
  statusCode: 400 | 409;
  code: DatabaseErrorCode;
  /** The SQLSTATE, for the log line (never the error's message or detail: they hold row values). */
  sqlState: string;
}

/** PostgreSQL's SQLSTATE of a pg error, or of the pg error inside TypeORM's QueryFailedError. */
function sqlStateOf(error: unknown): { sqlState: string; query?: string } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const record = error as { driverError?: unknown; code?: unknown; query?: unknown; severity?: unknown };
  const driver = (
    typeof record.driverError === 'object' && record.driverError !== null ? record.driverError : record
  ) as { code?: unknown; severity?: unknown };
  // A pg error has a five-character SQLSTATE and a severity; Node's errors (ECONNRESET) do not.
  if (typeof driver.code !== 'string' || !/^[0-9A-Z]{5}$/.test(driver.code) || typeof driver.severity !== 'string') {
    return undefined;
  }
  return { sqlState: driver.code, query: typeof record.query === 'string' ? record.query : undefined };
}

/**
 * The safety net under validation: a statement the database refused because of the data in it
 * is the caller's 4xx, not a 500. Services should catch what they can name themselves (a taken
 * municipality code); this catches the rest. Connection failures, deadlocks and the like are not
 * the caller's fault and stay 5xx.
 */
export function databaseRefusal(error: unknown): DatabaseRefusal | undefined {
  const found = sqlStateOf(error);
  if (!found) return undefined;
  const { sqlState, query } = found;
  const refusal = (statusCode: 400 | 409, code: DatabaseErrorCode): DatabaseRefusal => ({ statusCode, code, sqlState });
  switch (sqlState) {
    case '23505': // unique_violation
    case '23P01': // exclusion_violation
      return refusal(409, 'CONFLICT');
    case '23503': // foreign_key_violation: a DELETE of a row still referenced, or a reference to nothing
    case '23001': // restrict_violation
      return /^\s*delete\b/i.test(query ?? '') || sqlState === '23001'
        ? refusal(409, 'IN_USE')
        : refusal(400, 'REFERENCE_NOT_FOUND');
    case '23514': // check_violation
      return refusal(400, 'CONSTRAINT_VIOLATED');
    case '23502': // not_null_violation
      return refusal(400, 'VALUE_REQUIRED');
  }
  // Class 22, data exception: a value of the wrong form (22P02), a character the encoding cannot
  // hold (22021), too long (22001), out of range (22003, 22008), and so on.
  if (sqlState.startsWith('22')) return refusal(400, 'INVALID_VALUE');
  return undefined;
}

import { databaseRefusal } from './database-errors.js';

/** What pg raises, as TypeORM wraps it in QueryFailedError (driverError, query). */
const queryFailed = (code: string, query = 'INSERT INTO x VALUES ($1)') => ({
  name: 'QueryFailedError',
  message: 'duplicate key value violates unique constraint "uq_x"',
  query,
  parameters: ['Jens Jensen'],
  driverError: { code, severity: 'ERROR', detail: 'Key (name)=(Jens Jensen) already exists.' },
});

describe('databaseRefusal', () => {
  it.each([
    ['23505', 409, 'CONFLICT'],
    ['23514', 400, 'CONSTRAINT_VIOLATED'],
    ['23502', 400, 'VALUE_REQUIRED'],
    ['22P02', 400, 'INVALID_VALUE'],
    ['22021', 400, 'INVALID_VALUE'],
    ['22001', 400, 'INVALID_VALUE'],
    ['22003', 400, 'INVALID_VALUE'],
    ['22008', 400, 'INVALID_VALUE'],
  ])('maps SQLSTATE %s to %i %s', (sqlState, statusCode, code) => {
    expect(databaseRefusal(queryFailed(sqlState))).toEqual({ statusCode, code, sqlState });
  });

  it('tells a reference to nothing (400) from deleting a row still referenced (409)', () => {
    expect(databaseRefusal(queryFailed('23503'))?.code).toBe('REFERENCE_NOT_FOUND');
    expect(databaseRefusal(queryFailed('23503', 'DELETE FROM "municipality" WHERE id = $1'))).toEqual({
      statusCode: 409,
      code: 'IN_USE',
      sqlState: '23503',
    });
  });

  it('reads a bare pg error too', () => {
    expect(databaseRefusal({ code: '23505', severity: 'ERROR', message: 'x' })?.code).toBe('CONFLICT');
  });

  it.each([
    ['a deadlock', queryFailed('40P01')],
    ['a lost connection', { code: 'ECONNRESET', message: 'read ECONNRESET' }],
    ['an admin shutdown', queryFailed('57P01')],
    ['a plain error', new Error('boom')],
    ['a non-error', 'boom'],
  ])('leaves %s a server error', (_what, error) => {
    expect(databaseRefusal(error)).toBeUndefined();
  });
});

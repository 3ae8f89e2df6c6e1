import { isRowRefusal, processingFailed, refusedRowProblem, sqlStateOf } from './import-failures.js';

/** The shape TypeORM's QueryFailedError has: the driver's fields copied onto it. */
const dbError = (code: string, message = 'duplicate key value (email)=(anna@example.dk)') =>
  Object.assign(new Error(message), { code, parameters: ['Anna Andersen'] });

describe('failures of an arrears import', () => {
  it.each([
    ['22021', true], // a NUL byte
    ['22001', true], // too long
    ['22P02', true], // invalid text representation
    ['23514', true], // check constraint
    ['23505', true], // unique
    ['23503', true], // foreign key
    ['P0001', false], // a trigger raising
    ['40P01', false], // deadlock
    ['57P01', false], // the server shutting down
    ['08006', false], // connection failure
  ])('SQLSTATE %s is a refused row: %s', (code, refused) => {
    expect(isRowRefusal(dbError(code))).toBe(refused);
  });

  it('is not a refused row without a SQLSTATE', () => {
    expect(isRowRefusal(new Error('socket hang up'))).toBe(false);
    expect(isRowRefusal(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBe(false);
    expect(isRowRefusal(undefined)).toBe(false);
    expect(sqlStateOf(null)).toBeUndefined();
  });

  it('tells the caseworker what kind of value was refused, never the value or the database message', () => {
    const nul = refusedRowProblem(7, dbError('22021', 'invalid byte sequence for encoding "UTF8": 0x00'));
    expect(nul).toMatchObject({ rowNumber: 7, field: 'row', code: 'ROW_REFUSED' });
    expect(nul.message.da).toContain('nul-tegn');
    expect(nul.message.en).toContain('NUL');
    expect(refusedRowProblem(1, dbError('22001')).message.en).toContain('too long');
    expect(refusedRowProblem(1, dbError('22003')).message.da).toContain('for stort');
    const rule = refusedRowProblem(1, dbError('23514'));
    expect(rule.message.en).toContain("breaks one of the system's rules");
    expect(JSON.stringify(rule)).not.toMatch(/anna@example\.dk|Anna Andersen|duplicate key/);
  });

  it('gives a failed import a reason in both languages with the number of attempts', () => {
    const reason = processingFailed(3);
    expect(reason.code).toBe('IMPORT_PROCESSING_FAILED');
    expect(reason.text.da).toContain('3 forsøg');
    expect(reason.text.en).toContain('3 attempts');
  });
});

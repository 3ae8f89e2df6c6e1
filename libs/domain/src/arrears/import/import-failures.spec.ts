import {
  isConflict,
  isRowRefusal,
  processingFailed,
  refusedRowProblem,
  retryingConflicts,
  sqlStateOf,
} from './import-failures.js';

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
  it.each([
    ['40P01', true], // deadlock
    ['40001', true], // serialization failure
    ['23505', false],
    ['08006', false],
  ])('SQLSTATE %s is a conflict between transactions: %s', (code, conflict) => {
    expect(isConflict(dbError(code))).toBe(conflict);
  });

  it('runs a transaction rolled back for a conflict again, up to three times in all', async () => {
    let calls = 0;
    const work = async () => {
      calls += 1;
      if (calls < 3) throw dbError('40P01', 'deadlock detected');
      return 'written';
    };
    await expect(retryingConflicts(work)).resolves.toBe('written');
    expect(calls).toBe(3);

    calls = 0;
    const always = async () => {
      calls += 1;
      throw dbError('40001', 'could not serialize access');
    };
    await expect(retryingConflicts(always)).rejects.toMatchObject({ code: '40001' });
    expect(calls).toBe(3);
  });

  it('does not run again work that failed for another reason', async () => {
    let calls = 0;
    const refused = async () => {
      calls += 1;
      throw dbError('23505');
    };
    await expect(retryingConflicts(refused)).rejects.toMatchObject({ code: '23505' });
    expect(calls).toBe(1);
  });
});

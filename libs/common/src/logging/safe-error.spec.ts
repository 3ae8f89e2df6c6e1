import { QueryFailedError } from 'typeorm';
import { safeError, safeLogFields, scrubLogText } from './safe-error.js';

/** A pg error as TypeORM wraps it: the statement's parameters and the refused row's values. */
function databaseError(): QueryFailedError {
  const driverError = Object.assign(new Error('duplicate key value violates unique constraint "uq_person_cpr"'), {
    code: '23505',
    constraint: 'uq_person_cpr',
    table: 'person',
    detail: 'Key (email)=(anna@privat.dk) already exists.',
    where: 'SQL statement "INSERT …"',
  });
  return new QueryFailedError(
    'INSERT INTO person (name, email) VALUES ($1, $2)',
    ['Anna Andersen', 'anna@privat.dk'],
    driverError,
  );
}

describe('safeError', () => {
  it('keeps what says what went wrong and drops parameters, query, detail and the driver error', () => {
    const safe = safeError(databaseError());
    expect(safe).toEqual({
      type: 'QueryFailedError',
      message: 'duplicate key value violates unique constraint "uq_person_cpr"',
      stack: expect.any(String),
      code: '23505',
      constraint: 'uq_person_cpr',
      table: 'person',
    });
    expect(JSON.stringify(safe)).not.toMatch(/Anna|anna@privat|parameters|detail|driverError|INSERT/);
  });

  it.each([
    [
      'a value PostgreSQL quotes',
      'invalid input syntax for type uuid: "0101704321-Anna"',
      'invalid input syntax for type uuid: "[redacted]"',
    ],
    [
      'an email address',
      "Can't send mail - all recipients were rejected: 550 <anna@privat.dk>",
      "Can't send mail - all recipients were rejected: 550 <[email]>",
    ],
    ['a CPR number, dashed', 'no person 010170-4321', 'no person [number]'],
    ['a CPR number, plain', 'no person 0101704321.', 'no person [number].'],
  ])('scrubs %s from the message', (_what, message, expected) => {
    expect(scrubLogText(message)).toBe(expected);
  });

  it('leaves identifiers and module paths alone', () => {
    const text = 'null value in column "name" of relation "person" at node_modules/@nestjs/core/router.js:12';
    expect(scrubLogText(text)).toBe(text);
  });

  it('follows causes and never throws on what is not an error', () => {
    const outer = new Error('import batch failed', { cause: databaseError() });
    expect(safeError(outer).cause).toMatchObject({ code: '23505', constraint: 'uq_person_cpr' });
    expect(safeError('Anna Andersen, anna@privat.dk')).toEqual({ type: 'string', message: '[non-error value]' });
    expect(safeError(null)).toEqual({ type: 'object', message: '[non-error value]' });
    expect(safeError(safeError(outer))).toEqual(safeError(outer));
  });
});

describe('safeLogFields', () => {
  it('makes errors safe under any key, also one level down, and leaves other fields as they are', () => {
    const fields = { importId: 'abc', error: databaseError(), job: { name: 'x', failure: databaseError() } };
    const safe = safeLogFields(fields);
    expect(JSON.stringify(safe)).not.toMatch(/Anna|anna@privat|parameters/);
    expect(safe).toMatchObject({ importId: 'abc', job: { name: 'x', failure: { code: '23505' } } });
    const plain = { count: 3 };
    expect(safeLogFields(plain)).toBe(plain);
  });
});

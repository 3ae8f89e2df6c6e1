import { decodeCursor, decodeRowCursor, encodeCursor, encodeRowCursor } from './pagination.js';

const ID = '3f1c9a2e-5b7d-4e8f-9a1b-2c3d4e5f6a7b';
const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const refused = expect.objectContaining({ code: 'INVALID_CURSOR', statusCode: 400 });

describe('decodeCursor', () => {
  it('reads back what encodeCursor wrote, for both kinds of list', () => {
    expect(decodeCursor(encodeCursor({ key: 'Aarhus Kommune', id: ID }))).toEqual({ key: 'Aarhus Kommune', id: ID });
    const opened = '2026-03-01 10:11:12.123456+01';
    expect(decodeCursor(encodeCursor({ key: opened, id: ID }), 'timestamp')).toEqual({ key: opened, id: ID });
    expect(decodeCursor(encodeCursor({ key: '2026-03-01 10:11:12+05:30', id: ID }), 'timestamp').key).toBe(
      '2026-03-01 10:11:12+05:30',
    );
  });

  it('reads a ledger or timeline cursor, whose id is a line number, when told so', () => {
    const cursor = encodeCursor({ key: '2026-03-01', id: '42' });
    expect(decodeCursor(cursor, 'text', 'serial')).toEqual({ key: '2026-03-01', id: '42' });
    expect(() => decodeCursor(cursor)).toThrow(refused);
    expect(() => decodeCursor(encodeCursor({ key: '2026-03-01', id: ID }), 'text', 'serial')).toThrow(refused);
    expect(() => decodeCursor(encodeCursor({ key: 'x', id: '9'.repeat(19) }), 'text', 'serial')).toThrow(refused);
  });

  it.each([
    ['not base64 JSON', 'bm90IGpzb24'],
    ['an object', raw({ key: 'a', id: ID })],
    ['three elements', raw(['a', ID, 'x'])],
    ['numbers', raw([1, 2])],
    // These reached PostgreSQL and came back as 500s: `invalid input syntax for type uuid`.
    ['an id that is not a UUID', raw(['Aarhus', 'not-a-uuid'])],
    ['a NUL in the key', raw(['a\u0000b', ID])],
    ['a lone surrogate in the key', raw(['\ud800', ID])],
    ['an oversize key', raw(['x'.repeat(1_001), ID])],
  ])('refuses %s', (_what, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(refused);
  });

  it.each([
    ['a word', 'yesterday'],
    ['an ISO timestamp', '2026-03-01T10:11:12Z'],
    ['month 13', '2026-13-01 10:00:00+00'],
    ['31 February', '2026-02-31 10:00:00+00'],
    ['hour 24', '2026-03-01 24:00:00+00'],
    ['a date only', '2026-03-01'],
  ])('refuses %s as a timestamp key', (_what, key) => {
    expect(() => decodeCursor(raw([key, ID]), 'timestamp')).toThrow(refused);
  });
});

describe('decodeRowCursor', () => {
  it('reads back a row number', () => {
    expect(decodeRowCursor(encodeRowCursor(1234))).toBe(1234);
  });

  it.each([
    ['negative', '-5'],
    ['a fraction', '1.5'],
    ['over PostgreSQL integer', '2147483648'],
    ['huge', '99999999999999999999'],
    ['hex', '0x10'],
    ['empty', ''],
  ])('refuses %s', (_what, text) => {
    expect(() => decodeRowCursor(Buffer.from(text).toString('base64url'))).toThrow(refused);
  });
});

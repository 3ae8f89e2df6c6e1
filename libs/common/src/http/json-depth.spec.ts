import { jsonNestingExceeds, MAX_JSON_DEPTH, verifyJsonBody } from './json-depth.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('jsonNestingExceeds', () => {
  it.each([
    ['a flat object', '{"a":1,"b":[1,2]}', false],
    ['exactly the limit', nested(MAX_JSON_DEPTH), false],
    ['one level over the limit', nested(MAX_JSON_DEPTH + 1), true],
    ['objects over the limit', '{"a":'.repeat(MAX_JSON_DEPTH + 1) + '1' + '}'.repeat(MAX_JSON_DEPTH + 1), true],
    ['brackets inside a string', `{"a":"${'['.repeat(100)}"}`, false],
    ['an escaped quote before brackets in a string', `{"a":"\\"${'['.repeat(100)}"}`, false],
    ['an escaped backslash closing a string', `{"a":"\\\\",${'"b":['.repeat(40)}`, true],
    ['multi-byte characters between brackets', `[${'["æøå🏠",'.repeat(40)}`, true],
    ['unclosed brackets', '['.repeat(MAX_JSON_DEPTH + 1), true],
    ['many siblings (wide, not deep)', `[${Array(10_000).fill('[1]').join(',')}]`, false],
  ])('%s', (_what, text, expected) => {
    expect(jsonNestingExceeds(bytes(text))).toBe(expected);
  });

  // Measured on the 2-core development machine: a 1 MB body of 500,000 nested arrays is refused
  // within a microsecond (the scan stops at level 33); a body that stays within the limit costs
  // about 6 ms per MB to scan, on the order of JSON.parse itself.
  it('stops at the first bracket over the limit of a 1 MB body', () => {
    expect(jsonNestingExceeds(bytes(nested(500_000)))).toBe(true);
  });
});

describe('verifyJsonBody', () => {
  const verify =
    (text: string | Buffer, encoding = 'utf-8') =>
    () =>
      verifyJsonBody({} as never, {} as never, typeof text === 'string' ? bytes(text) : text, encoding);

  it('lets a body within the limit through', () => {
    expect(verify('{"a":[1]}')).not.toThrow();
  });

  it('refuses a deeper body as a 400 of its own type', () => {
    expect(verify(nested(40))).toThrow(expect.objectContaining({ status: 400, type: 'entity.too.deep' }));
  });

  it('refuses JSON that is not UTF-8, whose bytes the scan cannot read', () => {
    expect(verify(Buffer.from(nested(40), 'utf16le'), 'utf-16le')).toThrow(
      expect.objectContaining({ status: 415, type: 'charset.unsupported' }),
    );
  });
});

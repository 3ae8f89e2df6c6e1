import { AppError } from '../errors/app-error.js';
import { findUnsafeText, hasUnsafeCharacters, TextSafetyPipe } from './text-safety.pipe.js';

describe('hasUnsafeCharacters', () => {
  it.each([
    ['plain Danish text', 'Søren Ærø, Åbenrå', false],
    ['an emoji (a surrogate pair)', 'Hus 🏠 nr. 2', false],
    ['NUL', 'a\u0000b', true],
    ['a lone high surrogate', 'a\ud800', true],
    ['a lone high surrogate before text', '\ud83dx', true],
    ['a lone low surrogate', '\udc00a', true],
    ['a low surrogate before its high one', '\udc00\ud800', true],
  ])('%s', (_what, text, expected) => {
    expect(hasUnsafeCharacters(text)).toBe(expected);
  });
});

describe('findUnsafeText', () => {
  it('names nested fields and array elements as validation errors do', () => {
    expect(findUnsafeText({ name: 'ok', address: { postcode: '2\u00003' } })).toBe('address.postcode');
    expect(findUnsafeText({ departmentIds: ['a', '\ud800'] })).toBe('departmentIds.1');
    expect(findUnsafeText('x\u0000', 'id')).toBe('id');
  });

  it('checks keys too, without echoing the characters', () => {
    expect(findUnsafeText({ 'na\u0000me': 1 })).toBe('na\ufffdme');
  });

  it('finds nothing in safe values of every type', () => {
    expect(findUnsafeText({ a: 1, b: null, c: [true, { d: 'æ' }], e: undefined })).toBeUndefined();
  });
});

describe('TextSafetyPipe', () => {
  const pipe = new TextSafetyPipe();

  it('refuses a path parameter with NUL, naming it', () => {
    expect(() => pipe.transform('a\u0000', { type: 'param', data: 'code' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_CHARACTERS',
        statusCode: 400,
        details: [expect.objectContaining({ field: 'code' })],
      }),
    );
  });

  it('refuses a query or body field with a lone surrogate', () => {
    let error: unknown;
    try {
      pipe.transform({ cursor: 'ok', name: 'x\udfff' }, { type: 'query' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toEqual([expect.objectContaining({ field: 'name' })]);
  });

  it('leaves custom parameters (the signed-in actor) alone', () => {
    const actor = { name: 'a\u0000' };
    expect(pipe.transform(actor, { type: 'custom' })).toBe(actor);
  });
});

import { IsInt, IsOptional, IsString, validateSync } from 'class-validator';
import { IsEmailAddress, isEmailAddress, IsOmittable } from './validators.js';

describe('isEmailAddress', () => {
  it.each([
    ['a plain address', 'boligvarsler@kk.dk', true],
    ['Danish letters in the local part', 'søren@kk.dk', true],
    ['no domain', 'boligvarsler@', false],
    ['a number', 42, false],
    ['over 254 characters', `${'a'.repeat(250)}@kk.dk`, false],
    // validator's isEmail throws URIError on these (encodeURI inside isByteLength).
    ['a lone high surrogate', 'a\ud800@kk.dk', false],
    ['a lone low surrogate', '\udfff@kk.dk', false],
  ])('%s', (_what, value, expected) => {
    expect(isEmailAddress(value)).toBe(expected);
  });
});

class Sample {
  @IsEmailAddress()
  email: unknown;

  @IsOmittable()
  @IsString()
  name?: unknown;

  @IsOptional()
  @IsInt()
  nullable?: unknown;
}

const problems = (value: Partial<Sample>) =>
  validateSync(Object.assign(new Sample(), { email: 'a@kk.dk', ...value })).flatMap((e) =>
    Object.keys(e.constraints ?? {}).map((rule) => `${e.property}:${rule}`),
  );

describe('IsEmailAddress and IsOmittable', () => {
  it('reports a bad email under the rule name isEmail, without throwing', () => {
    expect(problems({ email: 'x\ud800@kk.dk' })).toEqual(['email:isEmail']);
  });

  it('lets an omittable field be left out', () => {
    expect(problems({})).toEqual([]);
  });

  it('refuses null for an omittable field, unlike IsOptional', () => {
    expect(problems({ name: null, nullable: null })).toEqual(['name:isString']);
  });
});

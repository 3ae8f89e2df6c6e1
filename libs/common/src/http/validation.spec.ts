import { type ValidationError } from '@nestjs/common';
import { IsString } from 'class-validator';
import { createValidationPipe, validationFailure } from './validation.js';

const error = (property: string, constraints: Record<string, string>, children: ValidationError[] = []) =>
  ({ property, constraints, children }) as ValidationError;

describe('validationFailure', () => {
  it('reports only-unknown fields as UNKNOWN_FIELD', () => {
    const failure = validationFailure([error('cpr', { whitelistValidation: 'property cpr should not exist' })]);
    expect(failure.code).toBe('UNKNOWN_FIELD');
    expect(failure.statusCode).toBe(400);
  });

  it('reports any other problem as VALIDATION_FAILED, flattening nested fields', () => {
    const failure = validationFailure([
      error('cpr', { whitelistValidation: 'property cpr should not exist' }),
      error('address', {}, [error('postcode', { matches: 'postcode must be 4 digits' })]),
    ]);
    expect(failure.code).toBe('VALIDATION_FAILED');
    expect(failure.details).toEqual([
      { field: 'cpr', rule: 'whitelistValidation', message: 'property cpr should not exist' },
      { field: 'address.postcode', rule: 'matches', message: 'postcode must be 4 digits' },
    ]);
  });
});

class NameDto {
  @IsString()
  name: string;
}

describe('createValidationPipe', () => {
  const pipe = createValidationPipe();
  const body = { type: 'body' as const, metatype: NameDto };

  it('refuses an array body at once, without a DTO per element', async () => {
    await expect(pipe.transform(Array(200_000).fill(1), body)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'body', rule: 'isObject', message: 'the body must be a JSON object, not an array' }],
    });
  });

  it('still validates an object body', async () => {
    await expect(pipe.transform({ name: 'Aarhus' }, body)).resolves.toEqual({ name: 'Aarhus' });
    await expect(pipe.transform({ name: 1 }, body)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

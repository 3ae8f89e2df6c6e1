import { type ValidationError } from '@nestjs/common';
import { IsString, MaxLength } from 'class-validator';
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
      {
        field: 'cpr',
        rule: 'whitelistValidation',
        message: { da: 'Feltet kendes ikke. Fjern det.', en: 'The field is not known. Remove it.' },
      },
      {
        field: 'address.postcode',
        rule: 'matches',
        message: { da: 'Har ikke det forventede format.', en: 'Does not have the expected format.' },
      },
    ]);
  });
});

class NameDto {
  @IsString()
  name: string;
}

class LimitedNameDto {
  @MaxLength(40)
  name: string;
}

describe('createValidationPipe', () => {
  const pipe = createValidationPipe();
  const body = { type: 'body' as const, metatype: NameDto };
  const limited = { type: 'body' as const, metatype: LimitedNameDto };

  it('refuses an array body at once, without a DTO per element', async () => {
    await expect(pipe.transform(Array(200_000).fill(1), body)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [
        {
          field: 'body',
          rule: 'isObject',
          message: {
            da: 'Indholdet skal være et JSON-objekt, ikke en liste.',
            en: 'The body must be a JSON object, not a list.',
          },
        },
      ],
    });
  });

  it("names the decorator's values in the message, in both languages", async () => {
    await expect(pipe.transform({ name: 'x'.repeat(41) }, limited)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [
        {
          field: 'name',
          rule: 'maxLength',
          message: { da: 'Må højst være 40 tegn.', en: 'Must be at most 40 characters.' },
        },
      ],
    });
  });

  it('still validates an object body', async () => {
    await expect(pipe.transform({ name: 'Aarhus' }, body)).resolves.toEqual({ name: 'Aarhus' });
    await expect(pipe.transform({ name: 1 }, body)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

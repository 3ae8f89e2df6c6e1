import { type ValidationError } from '@nestjs/common';
import { validationFailure } from './validation.js';

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

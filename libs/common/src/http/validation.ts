import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError } from '../errors/app-error.js';
import { HttpErrorText } from '../errors/error-codes.js';

export interface FieldProblem {
  field: string;
  /** class-validator constraint name, e.g. `isEmail`, `whitelistValidation`. */
  rule: string;
  message: string;
}

/** Flattens nested class-validator errors into `field.path` problems. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function validationFailure(errors: ValidationError[]): AppError {
  const details = flattenValidationErrors(errors);
  const onlyUnknownFields = details.length > 0 && details.every((d) => d.rule === 'whitelistValidation');
  return onlyUnknownFields
    ? new AppError('UNKNOWN_FIELD', 400, HttpErrorText.UNKNOWN_FIELD, details)
    : new AppError('VALIDATION_FAILED', 400, HttpErrorText.VALIDATION_FAILED, details);
}

/**
 * The global pipe: strips nothing silently (unknown fields are refused), converts only
 * where a DTO says so, and reports every problem at once.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailure(errors),
  });
}

import { buildMessage, isEmail, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * class-validator's `isEmail`, except that it answers rather than throws: on a lone surrogate
 * validator's `isEmail` calls `encodeURI`, which throws `URIError` (a 500 instead of a 400).
 */
export function isEmailAddress(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 254) return false;
  try {
    return isEmail(value);
  } catch {
    return false;
  }
}

/** `@IsEmail()` that never throws (see isEmailAddress); the rule keeps the name `isEmail`. */
export function IsEmailAddress(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEmail',
      validator: {
        validate: (value: unknown) => isEmailAddress(value),
        defaultMessage: buildMessage((each) => `${each}$property must be an email`, validationOptions),
      },
    },
    validationOptions,
  );
}

/**
 * A field that may be left out but is never null. `@IsOptional()` skips validation for null as
 * well as for undefined, so `{"name": null}` in a PATCH would reach a NOT NULL column; with this
 * the field's other rules refuse null (`name must be a string`) with VALIDATION_FAILED.
 */
export function IsOmittable(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined, validationOptions);
}

import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { localized, type LocalizedText } from '@app/i18n';
import { AppError } from '../errors/app-error.js';
import { HttpErrorText } from '../errors/error-codes.js';

/**
 * One field's problem, as every error's `details` lists them. `message` is the reader's language
 * once the exception filter has rendered it (a `LocalizedText` until then).
 */
export interface FieldProblem {
  field: string;
  /** The rule broken: a class-validator constraint name (`isEmail`, `maxLength`, `whitelistValidation`) or a domain rule. */
  rule: string;
  message: string | LocalizedText;
}

/** The arguments a decorator was given (`@MaxLength(40)` → [40]), from class-validator's own metadata. */
function constraintsOf(target: object | undefined, property: string, rule: string): unknown[] {
  if (!target) return [];
  const metadata = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  return metadata.find((m) => m.propertyName === property && (m.name ?? m.type) === rule)?.constraints ?? [];
}

const text = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : String(value));

/** The catalogue's message for a broken rule, with the decorator's values put in. */
export function ruleMessage(rule: string, constraints: readonly unknown[] = []): LocalizedText {
  const [first, second] = constraints;
  switch (rule) {
    case 'min':
      return localized((m) => m.validation.min({ min: text(first) }));
    case 'max':
      return localized((m) => m.validation.max({ max: text(first) }));
    case 'maxLength':
      return localized((m) => m.validation.maxLength({ max: text(first) }));
    case 'minLength':
      return localized((m) => m.validation.minLength({ min: text(first) }));
    case 'isLength':
      return localized((m) => m.validation.isLength({ min: text(first), max: text(second) }));
    case 'arrayMaxSize':
      return localized((m) => m.validation.arrayMaxSize({ max: text(first) }));
    case 'arrayMinSize':
      return localized((m) => m.validation.arrayMinSize({ min: text(first) }));
    case 'isIn':
      return localized((m) => m.validation.isIn({ values: text(first) }));
    case 'isEnum':
      return localized((m) =>
        m.validation.isEnum({ values: text(first && typeof first === 'object' ? Object.values(first) : first) }),
      );
    case 'isString':
    case 'isInt':
    case 'isNumber':
    case 'isUuid':
    case 'matches':
    case 'isCalendarDate':
    case 'isDate':
    case 'isIso8601':
    case 'isEmail':
    case 'isArray':
    case 'isBoolean':
    case 'isDefined':
    case 'isNotEmpty':
    case 'isObject':
    case 'nestedValidation':
    case 'whitelistValidation':
    case 'unknownValue':
      return localized((m) => m.validation[rule]);
    default:
      return localized((m) => m.validation.other);
  }
}

/** Flattens nested class-validator errors into `field.path` problems, each with the catalogue's message. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((rule) => ({
      field,
      rule,
      message: ruleMessage(rule, constraintsOf(error.target, error.property, rule)),
    }));
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
 * Refuses a JSON array where a DTO (an object) is expected before class-transformer sees it:
 * it would make one DTO instance per element and validate each, about 5 s of CPU for a
 * 400 KB body of 200,000 numbers, during which the API answers nobody.
 */
class DtoValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && Array.isArray(value) && metadata.metatype !== Array && this.toValidate(metadata)) {
      throw new AppError('VALIDATION_FAILED', 400, HttpErrorText.VALIDATION_FAILED, [
        { field: 'body', rule: 'isObject', message: localized((m) => m.validation.bodyIsObject) },
      ]);
    }
    return super.transform(value, metadata);
  }
}

/**
 * The global pipe: strips nothing silently (unknown fields are refused), converts only
 * where a DTO says so, and reports every problem at once.
 */
export function createValidationPipe(): ValidationPipe {
  return new DtoValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // The target lets a problem name the decorator's values (`@MaxLength(40)`); it never leaves the pipe.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => validationFailure(errors),
  });
}

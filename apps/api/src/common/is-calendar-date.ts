import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '@app/calendar';

/**
 * A legal date as @app/calendar takes it: `YYYY-MM-DD`, a real day of the years 0001–9999.
 * `@IsISO8601()` also lets times (`2026-03-01T10:00:00`), week and ordinal dates through, which
 * the calendar then refused with an error the API answered as a 500.
 */
export function IsCalendarDate(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isIsoDate(value),
        defaultMessage: buildMessage((each) => `${each}$property must be a date written YYYY-MM-DD`, validationOptions),
      },
    },
    validationOptions,
  );
}

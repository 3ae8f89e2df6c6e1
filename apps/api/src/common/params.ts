import { localized } from '@app/i18n';
import { Param, ParseUUIDPipe } from '@nestjs/common';
import { AppError } from '@app/common';

/** A path id that must be a UUID; anything else is a 400 rather than a database error. */
export const IdParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new AppError(
          'INVALID_ID',
          400,
          localized((m) => m.http.INVALID_ID),
          [{ field: name, rule: 'isUuid', message: localized((m) => m.validation.uuidPath) }],
        ),
    }),
  );

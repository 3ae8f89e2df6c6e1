import { Param, ParseUUIDPipe } from '@nestjs/common';
import { AppError } from '@app/common';

/** A path id that must be a UUID; anything else is a 400 rather than a database error. */
export const IdParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new AppError('INVALID_ID', 400, { da: `${name} er ikke et gyldigt id.`, en: `${name} is not a valid id.` }, [
          { field: name, rule: 'isUuid', message: `${name} must be a UUID` },
        ]),
    }),
  );

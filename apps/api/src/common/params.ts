import { localized } from '@app/i18n';
import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { AppError } from '@app/common';

/** The path ids of a route handler, for `@Operation` to document their INVALID_ID. */
export const ID_PARAMS = 'api:id-params';

export const invalidId = (name: string) =>
  new AppError(
    'INVALID_ID',
    400,
    localized((m) => m.http.INVALID_ID),
    [{ field: name, rule: 'isUuid', message: localized((m) => m.validation.uuidPath) }],
  );

/**
 * A path id that must be a UUID; anything else is a 400 rather than a database error. The API
 * document shows it as `format: uuid`. (Parameter decorators run before the method's, so the
 * method's `@Operation` finds the name in ID_PARAMS.)
 */
export const IdParam =
  (name = 'id'): ParameterDecorator =>
  (target, key, index) => {
    Param(name, new ParseUUIDPipe({ exceptionFactory: () => invalidId(name) }))(target, key, index);
    if (key === undefined) return;
    const handler = (target as Record<string | symbol, object>)[key]!;
    ApiParam({ name, type: String, format: 'uuid' })(target, key, { value: handler });
    Reflect.defineMetadata(
      ID_PARAMS,
      [...((Reflect.getMetadata(ID_PARAMS, handler) as string[]) ?? []), name],
      handler,
    );
  };

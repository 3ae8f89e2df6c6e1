import { AppError, ConflictError, NotFoundError } from '@app/common';
import { localized, type LocalizedText, type Messages } from '@app/i18n';

export type DirectoryKind = keyof Messages['entities'];

export class EntityNotFoundError extends NotFoundError {
  constructor(kind: DirectoryKind) {
    super(
      `${kind.toUpperCase()}_NOT_FOUND`,
      localized((m) => m.directory.notFound({ entity: m.entities[kind] })),
    );
  }
}

/** Deleting something other records still point at. */
export class EntityInUseError extends ConflictError {
  constructor(kind: DirectoryKind) {
    super(
      `${kind.toUpperCase()}_IN_USE`,
      localized((m) => m.directory.inUse({ entity: m.entities[kind] })),
    );
  }
}

/** A reference in the request body to something that does not exist (or is out of the caller's scope). */
export class UnknownReferenceError extends AppError {
  constructor(field: string) {
    super(
      'UNKNOWN_REFERENCE',
      400,
      localized((m) => m.directory.unknownReference),
      [{ field, rule: 'exists', message: localized((m) => m.directory.referenceMissing) }],
    );
  }
}

export class DuplicateError extends ConflictError {
  constructor(code: string, field: string, text: LocalizedText) {
    super(code, text, [{ field, rule: 'unique', message: text }]);
  }
}

import { AppError, ConflictError, NotFoundError } from '@app/common';

const KIND_TEXT = {
  municipality: { da: 'Kommunen', en: 'The municipality' },
  housing_organisation: { da: 'Boligorganisationen', en: 'The housing organisation' },
  department: { da: 'Afdelingen', en: 'The department' },
  probation_unit: { da: 'Kriminalforsorgens enhed', en: 'The probation unit' },
  counselling_provider: { da: 'Gældsrådgivningen', en: 'The debt-counselling provider' },
  user: { da: 'Brugeren', en: 'The user' },
  person: { da: 'Personen', en: 'The person' },
  consent: { da: 'Samtykket', en: 'The consent' },
  tenancy: { da: 'Lejemålet', en: 'The tenancy' },
  arrears_case: { da: 'Sagen', en: 'The case' },
  arrears_import: { da: 'Indlæsningen', en: 'The import' },
  warning: { da: 'Varslet', en: 'The warning' },
  inbox_item: { da: 'Beskeden', en: 'The inbox item' },
  notification: { da: 'Meddelelsen', en: 'The notification' },
  cooperation_agreement: { da: 'Samarbejdsaftalen', en: 'The cooperation agreement' },
} as const;

export type DirectoryKind = keyof typeof KIND_TEXT;

export class EntityNotFoundError extends NotFoundError {
  constructor(kind: DirectoryKind) {
    super(`${kind.toUpperCase()}_NOT_FOUND`, {
      da: `${KIND_TEXT[kind].da} findes ikke.`,
      en: `${KIND_TEXT[kind].en} does not exist.`,
    });
  }
}

/** Deleting something other records still point at. */
export class EntityInUseError extends ConflictError {
  constructor(kind: DirectoryKind) {
    super(`${kind.toUpperCase()}_IN_USE`, {
      da: `${KIND_TEXT[kind].da} kan ikke slettes, fordi andre oplysninger henviser til den.`,
      en: `${KIND_TEXT[kind].en} cannot be deleted because other records refer to it.`,
    });
  }
}

/** A reference in the request body to something that does not exist (or is out of the caller's scope). */
export class UnknownReferenceError extends AppError {
  constructor(field: string) {
    super(
      'UNKNOWN_REFERENCE',
      400,
      {
        da: `Feltet ${field} henviser til noget, der ikke findes.`,
        en: `The field ${field} refers to something that does not exist.`,
      },
      [{ field, rule: 'exists', message: `${field} does not exist` }],
    );
  }
}

export class DuplicateError extends ConflictError {
  constructor(code: string, field: string, text: { da: string; en: string }) {
    super(code, text, { field });
  }
}

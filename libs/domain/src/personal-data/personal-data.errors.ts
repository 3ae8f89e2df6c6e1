import { AppError, ConflictError } from '@app/common';

export class CprInvalidError extends AppError {
  constructor(reason: 'CPR_FORMAT' | 'CPR_DATE') {
    super(
      'CPR_INVALID',
      400,
      reason === 'CPR_FORMAT'
        ? {
            da: 'CPR-nummeret skal have 10 cifre (DDMMÅÅ-XXXX).',
            en: 'The CPR number must have 10 digits (DDMMYY-XXXX).',
          }
        : {
            da: 'CPR-nummeret indeholder ikke en gyldig fødselsdato.',
            en: 'The CPR number does not contain a valid birth date.',
          },
      [
        {
          field: 'cpr',
          rule: reason === 'CPR_FORMAT' ? 'cprFormat' : 'cprDate',
          message: 'cpr is not a valid CPR number',
        },
      ],
    );
  }
}

export class PersonExistsError extends ConflictError {
  constructor(existingId: string) {
    super(
      'PERSON_EXISTS',
      {
        da: 'Personen med dette CPR-nummer er allerede oprettet i jeres organisation.',
        en: 'A person with this CPR number is already registered in your organisation.',
      },
      { existingId },
    );
  }
}

export class StaleVersionError extends ConflictError {
  constructor(current: number) {
    super(
      'STALE_VERSION',
      {
        da: 'Oplysningerne er ændret af en anden siden du hentede dem. Hent dem igen og gentag ændringen.',
        en: 'Someone else changed this since you loaded it. Load it again and repeat your change.',
      },
      { currentVersion: current },
    );
  }
}

export class PersonHasOpenCaseError extends ConflictError {
  constructor() {
    super('PERSON_HAS_OPEN_CASE', {
      da: 'Personen har en åben sag og kan ikke slettes, før sagen er afsluttet.',
      en: 'The person has an open case and cannot be erased until it is closed.',
    });
  }
}

export class PersonAnonymisedError extends ConflictError {
  constructor() {
    super('PERSON_ANONYMISED', {
      da: 'Personens oplysninger er slettet (anonymiseret) og kan ikke ændres.',
      en: "The person's data has been erased (anonymised) and cannot be changed.",
    });
  }
}

export class ConsentRecipientMismatchError extends AppError {
  constructor(expected: string) {
    super(
      'CONSENT_RECIPIENT_MISMATCH',
      400,
      {
        da: `Samtykkets formål passer ikke til modtageren; modtageren skal være af typen ${expected}.`,
        en: `The consent's purpose does not fit the recipient; the recipient must be a ${expected}.`,
      },
      [{ field: 'recipientId', rule: 'recipientType', message: `recipient must be a ${expected}` }],
    );
  }
}

/** A consent ends after it is given (the table's ck_consent_period says the same). */
export class ConsentPeriodInvalidError extends AppError {
  constructor() {
    super(
      'CONSENT_PERIOD_INVALID',
      400,
      {
        da: 'Samtykkets udløbstidspunkt skal ligge efter tidspunktet, hvor det blev givet.',
        en: 'The consent must expire after the time it was given.',
      },
      [{ field: 'expiresAt', rule: 'isAfterGivenAt', message: 'expiresAt must be after givenAt' }],
    );
  }
}

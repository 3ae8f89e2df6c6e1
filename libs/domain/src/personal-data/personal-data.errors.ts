import { AppError, ConflictError } from '@app/common';
import { localized, type Messages } from '@app/i18n';

export class CprInvalidError extends AppError {
  constructor(reason: 'CPR_FORMAT' | 'CPR_DATE') {
    super(
      'CPR_INVALID',
      400,
      localized((m) => m.personalData[reason]),
      [
        {
          field: 'cpr',
          rule: reason === 'CPR_FORMAT' ? 'cprFormat' : 'cprDate',
          message: localized((m) => m.personalData.cprField),
        },
      ],
    );
  }
}

export class PersonExistsError extends ConflictError {
  constructor(existingId: string) {
    const text = localized((m) => m.personalData.PERSON_EXISTS);
    super('PERSON_EXISTS', text, [{ field: 'cpr', rule: 'unique', message: text, existingId }]);
  }
}

/**
 * The version sent is not the record's: someone else changed it since it was loaded, or (a
 * version ahead of the record's) the caller's copy did not come from here; the text says which.
 */
export class StaleVersionError extends ConflictError {
  constructor(current: number, sent?: number) {
    const ahead = sent !== undefined && sent > current;
    super(
      'STALE_VERSION',
      localized((m) =>
        ahead
          ? m.personalData.STALE_VERSION_AHEAD({ sent: String(sent), current: String(current) })
          : m.personalData.STALE_VERSION,
      ),
      [
        {
          field: 'version',
          rule: ahead ? 'versionAhead' : 'versionChanged',
          message: localized((m) => m.personalData.versionField({ current: String(current) })),
          currentVersion: current,
        },
      ],
    );
  }
}

export class PersonHasOpenCaseError extends ConflictError {
  constructor() {
    super(
      'PERSON_HAS_OPEN_CASE',
      localized((m) => m.personalData.PERSON_HAS_OPEN_CASE),
    );
  }
}

export class PersonAnonymisedError extends ConflictError {
  constructor() {
    super(
      'PERSON_ANONYMISED',
      localized((m) => m.personalData.PERSON_ANONYMISED),
    );
  }
}

export class ConsentRecipientMismatchError extends AppError {
  constructor(expected: keyof Messages['organisationKinds']) {
    super(
      'CONSENT_RECIPIENT_MISMATCH',
      400,
      localized((m) => m.personalData.CONSENT_RECIPIENT_MISMATCH({ recipient: m.organisationKinds[expected] })),
      [
        {
          field: 'recipientId',
          rule: 'recipientType',
          message: localized((m) => m.personalData.recipientField({ recipient: m.organisationKinds[expected] })),
          recipientType: expected,
        },
      ],
    );
  }
}

/** A consent ends after it is given (the table's ck_consent_period says the same). */
export class ConsentPeriodInvalidError extends AppError {
  constructor() {
    super(
      'CONSENT_PERIOD_INVALID',
      400,
      localized((m) => m.personalData.CONSENT_PERIOD_INVALID),
      [{ field: 'expiresAt', rule: 'isAfterGivenAt', message: localized((m) => m.personalData.expiresAfterGiven) }],
    );
  }
}

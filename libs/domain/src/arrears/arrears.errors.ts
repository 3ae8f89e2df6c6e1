import { type IsoDate } from '@app/calendar';
import { AppError, ConflictError } from '@app/common';
import { localized } from '@app/i18n';
import { StaleVersionError } from '../personal-data/personal-data.errors.js';
import { legalDate } from './legal-steps/legal-format.js';
import { dateInFuture, transitionErrorDetails } from './legal-steps/case-state-machine.errors.js';

/**
 * A case version other than the current one: STALE_VERSION, saying so when the version sent is
 * ahead of the case rather than behind it (the same error as for personal data).
 */
export class CaseVersionConflictError extends StaleVersionError {
  constructor(current: number, sent?: number) {
    super(current, sent);
  }
}

/** A date after today, on every route the same text and the same `details` as a refused step. */
export class DateInFutureError extends AppError {
  constructor(field: string, date: IsoDate, today: IsoDate) {
    const refusal = dateInFuture(field, date, today);
    super(refusal.code, 400, refusal.text, transitionErrorDetails(refusal));
  }
}

export class TenantNotInOrganisationError extends AppError {
  constructor() {
    super(
      'UNKNOWN_REFERENCE',
      400,
      localized((m) => m.cases.UNKNOWN_REFERENCE),
      [{ field: 'personId', rule: 'exists', message: localized((m) => m.cases.personNotInOrganisation) }],
    );
  }
}

export class TenancyExistsError extends ConflictError {
  constructor(existingId: string) {
    super(
      'TENANCY_EXISTS',
      localized((m) => m.cases.TENANCY_EXISTS),
      [{ field: 'unit', rule: 'unique', message: localized((m) => m.cases.TENANCY_EXISTS), existingId }],
    );
  }
}

export class NoOpenCaseError extends ConflictError {
  constructor() {
    super(
      'NO_OPEN_CASE',
      localized((m) => m.cases.NO_OPEN_CASE),
      [],
    );
  }
}

/** A notice to the municipality dated before any rent of the case fell due (almenlejeloven § 92, stk. 2). */
export class NoticeBeforeArrearsError extends AppError {
  constructor(noticeOn: IsoDate, firstDueDate: IsoDate) {
    const due = legalDate(firstDueDate);
    super(
      'NOTICE_BEFORE_ARREARS',
      400,
      localized((m, language) => m.cases.NOTICE_BEFORE_ARREARS({ firstDueDate: due[language] })),
      [
        {
          field: 'noticeOn',
          rule: 'notBeforeArrears',
          message: localized((m, language) => m.cases.noticeNotBeforeArrears({ firstDueDate: due[language] })),
          date: noticeOn,
          earliestDate: firstDueDate,
        },
      ],
    );
  }
}

/** Another date than the notice already given, without saying it is a correction. */
export class NoticeDateChangedError extends ConflictError {
  constructor(noticeOn: IsoDate, previous: IsoDate) {
    const before = legalDate(previous);
    super(
      'NOTICE_DATE_CHANGED',
      localized((m, language) => m.cases.NOTICE_DATE_CHANGED({ previous: before[language] })),
      [
        {
          field: 'noticeOn',
          rule: 'correctionRequired',
          message: localized((m, language) => m.cases.noticeCorrectionRequired({ previous: before[language] })),
          date: noticeOn,
          municipalityNoticeOn: previous,
        },
      ],
    );
  }
}

/** A correction of a notice that was never given. */
export class NoticeCorrectionWithoutNoticeError extends ConflictError {
  constructor() {
    super(
      'NOTICE_CORRECTION_WITHOUT_NOTICE',
      localized((m) => m.cases.NOTICE_CORRECTION_WITHOUT_NOTICE),
      [
        {
          field: 'correction',
          rule: 'noticeExists',
          message: localized((m) => m.cases.noticeCorrectionNothingToCorrect),
        },
      ],
    );
  }
}

export class TransitionRefusedError extends AppError {
  constructor(code: string, text: { da: string; en: string }, details?: unknown) {
    super(code, 409, text, details);
  }
}

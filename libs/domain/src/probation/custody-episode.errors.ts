import { AppError, ConflictError, formatLegalDate, NotFoundError } from '@app/common';
import { localized, type LocalizedText } from '@app/i18n';
import { type CustodyViolation, type ReleaseRefusal } from './custody-episode-rules.js';

/** An episode that does not exist, or that the caller may not see (out of scope looks the same). */
export class CustodyEpisodeNotFoundError extends NotFoundError {
  constructor() {
    super(
      'CUSTODY_EPISODE_NOT_FOUND',
      localized((m) => m.probation.CUSTODY_EPISODE_NOT_FOUND),
    );
  }
}

/**
 * No consent for `probation-cooperation` in force naming the probation unit (and, for a housing
 * caseworker, also naming their organisation): nothing is written.
 */
export class CustodyConsentMissingError extends ConflictError {
  constructor(field: 'personId' | 'probationUnitId') {
    super(
      'CUSTODY_CONSENT_MISSING',
      localized((m) => m.probation.CUSTODY_CONSENT_MISSING),
      [{ field, rule: 'consentInForce', message: localized((m) => m.probation.details.consentInForce) }],
    );
  }
}

/** The person already has an open episode (at most one at a time). */
export class CustodyEpisodeAlreadyOpenError extends ConflictError {
  constructor() {
    super(
      'CUSTODY_EPISODE_ALREADY_OPEN',
      localized((m) => m.probation.CUSTODY_EPISODE_ALREADY_OPEN),
    );
  }
}

/** A housing caseworker must name the probation unit the tenant consented to. */
export class CustodyProbationUnitRequiredError extends AppError {
  constructor() {
    super(
      'CUSTODY_PROBATION_UNIT_REQUIRED',
      400,
      localized((m) => m.probation.CUSTODY_PROBATION_UNIT_REQUIRED),
      [
        {
          field: 'probationUnitId',
          rule: 'required',
          message: localized((m) => m.probation.CUSTODY_PROBATION_UNIT_REQUIRED),
        },
      ],
    );
  }
}

/**
 * The facts break rules of custody-episode-rules.ts. The code is the first rule broken (stable:
 * clients match on it); the details name every field at fault.
 */
export class CustodyEpisodeInvalidError extends AppError {
  constructor(violations: readonly CustodyViolation[]) {
    super(
      violations[0]?.code ?? 'CUSTODY_EPISODE_INVALID',
      400,
      localized((m) => m.probation.CUSTODY_EPISODE_INVALID),
      violations.map((v) => ({
        field: v.field,
        rule: v.code,
        message: localized((m) => m.probation.details[v.code]),
      })),
    );
  }
}

/** The code, HTTP status, text and details of a refused release. */
function releaseError(refusal: ReleaseRefusal, releasedOn: string): [string, number, LocalizedText, unknown] {
  switch (refusal.code) {
    case 'CUSTODY_EPISODE_CLOSED':
      return [refusal.code, 409, localized((m) => m.probation.CUSTODY_EPISODE_CLOSED), undefined];
    case 'CUSTODY_RELEASE_BEFORE_START':
      return [
        refusal.code,
        400,
        localized((m, l) =>
          m.probation.CUSTODY_RELEASE_BEFORE_START({ startedOn: formatLegalDate(refusal.startedOn, l) }),
        ),
        [
          {
            field: 'releasedOn',
            rule: refusal.code,
            message: localized((m) => m.probation.details.CUSTODY_RELEASE_BEFORE_START),
            earliestDate: refusal.startedOn,
          },
        ],
      ];
    case 'CUSTODY_RELEASE_IN_FUTURE':
      return [
        refusal.code,
        400,
        localized((m, l) => m.probation.CUSTODY_RELEASE_IN_FUTURE({ date: formatLegalDate(releasedOn, l) })),
        [
          {
            field: 'releasedOn',
            rule: refusal.code,
            message: localized((m) => m.probation.details.CUSTODY_START_IN_FUTURE),
          },
        ],
      ];
  }
}

/** Recording the release was refused: closed already, before the start, or in the future. */
export class CustodyReleaseRefusedError extends AppError {
  constructor(refusal: ReleaseRefusal, releasedOn: string) {
    super(...releaseError(refusal, releasedOn));
  }
}

/** The episode is closed (released, or its consent withdrawn): it cannot be changed. */
export class CustodyEpisodeClosedError extends ConflictError {
  constructor() {
    super(
      'CUSTODY_EPISODE_CLOSED',
      localized((m) => m.probation.CUSTODY_EPISODE_CLOSED),
    );
  }
}

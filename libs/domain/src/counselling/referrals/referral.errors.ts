import { AppError, ConflictError, formatLegalDate, NotFoundError } from '@app/common';
import { localized, type LocalizedText } from '@app/i18n';
import { type ReferralRefusal } from './referral-rules.js';

/** A referral that does not exist, or that the caller may not see (out of scope looks the same). */
export class ReferralNotFoundError extends NotFoundError {
  constructor() {
    super(
      'REFERRAL_NOT_FOUND',
      localized((m) => m.counsellingReferrals.REFERRAL_NOT_FOUND),
    );
  }
}

/** No consent for `debt-counselling` naming the provider in force: nothing is written. */
export class ReferralConsentMissingError extends ConflictError {
  constructor() {
    super(
      'REFERRAL_CONSENT_MISSING',
      localized((m) => m.counsellingReferrals.REFERRAL_CONSENT_MISSING),
      [
        {
          field: 'counsellingProviderId',
          rule: 'consentInForce',
          message: localized((m) => m.counsellingReferrals.details.consentInForce),
        },
      ],
    );
  }
}

/** The person referred is not a tenant of the case's tenancy. */
export class ReferralPersonNotTenantError extends AppError {
  constructor() {
    super(
      'REFERRAL_PERSON_NOT_TENANT',
      400,
      localized((m) => m.counsellingReferrals.REFERRAL_PERSON_NOT_TENANT),
      [
        {
          field: 'personId',
          rule: 'tenantOfCase',
          message: localized((m) => m.counsellingReferrals.details.tenantOfCase),
        },
      ],
    );
  }
}

/** The code, HTTP status, text and details of a refused step. */
function refusalError(refusal: ReferralRefusal): [string, number, LocalizedText, unknown] {
  switch (refusal.code) {
    case 'REFERRAL_STATE_INVALID':
      return [
        refusal.code,
        409,
        localized((m) =>
          m.counsellingReferrals.REFERRAL_STATE_INVALID({
            status: m.counsellingReferrals.statuses[refusal.status],
            step: m.counsellingReferrals.steps[refusal.step],
          }),
        ),
        [
          {
            field: null,
            rule: 'stateAllowsStep',
            message: localized((m) => m.counsellingReferrals.details.stateAllowsStep),
            status: refusal.status,
          },
        ],
      ];
    case 'REFERRAL_REASON_MISSING':
      return [
        refusal.code,
        400,
        localized((m) => m.counsellingReferrals.REFERRAL_REASON_MISSING),
        [
          {
            field: 'reason',
            rule: 'reasonRequired',
            message: localized((m) => m.counsellingReferrals.details.reasonRequired),
          },
        ],
      ];
    case 'REFERRAL_DATE_IN_FUTURE':
      return [
        refusal.code,
        400,
        localized((m, l) => m.counsellingReferrals.REFERRAL_DATE_IN_FUTURE({ date: formatLegalDate(refusal.date, l) })),
        [
          {
            field: 'on',
            rule: 'notInFuture',
            message: localized((m) => m.counsellingReferrals.details.notInFuture),
          },
        ],
      ];
    case 'REFERRAL_DATE_BEFORE_ACCEPTANCE':
      return [
        refusal.code,
        400,
        localized((m, l) =>
          m.counsellingReferrals.REFERRAL_DATE_BEFORE_ACCEPTANCE({
            date: formatLegalDate(refusal.date, l),
            acceptedOn: formatLegalDate(refusal.acceptedOn, l),
          }),
        ),
        [
          {
            field: 'on',
            rule: 'notBeforeAcceptance',
            message: localized((m) => m.counsellingReferrals.details.notBeforeAcceptance),
            earliestDate: refusal.acceptedOn,
          },
        ],
      ];
    case 'REFERRAL_FIRST_CONTACT_MISSING':
      return [
        refusal.code,
        409,
        localized((m) => m.counsellingReferrals.REFERRAL_FIRST_CONTACT_MISSING),
        [
          {
            field: 'outcome',
            rule: 'firstContactFirst',
            message: localized((m) => m.counsellingReferrals.details.firstContactFirst),
          },
        ],
      ];
  }
}

/** A refused step of the referral (referral-rules.ts), with its stable code. */
export class ReferralStepRefusedError extends AppError {
  constructor(refusal: ReferralRefusal) {
    super(...refusalError(refusal));
  }
}

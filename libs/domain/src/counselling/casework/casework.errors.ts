import { ConflictError, NotFoundError } from '@app/common';
import { localized } from '@app/i18n';
import { type ReferralStatus } from '../referrals/referral-rules.js';

/** Casework is recorded only on an accepted referral or one in contact (casework-rules.ts). */
export class CaseworkReferralNotActiveError extends ConflictError {
  constructor(status: ReferralStatus) {
    super(
      'COUNSELLING_REFERRAL_NOT_ACTIVE',
      localized((m) =>
        m.counsellingCasework.COUNSELLING_REFERRAL_NOT_ACTIVE({ status: m.counsellingReferrals.statuses[status] }),
      ),
      [
        {
          field: 'referralId',
          rule: 'acceptedOrInContact',
          status,
          message: localized((m) => m.counsellingCasework.details.referralStatus),
        },
      ],
    );
  }
}

export class CounsellingSessionNotFoundError extends NotFoundError {
  constructor() {
    super(
      'COUNSELLING_SESSION_NOT_FOUND',
      localized((m) => m.counsellingCasework.COUNSELLING_SESSION_NOT_FOUND),
    );
  }
}

export class CounsellingDebtNotFoundError extends NotFoundError {
  constructor() {
    super(
      'COUNSELLING_DEBT_NOT_FOUND',
      localized((m) => m.counsellingCasework.COUNSELLING_DEBT_NOT_FOUND),
    );
  }
}

/** Marking a next action done on a session that has none. */
export class NextActionMissingError extends ConflictError {
  constructor() {
    super(
      'COUNSELLING_NEXT_ACTION_MISSING',
      localized((m) => m.counsellingCasework.COUNSELLING_NEXT_ACTION_MISSING),
      [
        {
          field: 'nextActionDone',
          rule: 'hasNextAction',
          message: localized((m) => m.counsellingCasework.details.nextAction),
        },
      ],
    );
  }
}

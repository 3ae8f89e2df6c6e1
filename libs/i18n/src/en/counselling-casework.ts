import { type Messages } from '../catalogue.js';

export const counsellingCasework: Messages['counsellingCasework'] = {
  COUNSELLING_REFERRAL_NOT_ACTIVE: (p) =>
    `Sessions, debts and budgets are recorded only on a referral that is accepted or in contact. The referral is ${p.status}.`,
  COUNSELLING_SESSION_NOT_FOUND: 'The session is not on the referral.',
  COUNSELLING_DEBT_NOT_FOUND: 'The debt is not on the referral.',
  COUNSELLING_NEXT_ACTION_MISSING: 'The session has no next action to mark as done.',
  details: {
    referralStatus: 'Accept the referral first; a finished referral can only be read.',
    nextAction: 'Only a session with a next action can be marked as done.',
  },
};

export * from './counselling.module.js';
export * from './referrals/referral-rules.js';
export * from './referrals/referral.errors.js';
export * from './referrals/referral.service.js';
export * from './referrals/referral-payment-plan.service.js';
export { type ReferralRow } from './referrals/referral.repository.js';
export * from './budget/index.js';
export * from './casework/index.js';

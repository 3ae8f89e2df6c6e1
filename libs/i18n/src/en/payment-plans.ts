import { type Messages } from '../catalogue.js';

export const paymentPlans: Messages['paymentPlans'] = {
  PAYMENT_PLAN_AMOUNT_INVALID: 'The amount to clear must be a positive whole number of øre.',
  PAYMENT_PLAN_AMOUNT_NOT_BALANCE: (p) =>
    `The payment plan must cover the arrears as they stand now (${p.balance}), not ${p.amount}.`,
  PAYMENT_PLAN_INSTALMENT_INVALID: 'The instalment must be a positive whole number of øre.',
  PAYMENT_PLAN_INSTALMENT_COUNT_INVALID: (p) => `The number of instalments must be from 1 to ${p.max}.`,
  PAYMENT_PLAN_DOES_NOT_CLEAR: (p) =>
    `${p.count} instalments of ${p.instalment} clear only ${p.clears} of ${p.amount}. At least ${p.needed} instalments are needed.`,
  PAYMENT_PLAN_TOO_MANY_INSTALMENTS: (p) =>
    `The arrears are paid after ${p.needed} instalments; ${p.count} would leave a last instalment of 0.`,
  PAYMENT_PLAN_FIRST_DUE_BEFORE_AGREEMENT: (p) =>
    `The first instalment (${p.first}) cannot fall due before the plan was agreed (${p.agreed}).`,
  PAYMENT_PLAN_FIRST_DUE_TOO_LATE: (p) =>
    `The first instalment (${p.first}) must fall due within a year of the agreement, by ${p.latest} at the latest.`,
  PAYMENT_PLAN_GRACE_DAYS_INVALID: (p) => `The grace days must be from 0 to ${p.max}.`,
  PAYMENT_PLAN_BREAK_AFTER_MISSES_INVALID: (p) =>
    `The number of missed instalments that breaks a payment plan must be from 1 to ${p.max}.`,
  PAYMENT_PLAN_CURRENT_RENT_REQUIRED:
    'A payment plan requires the current rent to be paid as well; this cannot be switched off.',
  frequencies: {
    monthly: 'monthly',
    fortnightly: 'every 14 days',
    weekly: 'weekly',
  },
  statuses: {
    active: 'running',
    completed: 'completed',
    broken: 'broken',
  },
};

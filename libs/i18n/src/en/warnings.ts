import { type Messages } from '../catalogue.js';

export const warnings: Messages['warnings'] = {
  rules: {
    'statutory-eviction-notice': 'Notice of eviction proceedings (s. 92(2))',
    'arrears-registered': 'Rent arrears registered',
    'payment-demand-sent': 'Payment demand sent',
    'deadline-passed': 'Payment deadline passed',
    terminated: 'Tenancy terminated',
    'eviction-scheduled-reminder': 'Eviction date approaching',
    'referral-sent': 'Referral to debt counselling',
    'referral-first-contact-overdue': 'No first contact after a referral',
    'payment-plan-instalment-missed': 'Payment plan instalment missed',
    'payment-plan-broken': 'Payment plan broken',
    'counselling-next-action-due': 'A next action in the debt counselling is not done',
    'custody-arrears-registered': 'Rent arrears while the tenant is in custody',
    'custody-notice': 'The tenant is in custody – contact during the absence',
    'custody-contact-updated': 'New contact while the tenant is in custody',
    'custody-released': 'The tenant has been released',
    'custody-release-reminder': 'Release plan: a task is due or missed, or the sublet ends',
  },
  errors: {
    NOT_ACKNOWLEDGEABLE: 'A task about an undelivered notification is not acknowledged; mark it as read.',
    ALREADY_ACKNOWLEDGED: 'The warning has already been acknowledged.',
    NOTIFICATION_NOT_UNDELIVERED: 'Only a notification that could not be delivered can be sent again.',
    AGREEMENT_PERIOD_INVALID: 'The end date is before the start date.',
    INVALID_EMAIL: 'The address is not a valid email address.',
  },
  details: {
    undeliveredIsNotAcknowledged: 'Mark the task as read instead.',
    alreadyAcknowledged: 'The warning was acknowledged before; see by whom and when.',
    notUndelivered: 'The notification is not marked as undelivered.',
    notBeforeValidFrom: 'The end date must not be before the start date.',
    email: 'Must be a valid email address.',
  },
};

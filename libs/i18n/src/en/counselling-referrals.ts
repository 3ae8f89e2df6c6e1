import { type Messages } from '../catalogue.js';

export const counsellingReferrals: Messages['counsellingReferrals'] = {
  REFERRAL_NOT_FOUND: 'The referral does not exist.',
  REFERRAL_CONSENT_MISSING:
    'The tenant has no consent in force to be referred to this debt-counselling provider. Record the consent first.',
  REFERRAL_PERSON_NOT_TENANT: "The person is not a tenant of the case's tenancy.",
  REFERRAL_STATE_INVALID: (p: { status: string; step: string }) =>
    `The referral is "${p.status}", which does not allow the step "${p.step}".`,
  REFERRAL_REASON_MISSING: 'Give a reason for declining the referral.',
  REFERRAL_DATE_IN_FUTURE: (p: { date: string }) => `The date ${p.date} is in the future.`,
  REFERRAL_DATE_BEFORE_ACCEPTANCE: (p: { date: string; acceptedOn: string }) =>
    `The first contact (${p.date}) cannot be before the referral was accepted (${p.acceptedOn}).`,
  REFERRAL_FIRST_CONTACT_MISSING:
    'The referral can be closed with this outcome only once the first contact with the tenant is recorded.',
  statuses: {
    sent: 'sent',
    accepted: 'accepted',
    declined: 'declined',
    in_contact: 'in contact',
    closed: 'closed',
  },
  steps: {
    accept: 'accept',
    decline: 'decline',
    first_contact: 'first contact',
    close: 'close',
    consent_withdrawn: 'consent withdrawn',
  },
  details: {
    consentInForce: 'Needs a debt-counselling consent in force that names the provider.',
    tenantOfCase: "Must be a tenant of the case's tenancy.",
    stateAllowsStep: "The step is not allowed in the referral's current state.",
    reasonRequired: 'Required.',
    notInFuture: 'Must not be in the future.',
    notBeforeAcceptance: 'Must not be before the referral was accepted.',
    firstContactFirst: 'Record the first contact first.',
  },
};

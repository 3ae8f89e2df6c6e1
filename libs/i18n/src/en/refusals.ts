import { type Messages } from '../catalogue.js';

export const transitions: Messages['transitions'] = {
  send_payment_demand: 'send the payment demand',
  mark_deadline_passed: 'record that the payment deadline has passed',
  terminate: 'terminate the lease',
  request_eviction: 'request eviction at the bailiff court',
  schedule_eviction: 'record the eviction date set by the bailiff court',
  record_eviction: 'record the eviction',
  avert: 'record that the eviction was averted',
  close: 'close the case',
};

export const refusals: Messages['refusals'] = {
  or: 'or',
  CASE_STAGE_INVALID: (p) =>
    `The case is at stage "${p.stage}", so you cannot ${p.attempted} now. From here you can ${p.allowed}.`,
  CASE_CLOSED: (p) => `The case is finished (${p.stage}); no further steps can be recorded.`,
  DATE_IN_FUTURE: (p) =>
    `The date ${p.date} is in the future (today is ${p.today}). Record the step once it has happened.`,
  DATE_BEFORE_PREVIOUS_STEP: (p) => `The date ${p.date} is before ${p.step} on ${p.previous}.`,
  steps: {
    termination: 'the termination',
    evictionRequest: 'the eviction request',
    scheduledEviction: 'the scheduled eviction',
    paymentDemand: 'the payment demand',
    paymentPlan: 'the payment plan',
  },
  PAYMENT_DEMAND_TOO_EARLY: (p) =>
    `The payment demand can be sent on ${p.earliest} at the earliest. The rent fell due on ${p.dueDate}, and a demand ` +
    'may only be given after the 3rd weekday following the last on-time payment day (almenlejeloven § 90, stk. 2). ' +
    'A demand sent too early is void, and so is a termination built on it.',
  RECEIVED_BEFORE_SENT: (p) =>
    `The payment demand cannot have been received (${p.received}) before it was sent (${p.sent}).`,
  nothingOwedNoDueDate: 'There is no unpaid rent with a due date, so there is nothing to send a payment demand for.',
  nothingOwedDemand: 'The tenant owes nothing, so there is nothing to send a payment demand for.',
  nothingOwedTermination: 'The tenant owes nothing, so the lease cannot be terminated for non-payment.',
  nothingOwedPaymentPlan: 'The tenant owes nothing, so there is nothing to agree a payment plan for.',
  PAYMENT_PLAN_ACTIVE:
    'A payment plan has been agreed, so the legal steps are paused. ' +
    'Record first that the plan was completed or broken.',
  PAYMENT_PLAN_NOT_ACTIVE: (p) => `The case is at stage "${p.stage}" and has no payment plan running.`,
  DEADLINE_NOT_PASSED: (p) =>
    `The payment deadline runs until the end of ${p.deadline}. That it has passed can be recorded on ${p.firstDayAfter} at the earliest.`,
  TERMINATION_TOO_EARLY: (p) =>
    `The lease can be terminated on ${p.earliest} at the earliest, the day after the payment deadline ends on ${p.deadline} ` +
    '(almenlejeloven § 90, stk. 1, nr. 1).',
  noticeRule:
    "The municipality must be notified in writing of the tenant's name and address no later than the day " +
    'eviction is requested at the bailiff court (almenlejeloven § 92, stk. 2).',
  noticeMissing: (p) => `${p.rule} Create the notice to the municipality first.`,
  noticeAfterRequest: (p) => `${p.rule} The notice is dated ${p.notice}, after the request on ${p.request}.`,
  EVICTION_DATE_INVALID: (p) =>
    `The eviction date ${p.evictionDate} is before the bailiff court's decision on ${p.decidedOn}.`,
  EVICTION_DATE_UNCHANGED: (p) =>
    `The eviction is already set for ${p.evictionDate}. Give the new date if the bailiff court has moved it.`,
  ARREARS_NOT_PAID: (p) => `The case cannot be closed as paid: the tenant still owes ${p.owed}.`,
  FEE_INVALID: (p) => `The payment demand fee must be a whole number of øre from 0 to ${p.max}.`,
  REASON_MISSING: 'State why the eviction was averted.',
};

export const deadlineLabels: Messages['deadlineLabels'] = {
  earliestPaymentDemand: 'Earliest day to send the payment demand',
  paymentDeadline: 'Last day to pay after the payment demand',
  earliestTermination: 'Earliest day to terminate the lease',
  eviction: 'Eviction scheduled',
};

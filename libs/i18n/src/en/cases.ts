import { type Messages } from '../catalogue.js';

export const cases: Messages['cases'] = {
  DATE_IN_FUTURE: 'The date is in the future.',
  notFuture: (p) => `${p.field} must not be in the future.`,
  NO_OPEN_CASE: 'The tenancy has no open arrears case.',
  TENANCY_EXISTS: 'The tenancy already exists in the department.',
  UNKNOWN_REFERENCE: 'The person does not exist in your organisation.',
  personNotInOrganisation: 'Does not exist in your organisation.',
  NOTICE_BEFORE_ARREARS: (p) =>
    `The municipality cannot have been notified before the first unpaid due date (${p.firstDueDate}).`,
  noticeNotBeforeArrears: (p) => `Must not be before ${p.firstDueDate}.`,
  NOTICE_DATE_CHANGED: (p) =>
    `The municipality was already notified with the date ${p.previous}. Send the notice as a correction (correction: true) to change the date.`,
  noticeCorrectionRequired: (p) => `Is already ${p.previous}; another date is a correction.`,
  NOTICE_CORRECTION_WITHOUT_NOTICE: 'There is no notice to correct yet.',
  noticeCorrectionNothingToCorrect: 'There is no earlier notice.',
  stages: {
    registered: 'registered',
    payment_demand_sent: 'payment demand sent',
    deadline_passed: 'payment deadline passed',
    terminated: 'terminated',
    eviction_requested: 'eviction requested at the bailiff court',
    eviction_scheduled: 'eviction scheduled',
    payment_plan_agreed: 'payment plan agreed',
    evicted: 'evicted',
    averted: 'eviction averted',
    closed: 'closed',
  },
  outcomes: {
    paid: 'arrears paid',
    payment_plan: 'payment plan agreed',
    rent_assistance: 'rent assistance granted',
    moved_out: 'tenant moved out',
    withdrawn: 'case withdrawn',
  },
  deliveryMethods: {
    registered_and_ordinary: 'registered and ordinary post',
    registered: 'registered post',
    ordinary: 'ordinary post',
    digital_post: 'Digital Post',
    hand_delivered: 'delivered by hand',
  },
  timeline: {
    payment_demand_sent: (p) =>
      `Payment demand sent on ${p.sent} (${p.method}) with a fee of ${p.fee}, received on ${p.received}. The payment deadline ends on ${p.deadline}.`,
    deadline_passed: (p) => `The payment deadline ended on ${p.deadline}; the tenant owes ${p.owed}.`,
    terminated: (p) => `Lease terminated on ${p.on} (almenlejeloven § 90, stk. 1, nr. 1).`,
    eviction_requested: (p) =>
      `Eviction requested at the bailiff court on ${p.on}; municipality notified on ${p.notice} (almenlejeloven § 92, stk. 2).`,
    eviction_scheduled: (p) => `On ${p.decided} the bailiff court set the eviction for ${p.date}.`,
    eviction_rescheduled: (p) => `On ${p.decided} the bailiff court moved the eviction from ${p.before} to ${p.date}.`,
    evicted: (p) => `Tenant evicted on ${p.on}.`,
    averted: (p) => `Eviction averted on ${p.on}.`,
    closed: (p) => `Case closed on ${p.on}: ${p.outcome}.`,
    municipality_notified: (p) => `Municipality notified on ${p.on} (almenlejeloven § 92, stk. 2).`,
    municipality_notice_corrected: (p) => `Notice to the municipality corrected from ${p.corrects} to ${p.on}.`,
    balance_carried_forward: (p) => `Arrears carried forward from an earlier case: ${p.amount}.`,
    balance_moved_to_new_case: (p) => `Arrears moved to a new case: ${p.amount}.`,
    payment_plan_agreed: (p) =>
      `Payment plan agreed on ${p.on}: ${p.amount} paid in ${p.count} instalments of ${p.instalment}, the first on ${p.first}. ` +
      'The current rent must be paid as well. The legal steps are paused.',
    payment_plan_completed: (p) =>
      `Payment plan completed on ${p.on} and the arrears paid. The case is closed as paid.`,
    payment_plan_broken: (p) =>
      `Payment plan broken on ${p.on}; the tenant owes ${p.owed}. The legal steps can resume with a new payment demand.`,
    rent_assistance_applied: (p) => `Application for ${p.kind} made on ${p.on}.`,
    rent_assistance_decided: (p) => `Application for ${p.kind} ${p.decision} on ${p.on}.`,
    rent_assistance_decision_corrected: (p) =>
      `Decision on ${p.kind} corrected from ${p.previous} to ${p.decision} on ${p.on}.`,
  },
};

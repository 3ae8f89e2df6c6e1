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
};

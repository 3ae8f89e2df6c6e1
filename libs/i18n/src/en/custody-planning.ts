import { type Messages } from '../catalogue.js';

export const custodyPlanning: Messages['custodyPlanning'] = {
  HOUSING_PLAN_INVALID: 'The housing plan cannot be saved. Correct the fields below.',
  HOUSING_PLAN_OPTION_NOT_ALLOWED:
    'You cannot record this decision: that the municipality pays the housing cost is recorded by the municipality or the probation service.',
  RELEASE_TASK_NOT_FOUND: 'The task does not exist.',
  RELEASE_TASK_ALREADY_COMPLETED: 'The task is already marked as done.',
  RELEASE_TASK_NOT_RESPONSIBLE: 'The task is not yours: the party responsible marks it as done.',
  RELEASE_TASK_COMPLETED_IN_FUTURE: 'The day it was done cannot be after today.',
  RELEASE_TASK_COMPLETED_BEFORE_START: (p: { startedOn: string }) =>
    `The day it was done cannot be before the custody began (${p.startedOn}).`,
  reminders: {
    release_task_due: (p: { task: string; date: string }) => `Release plan: ${p.task} is due no later than ${p.date}.`,
    release_task_overdue: (p: { task: string; date: string }) =>
      `Release plan: ${p.task} was due on ${p.date} and is not marked as done.`,
    sublet_ending: (p: { date: string }) =>
      `The sublet of the home ends on ${p.date}. Agree with the tenant, the contact and the landlord what happens next.`,
  },
};

import { type Messages } from '../catalogue.js';

export const counsellingBudget: Messages['counsellingBudget'] = {
  issues: {
    SESSION_DATE_INVALID: 'The date of the session must be written YYYY-MM-DD and be a real date.',
    SESSION_DATE_IN_FUTURE: 'The date of the session cannot be after today.',
    SESSION_CHANNEL_UNKNOWN: 'Choose how the session took place.',
    SESSION_MINUTES_OUT_OF_RANGE: 'The duration must be a whole number of minutes from 1 to 600.',
    SESSION_TOPIC_REQUIRED: 'Choose at least one topic for the session.',
    SESSION_TOPIC_UNKNOWN: 'The topic is not on the list.',
    SESSION_TOPIC_DUPLICATE: 'The topic is chosen twice.',
    SESSION_NEXT_ACTION_TEXT_REQUIRED: 'Write what the next action is.',
    SESSION_NEXT_ACTION_TEXT_TOO_LONG: 'The next action must be at most 300 characters.',
    SESSION_NEXT_ACTION_DUE_INVALID: 'The due date of the next action must be written YYYY-MM-DD and be a real date.',
    SESSION_NEXT_ACTION_DUE_BEFORE_SESSION: 'The next action cannot be due before the session.',
    SESSION_NOTE_TOO_LONG: 'The note must be at most 2,000 characters.',
    DEBT_CREDITOR_REQUIRED: 'Write whom the debt is owed to.',
    DEBT_CREDITOR_TOO_LONG: 'The creditor’s name must be at most 200 characters.',
    DEBT_KIND_UNKNOWN: 'Choose a kind of debt from the list.',
    DEBT_STATUS_UNKNOWN: 'Choose a status from the list.',
    DEBT_AMOUNT_INVALID: 'The amount must be a whole number of øre and not negative.',
    DEBT_RENT_ARREARS_FROM_LEDGER:
      'The rent arrears come from the case’s ledger and cannot be typed in. Arrears owed to a former landlord are recorded as other housing costs.',
    DEBT_ENFORCEMENT_NOT_PUBLIC: 'Only public debt collected by Gældsstyrelsen can be under enforcement.',
    BUDGET_GROUP_UNKNOWN: 'Choose a group from the list.',
    BUDGET_AMOUNT_INVALID: 'The amount must be a whole number of øre a month and not negative.',
    BUDGET_APPROVAL_MISSING: 'Say whether the fixed cost is approved for the ability to pay.',
    HOUSEHOLD_ADULTS_INVALID: 'The household must have at least one adult.',
    HOUSEHOLD_BIRTH_DATE_INVALID: 'The child’s birth date must be written YYYY-MM-DD and be a real date.',
    HOUSEHOLD_CHILD_NOT_BORN: 'The child’s birth date is after the date of the budget.',
  },
  STANDARD_LIVING_AMOUNT_NOT_IN_FORCE: (p) =>
    `No standard living amounts are in force on ${p.on}. An administrator must add the year’s rates.`,
};

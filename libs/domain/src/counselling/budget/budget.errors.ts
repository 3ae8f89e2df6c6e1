import { type IsoDate } from '@app/calendar';
import { AppError, NotFoundError } from '@app/common';
import { localized, type LocalizedText } from '@app/i18n';
import { type BudgetIssueCode } from './budget-rules.js';
import { type DebtIssueCode } from './debt-rules.js';
import { type SessionIssueCode } from './session-rules.js';
import { type HouseholdIssueCode } from './standard-living-amount.js';
import { type ValidationIssue } from './validation-issue.js';

export type CounsellingIssueCode = SessionIssueCode | DebtIssueCode | BudgetIssueCode | HouseholdIssueCode;

/** The catalogue's text of a rule's issue (the type check makes every code have one). */
export function issueText(code: CounsellingIssueCode): LocalizedText {
  return localized((m) => m.counsellingBudget.issues[code]);
}

/**
 * The issues a counselling rule found, as one 400: the first issue's code and text, and every
 * issue in `details` with its field, so a form can mark them all.
 */
export class CounsellingInputInvalidError extends AppError {
  constructor(issues: readonly [ValidationIssue<CounsellingIssueCode>, ...ValidationIssue<CounsellingIssueCode>[]]) {
    const [first] = issues;
    super(
      first.code,
      400,
      issueText(first.code),
      issues.map((issue) => ({ field: issue.field, rule: issue.code, message: issueText(issue.code) })),
    );
  }
}

/** No standard living amounts in force on a date: the year's rates have not been added (or a row ended). */
export class StandardLivingAmountNotInForceError extends NotFoundError {
  constructor(on: IsoDate) {
    super(
      'STANDARD_LIVING_AMOUNT_NOT_IN_FORCE',
      localized((m) => m.counsellingBudget.STANDARD_LIVING_AMOUNT_NOT_IN_FORCE({ on })),
      [{ field: 'on', rule: 'inForce', on }],
    );
  }
}

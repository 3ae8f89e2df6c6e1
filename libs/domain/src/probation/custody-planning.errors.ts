import { AppError, ConflictError, formatLegalDate, NotFoundError } from '@app/common';
import { localized } from '@app/i18n';
import { housingPlanViolationText, type HousingPlanViolation } from './rules/housing-plan-rules.js';

/** The rules name a sublet's period `fromOn`/`toOn`; the request (and the stored plan) `subletFromOn`/`subletToOn`. */
const REQUEST_FIELD: Readonly<Record<string, string>> = { fromOn: 'subletFromOn', toOn: 'subletToOn' };

/**
 * The proposed housing plan breaks rules of `checkHousingPlan`: the code is the first violation (stable), the
 * details name every one, with its field, its text and its limit date where it has one. Nothing is written.
 */
export class HousingPlanInvalidError extends AppError {
  constructor(violations: readonly HousingPlanViolation[]) {
    super(
      violations[0]?.code ?? 'HOUSING_PLAN_INVALID',
      400,
      localized((m) => m.custodyPlanning.HOUSING_PLAN_INVALID),
      violations.map((v) => ({
        field: v.field === null ? null : (REQUEST_FIELD[v.field] ?? v.field),
        rule: v.code,
        message: housingPlanViolationText(v),
        ...(v.limitOn !== undefined ? { limitOn: v.limitOn } : {}),
      })),
    );
  }
}

/** The caller's party may not record this option (only the municipality or the officer: the municipality pays). */
export class HousingPlanOptionNotAllowedError extends AppError {
  constructor() {
    super(
      'HOUSING_PLAN_OPTION_NOT_ALLOWED',
      403,
      localized((m) => m.custodyPlanning.HOUSING_PLAN_OPTION_NOT_ALLOWED),
      [
        {
          field: 'option',
          rule: 'HOUSING_PLAN_OPTION_NOT_ALLOWED',
          message: localized((m) => m.custodyPlanning.HOUSING_PLAN_OPTION_NOT_ALLOWED),
        },
      ],
    );
  }
}

/** A task that does not exist on the episode, or that the caller may not see. */
export class ReleaseTaskNotFoundError extends NotFoundError {
  constructor() {
    super(
      'RELEASE_TASK_NOT_FOUND',
      localized((m) => m.custodyPlanning.RELEASE_TASK_NOT_FOUND),
    );
  }
}

export class ReleaseTaskAlreadyCompletedError extends ConflictError {
  constructor() {
    super(
      'RELEASE_TASK_ALREADY_COMPLETED',
      localized((m) => m.custodyPlanning.RELEASE_TASK_ALREADY_COMPLETED),
    );
  }
}

/** A municipal social worker marks only the municipality's tasks done (the probation officer any). */
export class ReleaseTaskNotResponsibleError extends AppError {
  constructor() {
    super(
      'RELEASE_TASK_NOT_RESPONSIBLE',
      403,
      localized((m) => m.custodyPlanning.RELEASE_TASK_NOT_RESPONSIBLE),
    );
  }
}

/** The day a task was done is after today, or before the custody began. */
export class ReleaseTaskCompletionInvalidError extends AppError {
  constructor(
    refusal:
      { code: 'RELEASE_TASK_COMPLETED_IN_FUTURE' } | { code: 'RELEASE_TASK_COMPLETED_BEFORE_START'; startedOn: string },
  ) {
    const text =
      refusal.code === 'RELEASE_TASK_COMPLETED_IN_FUTURE'
        ? localized((m) => m.custodyPlanning.RELEASE_TASK_COMPLETED_IN_FUTURE)
        : localized((m, l) =>
            m.custodyPlanning.RELEASE_TASK_COMPLETED_BEFORE_START({ startedOn: formatLegalDate(refusal.startedOn, l) }),
          );
    super(refusal.code, 400, text, [{ field: 'completedOn', rule: refusal.code, message: text }]);
  }
}

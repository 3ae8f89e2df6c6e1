import { AppError, ConflictError, NotFoundError } from '@app/common';
import { localized, type LocalizedText } from '@app/i18n';
import { type IsoDate } from '@app/calendar';
import { dateInFuture, transitionErrorDetails } from '../legal-steps/case-state-machine.errors.js';
import { formatLegalDate } from '../legal-steps/legal-format.js';
import { RENT_ASSISTANCE_CONFLICTS, type RentAssistanceViolation } from './rent-assistance-rules.js';

/** An application that does not exist on the case, or that the caller may not see (the same: 404). */
export class RentAssistanceNotFoundError extends NotFoundError {
  constructor() {
    super(
      'RENT_ASSISTANCE_APPLICATION_NOT_FOUND',
      localized((m) => m.rentAssistance.RENT_ASSISTANCE_APPLICATION_NOT_FOUND),
    );
  }
}

/**
 * A case closed as `rent_assistance` with no granted application on it (409): the outcome records
 * a grant, so one must be on the case (docs/rent-assistance.md#closing-the-case).
 */
export class RentAssistanceNotGrantedError extends ConflictError {
  constructor() {
    const text = localized((m) => m.rentAssistance.RENT_ASSISTANCE_NOT_GRANTED);
    super('RENT_ASSISTANCE_NOT_GRANTED', text, [
      { field: 'outcome', rule: 'RENT_ASSISTANCE_NOT_GRANTED', message: text },
    ]);
  }
}

/**
 * An application or decision the rules refused (rent-assistance-rules.ts): wrong input is 400, a
 * decision at the wrong moment (already decided, nothing to correct) 409. The texts name dates and
 * codes only, never the amount or the correction's reason.
 */
export class RentAssistanceRefusedError extends AppError {
  constructor(violation: RentAssistanceViolation) {
    super(...refusalOf(violation));
  }
}

function refusalOf(violation: RentAssistanceViolation): [string, number, LocalizedText, unknown] {
  if (violation.code === 'DATE_IN_FUTURE') {
    // The one date rule of every route: the same code, text and details as the legal steps.
    const refusal = dateInFuture(violation.field, violation.date, violation.today);
    return [refusal.code, 400, refusal.text, transitionErrorDetails(refusal)];
  }
  const text = textOf(violation);
  const { code, field, ...values } = violation;
  return [
    code,
    RENT_ASSISTANCE_CONFLICTS.has(code) ? 409 : 400,
    text,
    [{ field, rule: code, message: text, ...values }],
  ];
}

function textOf(violation: Exclude<RentAssistanceViolation, { code: 'DATE_IN_FUTURE' }>): LocalizedText {
  const date = (day: IsoDate, language: 'da' | 'en') => formatLegalDate(day, language);
  return localized((m, language) => {
    const t = m.rentAssistance;
    switch (violation.code) {
      case 'RENT_ASSISTANCE_KIND_INVALID':
        return t.RENT_ASSISTANCE_KIND_INVALID;
      case 'RENT_ASSISTANCE_DECIDED_BEFORE_APPLIED':
        return t.RENT_ASSISTANCE_DECIDED_BEFORE_APPLIED({
          decided: date(violation.decidedOn, language),
          applied: date(violation.appliedOn, language),
        });
      case 'RENT_ASSISTANCE_AMOUNT_REQUIRED':
        return t.RENT_ASSISTANCE_AMOUNT_REQUIRED;
      case 'RENT_ASSISTANCE_AMOUNT_NOT_ALLOWED':
        return t.RENT_ASSISTANCE_AMOUNT_NOT_ALLOWED;
      case 'RENT_ASSISTANCE_ALREADY_DECIDED':
        return t.RENT_ASSISTANCE_ALREADY_DECIDED({ decision: t.decisions[violation.decision] });
      case 'RENT_ASSISTANCE_NOT_DECIDED':
        return t.RENT_ASSISTANCE_NOT_DECIDED;
      case 'RENT_ASSISTANCE_REASON_MISSING':
        return t.RENT_ASSISTANCE_REASON_MISSING;
    }
  });
}

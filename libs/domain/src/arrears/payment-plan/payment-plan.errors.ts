import { AppError } from '@app/common';
import { localized } from '@app/i18n';
import { formatKroner, formatLegalDate } from '../legal-steps/legal-format.js';
import { type IsoDate } from '@app/calendar';
import { type PaymentPlanViolation } from './payment-plan-rules.js';

const kroner = (ore: unknown, language: 'da' | 'en'): string => formatKroner(Number(ore ?? 0))[language];
const date = (value: unknown, language: 'da' | 'en'): string =>
  typeof value === 'string' ? formatLegalDate(value as IsoDate, language) : '';

/**
 * Terms that are not a plan (wrong input: 400), with the field and the figures that show why. The
 * texts name amounts and dates only, never free text (docs/personal-data.md#free-text-logs-and-error-messages).
 */
export class PaymentPlanInvalidError extends AppError {
  constructor(violation: PaymentPlanViolation) {
    const v = violation.details;
    const text = localized((m, language) => {
      const t = m.paymentPlans;
      switch (violation.code) {
        case 'PAYMENT_PLAN_AMOUNT_INVALID':
          return t.PAYMENT_PLAN_AMOUNT_INVALID;
        case 'PAYMENT_PLAN_INSTALMENT_INVALID':
          return t.PAYMENT_PLAN_INSTALMENT_INVALID;
        case 'PAYMENT_PLAN_INSTALMENT_COUNT_INVALID':
          return t.PAYMENT_PLAN_INSTALMENT_COUNT_INVALID({ max: String(v.max) });
        case 'PAYMENT_PLAN_DOES_NOT_CLEAR':
          return t.PAYMENT_PLAN_DOES_NOT_CLEAR({
            count: String(v.instalmentCount),
            instalment: kroner(v.instalmentOre, language),
            clears: kroner(v.clearsOre, language),
            amount: kroner(v.amountOre, language),
            needed: String(v.needed),
          });
        case 'PAYMENT_PLAN_TOO_MANY_INSTALMENTS':
          return t.PAYMENT_PLAN_TOO_MANY_INSTALMENTS({ count: String(v.instalmentCount), needed: String(v.needed) });
        case 'PAYMENT_PLAN_FIRST_DUE_BEFORE_AGREEMENT':
          return t.PAYMENT_PLAN_FIRST_DUE_BEFORE_AGREEMENT({
            first: date(v.firstDueOn, language),
            agreed: date(v.agreedOn, language),
          });
        case 'PAYMENT_PLAN_FIRST_DUE_TOO_LATE':
          return t.PAYMENT_PLAN_FIRST_DUE_TOO_LATE({
            first: date(v.firstDueOn, language),
            latest: date(v.latest, language),
          });
        case 'PAYMENT_PLAN_GRACE_DAYS_INVALID':
          return t.PAYMENT_PLAN_GRACE_DAYS_INVALID({ max: String(v.max) });
        case 'PAYMENT_PLAN_CURRENT_RENT_REQUIRED':
          return t.PAYMENT_PLAN_CURRENT_RENT_REQUIRED;
        case 'PAYMENT_PLAN_BREAK_AFTER_MISSES_INVALID':
          return t.PAYMENT_PLAN_BREAK_AFTER_MISSES_INVALID({ max: String(v.max) });
      }
    });
    super(violation.code, 400, text, [
      { field: violation.field, rule: violation.code, message: text, ...violation.details },
    ]);
  }
}

/** A plan for another amount than the case owes now: the plan is agreed on the balance as it stands (409). */
export class PaymentPlanAmountNotBalanceError extends AppError {
  constructor(amountOre: number, balanceOre: number) {
    const text = localized((m, language) =>
      m.paymentPlans.PAYMENT_PLAN_AMOUNT_NOT_BALANCE({
        amount: kroner(amountOre, language),
        balance: kroner(balanceOre, language),
      }),
    );
    super('PAYMENT_PLAN_AMOUNT_NOT_BALANCE', 409, text, [
      { field: 'amountOre', rule: 'PAYMENT_PLAN_AMOUNT_NOT_BALANCE', message: text, amountOre, balanceOre },
    ]);
  }
}

import { compareDates, type IsoDate } from '@app/calendar';
import { type ReferralStatus } from '../referrals/referral-rules.js';

/**
 * The casework on a referral (sessions, debts, budgets) is recorded only while the provider works
 * it: accepted (not yet reached) or in contact. A referral just sent is not taken on yet; a
 * declined or closed one is finished (its casework stays readable while the consent is in force).
 */
export const CASEWORK_STATUSES = ['accepted', 'in_contact'] as const satisfies readonly ReferralStatus[];

export function mayRecordCasework(status: ReferralStatus): boolean {
  return (CASEWORK_STATUSES as readonly ReferralStatus[]).includes(status);
}

/**
 * A session is a contact with the tenant: recorded on an accepted referral with no first contact
 * yet, it is the first contact, on the session's date (the service takes the referral's own
 * first-contact step, which checks that date against the acceptance and acknowledges the reminder).
 */
export function sessionIsFirstContact(referral: { status: ReferralStatus; firstContactOn: IsoDate | null }): boolean {
  return referral.status === 'accepted' && referral.firstContactOn === null;
}

/** A next action is overdue once its due date has passed (the day after it) and it is not done. */
export function nextActionOverdue(
  nextAction: { dueOn: IsoDate | null; doneOn: IsoDate | null },
  today: IsoDate,
): boolean {
  return nextAction.dueOn !== null && nextAction.doneOn === null && compareDates(nextAction.dueOn, today) < 0;
}

/** A debt line's fields as stored; a change is the line with some fields replaced. */
export interface DebtFields {
  creditor: string;
  kind: string;
  status: string;
  underEnforcement: boolean;
  amountOwedOre: number;
  monthlyPaymentOre: number;
}

/**
 * The line after a partial change: the fields given replace the stored ones; the whole line is then
 * checked again by validateDebtLine. Moving a debt off public debt clears its enforcement flag unless
 * the change sets it, so a kind change alone is not refused for a flag the advisor never saw.
 */
export function changedDebt(stored: DebtFields, change: Partial<DebtFields>): DebtFields {
  const next: DebtFields = {
    creditor: change.creditor ?? stored.creditor,
    kind: change.kind ?? stored.kind,
    status: change.status ?? stored.status,
    underEnforcement: change.underEnforcement ?? stored.underEnforcement,
    amountOwedOre: change.amountOwedOre ?? stored.amountOwedOre,
    monthlyPaymentOre: change.monthlyPaymentOre ?? stored.monthlyPaymentOre,
  };
  if (change.underEnforcement === undefined && next.kind !== 'public_debt_gaeldsstyrelsen') {
    next.underEnforcement = false;
  }
  return { ...next, creditor: next.creditor.trim() };
}

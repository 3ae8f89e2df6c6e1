import { type IsoDate } from '@app/calendar';
import { changedDebt, mayRecordCasework, nextActionOverdue, sessionIsFirstContact } from './casework-rules.js';

const d = (value: string) => value as IsoDate;

describe('casework rules', () => {
  it('records casework only on an accepted referral or one in contact', () => {
    expect(mayRecordCasework('accepted')).toBe(true);
    expect(mayRecordCasework('in_contact')).toBe(true);
    for (const status of ['sent', 'declined', 'closed'] as const) expect(mayRecordCasework(status)).toBe(false);
  });

  it('makes a session the first contact only on an accepted referral without one', () => {
    expect(sessionIsFirstContact({ status: 'accepted', firstContactOn: null })).toBe(true);
    expect(sessionIsFirstContact({ status: 'in_contact', firstContactOn: d('2026-11-02') })).toBe(false);
    expect(sessionIsFirstContact({ status: 'sent', firstContactOn: null })).toBe(false);
  });

  it('finds a next action overdue from the day after its due date until it is done', () => {
    const due = { dueOn: d('2026-11-10'), doneOn: null };
    expect(nextActionOverdue(due, d('2026-11-10'))).toBe(false);
    expect(nextActionOverdue(due, d('2026-11-11'))).toBe(true);
    expect(nextActionOverdue({ ...due, doneOn: d('2026-11-09') }, d('2026-11-11'))).toBe(false);
    expect(nextActionOverdue({ dueOn: null, doneOn: null }, d('2026-11-11'))).toBe(false);
  });

  describe('changedDebt', () => {
    const stored = {
      creditor: 'SKAT',
      kind: 'public_debt_gaeldsstyrelsen',
      status: 'untouched',
      underEnforcement: true,
      amountOwedOre: 1_000_00,
      monthlyPaymentOre: 0,
    };

    it('replaces only the fields given', () => {
      expect(changedDebt(stored, { status: 'negotiating', monthlyPaymentOre: 500_00 })).toEqual({
        ...stored,
        status: 'negotiating',
        monthlyPaymentOre: 500_00,
      });
    });

    it('clears the enforcement flag when the kind moves off public debt, unless the change sets it', () => {
      expect(changedDebt(stored, { kind: 'fines' }).underEnforcement).toBe(false);
      expect(changedDebt(stored, { kind: 'fines', underEnforcement: true }).underEnforcement).toBe(true);
    });

    it('trims the creditor', () => {
      expect(changedDebt(stored, { creditor: '  Kviklån A/S ' }).creditor).toBe('Kviklån A/S');
    });
  });
});

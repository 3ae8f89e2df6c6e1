import { describe, expect, it } from 'vitest';
import { parseKroner } from '../ui/format';
import { birthDates, budgetBody, caseworkOpen, debtBody, enforcementApplies, sessionBody } from './casework-rules';

describe('caseworkOpen', () => {
  it('allows casework on an accepted referral or one in contact only', () => {
    expect(['sent', 'accepted', 'in_contact', 'declined', 'closed'].filter(caseworkOpen)).toEqual([
      'accepted',
      'in_contact',
    ]);
  });
});

describe('sessionBody', () => {
  const values = {
    date: '2026-12-01',
    channel: 'phone' as const,
    minutes: '45',
    topics: ['budget', 'rent_arrears'] as const,
    nextAction: '',
    nextActionDue: '',
    note: '  ',
  };
  it('sends the topics in the list order, no next action when none is typed, and no empty note', () => {
    expect(sessionBody(values)).toEqual({
      body: {
        date: '2026-12-01',
        channel: 'phone',
        minutes: 45,
        topics: ['rent_arrears', 'budget'],
        nextAction: null,
        note: null,
      },
    });
  });

  it('sends a next action with its due date, and the note', () => {
    expect(
      sessionBody({ ...values, nextAction: ' Send budget ', nextActionDue: '2026-12-08', note: 'Hard month' }),
    ).toMatchObject({ body: { nextAction: { text: 'Send budget', dueDate: '2026-12-08' }, note: 'Hard month' } });
  });

  it('names what cannot be sent; the range of minutes is for the API to judge', () => {
    expect(sessionBody({ ...values, date: '', minutes: '4,5', topics: [], nextAction: 'Call' })).toEqual({
      invalid: ['date', 'minutes', 'topics', 'nextActionDue'],
    });
    expect(sessionBody({ ...values, minutes: '900' })).toHaveProperty('body');
  });
});

describe('debtBody', () => {
  const values = {
    creditor: ' Kviklån A/S ',
    kind: 'quick_loans' as const,
    status: 'untouched' as const,
    underEnforcement: true,
    owed: '12.000',
    monthly: '',
  };
  it('sends kroner as øre, nothing a month when left empty, and enforcement only on public debt', () => {
    expect(debtBody(values, parseKroner)).toEqual({
      body: {
        creditor: 'Kviklån A/S',
        kind: 'quick_loans',
        status: 'untouched',
        underEnforcement: false,
        amountOwedOre: 1_200_000,
        monthlyPaymentOre: 0,
      },
    });
    expect(debtBody({ ...values, kind: 'public_debt_gaeldsstyrelsen' }, parseKroner)).toMatchObject({
      body: { underEnforcement: true },
    });
    expect(enforcementApplies('fines')).toBe(false);
  });

  it('names the fields that cannot be sent', () => {
    expect(debtBody({ ...values, creditor: ' ', owed: '', monthly: '-5' }, parseKroner)).toEqual({
      invalid: ['creditor', 'owed', 'monthly'],
    });
  });
});

describe('budgetBody', () => {
  const values = {
    budgetOn: '2026-12-01',
    adults: '2',
    children: '2015-03-01, 2024-08-20',
    income: { wages: '18.000', benefits: '', pension: undefined },
    fixed: { rent: '6.500', transport: '800' },
    approved: { rent: true },
    flexible: { food: '3.000' },
  };
  it('leaves out empty groups, marks each fixed line approved or not, and reads the birth dates', () => {
    expect(budgetBody(values, parseKroner)).toEqual({
      body: {
        budgetOn: '2026-12-01',
        household: { adults: 2, childBirthDates: ['2015-03-01', '2024-08-20'] },
        income: [{ group: 'wages', amountOre: 1_800_000 }],
        fixed: [
          { group: 'rent', amountOre: 650_000, approved: true },
          { group: 'transport', amountOre: 80_000, approved: false },
        ],
        flexible: [{ group: 'food', amountOre: 300_000 }],
      },
    });
  });

  it('names the fields that cannot be sent, each amount by its group', () => {
    expect(
      budgetBody({ ...values, budgetOn: '', adults: '0', children: '1.3.2015', fixed: { rent: 'abc' } }, parseKroner),
    ).toEqual({ invalid: ['budgetOn', 'adults', 'children', 'fixed.rent'] });
  });

  it('reads no children from an empty field', () => {
    expect(birthDates('')).toEqual([]);
    expect(birthDates('2020-01-01;2021-02-02')).toEqual(['2020-01-01', '2021-02-02']);
    expect(birthDates('2020-1-1')).toBeUndefined();
  });
});

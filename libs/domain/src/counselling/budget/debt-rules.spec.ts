import { DEBT_KINDS, debtOverview, isPriorityDebt, validateDebtLine, type DebtLine } from './debt-rules.js';

describe('isPriorityDebt', () => {
  it('ranks what can cost the home or liberty first', () => {
    const priority = DEBT_KINDS.filter((kind) => isPriorityDebt({ kind }));
    expect(priority).toEqual(['rent_arrears', 'other_housing', 'utilities', 'fines']);
  });

  it('ranks public debt as priority only under enforcement', () => {
    expect(isPriorityDebt({ kind: 'public_debt_gaeldsstyrelsen' })).toBe(false);
    expect(isPriorityDebt({ kind: 'public_debt_gaeldsstyrelsen', underEnforcement: false })).toBe(false);
    expect(isPriorityDebt({ kind: 'public_debt_gaeldsstyrelsen', underEnforcement: true })).toBe(true);
    // Enforcement does not make a consumer debt a priority one.
    expect(isPriorityDebt({ kind: 'quick_loans', underEnforcement: true })).toBe(false);
  });
});

describe('validateDebtLine', () => {
  const line = {
    creditor: 'Bank',
    kind: 'consumer_credit',
    amountOwedOre: 1_000_00,
    monthlyPaymentOre: 0,
    status: 'untouched',
  };
  const codes = (input: Parameters<typeof validateDebtLine>[0]) =>
    validateDebtLine(input).map((i) => `${i.field}:${i.code}`);

  it('accepts a valid line', () => {
    expect(codes(line)).toEqual([]);
    expect(codes({ ...line, kind: 'public_debt_gaeldsstyrelsen', underEnforcement: true })).toEqual([]);
  });

  it('refuses rent arrears typed in: the ledger supplies them', () => {
    expect(codes({ ...line, kind: 'rent_arrears' })).toEqual(['kind:DEBT_RENT_ARREARS_FROM_LEDGER']);
  });

  it('refuses unknown kinds and statuses, bad amounts, a missing creditor, enforcement of a private debt', () => {
    expect(codes({ ...line, kind: 'mortgage', status: 'paid' })).toEqual([
      'kind:DEBT_KIND_UNKNOWN',
      'status:DEBT_STATUS_UNKNOWN',
    ]);
    expect(codes({ ...line, amountOwedOre: -1, monthlyPaymentOre: 10.5 })).toEqual([
      'amountOwedOre:DEBT_AMOUNT_INVALID',
      'monthlyPaymentOre:DEBT_AMOUNT_INVALID',
    ]);
    expect(codes({ ...line, creditor: ' ' })).toEqual(['creditor:DEBT_CREDITOR_REQUIRED']);
    expect(codes({ ...line, creditor: 'x'.repeat(201) })).toEqual(['creditor:DEBT_CREDITOR_TOO_LONG']);
    expect(codes({ ...line, kind: 'private', underEnforcement: true })).toEqual([
      'underEnforcement:DEBT_ENFORCEMENT_NOT_PUBLIC',
    ]);
  });
});

describe('debtOverview', () => {
  const debts: DebtLine[] = [
    {
      creditor: 'Kviklån A/S',
      kind: 'quick_loans',
      amountOwedOre: 8_000_00,
      monthlyPaymentOre: 500_00,
      status: 'under_collection',
    },
    {
      creditor: 'Gældsstyrelsen',
      kind: 'public_debt_gaeldsstyrelsen',
      amountOwedOre: 20_000_00,
      monthlyPaymentOre: 1_000_00,
      status: 'agreed',
      underEnforcement: true,
    },
    {
      creditor: 'Bank',
      kind: 'consumer_credit',
      amountOwedOre: 15_000_00,
      monthlyPaymentOre: 700_00,
      status: 'negotiating',
    },
    { creditor: 'Politiet', kind: 'fines', amountOwedOre: 3_000_00, monthlyPaymentOre: 0, status: 'untouched' },
    { creditor: 'Ven', kind: 'private', amountOwedOre: 2_000_00, monthlyPaymentOre: 0, status: 'written_off' },
    { creditor: 'Forsyning', kind: 'utilities', amountOwedOre: 1_500_00, monthlyPaymentOre: 250_00, status: 'agreed' },
  ];
  const rent = {
    creditor: 'Boligforeningen',
    ledgerBalanceOre: 12_345_67,
    monthlyPaymentOre: 1_500_00,
    status: 'negotiating' as const,
  };

  it('lists priority debts first, the ledger rent arrears at the top, and totals what is owed', () => {
    const overview = debtOverview(rent, debts);
    expect(overview.lines.map((l) => [l.kind, l.priority, l.fromLedger])).toEqual([
      ['rent_arrears', true, true],
      ['utilities', true, false],
      ['public_debt_gaeldsstyrelsen', true, false],
      ['fines', true, false],
      ['consumer_credit', false, false],
      ['quick_loans', false, false],
      ['private', false, false],
    ]);
    expect(overview.lines[0]?.amountOwedOre).toBe(12_345_67);
    // By hand: priority 12,345.67 + 1,500 + 20,000 + 3,000 = 36,845.67 kr; monthly 1,500 + 250 + 1,000 = 2,750 kr.
    expect(overview.priority).toEqual({ amountOwedOre: 36_845_67, monthlyPaymentOre: 2_750_00 });
    // Non-priority: 15,000 + 8,000 (the written-off 2,000 is listed, not counted); monthly 700 + 500.
    expect(overview.nonPriority).toEqual({ amountOwedOre: 23_000_00, monthlyPaymentOre: 1_200_00 });
    expect(overview.total).toEqual({ amountOwedOre: 59_845_67, monthlyPaymentOre: 3_950_00 });
    expect(overview.lines.find((l) => l.kind === 'private')?.counted).toBe(false);
  });

  it('has no rent-arrears line when the ledger shows no debt', () => {
    expect(debtOverview({ ...rent, ledgerBalanceOre: 0 }, []).lines).toEqual([]);
    expect(debtOverview({ ...rent, ledgerBalanceOre: -500_00 }, []).total).toEqual({
      amountOwedOre: 0,
      monthlyPaymentOre: 0,
    });
    expect(debtOverview(null, debts).lines[0]?.kind).toBe('utilities');
  });

  it('orders the same kind by the amount owed, largest first', () => {
    const two: DebtLine[] = [
      { creditor: 'Lille', kind: 'consumer_credit', amountOwedOre: 100, monthlyPaymentOre: 0, status: 'untouched' },
      { creditor: 'Stor', kind: 'consumer_credit', amountOwedOre: 900, monthlyPaymentOre: 0, status: 'untouched' },
    ];
    expect(debtOverview(null, two).lines.map((l) => l.creditor)).toEqual(['Stor', 'Lille']);
  });

  it('never takes a typed-in rent-arrears line', () => {
    const typed: DebtLine = {
      creditor: 'X',
      kind: 'rent_arrears',
      amountOwedOre: 1,
      monthlyPaymentOre: 0,
      status: 'untouched',
    };
    expect(() => debtOverview(rent, [typed])).toThrow(/DEBT_RENT_ARREARS_FROM_LEDGER/);
  });
});

import { summarizeLedger, type LedgerLine } from './ledger-summary.js';

const rent = (dueDate: string, amountOre = 800_000): LedgerLine => ({
  kind: 'rent_charge',
  amountOre,
  dueDate,
  bookedOn: dueDate,
});
const payment = (bookedOn: string, amountOre: number): LedgerLine => ({
  kind: 'payment',
  amountOre: -amountOre,
  dueDate: null,
  bookedOn,
});

describe('summarizeLedger', () => {
  it('is empty for no lines', () => {
    expect(summarizeLedger([])).toEqual({ balanceOre: 0, monthsInArrears: 0, oldestUnpaidDueDate: null });
  });

  it('counts unpaid months, paying the oldest first', () => {
    const lines = [rent('2024-03-01'), rent('2024-01-01'), rent('2024-02-01'), payment('2024-02-10', 1_000_000)];
    expect(summarizeLedger(lines)).toEqual({
      balanceOre: 1_400_000,
      monthsInArrears: 2,
      oldestUnpaidDueDate: '2024-02-01',
    });
  });

  it('is paid up when payments cover everything, and a fee alone is not a month of rent', () => {
    const fee: LedgerLine = { kind: 'fee', amountOre: 31_400, dueDate: null, bookedOn: '2024-03-06' };
    expect(summarizeLedger([rent('2024-03-01'), payment('2024-03-20', 800_000), fee])).toEqual({
      balanceOre: 31_400,
      monthsInArrears: 0,
      oldestUnpaidDueDate: null,
    });
  });

  it('treats a negative correction as a credit', () => {
    const correction: LedgerLine = {
      kind: 'correction',
      amountOre: -800_000,
      dueDate: '2024-01-01',
      bookedOn: '2024-01-15',
    };
    expect(summarizeLedger([rent('2024-01-01'), rent('2024-02-01'), correction])).toMatchObject({
      balanceOre: 800_000,
      monthsInArrears: 1,
      oldestUnpaidDueDate: '2024-02-01',
    });
  });

  it('counts debt carried from an earlier case from the due date of its oldest unpaid rent', () => {
    const carried: LedgerLine = {
      kind: 'balance_forward',
      amountOre: 703_000,
      dueDate: '2023-12-01',
      bookedOn: '2024-02-03',
    };
    expect(summarizeLedger([rent('2024-02-01'), carried])).toMatchObject({
      balanceOre: 703_000 + 800_000,
      oldestUnpaidDueDate: '2023-12-01',
    });
  });
});

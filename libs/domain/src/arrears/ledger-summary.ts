/** One ledger line, as the summary needs it. */
export interface LedgerLine {
  /** `balance_forward`: what an earlier case of the tenancy still owed (plus) or passed on (minus). */
  kind: 'rent_charge' | 'payment' | 'fee' | 'correction' | 'balance_forward';
  amountOre: number;
  dueDate: string | null;
  bookedOn: string;
}

export interface LedgerSummary {
  /** What the tenant owes now: the sum of every line. */
  balanceOre: number;
  /** Rent months not covered by what has been paid, oldest paid first. */
  monthsInArrears: number;
  /** The due date of the oldest rent not fully paid: the påkrav counts from it. */
  oldestUnpaidDueDate: string | null;
}

/**
 * Derives balance and months in arrears from the ledger (never typed in). Payments and credit
 * corrections pay off the oldest debts first, as a tenant's payment is applied to the oldest
 * arrears unless they say otherwise.
 */
export function summarizeLedger(lines: readonly LedgerLine[]): LedgerSummary {
  const balanceOre = lines.reduce((sum, line) => sum + line.amountOre, 0);
  let credit = -lines.filter((l) => l.amountOre < 0).reduce((sum, l) => sum + l.amountOre, 0);
  const debts = lines
    .filter((l) => l.amountOre > 0)
    .map((l) => ({ ...l, date: l.dueDate ?? l.bookedOn }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const unpaidRentDates = new Set<string>();
  let oldestUnpaidDueDate: string | null = null;
  for (const debt of debts) {
    const covered = Math.min(credit, debt.amountOre);
    credit -= covered;
    if (debt.amountOre - covered > 0) {
      // Debt carried from an earlier case keeps the due date of its oldest unpaid rent.
      if (
        debt.kind === 'rent_charge' ||
        ((debt.kind === 'correction' || debt.kind === 'balance_forward') && debt.dueDate)
      ) {
        unpaidRentDates.add(debt.date);
        oldestUnpaidDueDate ??= debt.date;
      }
    }
  }
  return { balanceOre, monthsInArrears: unpaidRentDates.size, oldestUnpaidDueDate };
}

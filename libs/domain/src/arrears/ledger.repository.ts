import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type LedgerLine } from './ledger-summary.js';

/** Where a ledger line came from: who booked it, through which door. */
export interface LedgerProvenance {
  bookedOn: string;
  source: 'manual' | 'import';
  importId: string | null;
  createdBy: string | null;
}

/** The unpaid rent a registration reports for one due date on one case. */
export interface RentClaim {
  caseId: string;
  dueDate: string;
  amountOre: number;
  /** The case was opened by this registration: nothing is booked on it yet, so nothing is looked up. */
  fresh: boolean;
}

interface LedgerLineRow {
  kind: LedgerLine['kind'];
  amount_ore: string | number;
  due_date: string | null;
  booked_on: string;
}

/** The one mapper from a ledger row (as text or JSON) to the line the summary takes. */
export function toLedgerLine(row: LedgerLineRow): LedgerLine {
  return { kind: row.kind, amountOre: Number(row.amount_ore), dueDate: row.due_date, bookedOn: row.booked_on };
}

/**
 * The ledger of arrears cases: append-only, so a changed amount is a correction line. Every
 * statement runs in the caller's transaction.
 */
@Injectable()
export class LedgerRepository {
  /**
   * Books, for each claim, what it says is unpaid against what is already booked for that due
   * date: a `rent_charge` first, a `correction` by the difference afterwards, nothing when equal.
   * One statement for one claim or thousands. Returns the positions (in `claims`) that changed.
   */
  async bookRentClaims(manager: EntityManager, claims: RentClaim[], by: LedgerProvenance): Promise<number[]> {
    if (claims.length === 0) return [];
    const rows: { ord: number }[] = await manager.query(
      `WITH claim AS (
         SELECT * FROM unnest($1::int[], $2::uuid[], $3::date[], $4::bigint[], $5::bool[])
                    AS c(ord, case_id, due_date, amount_ore, fresh)),
       booked AS (
         SELECT c.ord, c.case_id, c.due_date, c.amount_ore, b.have, b.entries
           FROM claim c
          CROSS JOIN LATERAL (
            SELECT coalesce(sum(l.amount_ore), 0) AS have, count(*) AS entries FROM ledger_entry l
             WHERE NOT c.fresh AND l.case_id = c.case_id AND l.due_date = c.due_date AND l.source_key LIKE 'rent:%') b),
       changed AS (SELECT * FROM booked WHERE amount_ore <> have),
       inserted AS (
         INSERT INTO ledger_entry (case_id, kind, amount_ore, due_date, booked_on, source, source_key, import_id, created_by)
         SELECT case_id, CASE WHEN entries = 0 THEN 'rent_charge' ELSE 'correction' END, amount_ore - have, due_date,
                $6::date, $7, 'rent:' || due_date || CASE WHEN entries = 0 THEN '' ELSE ':' || entries END, $8::uuid, $9::uuid
           FROM changed ORDER BY ord)
       SELECT ord FROM changed ORDER BY ord`,
      [
        claims.map((_, i) => i),
        claims.map((c) => c.caseId),
        claims.map((c) => c.dueDate),
        claims.map((c) => c.amountOre),
        claims.map((c) => c.fresh),
        by.bookedOn,
        by.source,
        by.importId,
        by.createdBy,
      ],
    );
    return rows.map((r) => r.ord);
  }

  /** A payment: a negative line on its day. */
  async addPayment(
    manager: EntityManager,
    caseId: string,
    amountOre: number,
    paidOn: string,
    createdBy: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO ledger_entry (case_id, kind, amount_ore, booked_on, source, created_by) VALUES ($1, 'payment', $2, $3, 'manual', $4)`,
      [caseId, -amountOre, paidOn, createdBy],
    );
  }

  /** The påkrav fee, itself a payment the tenant owes (a pligtig pengeydelse). */
  async addFee(manager: EntityManager, caseId: string, feeOre: number, on: string, createdBy: string): Promise<void> {
    await manager.query(
      `INSERT INTO ledger_entry (case_id, kind, amount_ore, booked_on, source, created_by) VALUES ($1, 'fee', $2, $3, 'manual', $4)`,
      [caseId, feeOre, on, createdBy],
    );
  }

  /** Every line of a case, in the ledger's order: the summary is derived from them. */
  async linesOf(manager: EntityManager, caseId: string): Promise<LedgerLine[]> {
    const rows: LedgerLineRow[] = await manager.query(
      `SELECT kind, amount_ore::text, due_date::text, booked_on::text
         FROM ledger_entry WHERE case_id = $1 ORDER BY coalesce(due_date, booked_on), id`,
      [caseId],
    );
    return rows.map(toLedgerLine);
  }
}

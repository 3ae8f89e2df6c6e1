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

  /**
   * The ledgers of the closed cases of these tenancies that still owe (or are owed) money and did
   * not end with the tenants leaving (evicted, moved out): what a new case on the tenancy carries
   * forward. Locked, so two carries cannot move one balance twice.
   */
  async closedBalances(
    manager: EntityManager,
    tenancyIds: string[],
  ): Promise<{ tenancyId: string; caseId: string; ledger: LedgerLine[] }[]> {
    if (tenancyIds.length === 0) return [];
    const rows: (LedgerLineRow & { tenancy_id: string; case_id: string })[] = await manager.query(
      // The closed cases first, through their own index (ix_arrears_case_closed_tenancy): mostly
      // none. Asked for in id order and locked at once, the planner would walk the whole table in
      // its key's order.
      `WITH closed AS MATERIALIZED (
         SELECT c.id FROM arrears_case c WHERE c.tenancy_id = ANY($1::uuid[]) AND c.closed_at IS NOT NULL),
       owing AS (
         SELECT c.id, c.tenancy_id FROM arrears_case c
          WHERE c.id = ANY(ARRAY(SELECT id FROM closed)) AND c.closed_at IS NOT NULL
            -- An eviction or a move ends the tenants' lease: their debt is not the next tenant's.
            AND c.outcome NOT IN ('evicted', 'moved_out')
            AND (SELECT sum(l.amount_ore) FROM ledger_entry l WHERE l.case_id = c.id) <> 0
          ORDER BY c.id FOR UPDATE OF c)
       SELECT o.tenancy_id, o.id AS case_id, l.kind, l.amount_ore::text, l.due_date::text, l.booked_on::text
         FROM owing o JOIN ledger_entry l ON l.case_id = o.id
        ORDER BY o.id, coalesce(l.due_date, l.booked_on), l.id`,
      [tenancyIds],
    );
    const byCase = new Map<string, { tenancyId: string; caseId: string; ledger: LedgerLine[] }>();
    for (const row of rows) {
      const entry = byCase.get(row.case_id) ?? { tenancyId: row.tenancy_id, caseId: row.case_id, ledger: [] };
      entry.ledger.push(toLedgerLine(row));
      byCase.set(row.case_id, entry);
    }
    return [...byCase.values()];
  }

  /**
   * Moves a closed case's balance to the tenancy's new case: minus on the earlier case, plus
   * (with the due date of its oldest unpaid rent) on the new one, each line naming the other case.
   */
  async carryForward(
    manager: EntityManager,
    moves: { fromCaseId: string; toCaseId: string; amountOre: number; dueDate: string | null }[],
    by: LedgerProvenance,
  ): Promise<void> {
    if (moves.length === 0) return;
    await manager.query(
      `INSERT INTO ledger_entry (case_id, kind, amount_ore, due_date, booked_on, source, import_id, created_by, related_case_id)
       SELECT m.case_id, 'balance_forward', m.amount_ore, m.due_date, $5::date, $6, $7::uuid, $8::uuid, m.related_case_id
         FROM (SELECT unnest($1::uuid[]) AS from_id, unnest($2::uuid[]) AS to_id, unnest($3::bigint[]) AS amount,
                      unnest($4::date[]) AS due) mv
        CROSS JOIN LATERAL (VALUES (mv.from_id, -mv.amount, NULL::date, mv.to_id), (mv.to_id, mv.amount, mv.due, mv.from_id))
                   AS m(case_id, amount_ore, due_date, related_case_id)`,
      [
        moves.map((m) => m.fromCaseId),
        moves.map((m) => m.toCaseId),
        moves.map((m) => m.amountOre),
        moves.map((m) => m.dueDate),
        by.bookedOn,
        by.source,
        by.importId,
        by.createdBy,
      ],
    );
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

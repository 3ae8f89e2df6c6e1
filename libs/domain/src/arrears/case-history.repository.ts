import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type LedgerLine } from './ledger-summary.js';

/** One ledger line as a page shows it, with the balance after it in the ledger's own order. */
export interface LedgerPageLine extends LedgerLine {
  id: string;
  source: string;
  createdAt: Date;
  balanceAfterOre: number;
  /** For a `balance_forward` line: the other case of the tenancy the balance came from or went to. */
  relatedCaseId: string | null;
  /** The line's place in the ledger's order (its due date, or its booking date): the cursor's key. */
  sortOn: string;
}

export interface TimelineLine {
  id: string;
  at: Date;
  on: string;
  type: string;
  actorId: string | null;
  reason: string | null;
  details: Record<string, unknown> | null;
}

/** One line to add to a case's timeline. */
export interface NewCaseEvent {
  caseId: string;
  on: string;
  type: string;
  actorId: string | null;
  reason?: string | null;
  details?: Record<string, unknown> | null;
}

/**
 * A case's timeline (written here) and its ledger and timeline read a page at a time: a case can carry years of lines, and a
 * response carries only what was asked for. The caller has checked the case is in scope.
 */
@Injectable()
export class CaseHistoryRepository {
  /** Adds timeline lines in the order given (one statement however many). */
  async addEvents(manager: EntityManager, events: NewCaseEvent[]): Promise<void> {
    if (events.length === 0) return;
    // One JSON document for the whole set: cheaper to send than six arrays, one of them of JSON.
    await manager.query(
      `INSERT INTO case_event (case_id, on_date, type, actor_id, reason, details)
       SELECT e.case_id, e.on_date, e.type, e.actor_id, e.reason, e.details
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS l(line, ord)
        CROSS JOIN LATERAL jsonb_to_record(l.line)
              AS e(case_id uuid, on_date date, type text, actor_id uuid, reason text, details jsonb)
        ORDER BY l.ord`,
      [
        JSON.stringify(
          events.map((e) => ({
            case_id: e.caseId,
            on_date: e.on,
            type: e.type,
            actor_id: e.actorId,
            reason: e.reason ?? null,
            details: e.details ?? null,
          })),
        ),
      ],
    );
  }

  /** Ledger lines after `after` (the previous page's last line), oldest debt first, as payments settle it. */
  async ledgerPage(
    manager: EntityManager,
    caseId: string,
    after: { sortOn: string; id: string } | null,
    limit: number,
  ): Promise<LedgerPageLine[]> {
    const rows: {
      id: string;
      kind: LedgerLine['kind'];
      amount_ore: string;
      due_date: string | null;
      booked_on: string;
      source: string;
      created_at: Date;
      related_case_id: string | null;
      sort_on: string;
      balance_after: string;
    }[] = await manager.query(
      `SELECT * FROM (
         SELECT id::text, kind, amount_ore::text, due_date::text, booked_on::text, source, created_at, related_case_id,
                coalesce(due_date, booked_on)::text AS sort_on,
                sum(amount_ore) OVER (ORDER BY coalesce(due_date, booked_on), id)::text AS balance_after
           FROM ledger_entry WHERE case_id = $1) l
        WHERE $2::date IS NULL OR (l.sort_on::date, l.id::bigint) > ($2::date, $3::bigint)
        ORDER BY l.sort_on, l.id::bigint LIMIT $4`,
      [caseId, after?.sortOn ?? null, after?.id ?? null, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      amountOre: Number(r.amount_ore),
      dueDate: r.due_date,
      bookedOn: r.booked_on,
      source: r.source,
      createdAt: r.created_at,
      balanceAfterOre: Number(r.balance_after),
      relatedCaseId: r.related_case_id,
      sortOn: r.sort_on,
    }));
  }

  /** Timeline lines after the line `afterId`, in the order they happened. */
  async timelinePage(
    manager: EntityManager,
    caseId: string,
    afterId: string | null,
    limit: number,
  ): Promise<TimelineLine[]> {
    return manager.query(
      `SELECT id::text, at, on_date::text AS "on", type, actor_id AS "actorId", reason, details
         FROM case_event WHERE case_id = $1 AND ($2::bigint IS NULL OR case_event.id > $2::bigint)
        ORDER BY case_event.id LIMIT $3`,
      [caseId, afterId, limit],
    );
  }

  /** The tenants of the case's tenancy: whose data a ledger or timeline read is audited against. */
  async tenantIds(manager: EntityManager, tenancyId: string): Promise<string[]> {
    const rows: { person_id: string }[] = await manager.query(
      `SELECT person_id FROM tenancy_tenant WHERE tenancy_id = $1 ORDER BY person_id`,
      [tenancyId],
    );
    return rows.map((r) => r.person_id);
  }
}

import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { decodeCursor } from '@app/common';
import { type Principal } from '../access/roles.js';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { joinSql, rawSql, sql, type SqlFragment } from '../shared/sql-fragment.js';
import { caseColumns, caseScopeSql } from './case-scope.sql.js';
import { type RecordedSteps } from './legal-steps/case-derivation.js';
import { type CaseStage } from './legal-steps/case-state-machine.js';
import { structuredOutcomeOf, type AvertReason, type OutcomeKind } from './legal-steps/case-outcome.js';
import { paymentDemandFromColumns } from './payment-demand-columns.js';
import { toLedgerLine } from './ledger.repository.js';
import { type LedgerLine } from './ledger-summary.js';

/** An `arrears_case` row with its legal dates as ISO text. */
export interface CaseRow {
  id: string;
  tenancy_id: string;
  housing_organisation_id: string;
  department_id: string;
  municipality_id: string;
  stage: CaseStage;
  outcome: string | null;
  /** The structured outcome (docs/statistics.md#outcomes); null while open. */
  outcome_kind: OutcomeKind | null;
  outcome_reason: AvertReason | null;
  payment_demand_sent_on: string | null;
  payment_demand_received_on: string | null;
  payment_demand_delivery: string | null;
  payment_demand_fee_ore: string | null;
  terminated_on: string | null;
  municipality_notice_on: string | null;
  eviction_requested_on: string | null;
  eviction_scheduled_for: string | null;
  next_deadline_on: string | null;
  opened_at: Date;
  closed_at: Date | null;
  version: number;
}

/** The one mapper from a case row to the steps the state machine reads. */
export function stepsOf(row: CaseRow): RecordedSteps {
  return {
    stage: row.stage,
    paymentDemand: paymentDemandFromColumns(row),
    terminatedOn: row.terminated_on as IsoDate | null,
    municipalityNoticeOn: row.municipality_notice_on as IsoDate | null,
    evictionRequestedOn: row.eviction_requested_on as IsoDate | null,
    evictionScheduledFor: row.eviction_scheduled_for as IsoDate | null,
  };
}

/** The case columns, dates as ISO text, on alias `c`. */
const CASE_COLUMNS = `c.id, c.tenancy_id, c.housing_organisation_id, c.department_id, c.municipality_id, c.stage,
  c.outcome, c.payment_demand_sent_on::text, c.payment_demand_received_on::text, c.payment_demand_delivery,
  c.payment_demand_fee_ore::text, c.terminated_on::text, c.municipality_notice_on::text,
  c.eviction_requested_on::text, c.eviction_scheduled_for::text, c.next_deadline_on::text, c.opened_at,
  c.closed_at, c.version, c.outcome_kind, c.outcome_reason`;

/**
 * The ledger of the case on alias `c`, in the ledger's order, as one JSON array of rows (amounts
 * and dates as text, as `toLedgerLine` takes them): a case and its ledger in one round trip.
 */
const LEDGER_JSON = `(SELECT coalesce(json_agg(json_build_object('kind', le.kind, 'amount_ore', le.amount_ore::text,
    'due_date', le.due_date::text, 'booked_on', le.booked_on::text) ORDER BY coalesce(le.due_date, le.booked_on), le.id),
    '[]'::json) FROM ledger_entry le WHERE le.case_id = c.id)`;

type CaseRowWithLedger = CaseRow & { ledger: Parameters<typeof toLedgerLine>[0][] };

function splitLedger({ ledger, ...row }: CaseRowWithLedger): { row: CaseRow; ledger: LedgerLine[] } {
  return { row, ledger: ledger.map(toLedgerLine) };
}

/** The open case of a tenancy after a registration; `opened` when the registration opened it. */
/** One case in a tenancy's history. */
export interface TenancyCaseRow {
  id: string;
  stage: CaseStage;
  outcome: string | null;
  openedAt: Date;
  closedAt: Date | null;
  balanceOre: number;
}

export interface OpenCase {
  caseId: string;
  tenancyId: string;
  opened: boolean;
}

/** What a step records on the case. */
export interface CaseStepUpdate {
  steps: RecordedSteps;
  outcome: string | null;
  closed: boolean;
  /** Why an eviction was averted (only for `averted`): the structured outcome's reason. */
  avertReason?: AvertReason | null;
}

/** The structured outcome columns a step writes (`structuredOutcomeOf`: null while open). */
function outcomeColumns(update: CaseStepUpdate): [string | null, string | null] {
  const structured = update.closed
    ? structuredOutcomeOf(update.steps.stage, update.outcome, update.avertReason ?? null)
    : null;
  return [structured?.kind ?? null, structured?.reason ?? null];
}

export interface CaseListFilter {
  stage?: CaseStage[];
  municipalityId?: string;
  departmentId?: string;
  balanceMinOre?: number;
  balanceMaxOre?: number;
  deadlineWithinDays?: number;
  address?: string;
  open?: boolean;
  /**
   * `deadline`: the next legal date first, overdue cases leading and cases with no next date
   * last (the worktray); `opened` (the default): oldest first. `deadlineWithinDays` implies `deadline`.
   */
  sort?: 'opened' | 'deadline';
}

export interface CaseListRow {
  id: string;
  stage: CaseStage;
  tenancyId: string;
  unit: string;
  address: string;
  departmentId: string;
  municipalityId: string;
  balanceOre: number;
  nextDeadlineOn: string | null;
  /** The next legal date has passed with its step still not taken. */
  overdue: boolean;
  openedAt: Date;
  openedKey: string;
  /** The page's sort position: `opened_at`, or the next legal date ('infinity' for none) when sorted by deadline. */
  sortKey: string;
}

function scopeOf(principal: Principal): SqlFragment {
  const scope = caseScopeSql(principal, caseColumns('c'));
  if (!scope) throw new RoleNotAllowedError();
  return scope;
}

/** The arrears case aggregate: every statement on `arrears_case`, in the caller's transaction. */
@Injectable()
export class ArrearsCaseRepository {
  /** The case if the principal may see it (locked for update when `lock`), or undefined. */
  async findInScope(
    manager: EntityManager,
    principal: Principal,
    caseId: string,
    lock = false,
  ): Promise<CaseRow | undefined> {
    const query =
      sql`SELECT ${rawSql(CASE_COLUMNS)} FROM arrears_case c WHERE c.id = ${caseId} AND ${scopeOf(principal)}${
        lock ? sql` FOR UPDATE` : sql``
      }`.toQuery();
    const [row] = (await manager.query(query.text, query.values)) as CaseRow[];
    return row;
  }

  /**
   * The case with its ledger (in the ledger's order) if the principal may see it, or undefined:
   * `findInScope` and `LedgerRepository.linesOf` in one statement.
   */
  async findInScopeWithLedger(
    manager: EntityManager,
    principal: Principal,
    caseId: string,
  ): Promise<{ row: CaseRow; ledger: LedgerLine[] } | undefined> {
    const query = sql`SELECT ${rawSql(CASE_COLUMNS)}, ${rawSql(LEDGER_JSON)} AS ledger
        FROM arrears_case c WHERE c.id = ${caseId} AND ${scopeOf(principal)}`.toQuery();
    const [row] = (await manager.query(query.text, query.values)) as CaseRowWithLedger[];
    return row && splitLedger(row);
  }

  /**
   * Every case of the tenancy the principal may see, oldest first, with its balance: the
   * tenancy's whole history, the debt carried from case to case included.
   */
  async ofTenancy(manager: EntityManager, principal: Principal, tenancyId: string): Promise<TenancyCaseRow[]> {
    const query = sql`SELECT c.id, c.stage, c.outcome, c.opened_at AS "openedAt", c.closed_at AS "closedAt",
        (SELECT coalesce(sum(le.amount_ore), 0) FROM ledger_entry le WHERE le.case_id = c.id)::text AS "balanceOre"
        FROM arrears_case c WHERE c.tenancy_id = ${tenancyId} AND ${scopeOf(principal)}
        ORDER BY c.opened_at, c.id`.toQuery();
    const rows: (Omit<TenancyCaseRow, 'balanceOre'> & { balanceOre: string })[] = await manager.query(
      query.text,
      query.values,
    );
    return rows.map((row) => ({ ...row, balanceOre: Number(row.balanceOre) }));
  }

  /**
   * The open case of each tenancy, opening one where there is none (one per tenancy,
   * almenlejeloven; `uq_arrears_case_open`). Existing cases are locked for update, after the
   * tenancies (the caller has locked those: lock order tenancy, case, persons).
   */
  async openOrLock(
    manager: EntityManager,
    tenancies: readonly { tenancyId: string; nextDeadlineOn: string | null }[],
  ): Promise<OpenCase[]> {
    if (tenancies.length === 0) return [];
    // A case opened here is stored with its next legal date as the caller derived it for the
    // claims it is opened with, in the INSERT: written afterwards, every one of the case's
    // indexes would take each new row twice.
    const rows: { case_id: string; tenancy_id: string; opened: boolean }[] = await manager.query(
      `WITH wanted AS (
         SELECT DISTINCT ON (tenancy_id) tenancy_id, next_deadline_on
           FROM unnest($1::uuid[], $2::date[]) AS w(tenancy_id, next_deadline_on)),
       existing AS (
         SELECT c.id, c.tenancy_id FROM arrears_case c
          WHERE c.tenancy_id IN (SELECT tenancy_id FROM wanted) AND c.closed_at IS NULL FOR UPDATE),
       opened AS (
         INSERT INTO arrears_case (id, tenancy_id, housing_organisation_id, department_id, municipality_id, stage,
                                   next_deadline_on)
         SELECT gen_random_uuid(), t.id, t.housing_organisation_id, t.department_id, d.municipality_id, 'registered',
                w.next_deadline_on
           FROM wanted w JOIN tenancy t ON t.id = w.tenancy_id JOIN department d ON d.id = t.department_id
          WHERE t.id NOT IN (SELECT tenancy_id FROM existing)
          ORDER BY t.id
         ON CONFLICT (tenancy_id) WHERE closed_at IS NULL DO NOTHING
         RETURNING id, tenancy_id)
       SELECT id AS case_id, tenancy_id, false AS opened FROM existing
       UNION ALL SELECT id, tenancy_id, true FROM opened`,
      [tenancies.map((t) => t.tenancyId), tenancies.map((t) => t.nextDeadlineOn)],
    );
    return rows.map((r) => ({ caseId: r.case_id, tenancyId: r.tenancy_id, opened: r.opened }));
  }

  /**
   * Locks the cases for a system change (the payment-plan sweeper: no caller's scope), in id order
   * so that two sweeps lock in the same order, and returns them as they are once locked (a change
   * committed while the lock waited included), in one statement.
   */
  async lockForSystem(manager: EntityManager, caseIds: readonly string[]): Promise<CaseRow[]> {
    if (caseIds.length === 0) return [];
    return (await manager.query(
      `SELECT ${CASE_COLUMNS} FROM arrears_case c WHERE c.id = ANY($1::uuid[]) ORDER BY c.id FOR UPDATE`,
      [[...caseIds]],
    )) as CaseRow[];
  }

  /** What the derivation needs of each case: its row and every ledger line, in the ledger's order. */
  async withLedgers(manager: EntityManager, caseIds: string[]): Promise<{ row: CaseRow; ledger: LedgerLine[] }[]> {
    if (caseIds.length === 0) return [];
    // One statement: each case's ledger as a JSON array beside it (on ix_ledger_case).
    const rows: CaseRowWithLedger[] = await manager.query(
      `SELECT ${CASE_COLUMNS}, ${LEDGER_JSON} AS ledger FROM arrears_case c WHERE c.id = ANY($1::uuid[])`,
      [caseIds],
    );
    return rows.map(splitLedger);
  }

  /**
   * Every ledger line of each case, in the ledger's order, in one statement for all of them (a
   * case without lines is absent). Read as late as the caller needs: after its locks on the cases,
   * it includes every payment committed before them.
   */
  async ledgersOf(manager: EntityManager, caseIds: readonly string[]): Promise<Map<string, LedgerLine[]>> {
    const ledgers = new Map<string, LedgerLine[]>();
    if (caseIds.length === 0) return ledgers;
    const lines: (Parameters<typeof toLedgerLine>[0] & { case_id: string })[] = await manager.query(
      `SELECT case_id, kind, amount_ore::text, due_date::text, booked_on::text FROM ledger_entry
        WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, coalesce(due_date, booked_on), id`,
      [[...caseIds]],
    );
    for (const line of lines) {
      const ledger = ledgers.get(line.case_id);
      if (ledger) ledger.push(toLedgerLine(line));
      else ledgers.set(line.case_id, [toLedgerLine(line)]);
    }
    return ledgers;
  }

  /**
   * Stores each case's derived next legal date; `touched` cases (their arrears changed) also get
   * a new version, so a caseworker's step taken on the old figures is refused as stale. Returns
   * the version of each case it wrote (one whose date was already stored and that is not touched
   * is left alone, and absent).
   */
  async storeDerived(
    manager: EntityManager,
    derived: { caseId: string; nextDeadlineOn: string | null; touched: boolean }[],
  ): Promise<Map<string, number>> {
    if (derived.length === 0) return new Map();
    // Through a CTE: a bare UPDATE … RETURNING answers [rows, count] in TypeORM.
    const written: { id: string; version: number }[] = await manager.query(
      `WITH written AS (
         UPDATE arrears_case c
            SET next_deadline_on = d.next_deadline_on,
                version = c.version + CASE WHEN d.touched THEN 1 ELSE 0 END,
                updated_at = CASE WHEN d.touched THEN now() ELSE c.updated_at END
           FROM unnest($1::uuid[], $2::date[], $3::bool[]) AS d(id, next_deadline_on, touched)
          WHERE c.id = d.id AND (c.next_deadline_on IS DISTINCT FROM d.next_deadline_on OR d.touched)
          RETURNING c.id, c.version
       )
       SELECT id, version FROM written`,
      [derived.map((d) => d.caseId), derived.map((d) => d.nextDeadlineOn), derived.map((d) => d.touched)],
    );
    return new Map(written.map((w) => [w.id, w.version]));
  }

  /** Records a legal step (its dates, outcome, closing), with a new version. */
  async recordStep(manager: EntityManager, caseId: string, update: CaseStepUpdate): Promise<void> {
    const { steps } = update;
    await manager.query(
      `UPDATE arrears_case SET stage = $2, outcome = $3, payment_demand_sent_on = $4, payment_demand_received_on = $5,
              payment_demand_delivery = $6, payment_demand_fee_ore = $7, terminated_on = $8, eviction_requested_on = $9,
              eviction_scheduled_for = $10, closed_at = CASE WHEN $11 THEN now() ELSE NULL END,
              municipality_notice_on = $12, outcome_kind = $13, outcome_reason = $14,
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [
        caseId,
        steps.stage,
        update.outcome,
        steps.paymentDemand?.sentOn ?? null,
        steps.paymentDemand?.receivedOn ?? null,
        steps.paymentDemand?.deliveryMethod ?? null,
        steps.paymentDemand?.feeOre ?? null,
        steps.terminatedOn,
        steps.evictionRequestedOn,
        steps.evictionScheduledFor,
        update.closed,
        // Unchanged by a legal step; cleared when a broken payment plan sends the case back to a new påkrav.
        steps.municipalityNoticeOn,
        ...outcomeColumns(update),
      ],
    );
  }

  /**
   * `recordStep` for many cases in one statement (the payment-plan sweeper's automatic ends), with
   * each case's derived next legal date (`nextDeadlineOf` on the steps written): what `recordStep`
   * and then `storeDerived` leave, in one write of each row.
   */
  async recordSteps(
    manager: EntityManager,
    updates: readonly { caseId: string; update: CaseStepUpdate; nextDeadlineOn: string | null }[],
  ): Promise<void> {
    if (updates.length === 0) return;
    const column = <T>(pick: (u: { caseId: string; update: CaseStepUpdate; nextDeadlineOn: string | null }) => T) =>
      updates.map(pick);
    await manager.query(
      `UPDATE arrears_case c
          SET stage = u.stage, outcome = u.outcome, payment_demand_sent_on = u.sent_on,
              payment_demand_received_on = u.received_on, payment_demand_delivery = u.delivery,
              payment_demand_fee_ore = u.fee_ore, terminated_on = u.terminated_on,
              eviction_requested_on = u.eviction_requested_on, eviction_scheduled_for = u.eviction_scheduled_for,
              closed_at = CASE WHEN u.closed THEN now() ELSE NULL END, municipality_notice_on = u.municipality_notice_on,
              outcome_kind = u.outcome_kind, outcome_reason = u.outcome_reason, next_deadline_on = u.next_deadline_on,
              version = c.version + 1, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::date[], $6::text[], $7::bigint[], $8::date[],
                     $9::date[], $10::date[], $11::bool[], $12::date[], $13::text[], $14::text[], $15::date[])
              AS u(id, stage, outcome, sent_on, received_on, delivery, fee_ore, terminated_on, eviction_requested_on,
                   eviction_scheduled_for, closed, municipality_notice_on, outcome_kind, outcome_reason, next_deadline_on)
        WHERE c.id = u.id`,
      [
        column((u) => u.caseId),
        column((u) => u.update.steps.stage),
        column((u) => u.update.outcome),
        column((u) => u.update.steps.paymentDemand?.sentOn ?? null),
        column((u) => u.update.steps.paymentDemand?.receivedOn ?? null),
        column((u) => u.update.steps.paymentDemand?.deliveryMethod ?? null),
        column((u) => u.update.steps.paymentDemand?.feeOre ?? null),
        column((u) => u.update.steps.terminatedOn),
        column((u) => u.update.steps.evictionRequestedOn),
        column((u) => u.update.steps.evictionScheduledFor),
        column((u) => u.update.closed),
        column((u) => u.update.steps.municipalityNoticeOn),
        column((u) => outcomeColumns(u.update)[0]),
        column((u) => outcomeColumns(u.update)[1]),
        column((u) => u.nextDeadlineOn),
      ],
    );
  }

  /**
   * The notice to the municipality (almenlejeloven § 92, stk. 2): its record and the case's notice
   * date, which a correction (`replaces`) sets to the corrected date; each notice stays recorded.
   */
  async recordMunicipalityNotice(
    manager: EntityManager,
    notice: {
      id: string;
      caseId: string;
      municipalityId: string;
      noticeOn: string;
      createdBy: string;
      replaces: boolean;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO municipality_notice (id, case_id, municipality_id, notice_on, created_by) VALUES ($1, $2, $3, $4, $5)`,
      [notice.id, notice.caseId, notice.municipalityId, notice.noticeOn, notice.createdBy],
    );
    await manager.query(
      `UPDATE arrears_case
          SET municipality_notice_on = CASE WHEN $3 THEN $2::date
                                            ELSE least(coalesce(municipality_notice_on, $2::date), $2::date) END,
              version = version + 1, updated_at = now() WHERE id = $1`,
      [notice.caseId, notice.noticeOn, notice.replaces],
    );
  }

  /** Links the notice to the email the warning rules wrote to the municipality's alert mailbox. */
  async linkNoticeToAlertEmail(manager: EntityManager, noticeId: string, noticeOn: string): Promise<void> {
    await manager.query(
      `UPDATE municipality_notice n SET outbox_id = o.id
         FROM warning w JOIN outbox o ON o.warning_id = w.id JOIN municipality m ON m.id = w.recipient_id
        WHERE n.id = $1 AND w.case_id = n.case_id AND w.rule_code = 'statutory-eviction-notice'
          AND w.occurrence = $2 AND w.recipient_type = 'municipality' AND o.recipient = lower(m.alert_email)`,
      [noticeId, noticeOn],
    );
  }

  /** A page of the cases the principal may see, oldest first, with each case's balance. */
  async list(
    manager: EntityManager,
    principal: Principal,
    filter: CaseListFilter,
    page: { limit: number; cursor?: string },
    today: string,
  ): Promise<CaseListRow[]> {
    // The balance of each listed case only: a correlated sum is evaluated for the rows the LIMIT
    // keeps (on ix_ledger_case), where a grouped join summed the whole ledger of every organisation
    // on every request.
    const balance = rawSql('(SELECT coalesce(sum(le.amount_ore), 0) FROM ledger_entry le WHERE le.case_id = c.id)');
    // Written with fragments rather than TypeORM's query builder: the list is the API's most read
    // page, and building the statement through the builder took 5–7 % of the API's CPU under load.
    const conditions: SqlFragment[] = [scopeOf(principal)];
    if (filter.open !== undefined)
      conditions.push(rawSql(filter.open ? 'c.closed_at IS NULL' : 'c.closed_at IS NOT NULL'));
    if (filter.stage?.length) conditions.push(sql`c.stage = ANY(${filter.stage}::text[])`);
    if (filter.municipalityId) conditions.push(sql`c.municipality_id = ${filter.municipalityId}`);
    if (filter.departmentId) conditions.push(sql`c.department_id = ${filter.departmentId}`);
    if (filter.balanceMinOre !== undefined) conditions.push(sql`${balance} >= ${filter.balanceMinOre}`);
    if (filter.balanceMaxOre !== undefined) conditions.push(sql`${balance} <= ${filter.balanceMaxOre}`);
    const byDeadline = filter.deadlineWithinDays !== undefined || filter.sort === 'deadline';
    // Cases with no next legal date sort after every date.
    const deadlineKey = rawSql(`coalesce(c.next_deadline_on, 'infinity'::date)`);
    if (filter.deadlineWithinDays !== undefined) {
      // An overdue date (before today) is within any window: it is the most urgent work there is.
      conditions.push(sql`c.next_deadline_on <= ${today}::date + ${filter.deadlineWithinDays}::int`);
    }
    if (filter.address) {
      conditions.push(sql`t.address ILIKE ${`%${filter.address.replace(/[\\%_]/g, '\\$&')}%`} ESCAPE '\\'`);
    }
    if (page.cursor) {
      const position = decodeCursor(page.cursor, byDeadline ? 'date' : 'timestamp');
      conditions.push(
        byDeadline
          ? sql`(${deadlineKey}, c.id) > (${position.key}::date, ${position.id}::uuid)`
          : sql`(c.opened_at, c.id) > (${position.key}::timestamptz, ${position.id}::uuid)`,
      );
    }
    // By deadline the earliest date first, so overdue cases lead the page.
    const query = sql`SELECT c.id AS id, c.stage AS stage, c.tenancy_id AS "tenancyId", t.unit AS unit,
        t.address AS address, c.department_id AS "departmentId", c.municipality_id AS "municipalityId",
        ${balance}::bigint AS "balanceOre", c.next_deadline_on::text AS "nextDeadlineOn",
        coalesce(c.next_deadline_on < ${today}::date, false) AS overdue,
        c.opened_at AS "openedAt", c.opened_at::text AS "openedKey"
        FROM arrears_case c INNER JOIN tenancy t ON t.id = c.tenancy_id
       WHERE ${joinSql(
         conditions.map((condition) => sql`(${condition})`),
         ' AND ',
       )}
       ORDER BY ${byDeadline ? deadlineKey : rawSql('c.opened_at')} ASC, c.id ASC
       LIMIT ${page.limit + 1}`.toQuery();
    const rows: (Omit<CaseListRow, 'sortKey'> & { nextDeadlineOn: string | null })[] = await manager.query(
      query.text,
      query.values,
    );
    return rows.map((row) => ({
      ...row,
      balanceOre: Number(row.balanceOre),
      sortKey: byDeadline ? (row.nextDeadlineOn ?? 'infinity') : row.openedKey,
    }));
  }
}

import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { RoleNotAllowedError } from '../../access/access.errors.js';
import { type Principal } from '../../access/roles.js';
import { sql } from '../../shared/sql-fragment.js';
import { caseColumns, caseScopeSql } from '../case-scope.sql.js';
import { type Instalment, type PaymentPlanFrequency, type PaymentPlanStatus } from './payment-plan-rules.js';

/** A `payment_plan` row, dates as ISO text and amounts as numbers. */
export interface PaymentPlanRow {
  id: string;
  caseId: string;
  status: PaymentPlanStatus;
  amountOre: number;
  instalmentOre: number;
  instalmentCount: number;
  frequency: PaymentPlanFrequency;
  firstDueOn: IsoDate;
  graceDays: number;
  currentRentAlsoDue: boolean;
  agreedOn: IsoDate;
  agreedBy: string;
  completedOn: IsoDate | null;
  brokenOn: IsoDate | null;
  version: number;
}

export interface NewPaymentPlan {
  id: string;
  caseId: string;
  amountOre: number;
  instalmentOre: number;
  instalmentCount: number;
  frequency: PaymentPlanFrequency;
  firstDueOn: IsoDate;
  graceDays: number;
  currentRentAlsoDue: boolean;
  agreedOn: IsoDate;
  agreedBy: string;
}

/** One instalment checked after its grace days: what the plan allowed, what the ledger said, how far behind. */
export interface PaymentPlanCheck {
  planId: string;
  instalmentNumber: number;
  checkedOn: IsoDate;
  expectedOre: number;
  actualOre: number;
  behindByOre: number;
  missed: boolean;
}

const PLAN_COLUMNS = sql`p.id, p.case_id AS "caseId", p.status, p.amount_ore::float8 AS "amountOre",
  p.instalment_ore::float8 AS "instalmentOre", p.instalment_count AS "instalmentCount", p.frequency,
  p.first_due_on::text AS "firstDueOn", p.grace_days AS "graceDays", p.current_rent_also_due AS "currentRentAlsoDue",
  p.agreed_on::text AS "agreedOn", p.agreed_by AS "agreedBy", p.completed_on::text AS "completedOn",
  p.broken_on::text AS "brokenOn", p.version`;

/** Payment plans and their instalments: every statement on `payment_plan*`, in the caller's transaction. */
@Injectable()
export class PaymentPlanRepository {
  /** The organisation's grace days for new plans (a column, default 5). */
  async graceDaysOf(manager: EntityManager, housingOrganisationId: string): Promise<number> {
    const [row] = (await manager.query(
      `SELECT payment_plan_grace_days AS "graceDays" FROM housing_organisation WHERE id = $1`,
      [housingOrganisationId],
    )) as { graceDays: number }[];
    return row?.graceDays ?? 5;
  }

  /**
   * The case's plan as the principal may see it: the running one, else the one that ended last;
   * undefined when the case has none or is out of the principal's scope. `lock` locks it.
   */
  async currentOf(
    manager: EntityManager,
    principal: Principal,
    caseId: string,
    lock = false,
  ): Promise<PaymentPlanRow | undefined> {
    const scope = caseScopeSql(principal, caseColumns('c'));
    if (!scope) throw new RoleNotAllowedError();
    const query = sql`SELECT ${PLAN_COLUMNS}
        FROM payment_plan p JOIN arrears_case c ON c.id = p.case_id
       WHERE p.case_id = ${caseId} AND ${scope}
       ORDER BY (p.status = 'active') DESC, p.agreed_on DESC, p.created_at DESC
       LIMIT 1${lock ? sql` FOR UPDATE OF p` : sql``}`.toQuery();
    const [row] = (await manager.query(query.text, query.values)) as PaymentPlanRow[];
    return row;
  }

  async instalmentsOf(manager: EntityManager, planId: string): Promise<Instalment[]> {
    return (await manager.query(
      `SELECT number, nominal_due_on::text AS "nominalDueOn", due_on::text AS "dueOn", amount_ore::float8 AS "amountOre"
         FROM payment_plan_instalment WHERE plan_id = $1 ORDER BY number`,
      [planId],
    )) as Instalment[];
  }

  /** The plan and its schedule, as agreed. */
  async insert(manager: EntityManager, plan: NewPaymentPlan, schedule: readonly Instalment[]): Promise<void> {
    await manager.query(
      `INSERT INTO payment_plan (id, case_id, amount_ore, instalment_ore, instalment_count, frequency, first_due_on,
                                 grace_days, current_rent_also_due, agreed_on, agreed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        plan.id,
        plan.caseId,
        plan.amountOre,
        plan.instalmentOre,
        plan.instalmentCount,
        plan.frequency,
        plan.firstDueOn,
        plan.graceDays,
        plan.currentRentAlsoDue,
        plan.agreedOn,
        plan.agreedBy,
      ],
    );
    await manager.query(
      `INSERT INTO payment_plan_instalment (plan_id, number, nominal_due_on, due_on, amount_ore)
       SELECT $1, i.number, i.nominal_due_on, i.due_on, i.amount_ore
         FROM unnest($2::int[], $3::date[], $4::date[], $5::bigint[]) AS i(number, nominal_due_on, due_on, amount_ore)`,
      [
        plan.id,
        schedule.map((i) => i.number),
        schedule.map((i) => i.nominalDueOn),
        schedule.map((i) => i.dueOn),
        schedule.map((i) => i.amountOre),
      ],
    );
  }

  /**
   * The missed-instalment check, set-based over every running plan: each instalment whose grace
   * days have run by `today` (from `due_on + grace_days + 1`) and that has no check yet is checked
   * once: the balance the plan allows after it (the amount less it and every earlier instalment,
   * never below 0) against the case's ledger balance now. Recorded in `payment_plan_check`; its key
   * makes a second run, or a second worker at once, record nothing again. Returns the new checks.
   * (The warnings and the automatic break/complete that follow are the sweeper's, a later slice.)
   */
  async checkDueInstalments(manager: EntityManager, today: IsoDate): Promise<PaymentPlanCheck[]> {
    return (await manager.query(
      `WITH due AS (
         SELECT p.id AS plan_id, p.case_id, i.number, i.due_on + p.grace_days + 1 AS expected_from,
                GREATEST(0, p.amount_ore - SUM(i.amount_ore) OVER (PARTITION BY p.id ORDER BY i.number)) AS expected_ore
           FROM payment_plan p
           JOIN payment_plan_instalment i ON i.plan_id = p.id
          WHERE p.status = 'active' AND p.first_due_on + p.grace_days + 1 <= $1::date
       ), unchecked AS (
         SELECT d.* FROM due d
          WHERE d.expected_from <= $1::date
            AND NOT EXISTS (SELECT 1 FROM payment_plan_check c WHERE c.plan_id = d.plan_id AND c.instalment_number = d.number)
       ), balance AS (
         SELECT l.case_id, SUM(l.amount_ore) AS actual_ore
           FROM ledger_entry l WHERE l.case_id IN (SELECT case_id FROM unchecked)
          GROUP BY l.case_id
       )
       INSERT INTO payment_plan_check (plan_id, instalment_number, checked_on, expected_ore, actual_ore, behind_by_ore, missed)
       SELECT u.plan_id, u.number, $1::date, u.expected_ore, COALESCE(b.actual_ore, 0),
              GREATEST(0, COALESCE(b.actual_ore, 0) - u.expected_ore), COALESCE(b.actual_ore, 0) > u.expected_ore
         FROM unchecked u LEFT JOIN balance b ON b.case_id = u.case_id
       ON CONFLICT (plan_id, instalment_number) DO NOTHING
       RETURNING plan_id AS "planId", instalment_number AS "instalmentNumber", checked_on::text AS "checkedOn",
                 expected_ore::float8 AS "expectedOre", actual_ore::float8 AS "actualOre",
                 behind_by_ore::float8 AS "behindByOre", missed`,
      [today],
    )) as PaymentPlanCheck[];
  }

  /** Ends a running plan, completed or broken, with a new version. */
  async end(
    manager: EntityManager,
    planId: string,
    outcome: 'completed' | 'broken',
    on: IsoDate,
    by: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE payment_plan
          SET status = $2::varchar, completed_on = CASE WHEN $2::varchar = 'completed' THEN $3::date END,
              broken_on = CASE WHEN $2::varchar = 'broken' THEN $3::date END, ended_by = $4::uuid,
              version = version + 1, updated_at = now()
        WHERE id = $1 AND status = 'active'`,
      [planId, outcome, on, by],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { RoleNotAllowedError } from '../../access/access.errors.js';
import { type Principal } from '../../access/roles.js';
import { ConsentPurpose } from '../../personal-data/consent.entity.js';
import { consentInForceSql } from '../../personal-data/consent.sql.js';
import { sql } from '../../shared/sql-fragment.js';
import { type PlanAdvisor } from '../../warnings/payment-plan-warning-planner.js';
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

/** A new check the sweep acts on (`sweepDueInstalments`). */
export interface SweptCheck {
  planId: string;
  caseId: string;
  instalmentNumber: number;
  dueOn: IsoDate;
  actualOre: number;
  behindByOre: number;
  missed: boolean;
  /** The plan's highest new check. */
  latest: boolean;
  /** The plan's missed checks so far, this sweep's included. */
  missedCount: number;
  /** The organisation's setting (`payment_plan_break_after_misses`). */
  breakAfterMisses: number;
}

export interface InstalmentSweep {
  /** Instalments checked by this run. */
  checked: number;
  /** The new checks that were missed, and each plan's latest new check when missed or paid up. */
  checks: SweptCheck[];
}

/** A housing organisation's payment-plan settings (columns on `housing_organisation`). */
export interface PaymentPlanSettings {
  graceDays: number;
  breakAfterMisses: number;
}

/**
 * The instalments due for a check as of `$1` (the day of the check): each instalment of a running
 * plan whose grace days have run (from `due_on + grace_days + 1`) and that has no check yet, with
 * the balance the plan allows after it (the amount less it and every earlier instalment, never below 0)
 * and its due date.
 */
const UNCHECKED_INSTALMENTS = `SELECT i.plan_id, p.case_id, i.number,
              -- The instalments up to this one, by the key (plan, number): one range each, only for the
              -- unchecked ones (a window would sort every instalment of every running plan).
              GREATEST(0, p.amount_ore - (SELECT SUM(j.amount_ore) FROM payment_plan_instalment j
                                           WHERE j.plan_id = i.plan_id AND j.number <= i.number)) AS expected_ore,
              i.due_on
         FROM payment_plan p
         JOIN payment_plan_instalment i ON i.plan_id = p.id
        WHERE p.status = 'active' AND p.first_due_on + p.grace_days + 1 <= $1::date
          AND i.due_on + p.grace_days + 1 <= $1::date
          AND NOT EXISTS (SELECT 1 FROM payment_plan_check c WHERE c.plan_id = i.plan_id AND c.instalment_number = i.number)`;

/**
 * The check of the instalments in `unchecked` (a CTE or a table of UNCHECKED_INSTALMENTS' columns):
 * each against its case's ledger balance now, recorded in `payment_plan_check` (its key makes a
 * second run, or a second worker at once, record nothing again). `$1` is the day of the check;
 * each caller adds its own RETURNING.
 */
const checkInstalments = (unchecked: string, ctes = '') => `WITH ${ctes} balance AS (
         SELECT l.case_id, SUM(l.amount_ore) AS actual_ore
           FROM ledger_entry l WHERE l.case_id IN (SELECT case_id FROM ${unchecked})
          GROUP BY l.case_id
       )
       INSERT INTO payment_plan_check (plan_id, instalment_number, checked_on, expected_ore, actual_ore, behind_by_ore, missed)
       SELECT u.plan_id, u.number, $1::date, u.expected_ore, COALESCE(b.actual_ore, 0),
              GREATEST(0, COALESCE(b.actual_ore, 0) - u.expected_ore), COALESCE(b.actual_ore, 0) > u.expected_ore
         FROM ${unchecked} u
         -- Still running as this statement starts: a plan ended by hand after the sweep read its
         -- unchecked instalments (a statement before, for the sweeper) gets no check.
         JOIN payment_plan p ON p.id = u.plan_id AND p.status = 'active'
         LEFT JOIN balance b ON b.case_id = u.case_id
       ON CONFLICT (plan_id, instalment_number) DO NOTHING`;

/** The check in one statement (`checkDueInstalments`): the unchecked instalments as a CTE. */
const CHECK_DUE_INSTALMENTS = checkInstalments('unchecked', `unchecked AS (${UNCHECKED_INSTALMENTS}),`);

/**
 * The sweeper's scratch table of the instalments it checks (`sweepDueInstalments`): the session's
 * own (a second worker has its own), dropped at the end of the statement sequence or, at the
 * latest, of the transaction.
 */
const SWEEP_UNCHECKED = 'payment_plan_sweep_unchecked';

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
   */
  async checkDueInstalments(manager: EntityManager, today: IsoDate): Promise<PaymentPlanCheck[]> {
    return (await manager.query(
      `${CHECK_DUE_INSTALMENTS}
       RETURNING plan_id AS "planId", instalment_number AS "instalmentNumber", checked_on::text AS "checkedOn",
                 expected_ore::float8 AS "expectedOre", actual_ore::float8 AS "actualOre",
                 behind_by_ore::float8 AS "behindByOre", missed`,
      [today],
    )) as PaymentPlanCheck[];
  }

  /**
   * The sweeper's check: the same statement as `checkDueInstalments`, which returns, instead of
   * every new check, only what the sweep acts on, in the same statement: how many instalments were
   * checked, each new missed check (with its case and due date), and each plan's latest new check
   * when it was missed or found the arrears paid, with the plan's misses so far (the new ones
   * included) and its organisation's break setting. A sweep over 100,000 plans that finds little
   * wrong thus sends little back.
   */
  async sweepDueInstalments(manager: EntityManager, today: IsoDate): Promise<InstalmentSweep> {
    // A batch job tuning its own transaction (SET LOCAL ends with it): the check sorts every running
    // plan's instalments (its window) and sums their cases' ledgers, which spills to disk with the
    // default 4MB; and JIT compiling the statements costs more than it saves on them.
    await manager.query(`SET LOCAL work_mem = '64MB'`);
    await manager.query(`SET LOCAL jit = off`);
    // The instalments to check first, into a table with statistics (ANALYZE): the planner then knows
    // how many cases the ledger sums are for, a hash join over the ledger on a big day and index
    // scans on a small one (as a CTE it guesses 200 cases and loops over the ledger's index).
    await manager.query(`DROP TABLE IF EXISTS ${SWEEP_UNCHECKED}`);
    await manager.query(
      `CREATE TEMP TABLE ${SWEEP_UNCHECKED} (plan_id uuid, case_id uuid, number int, expected_ore numeric, due_on date)
       ON COMMIT DROP`,
    );
    await manager.query(
      `INSERT INTO ${SWEEP_UNCHECKED} (plan_id, case_id, number, expected_ore, due_on) ${UNCHECKED_INSTALMENTS}`,
      [today],
    );
    await manager.query(`ANALYZE ${SWEEP_UNCHECKED}`);
    const rows = (await manager.query(
      `WITH ins AS (
         ${checkInstalments(SWEEP_UNCHECKED)}
         RETURNING plan_id, instalment_number, actual_ore, behind_by_ore, missed
       ), latest AS (
         SELECT plan_id, max(instalment_number) AS number, count(*) FILTER (WHERE missed) AS new_missed
           FROM ins GROUP BY plan_id
       ),
       -- Materialised: the few checks the sweep acts on first, then their case, due date and setting. Inlined,
       -- the planner guesses 200 plans in latest and joins every plan's instalments before filtering
       -- (a sort of 1.2 million rows on disk for 100,000 plans).
       wanted AS MATERIALIZED (
         SELECT i.*, i.instalment_number = l.number AS latest, l.new_missed
           FROM ins i JOIN latest l ON l.plan_id = i.plan_id
          WHERE i.missed OR (i.instalment_number = l.number AND i.actual_ore <= 0)
       )
       SELECT total.checked, w.plan_id AS "planId", u.case_id AS "caseId", w.instalment_number AS "instalmentNumber",
              u.due_on::text AS "dueOn", w.actual_ore::float8 AS "actualOre", w.behind_by_ore::float8 AS "behindByOre",
              w.missed, w.latest,
              -- The statement sees the checks as they were before it: the earlier misses, plus the new ones.
              (w.new_missed + (SELECT count(*) FROM payment_plan_check pc WHERE pc.plan_id = w.plan_id AND pc.missed))::int
                AS "missedCount",
              ho.payment_plan_break_after_misses AS "breakAfterMisses"
         FROM (SELECT count(*)::int AS checked FROM ins) total
         LEFT JOIN (wanted w
               -- The case and the due date as the scratch table holds them (no read of the schedules again).
               JOIN ${SWEEP_UNCHECKED} u ON u.plan_id = w.plan_id AND u.number = w.instalment_number
               JOIN arrears_case c ON c.id = u.case_id
               JOIN housing_organisation ho ON ho.id = c.housing_organisation_id) ON true
        ORDER BY w.plan_id, w.instalment_number`,
      [today],
    )) as (SweptCheck & { checked: number; planId: string | null })[];
    await manager.query(`DROP TABLE ${SWEEP_UNCHECKED}`);
    return {
      checked: rows[0]?.checked ?? 0,
      checks: rows.filter((row) => row.planId !== null).map(({ checked: _checked, ...check }) => check as SweptCheck),
    };
  }

  /**
   * The open referrals (accepted or in contact) on the cases whose consent for debt counselling
   * naming the provider is in force: the advisors a plan's warning reaches, with the person referred.
   */
  async advisorsOf(manager: EntityManager, caseIds: readonly string[]): Promise<PlanAdvisor[]> {
    if (caseIds.length === 0) return [];
    const rows: { caseId: string; providerId: string; personId: string; personName: string }[] = await manager.query(
      `SELECT r.case_id AS "caseId", r.counselling_provider_id AS "providerId", p.id AS "personId", p.name AS "personName"
         FROM referral r
         JOIN consent rc ON rc.id = r.consent_id
         JOIN person p ON p.id = r.person_id
        WHERE r.case_id = ANY($1::uuid[]) AND r.status IN ('accepted', 'in_contact')
          AND rc.purpose = $2 AND rc.recipient_id = r.counselling_provider_id AND ${consentInForceSql('rc')}
          AND p.anonymised_at IS NULL
        ORDER BY r.case_id, r.counselling_provider_id, p.name`,
      [caseIds, ConsentPurpose.DebtCounselling],
    );
    return rows.map((row) => ({
      caseId: row.caseId,
      providerId: row.providerId,
      person: { id: row.personId, name: row.personName },
    }));
  }

  /** The running plans among `planIds`, locked (after their cases: lock order case, then plan). */
  async lockActive(manager: EntityManager, planIds: readonly string[]): Promise<PaymentPlanRow[]> {
    if (planIds.length === 0) return [];
    const query = sql`SELECT ${PLAN_COLUMNS} FROM payment_plan p
       WHERE p.id = ANY(${[...planIds]}::uuid[]) AND p.status = 'active' ORDER BY p.id FOR UPDATE`.toQuery();
    return (await manager.query(query.text, query.values)) as PaymentPlanRow[];
  }

  /** The organisation's payment-plan settings, or null when it does not exist. */
  async settingsOf(manager: EntityManager, housingOrganisationId: string): Promise<PaymentPlanSettings | null> {
    const [row] = (await manager.query(
      `SELECT payment_plan_grace_days AS "graceDays", payment_plan_break_after_misses AS "breakAfterMisses"
         FROM housing_organisation WHERE id = $1`,
      [housingOrganisationId],
    )) as PaymentPlanSettings[];
    return row ?? null;
  }

  /** Sets them; false when the organisation does not exist. */
  async setSettings(
    manager: EntityManager,
    housingOrganisationId: string,
    settings: PaymentPlanSettings,
  ): Promise<boolean> {
    // Through a CTE: the driver answers a bare UPDATE with [rows, count], whatever matched.
    const rows: unknown[] = await manager.query(
      `WITH u AS (
         UPDATE housing_organisation SET payment_plan_grace_days = $2, payment_plan_break_after_misses = $3, updated_at = now()
          WHERE id = $1 RETURNING id
       )
       SELECT id FROM u`,
      [housingOrganisationId, settings.graceDays, settings.breakAfterMisses],
    );
    return rows.length > 0;
  }

  /** The sweeper's ends: each plan still running ends as decided on `on`, by the system (no `ended_by`). */
  async endMany(
    manager: EntityManager,
    ends: readonly { planId: string; outcome: 'completed' | 'broken' }[],
    on: IsoDate,
  ): Promise<void> {
    if (ends.length === 0) return;
    await manager.query(
      `UPDATE payment_plan p
          SET status = e.outcome, completed_on = CASE WHEN e.outcome = 'completed' THEN $3::date END,
              broken_on = CASE WHEN e.outcome = 'broken' THEN $3::date END, ended_by = NULL,
              version = p.version + 1, updated_at = now()
         FROM unnest($1::uuid[], $2::varchar[]) AS e(id, outcome)
        WHERE p.id = e.id AND p.status = 'active'`,
      [ends.map((e) => e.planId), ends.map((e) => e.outcome), on],
    );
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

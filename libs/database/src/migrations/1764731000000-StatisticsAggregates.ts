import { type MigrationInterface, type QueryRunner } from 'typeorm';

const OPEN_STAGES = `'registered', 'payment_demand_sent', 'deadline_passed', 'terminated', 'eviction_requested',
  'eviction_scheduled', 'payment_plan_agreed'`;

/** A legal date from an instant: the calendar of the law is Europe/Copenhagen. */
const local = (instant: string): string => `(${instant} AT TIME ZONE 'Europe/Copenhagen')::date`;

/** Business days after `a` up to and including `b` (libs/calendar's count, through statistics_business_day). */
const businessDays = (a: string, b: string): string =>
  `((SELECT bd.ordinal FROM statistics_business_day bd WHERE bd.day = ${b})
    - (SELECT bd.ordinal FROM statistics_business_day bd WHERE bd.day = ${a}))`;

/**
 * Statistics for managers (issue 16 items 2 and 5, docs/statistics.md):
 * - `statistics_business_day`: each day with its business-day ordinal, written from libs/calendar
 *   by the refresh job, so SQL counts business days without a copy of the holiday rules;
 * - `statistics_monthly_live`: every figure per month, department, organisation and municipality
 *   (counts; for time to act one row per number of business days), computed from the cases now;
 * - `statistics_monthly`: the same, materialised, refreshed CONCURRENTLY by the maintenance job
 *   `statistics-refresh`; `statistics_refresh` says when.
 * Each figure's definition is in docs/statistics.md; the view is the one place it is written.
 */
export class StatisticsAggregates1764731000000 implements MigrationInterface {
  name = 'StatisticsAggregates1764731000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE statistics_business_day (day date PRIMARY KEY, ordinal integer NOT NULL)`);
    await queryRunner.query(`
      CREATE TABLE statistics_refresh (
        id smallint PRIMARY KEY DEFAULT 1 CONSTRAINT ck_statistics_refresh_single CHECK (id = 1),
        refreshed_at timestamptz NOT NULL,
        duration_ms integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE VIEW statistics_monthly_live AS
      WITH stage_event AS (
        SELECT e.case_id, e.on_date, e.id,
               CASE e.type WHEN 'case_opened' THEN 'registered' WHEN 'payment_plan_completed' THEN 'closed'
                           WHEN 'payment_plan_broken' THEN 'registered' ELSE e.type END AS stage
          FROM case_event e
         WHERE e.type IN ('case_opened', 'payment_demand_sent', 'deadline_passed', 'terminated', 'eviction_requested',
                          'eviction_scheduled', 'payment_plan_agreed', 'evicted', 'averted', 'closed',
                          'payment_plan_completed', 'payment_plan_broken')
      ), step AS (
        -- In the order recorded; a step dated before an earlier-recorded one (a påkrav sent before the
        -- case was registered here) takes effect on that one's date, so a case's stages never overlap.
        SELECT case_id, stage,
               lag(stage) OVER (PARTITION BY case_id ORDER BY id) AS previous,
               max(on_date) OVER (PARTITION BY case_id ORDER BY id ROWS UNBOUNDED PRECEDING) AS on_date
          FROM stage_event
      ), fact (case_id, figure, key, on_date, days, weight) AS (
        SELECT c.id, 'inflow', 'opened', ${local('c.opened_at')}, -1, 1 FROM arrears_case c
        UNION ALL
        -- Cases per open stage at a month's end: +1 entering a stage, -1 leaving it, summed up to that month
        -- (stage_running below).
        SELECT case_id, 'stage_delta', stage, on_date, -1, 1 FROM step WHERE stage IN (${OPEN_STAGES})
        UNION ALL
        SELECT case_id, 'stage_delta', previous, on_date, -1, -1 FROM step WHERE previous IN (${OPEN_STAGES})
        UNION ALL
        SELECT case_id, 'flow', previous || '>' || stage, on_date, -1, 1 FROM step
         WHERE previous IS NOT NULL AND previous <> stage
        UNION ALL
        SELECT c.id, 'outcomes',
               CASE c.outcome_kind WHEN 'averted' THEN 'averted_' || c.outcome_reason ELSE c.outcome_kind END,
               ${local('c.closed_at')}, -1, 1
          FROM arrears_case c WHERE c.closed_at IS NOT NULL
        UNION ALL
        -- Arrears registered (the case opened) → the first payment demand; one dated before the
        -- registration counts as 0 days.
        SELECT s.case_id, 'time_to_act', 'arrears_to_payment_demand', greatest(s.sent_on, s.opened_on),
               -- (greatest() would turn a day outside the business-day table, NULL, into 0)
               CASE WHEN s.sent_on <= s.opened_on THEN 0 ELSE ${businessDays('s.opened_on', 's.sent_on')} END, 1
          FROM (SELECT e.case_id, min(e.on_date) FILTER (WHERE e.type = 'payment_demand_sent') AS sent_on,
                       min(e.on_date) FILTER (WHERE e.type = 'case_opened') AS opened_on
                  FROM case_event e WHERE e.type IN ('payment_demand_sent', 'case_opened') GROUP BY e.case_id) s
         WHERE s.sent_on IS NOT NULL AND s.opened_on IS NOT NULL
        UNION ALL
        -- The § 92 notice → the first acknowledgement by the municipality of a warning on the case raised since.
        SELECT n.case_id, 'time_to_act', 'notice_to_acknowledgement', a.acknowledged_on,
               ${businessDays('n.notice_on', 'a.acknowledged_on')}, 1
          FROM (SELECT mn.case_id, min(mn.notice_on) AS notice_on FROM municipality_notice mn GROUP BY mn.case_id) n
          CROSS JOIN LATERAL (
            SELECT min(${local('w.acknowledged_at')}) AS acknowledged_on FROM warning w
             WHERE w.case_id = n.case_id AND w.recipient_type = 'municipality' AND w.acknowledged_at IS NOT NULL
               AND ${local('w.created_at')} >= n.notice_on) a
         WHERE a.acknowledged_on IS NOT NULL
        UNION ALL
        SELECT w.case_id, 'time_to_act', 'warning_to_acknowledgement', ${local('w.acknowledged_at')},
               ${businessDays(local('w.created_at'), local('w.acknowledged_at'))}, 1
          FROM warning w WHERE w.acknowledged_at IS NOT NULL
        UNION ALL
        SELECT r.case_id, 'time_to_act', 'referral_to_first_contact', r.first_contact_on,
               ${businessDays('r.sent_on', 'r.first_contact_on')}, 1
          FROM referral r WHERE r.first_contact_on IS NOT NULL
        UNION ALL
        SELECT p.case_id, 'time_to_act', 'payment_plan_to_end', coalesce(p.completed_on, p.broken_on),
               ${businessDays('p.agreed_on', 'coalesce(p.completed_on, p.broken_on)')}, 1
          FROM payment_plan p WHERE p.status IN ('completed', 'broken')
        UNION ALL
        SELECT p.case_id, 'payment_plans', 'agreed', p.agreed_on, -1, 1 FROM payment_plan p
        UNION ALL
        SELECT p.case_id, 'payment_plans', 'completed', p.completed_on, -1, 1 FROM payment_plan p
         WHERE p.status = 'completed'
        UNION ALL
        SELECT p.case_id, 'payment_plans', 'broken', p.broken_on, -1, 1 FROM payment_plan p WHERE p.status = 'broken'
        UNION ALL
        -- Closed with the tenants staying; and of those, a new case on the tenancy within 12 months.
        SELECT c.id, 'repeat_arrears', k.key, ${local('c.closed_at')}, -1, 1
          FROM arrears_case c
          CROSS JOIN LATERAL (
            SELECT 'closed' AS key
            UNION ALL
            SELECT 'new_arrears_12m' WHERE EXISTS (
              SELECT 1 FROM arrears_case n
               WHERE n.tenancy_id = c.tenancy_id AND n.id <> c.id
                 AND n.opened_at > c.closed_at AND n.opened_at <= c.closed_at + interval '12 months')) k
         WHERE c.closed_at IS NOT NULL AND c.outcome_kind <> 'evicted' AND c.outcome_reason IS DISTINCT FROM 'moved_out'
        UNION ALL
        SELECT w.case_id, 'warnings', k.key, ${local('w.created_at')}, -1, 1
          FROM warning w
          CROSS JOIN LATERAL (
            SELECT 'sent' AS key
            UNION ALL SELECT 'undelivered' WHERE w.undelivered_at IS NOT NULL
            UNION ALL SELECT 'escalated' WHERE w.escalation_level > 0
            UNION ALL SELECT 'acknowledged_in_time'
             WHERE w.acknowledged_at IS NOT NULL AND ${local('w.acknowledged_at')} <= w.acknowledge_by) k
      )
      , monthly AS (
        SELECT f.figure, f.key, date_trunc('month', f.on_date)::date AS month,
               c.department_id, c.housing_organisation_id, c.municipality_id, f.days, sum(f.weight) AS n
          FROM fact f JOIN arrears_case c ON c.id = f.case_id
         WHERE f.on_date IS NOT NULL AND f.days IS NOT NULL
         GROUP BY 1, 2, 3, 4, 5, 6, 7
      ), stage_span AS (
        SELECT department_id, housing_organisation_id, municipality_id, key, min(month) AS first, max(month) AS last
          FROM monthly WHERE figure = 'stage_delta' GROUP BY 1, 2, 3, 4
      ), stage_running AS (
        -- Open cases per stage at each month's end, up to this month: the running sum of the changes,
        -- stored per month so that a period's end is one row per group and stage, however long the history.
        SELECT g.department_id, g.housing_organisation_id, g.municipality_id, g.key, g.month,
               sum(coalesce(d.n, 0)) OVER (PARTITION BY g.department_id, g.housing_organisation_id,
                                                        g.municipality_id, g.key ORDER BY g.month) AS n
          FROM (SELECT sp.department_id, sp.housing_organisation_id, sp.municipality_id, sp.key, m.month::date AS month
                  FROM stage_span sp
                  CROSS JOIN LATERAL generate_series(
                    sp.first,
                    greatest(sp.last, date_trunc('month', now() AT TIME ZONE 'Europe/Copenhagen')::date),
                    interval '1 month') m(month)) g
          LEFT JOIN monthly d
            ON d.figure = 'stage_delta' AND d.key = g.key AND d.month = g.month AND d.department_id = g.department_id
           AND d.housing_organisation_id = g.housing_organisation_id AND d.municipality_id = g.municipality_id
      )
      SELECT figure::varchar(20) AS figure, key::varchar(80) AS key, month,
             department_id, housing_organisation_id, municipality_id, days::integer AS days, n::integer AS n
        FROM monthly WHERE figure NOT IN ('stage_delta')
      UNION ALL
      SELECT 'stages', key, month, department_id, housing_organisation_id, municipality_id, -1, n::integer
        FROM stage_running WHERE n <> 0`);
    await queryRunner.query(
      `CREATE MATERIALIZED VIEW statistics_monthly AS SELECT * FROM statistics_monthly_live WITH NO DATA`,
    );
    // REFRESH … CONCURRENTLY needs a unique index on plain columns.
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_statistics_monthly ON statistics_monthly
         (figure, month, department_id, housing_organisation_id, municipality_id, key, days)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_statistics_monthly_organisation ON statistics_monthly (housing_organisation_id, figure, month)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_statistics_monthly_municipality ON statistics_monthly (municipality_id, figure, month)`,
    );
    // The time-to-act branches look events up by type; the view's stage events by case and date.
    await queryRunner.query(`CREATE INDEX ix_case_event_type ON case_event (type, case_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_case_event_type`);
    await queryRunner.query(`DROP MATERIALIZED VIEW statistics_monthly`);
    await queryRunner.query(`DROP VIEW statistics_monthly_live`);
    await queryRunner.query(`DROP TABLE statistics_refresh`);
    await queryRunner.query(`DROP TABLE statistics_business_day`);
  }
}

/**
 * The statistics figures by hand-written SQL, straight from the case tables (no pre-aggregation): the
 * baseline the statistics benchmark compares each endpoint with. One statement per figure, written as a
 * person would for that one question, with only the predicates the filter needs (so the indexes on
 * municipality / housing organisation serve it). Each answers rows of (period, group, key, value).
 *
 * Days are Copenhagen days; business days are counted with the calendar's table `statistics_business_day`. The
 * definitions are those of docs/statistics.md, so the counts agree with the API's to the case (the bench checks it).
 */
export type StatisticsPeriod = 'month' | 'quarter' | 'year';
export type StatisticsGrouping = 'department' | 'municipality' | 'housing_organisation';
export type StatisticsFigureRoute =
  'inflow' | 'stages' | 'flow' | 'outcomes' | 'time-to-act' | 'payment-plans' | 'repeat-arrears' | 'warnings';

export const STATISTICS_ROUTES: readonly StatisticsFigureRoute[] = [
  'inflow',
  'stages',
  'flow',
  'outcomes',
  'time-to-act',
  'payment-plans',
  'repeat-arrears',
  'warnings',
];

export interface StatisticsFilter {
  period: StatisticsPeriod;
  from: string;
  to: string;
  groupBy: StatisticsGrouping;
  /** The caller's scope and the optional filters together: each given one narrows the cases. */
  housingOrganisationId?: string;
  municipalityId?: string;
}

export interface Statement {
  text: string;
  values: unknown[];
}

const GROUP_COLUMN: Record<StatisticsGrouping, string> = {
  department: 'department_id',
  municipality: 'municipality_id',
  housing_organisation: 'housing_organisation_id',
};

/** The open stages, and the stage each timeline event moves a case to. */
const OPEN_STAGES = [
  'registered',
  'payment_demand_sent',
  'deadline_passed',
  'terminated',
  'eviction_requested',
  'eviction_scheduled',
  'payment_plan_agreed',
];
const STAGE_EVENTS = [
  'case_opened',
  'payment_demand_sent',
  'deadline_passed',
  'terminated',
  'eviction_requested',
  'eviction_scheduled',
  'payment_plan_agreed',
  'payment_plan_completed',
  'payment_plan_broken',
  'evicted',
  'averted',
  'closed',
];
const STAGE_OF_EVENT = `CASE e.type WHEN 'case_opened' THEN 'registered' WHEN 'payment_plan_broken' THEN 'registered'
                         WHEN 'payment_plan_completed' THEN 'closed' ELSE e.type END`;

const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/**
 * `$1` period, `$2` first day (widened to its period), `$3` the day after the last period; then the scope.
 * `where(alias)` gives the scope's predicates on a table with the three location columns.
 */
function frame(filter: StatisticsFilter): {
  values: unknown[];
  where: (alias: string) => string;
  group: (alias: string) => string;
} {
  const values: unknown[] = [filter.period, filter.from, filter.to];
  const predicates: ((alias: string) => string)[] = [];
  if (filter.housingOrganisationId) {
    values.push(filter.housingOrganisationId);
    const n = values.length;
    predicates.push((a) => `${a}.housing_organisation_id = $${n}`);
  }
  if (filter.municipalityId) {
    values.push(filter.municipalityId);
    const n = values.length;
    predicates.push((a) => `${a}.municipality_id = $${n}`);
  }
  return {
    values,
    where: (alias) => predicates.map((p) => ` AND ${p(alias)}`).join(''),
    group: (alias) => `${alias}.${GROUP_COLUMN[filter.groupBy]}`,
  };
}

/** One period as an interval. */
const STEP = `(CASE $1 WHEN 'month' THEN interval '1 month' WHEN 'quarter' THEN interval '3 months' ELSE interval '1 year' END)`;
const BOUNDS = `b AS (SELECT date_trunc($1, $2::date)::date AS lo,
                            (date_trunc($1, $3::date) + ${STEP})::date AS hi)`;
const TZ = `'Europe/Copenhagen'`;
const PERIOD = (day: string) => `date_trunc($1, ${day})::date`;
const LOCAL_DAY = (ts: string) => `(${ts} AT TIME ZONE ${TZ})::date`;
const AT_START = (day: string) => `(${day}::timestamp AT TIME ZONE ${TZ})`;

export function statisticsSql(route: StatisticsFigureRoute, filter: StatisticsFilter): Statement {
  const { values, where, group } = frame(filter);
  const sql = (text: string): Statement => ({ text, values });
  switch (route) {
    case 'inflow':
      return sql(
        `WITH ${BOUNDS}
         SELECT ${PERIOD(LOCAL_DAY('c.opened_at'))} AS period, ${group('c')} AS grp, 'opened' AS key, count(*)::int AS value
           FROM arrears_case c, b
          WHERE c.opened_at >= ${AT_START('b.lo')} AND c.opened_at < ${AT_START('b.hi')}${where('c')}
          GROUP BY 1, 2`,
      );
    case 'stages':
      return sql(
        `WITH ${BOUNDS},
         ends AS (SELECT p::date AS period, (p + ${STEP})::date - 1 AS end_on
                    FROM b, generate_series(b.lo, b.hi - 1, ${STEP}) AS p),
         steps AS (
           SELECT ${group('c')} AS grp, e.on_date, ${STAGE_OF_EVENT} AS stage,
                  lead(e.on_date) OVER (PARTITION BY e.case_id ORDER BY e.on_date, e.id) AS until
             FROM arrears_case c JOIN case_event e ON e.case_id = c.id, b
            WHERE e.type IN (${list(STAGE_EVENTS)})
              AND c.opened_at < ${AT_START('b.hi')} AND (c.closed_at IS NULL OR c.closed_at >= ${AT_START('b.lo')})${where('c')})
         SELECT ends.period, steps.grp, steps.stage AS key, count(*)::int AS value
           FROM steps JOIN ends ON steps.on_date <= ends.end_on AND (steps.until IS NULL OR steps.until > ends.end_on)
          WHERE steps.stage IN (${list(OPEN_STAGES)})
          GROUP BY 1, 2, 3`,
      );
    case 'flow':
      return sql(
        `WITH ${BOUNDS},
         steps AS (
           SELECT ${group('c')} AS grp, e.on_date, ${STAGE_OF_EVENT} AS stage,
                  lag(${STAGE_OF_EVENT}) OVER (PARTITION BY e.case_id ORDER BY e.on_date, e.id) AS previous
             FROM arrears_case c JOIN case_event e ON e.case_id = c.id, b
            WHERE e.type IN (${list(STAGE_EVENTS)})
              AND c.opened_at < ${AT_START('b.hi')} AND (c.closed_at IS NULL OR c.closed_at >= ${AT_START('b.lo')})${where('c')})
         SELECT ${PERIOD('steps.on_date')} AS period, grp, previous || '>' || stage AS key, count(*)::int AS value
           FROM steps, b
          WHERE previous IS NOT NULL AND previous <> stage AND steps.on_date >= b.lo AND steps.on_date < b.hi
          GROUP BY 1, 2, 3`,
      );
    case 'outcomes':
      return sql(
        `WITH ${BOUNDS},
         closed AS (
           SELECT ${PERIOD(LOCAL_DAY('c.closed_at'))} AS period, ${group('c')} AS grp,
                  CASE c.outcome_kind WHEN 'averted' THEN 'averted_' || c.outcome_reason ELSE c.outcome_kind END AS key
             FROM arrears_case c, b
            WHERE c.closed_at >= ${AT_START('b.lo')} AND c.closed_at < ${AT_START('b.hi')}${where('c')}),
         tenancies AS (
           SELECT ${filter.groupBy === 'department' ? 'd.id' : group('d')} AS grp, count(*)::int AS n
             FROM tenancy t JOIN department d ON d.id = t.department_id
            WHERE true${where('d')}
            GROUP BY 1),
         counts AS (SELECT period, grp, key, count(*)::int AS value FROM closed GROUP BY 1, 2, 3)
         SELECT period, grp, key, value FROM counts
         UNION ALL
         SELECT k.period, k.grp, 'evicted_per_1000_tenancies', round(1000.0 * k.evicted / nullif(t.n, 0), 2)
           FROM (SELECT period, grp, sum(value) FILTER (WHERE key = 'evicted') AS evicted FROM counts GROUP BY 1, 2) AS k
           LEFT JOIN tenancies t ON t.grp = k.grp`,
      );
    case 'time-to-act':
      // Business days from the calendar's own table (statistics_business_day: each day's business-day ordinal, written
      // from libs/calendar), so holidays count as the API counts them.
      return sql(
        `WITH ${BOUNDS},
         spans AS (
           SELECT 'arrears_to_payment_demand' AS interval, ${group('c')} AS grp, ${LOCAL_DAY('c.opened_at')} AS start_on,
                  s.sent_on AS end_on
             FROM (SELECT e.case_id, min(e.on_date) AS sent_on FROM case_event e
                    WHERE e.type = 'payment_demand_sent' GROUP BY e.case_id) AS s
             JOIN arrears_case c ON c.id = s.case_id, b
            WHERE s.sent_on >= b.lo AND s.sent_on < b.hi${where('c')}
           UNION ALL
           SELECT 'notice_to_acknowledgement', ${group('c')}, n.notice_on, a.acknowledged_on
             FROM (SELECT case_id, min(notice_on) AS notice_on FROM municipality_notice GROUP BY case_id) AS n
             JOIN arrears_case c ON c.id = n.case_id, b,
                  LATERAL (SELECT min(${LOCAL_DAY('w.acknowledged_at')}) AS acknowledged_on FROM warning w
                            WHERE w.case_id = n.case_id AND w.recipient_type = 'municipality'
                              AND w.acknowledged_at IS NOT NULL AND ${LOCAL_DAY('w.created_at')} >= n.notice_on) AS a
            WHERE a.acknowledged_on >= b.lo AND a.acknowledged_on < b.hi${where('c')}
           UNION ALL
           SELECT 'warning_to_acknowledgement', ${group('c')}, ${LOCAL_DAY('w.created_at')}, ${LOCAL_DAY('w.acknowledged_at')}
             FROM warning w JOIN arrears_case c ON c.id = w.case_id, b
            WHERE w.acknowledged_at >= ${AT_START('b.lo')} AND w.acknowledged_at < ${AT_START('b.hi')}${where('c')}
           UNION ALL
           SELECT 'referral_to_first_contact', ${group('c')}, r.sent_on, r.first_contact_on
             FROM referral r JOIN arrears_case c ON c.id = r.case_id, b
            WHERE r.first_contact_on >= b.lo AND r.first_contact_on < b.hi${where('c')}
           UNION ALL
           SELECT 'payment_plan_to_end', ${group('c')}, p.agreed_on, coalesce(p.completed_on, p.broken_on)
             FROM payment_plan p JOIN arrears_case c ON c.id = p.case_id, b
            WHERE coalesce(p.completed_on, p.broken_on) >= b.lo AND coalesce(p.completed_on, p.broken_on) < b.hi${where('c')}),
         days AS (
           SELECT s.interval, s.grp, ${PERIOD('s.end_on')} AS period, e.ordinal - st.ordinal AS business_days
             FROM spans s JOIN statistics_business_day st ON st.day = s.start_on
             JOIN statistics_business_day e ON e.day = s.end_on)
         SELECT period, grp, interval || '.n' AS key, count(*)::numeric AS value FROM days GROUP BY 1, 2, interval
         UNION ALL
         SELECT period, grp, interval || '.median', percentile_disc(0.5) WITHIN GROUP (ORDER BY business_days)::numeric
           FROM days GROUP BY 1, 2, interval
         UNION ALL
         SELECT period, grp, interval || '.p90', percentile_disc(0.9) WITHIN GROUP (ORDER BY business_days)::numeric
           FROM days GROUP BY 1, 2, interval`,
      );
    case 'payment-plans':
      return sql(
        `WITH ${BOUNDS},
         ends AS (
           SELECT ${group('c')} AS grp, x.key, x.on_date
             FROM payment_plan p JOIN arrears_case c ON c.id = p.case_id, b,
                  LATERAL (VALUES ('agreed', p.agreed_on), ('completed', p.completed_on), ('broken', p.broken_on)) AS x(key, on_date)
            WHERE x.on_date >= b.lo AND x.on_date < b.hi${where('c')})
         SELECT ${PERIOD('on_date')} AS period, grp, key, count(*)::int AS value FROM ends GROUP BY 1, 2, 3`,
      );
    case 'repeat-arrears':
      // A tenancy has one open case at a time, so "a new case within 12 months of the closing" is the tenancy's
      // next case opening then: lead() over the tenancy's cases, one pass, instead of a lookup per case.
      return sql(
        `WITH ${BOUNDS},
         sequence AS (
           SELECT c.*, lead(c.opened_at) OVER (PARTITION BY c.tenancy_id ORDER BY c.opened_at, c.id) AS next_opened_at
             FROM arrears_case c, b
            WHERE c.opened_at < ${AT_START('b.hi')} + interval '12 months'${where('c')}),
         stayed AS (
           SELECT ${PERIOD(LOCAL_DAY('c.closed_at'))} AS period, ${group('c')} AS grp,
                  coalesce(c.next_opened_at > c.closed_at AND c.next_opened_at <= c.closed_at + interval '12 months', false) AS again
             FROM sequence c, b
            WHERE c.closed_at >= ${AT_START('b.lo')} AND c.closed_at < ${AT_START('b.hi')}
              AND c.outcome_kind <> 'evicted' AND c.outcome_reason IS DISTINCT FROM 'moved_out')
         SELECT period, grp, 'closed' AS key, count(*)::int AS value FROM stayed GROUP BY 1, 2
         UNION ALL
         SELECT period, grp, 'new_arrears_12m', count(*) FILTER (WHERE again)::int FROM stayed GROUP BY 1, 2`,
      );
    case 'warnings':
      return sql(
        `WITH ${BOUNDS},
         raised AS (
           SELECT ${PERIOD(LOCAL_DAY('w.created_at'))} AS period, ${group('c')} AS grp, w.undelivered_at, w.escalation_level,
                  w.acknowledged_at IS NOT NULL AND ${LOCAL_DAY('w.acknowledged_at')} <= w.acknowledge_by AS in_time
             FROM warning w JOIN arrears_case c ON c.id = w.case_id, b
            WHERE w.created_at >= ${AT_START('b.lo')} AND w.created_at < ${AT_START('b.hi')}${where('c')})
         SELECT period, grp, x.key, x.value
           FROM (SELECT period, grp, count(*)::int AS sent, count(undelivered_at)::int AS undelivered,
                        count(*) FILTER (WHERE escalation_level > 0)::int AS escalated,
                        count(*) FILTER (WHERE in_time)::int AS acknowledged_in_time
                   FROM raised GROUP BY 1, 2) AS r,
                LATERAL (VALUES ('sent', r.sent), ('undelivered', r.undelivered), ('escalated', r.escalated),
                                ('acknowledged_in_time', r.acknowledged_in_time)) AS x(key, value)`,
      );
  }
}

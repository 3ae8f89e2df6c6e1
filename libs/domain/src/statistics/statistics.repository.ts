import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { joinSql, rawSql, sql, type SqlFragment } from '../shared/sql-fragment.js';
import { type StatisticsGrouping, type StatisticsPeriod } from './statistics-report.js';

/**
 * Whose cases a statistics answer covers: every condition given must hold (a manager's own
 * organisation or municipality, then the filters asked for); none for an administrator's "all".
 */
export interface StatisticsScope {
  readonly housingOrganisationIds: readonly string[];
  readonly municipalityIds: readonly string[];
}

/** Where the figures come from: the materialised view, or the same definition computed now. */
export type StatisticsSource = 'aggregate' | 'live';

/** A count of `statistics_monthly` for one month (or period), group and key (time to act: `durations`). */
export interface MonthlyFigureRow {
  /** `YYYY-MM-01`, the period's first month when summed by a period. */
  month: string;
  groupId: string;
  key: string;
  n: number;
}

const GROUP_COLUMN: Readonly<Record<StatisticsGrouping, string>> = {
  department: 'department_id',
  municipality: 'municipality_id',
  housing_organisation: 'housing_organisation_id',
};

function scopeSql(scope: StatisticsScope, organisation: string, municipality: string): SqlFragment {
  const conditions: SqlFragment[] = [sql`TRUE`];
  for (const id of scope.housingOrganisationIds) conditions.push(sql`${rawSql(organisation)} = ${id}::uuid`);
  for (const id of scope.municipalityIds) conditions.push(sql`${rawSql(municipality)} = ${id}::uuid`);
  return joinSql(conditions, ' AND ');
}

/** The months a figure is read for: `from` to `to` (first days of months), or only `months`; `summedBy` a period. */
export interface MonthRange {
  readonly from: string;
  readonly to: string;
  readonly months?: readonly string[];
  readonly summedBy?: StatisticsPeriod;
}

/** Time to act for one month (or period), group and key: its intervals and their quantiles (`durations`). */
export interface DurationRow {
  /** `YYYY-MM-01`, the period's first month when summed by a period. */
  month: string;
  /** Null: over all the groups in scope. */
  groupId: string | null;
  key: string;
  /** The number of intervals. */
  n: number;
  /** Business days, one per quantile asked for, in that order. */
  quantiles: (number | null)[];
}

/** A figure's rows per month (or period), group, key and days, summed over the scope. */
function countedSql(
  source: StatisticsSource,
  figure: string,
  scope: StatisticsScope,
  groupBy: StatisticsGrouping,
  range: MonthRange,
): SqlFragment {
  const table = rawSql(source === 'aggregate' ? 'statistics_monthly' : 'statistics_monthly_live');
  const group = rawSql(`s.${GROUP_COLUMN[groupBy]}`);
  const months = range.months ? sql`AND s.month = ANY(${[...range.months]}::date[])` : sql``;
  const month =
    range.summedBy && range.summedBy !== 'month' ? sql`date_trunc(${range.summedBy}, s.month)::date` : sql`s.month`;
  return sql`
      SELECT ${month}::text AS "month", ${group}::text AS "groupId", s.key, s.days, sum(s.n)::int AS n
        FROM ${table} s
       WHERE s.figure = ${figure} AND s.month BETWEEN ${range.from}::date AND ${range.to}::date ${months}
         AND ${scopeSql(scope, 's.housing_organisation_id', 's.municipality_id')}
       GROUP BY 1, 2, 3, 4`;
}

/** The SQL of the statistics (docs/statistics.md): reads of the monthly figures, names, the refresh. */
@Injectable()
export class StatisticsRepository {
  /**
   * One figure per month and group from `from` to `to` (first days of months), or only in `months`.
   * `summedBy` sums the months of each quarter or year here (a row's `month` is then its period's
   * first month): a figure of counts per period needs no more, and a year holds twelve times fewer rows.
   */
  async monthly(
    manager: EntityManager,
    source: StatisticsSource,
    figure: string,
    scope: StatisticsScope,
    groupBy: StatisticsGrouping,
    range: MonthRange,
  ): Promise<MonthlyFigureRow[]> {
    const query = countedSql(source, figure, scope, groupBy, range).toQuery();
    const rows: MonthlyFigureRow[] = await manager.query(query.text, query.values);
    return rows.map((r) => ({ month: r.month, groupId: r.groupId, key: r.key, n: Number(r.n) }));
  }

  /**
   * Time to act: per month (or period, with `summedBy`), group and key, how many intervals there
   * were and the `quantiles` of their business days, in the order asked; and the same over all the
   * groups in scope (`groupId` null). Nearest rank (docs/statistics.md#time-to-act): the q-quantile
   * is the smallest number of days with at least ⌈q·N⌉ intervals at or below it (at least the first).
   * Computed here: at a national scale a municipality's histograms are tens of thousands of
   * (days, n) pairs, where its answer needs two numbers per cell.
   */
  async durations(
    manager: EntityManager,
    source: StatisticsSource,
    figure: string,
    scope: StatisticsScope,
    groupBy: StatisticsGrouping,
    range: MonthRange & { quantiles: readonly number[] },
  ): Promise<DurationRow[]> {
    // One column per quantile, each the first number of days the running count reaches its rank at.
    const quantiles = joinSql(
      range.quantiles.map((q) => sql`min(r.days) FILTER (WHERE r.seen >= greatest(1, ceil(${q}::float8 * r.total)))`),
      ', ',
    );
    const query = sql`
      WITH counted AS (${countedSql(source, figure, scope, groupBy, range)}),
      binned AS (
        SELECT c."month", c."groupId", c.key, c.days, sum(c.n)::bigint AS n, grouping(c."groupId") AS whole
          FROM counted c
         GROUP BY GROUPING SETS ((c."month", c."groupId", c.key, c.days), (c."month", c.key, c.days))),
      running AS (
        SELECT b.*, sum(b.n) OVER (PARTITION BY b."month", b.whole, b."groupId", b.key ORDER BY b.days)::bigint AS seen,
               sum(b.n) OVER (PARTITION BY b."month", b.whole, b."groupId", b.key)::bigint AS total
          FROM binned b)
      SELECT r."month", CASE WHEN r.whole = 1 THEN NULL ELSE r."groupId" END AS "groupId", r.key,
             max(r.total)::int AS n, ARRAY[${quantiles}] AS quantiles
        FROM running r
       GROUP BY r."month", r.whole, r."groupId", r.key`.toQuery();
    const rows: { month: string; groupId: string | null; key: string; n: number; quantiles: (number | null)[] }[] =
      await manager.query(query.text, query.values);
    return rows.map((r) => ({
      ...r,
      n: Number(r.n),
      quantiles: r.quantiles.map((v) => (v === null ? null : Number(v))),
    }));
  }

  /**
   * The tenancies per group (the denominator of evictions per 1,000 tenancies): as of the refresh
   * from `statistics_tenancy`, or counted now for a live answer.
   */
  async tenancies(
    manager: EntityManager,
    source: StatisticsSource,
    scope: StatisticsScope,
    groupBy: StatisticsGrouping,
  ): Promise<{ groupId: string; n: number }[]> {
    const group = rawSql(`s.${GROUP_COLUMN[groupBy]}`);
    const counted = rawSql(
      source === 'aggregate'
        ? 'statistics_tenancy'
        : `(SELECT t.department_id, t.housing_organisation_id, d.municipality_id, count(*)::int AS n
              FROM tenancy t JOIN department d ON d.id = t.department_id GROUP BY 1, 2, 3)`,
    );
    const query = sql`
      SELECT ${group}::text AS "groupId", sum(s.n)::int AS n
        FROM ${counted} s
       WHERE ${scopeSql(scope, 's.housing_organisation_id', 's.municipality_id')}
       GROUP BY 1`.toQuery();
    return manager.query(query.text, query.values);
  }

  /** The names of the groups (departments, municipalities or organisations): directory data, no person. */
  async groupNames(
    manager: EntityManager,
    groupBy: StatisticsGrouping,
    ids: readonly string[],
  ): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const table = {
      department: `SELECT id::text, number || ' ' || name AS name FROM department`,
      municipality: `SELECT id::text, name FROM municipality`,
      housing_organisation: `SELECT id::text, name FROM housing_organisation`,
    }[groupBy];
    const rows: { id: string; name: string }[] = await manager.query(
      `SELECT g.id, g.name FROM (${table}) g WHERE g.id = ANY($1::text[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /**
   * Vacuums and analyses the materialised views after a refresh: the vacuum sets the visibility
   * map, without which the managers' index-only reads (migration 1764790000000) would visit every
   * row's page after all. Not in a transaction (`manager` must not be in one).
   */
  async vacuum(manager: EntityManager): Promise<void> {
    await manager.query(`VACUUM (ANALYZE) statistics_monthly, statistics_tenancy`);
  }

  /** When the materialised view was last refreshed; null: never (answers are then live). */
  async lastRefresh(manager: EntityManager): Promise<Date | null> {
    const rows: { refreshed_at: Date }[] = await manager.query(
      `SELECT refreshed_at FROM statistics_refresh WHERE id = 1`,
    );
    return rows[0]?.refreshed_at ?? null;
  }

  /** Writes the business-day ordinals of these days (idempotent: the calendar gives the same each time). */
  async writeBusinessDays(manager: EntityManager, days: readonly { day: string; ordinal: number }[]): Promise<void> {
    if (days.length === 0) return;
    await manager.query(
      `INSERT INTO statistics_business_day (day, ordinal)
       SELECT * FROM unnest($1::date[], $2::int[])
       ON CONFLICT (day) DO UPDATE SET ordinal = EXCLUDED.ordinal
        WHERE statistics_business_day.ordinal IS DISTINCT FROM EXCLUDED.ordinal`,
      [days.map((d) => d.day), days.map((d) => d.ordinal)],
    );
  }

  /** The first and last day the business-day table holds. */
  async businessDayRange(manager: EntityManager): Promise<{ first: string | null; last: string | null }> {
    const rows: { first: string | null; last: string | null }[] = await manager.query(
      `SELECT min(day)::text AS first, max(day)::text AS last FROM statistics_business_day`,
    );
    return rows[0] ?? { first: null, last: null };
  }

  /**
   * Refreshes the materialised views (the monthly figures and the tenancies). CONCURRENTLY keeps
   * them readable meanwhile, but PostgreSQL allows that only once a view holds data: the first
   * refresh is a plain one.
   */
  async refresh(manager: EntityManager): Promise<Date> {
    const populated: { matviewname: string; ispopulated: boolean }[] = await manager.query(
      `SELECT matviewname, ispopulated FROM pg_matviews WHERE matviewname IN ('statistics_monthly', 'statistics_tenancy')`,
    );
    const started = Date.now();
    for (const view of ['statistics_monthly', 'statistics_tenancy']) {
      await manager.query(
        populated.find((p) => p.matviewname === view)?.ispopulated
          ? `REFRESH MATERIALIZED VIEW CONCURRENTLY ${view}`
          : `REFRESH MATERIALIZED VIEW ${view}`,
      );
    }
    const rows: { refreshed_at: Date }[] = await manager.query(
      `WITH u AS (
         INSERT INTO statistics_refresh (id, refreshed_at, duration_ms) VALUES (1, now(), $1)
         ON CONFLICT (id) DO UPDATE SET refreshed_at = EXCLUDED.refreshed_at, duration_ms = EXCLUDED.duration_ms
         RETURNING refreshed_at)
       SELECT refreshed_at FROM u`,
      [Date.now() - started],
    );
    return rows[0]!.refreshed_at;
  }
}

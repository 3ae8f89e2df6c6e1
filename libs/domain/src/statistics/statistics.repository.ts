import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { joinSql, rawSql, sql, type SqlFragment } from '../shared/sql-fragment.js';
import { type HistogramBin } from './statistics-periods.js';
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

/**
 * One row of `statistics_monthly`: a count; or (time to act) how many intervals took `days`, or,
 * read with `histograms`, every such number of days of the month, group and key at once in `bins`
 * (`days` is then 0 and `n` their sum).
 */
export interface MonthlyFigureRow {
  /** `YYYY-MM-01`. */
  month: string;
  groupId: string;
  key: string;
  /** Business days for time to act; -1 for a plain count. */
  days: number;
  n: number;
  bins?: HistogramBin[];
}

/** `date_trunc`'s field for a period (the periods are calendar months, quarters and years). */
const SQL_PERIOD: Readonly<Record<StatisticsPeriod, string>> = { month: 'month', quarter: 'quarter', year: 'year' };

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
    range: { from: string; to: string; months?: readonly string[]; summedBy?: StatisticsPeriod; histograms?: boolean },
  ): Promise<MonthlyFigureRow[]> {
    const table = rawSql(source === 'aggregate' ? 'statistics_monthly' : 'statistics_monthly_live');
    const group = rawSql(`s.${GROUP_COLUMN[groupBy]}`);
    const months = range.months ? sql`AND s.month = ANY(${[...range.months]}::date[])` : sql``;
    const month = rawSql(
      range.summedBy && range.summedBy !== 'month'
        ? `date_trunc('${SQL_PERIOD[range.summedBy]}', s.month)::date`
        : 's.month',
    );
    const counted = sql`
      SELECT ${month}::text AS "month", ${group}::text AS "groupId", s.key, s.days, sum(s.n)::int AS n
        FROM ${table} s
       WHERE s.figure = ${figure} AND s.month BETWEEN ${range.from}::date AND ${range.to}::date ${months}
         AND ${scopeSql(scope, 's.housing_organisation_id', 's.municipality_id')}
       GROUP BY 1, 2, 3, 4`;
    if (range.histograms) {
      // One row per month, group and key with its histogram as two arrays: at a national scale a
      // municipality's time to act is tens of thousands of (days, n) pairs, and as rows of their own
      // each would carry its month, group and key again.
      const query = sql`
        SELECT h."month", h."groupId", h.key, array_agg(h.days ORDER BY h.days) AS days,
               array_agg(h.n ORDER BY h.days) AS n
          FROM (${counted}) h
         GROUP BY 1, 2, 3`.toQuery();
      const rows: { month: string; groupId: string; key: string; days: number[]; n: number[] }[] = await manager.query(
        query.text,
        query.values,
      );
      return rows.map((r) => {
        const bins = r.days.map((days, i) => ({ value: Number(days), n: Number(r.n[i]) }));
        return {
          month: r.month,
          groupId: r.groupId,
          key: r.key,
          days: 0,
          n: bins.reduce((sum, b) => sum + b.n, 0),
          bins,
        };
      });
    }
    const query = counted.toQuery();
    const rows: MonthlyFigureRow[] = await manager.query(query.text, query.values);
    return rows.map((r) => ({ ...r, days: Number(r.days), n: Number(r.n) }));
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

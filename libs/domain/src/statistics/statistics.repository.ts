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

/** A count of `statistics_monthly` for one month (or period), group and key (time to act: `timeToAct`). */
export interface MonthlyFigureRow {
  /** `YYYY-MM-01`, the period's first month when summed by a period. */
  month: string;
  groupId: string;
  key: string;
  n: number;
}

/** The materialised views of the statistics, in the order they are refreshed (time to act reads the monthly figures). */
const REFRESHED_VIEWS = ['statistics_monthly', 'statistics_tenancy', 'statistics_time_to_act'] as const;

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

/** Time to act for one month, department and interval (`timeToAct`): how many intervals took how many business days. */
export interface HistogramRow {
  /** `YYYY-MM-01`. */
  month: string;
  /** The department's group (the department, its municipality or its organisation). */
  groupId: string;
  key: string;
  /** Business days, ascending, and beside each how many intervals took that many. */
  days: number[];
  n: number[];
}

/**
 * The integers of a PostgreSQL array of integers as text (`{0,3,12}`). The histograms are read as
 * text and parsed here: through the driver's array parser (a string per element) a municipality's
 * 100,000 numbers took longer than the rest of its answer together.
 */
export function integersOf(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let digits = false;
  let negative = false;
  for (let i = 1; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits = true;
    } else if (c === 45) {
      negative = true;
    } else {
      if (digits) values.push(negative ? -value : value);
      value = 0;
      digits = false;
      negative = false;
    }
  }
  return values;
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
    const table = rawSql(source === 'aggregate' ? 'statistics_monthly' : 'statistics_monthly_live');
    const group = rawSql(`s.${GROUP_COLUMN[groupBy]}`);
    const months = range.months ? sql`AND s.month = ANY(${[...range.months]}::date[])` : sql``;
    const month =
      range.summedBy && range.summedBy !== 'month' ? sql`date_trunc(${range.summedBy}, s.month)::date` : sql`s.month`;
    // Counts only (their `days` is -1): time to act is read as histograms (`timeToAct`).
    const query = sql`
      SELECT ${month}::text AS "month", ${group}::text AS "groupId", s.key, sum(s.n)::int AS n
        FROM ${table} s
       WHERE s.figure = ${figure} AND s.month BETWEEN ${range.from}::date AND ${range.to}::date ${months}
         AND ${scopeSql(scope, 's.housing_organisation_id', 's.municipality_id')}
       GROUP BY 1, 2, 3`.toQuery();
    const rows: MonthlyFigureRow[] = await manager.query(query.text, query.values);
    return rows.map((r) => ({ month: r.month, groupId: r.groupId, key: r.key, n: Number(r.n) }));
  }

  /**
   * Time to act for the periods from `from` to `to` (their first days): per period, department
   * and interval, the histogram of its business days (`statistics_time_to_act`, migrations
   * 1764800000000 and 1764810000000, which holds them per month, quarter and year; a row's `month`
   * is its period's first month), with the department's group for `groupBy`. The groups and the
   * quantiles are worked out by the caller: the histograms are few rows, where summing them here
   * would read every number of days as a row of its own.
   */
  async timeToAct(
    manager: EntityManager,
    source: StatisticsSource,
    scope: StatisticsScope,
    groupBy: StatisticsGrouping,
    range: { from: string; to: string; period: StatisticsPeriod },
  ): Promise<HistogramRow[]> {
    const table = rawSql(source === 'aggregate' ? 'statistics_time_to_act' : 'statistics_time_to_act_live');
    const query = sql`
      SELECT s.month::text AS "month", s.${rawSql(GROUP_COLUMN[groupBy])}::text AS "groupId", s.key,
             s.days::text AS days, s.n::text AS n
        FROM ${table} s
       WHERE s.period = ${range.period} AND s.month BETWEEN ${range.from}::date AND ${range.to}::date
         AND ${scopeSql(scope, 's.housing_organisation_id', 's.municipality_id')}`.toQuery();
    const rows: { month: string; groupId: string; key: string; days: string; n: string }[] = await manager.query(
      query.text,
      query.values,
    );
    return rows.map((r) => ({
      month: r.month,
      groupId: r.groupId,
      key: r.key,
      days: integersOf(r.days),
      n: integersOf(r.n),
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
   * map, without which the managers' index-only reads (migrations 1764790000000, 1764800000000) would visit every
   * row's page after all. Not in a transaction (`manager` must not be in one).
   */
  async vacuum(manager: EntityManager): Promise<void> {
    await manager.query(`VACUUM (ANALYZE) ${REFRESHED_VIEWS.join(', ')}`);
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
   * Refreshes the materialised views (the monthly figures, the tenancies, then time to act's
   * histograms, which are read from the monthly figures just refreshed). CONCURRENTLY keeps
   * them readable meanwhile, but PostgreSQL allows that only once a view holds data: the first
   * refresh is a plain one.
   */
  async refresh(manager: EntityManager): Promise<Date> {
    const populated: { matviewname: string; ispopulated: boolean }[] = await manager.query(
      `SELECT matviewname, ispopulated FROM pg_matviews WHERE matviewname = ANY($1)`,
      [[...REFRESHED_VIEWS]],
    );
    const started = Date.now();
    for (const view of REFRESHED_VIEWS) {
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

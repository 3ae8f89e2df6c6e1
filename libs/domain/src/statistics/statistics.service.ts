import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { addDays, copenhagenDateOf, isIsoDate, type IsoDate } from '@app/calendar';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { type Actor, type Principal, Role } from '../access/roles.js';
import { AuditService } from '../audit/audit.service.js';
import { figureSpec, OUTCOME_COLUMNS, quantilesOf, type FigureSpec } from './statistics-figures.js';
import {
  businessDayOrdinals,
  isStatisticsRange,
  monthStartOf,
  periodOf,
  periodsBetween,
  quantileOf,
  HistogramSum,
  type PeriodBucket,
} from './statistics-periods.js';
import { type StatisticsFigure, type StatisticsReport, type StatisticsRequest } from './statistics-report.js';
import { type Durations, type GroupFigures, shapeTable } from './statistics-shaping.js';
import { StatisticsRangeInvalidError, StatisticsScopeMissingError } from './statistics.errors.js';
import {
  StatisticsRepository,
  type HistogramRow,
  type MonthlyFigureRow,
  type StatisticsScope,
  type StatisticsSource,
} from './statistics.repository.js';

/** The figure's name in `statistics_monthly` (stages: the open cases per stage at each month's end). */
const STORED_FIGURE: Readonly<Record<StatisticsFigure, string>> = {
  inflow: 'inflow',
  stages: 'stages',
  flow: 'flow',
  outcomes: 'outcomes',
  time_to_act: 'time_to_act',
  payment_plans: 'payment_plans',
  repeat_arrears: 'repeat_arrears',
  warnings: 'warnings',
};

/**
 * Whose cases a principal's statistics cover: an administrator all; a manager their housing
 * organisation, or else their municipality; nobody else. The filters asked for narrow it further
 * (a filter outside the manager's scope simply finds nothing).
 */
export function statisticsScopeOf(
  principal: Principal,
  filters: { municipalityId?: string; housingOrganisationId?: string },
): StatisticsScope {
  const organisations: string[] = [];
  const municipalities: string[] = [];
  if (principal.role === Role.Manager) {
    if (principal.housingOrganisationId) organisations.push(principal.housingOrganisationId);
    else if (principal.municipalityId) municipalities.push(principal.municipalityId);
    else throw new StatisticsScopeMissingError();
  } else if (principal.role !== Role.Administrator) {
    throw new RoleNotAllowedError();
  }
  if (filters.housingOrganisationId) organisations.push(filters.housingOrganisationId);
  if (filters.municipalityId) municipalities.push(filters.municipalityId);
  return { housingOrganisationIds: organisations, municipalityIds: municipalities };
}

/** The business days the refresh writes: from 2000 to two years ahead (the view counts with them). */
const BUSINESS_DAYS_FROM = '2000-01-01' as IsoDate;

@Injectable()
export class StatisticsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(StatisticsRepository) private readonly repository: StatisticsRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * One figure for the caller's scope, one table per period. From the materialised view once it
   * has been refreshed (`live: false`, `asOf` its time); before the first refresh from the live
   * view (`live: true`). The read is audited (aggregates only: no person, no case).
   */
  async report(actor: Actor, figure: StatisticsFigure, request: StatisticsRequest): Promise<StatisticsReport> {
    const scope = statisticsScopeOf(actor.principal, request);
    if (!isIsoDate(request.from) || !isIsoDate(request.to) || !isStatisticsRange(request.from, request.to)) {
      throw new StatisticsRangeInvalidError();
    }
    const buckets = periodsBetween(request.from, request.to, request.period);
    if (!buckets || buckets.length === 0) throw new StatisticsRangeInvalidError();
    const first = buckets[0]!;
    const last = buckets[buckets.length - 1]!;
    if (!(await this.repository.lastRefresh(this.dataSource.manager))) {
      // Live: the view counts business days with the table the refresh would have written.
      await this.dataSource.transaction((manager) => this.ensureBusinessDays(manager));
    }
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const asOf = await this.repository.lastRefresh(manager);
      const source: StatisticsSource = asOf ? 'aggregate' : 'live';
      const range = {
        from: first.start,
        to: monthStartOf(last.end),
        // Stages: only the month each period ends in (this month for a period not over yet).
        // As of the refresh when from the materialised view (its months end there). Every other
        // figure counts within its period: summed per period in SQL (time to act reads each period's histograms).
        ...(figure === 'stages'
          ? { months: buckets.map((bucket) => stageMonthOf(bucket, asOf ?? new Date())) }
          : { summedBy: request.period }),
      };
      // Time to act: histograms per period, department and interval, added up here per group.
      const timeToAct = figure === 'time_to_act';
      const rows = timeToAct
        ? []
        : await this.repository.monthly(manager, source, STORED_FIGURE[figure], scope, request.groupBy, range);
      const histograms = timeToAct
        ? await this.repository.timeToAct(manager, source, scope, request.groupBy, {
            from: range.from,
            to: range.to,
            period: request.period,
          })
        : [];
      const tenancies =
        figure === 'outcomes' ? await this.repository.tenancies(manager, source, scope, request.groupBy) : [];
      const groupIds = [
        ...new Set([
          ...rows.map((r) => r.groupId),
          ...histograms.map((h) => h.groupId),
          ...tenancies.map((t) => t.groupId),
        ]),
      ];
      const names = await this.repository.groupNames(manager, request.groupBy, groupIds);
      await this.audit.record(manager, actor, [
        {
          action: 'statistics.read',
          entityType: 'statistics',
          details: {
            figure,
            period: request.period,
            groupBy: request.groupBy,
            from: first.start,
            to: last.end,
            ...(request.municipalityId ? { municipalityId: request.municipalityId } : {}),
            ...(request.housingOrganisationId ? { housingOrganisationId: request.housingOrganisationId } : {}),
          },
        },
      ]);
      const flowKeys =
        figure === 'flow' ? [...new Set(rows.filter((r) => r.month !== null).map((r) => r.key))].sort() : [];
      const spec = figureSpec(figure, flowKeys);
      const byBucket = rowsByBucket(figure, buckets, rows, request.period, asOf ?? new Date());
      const histogramsByBucket = rowsByBucket(figure, buckets, histograms, request.period);
      const quantiles = quantilesOf(spec);
      const tables = buckets.map((bucket) => {
        const bucketHistograms = histogramsByBucket.get(bucket.key) ?? [];
        return shapeTable(
          spec,
          bucket,
          groupFiguresFor(spec, byBucket.get(bucket.key) ?? [], tenancies, groupIds, names, bucketHistograms),
          // Over all the groups: quantiles do not add up, the histograms do.
          intervalsOf(bucketHistograms, quantiles).durations,
        );
      });
      return {
        figure,
        period: request.period,
        groupBy: request.groupBy,
        from: first.start,
        to: last.end,
        live: source === 'live',
        asOf,
        tables,
      };
    });
  }

  /**
   * The maintenance job: writes the business-day table from libs/calendar (so SQL counts
   * business days as the calendar does), then refreshes the materialised views and vacuums them.
   * Idempotent.
   */
  async refresh(now: Date = new Date()): Promise<{ refreshedAt: Date }> {
    const refreshed = await this.dataSource.transaction(async (manager) => {
      await this.ensureBusinessDays(manager, now);
      return { refreshedAt: await this.repository.refresh(manager) };
    });
    // After the commit (VACUUM runs in no transaction): the answers read the views by index only.
    await this.repository.vacuum(this.dataSource.manager);
    return refreshed;
  }

  /**
   * Writes the business-day table from 2000 to two years ahead where it does not reach yet (the
   * refresh does it, and a live answer before the first refresh). Idempotent.
   */
  async ensureBusinessDays(manager: EntityManager, now: Date = new Date()): Promise<void> {
    const until = addDays(copenhagenDateOf(now), 2 * 366);
    const range = await this.repository.businessDayRange(manager);
    if (range.first === BUSINESS_DAYS_FROM && range.last !== null && range.last >= until) return;
    const from =
      range.first === BUSINESS_DAYS_FROM && range.last ? addDays(range.last as IsoDate, 1) : BUSINESS_DAYS_FROM;
    await this.repository.writeBusinessDays(manager, businessDayOrdinals(from, until, this.config.calendar));
  }
}

/** Group names in Danish order (one collator: `localeCompare` with a locale builds one per call). */
const DANISH = new Intl.Collator('da');

/**
 * The month whose end the stages of a period are counted at: the period's last month, or the
 * month of `now` for a period not over yet (the stages as they stand now, or at the refresh).
 */
export function stageMonthOf(bucket: PeriodBucket, now: Date = new Date()): string {
  const end = monthStartOf(bucket.end);
  const current = monthStartOf(copenhagenDateOf(now));
  return end < current ? end : current;
}

/**
 * The rows of each period's table, by the period's key, each row placed once: a count in the
 * period its month falls in; for stages, the running counts of the month the period ends in (for
 * a period not over yet the month of `now`). The months are few, so each is placed once.
 */
export function rowsByBucket<Row extends { readonly month: string }>(
  figure: StatisticsFigure,
  buckets: readonly PeriodBucket[],
  rows: readonly Row[],
  period: StatisticsRequest['period'],
  now: Date = new Date(),
): Map<string, Row[]> {
  const bucketsOfMonth = new Map<string, string[]>();
  if (figure === 'stages') {
    for (const bucket of buckets) {
      const month = stageMonthOf(bucket, now);
      bucketsOfMonth.set(month, [...(bucketsOfMonth.get(month) ?? []), bucket.key]);
    }
  }
  const keys = new Set(buckets.map((bucket) => bucket.key));
  const placeOf = (month: string): string[] => {
    let place = bucketsOfMonth.get(month);
    if (!place) {
      const key = periodOf(month as IsoDate, period).key;
      bucketsOfMonth.set(month, (place = keys.has(key) ? [key] : []));
    }
    return place;
  };
  const byBucket = new Map<string, Row[]>();
  for (const row of rows) {
    // Stages: a month no period ends in belongs to none.
    const place = figure === 'stages' ? (bucketsOfMonth.get(row.month) ?? []) : placeOf(row.month);
    for (const key of place) {
      let list = byBucket.get(key);
      if (!list) byBucket.set(key, (list = []));
      list.push(row);
    }
  }
  return byBucket;
}

/**
 * Time to act's histograms (of one period, one group or all) added up per interval: each
 * interval's count (`<interval>.n`) and its quantiles.
 */
export function intervalsOf(
  rows: readonly HistogramRow[],
  quantiles: readonly number[],
): { counts: Record<string, number>; durations: Durations } {
  const sums = new Map<string, HistogramSum>();
  for (const row of rows) {
    let sum = sums.get(row.key);
    if (!sum) sums.set(row.key, (sum = new HistogramSum()));
    sum.add(row.days, row.n);
  }
  const counts: Record<string, number> = {};
  const durations: Record<string, Record<number, number | null>> = {};
  for (const [key, sum] of sums) {
    counts[`${key}.n`] = sum.n;
    const bins = sum.bins();
    durations[key] = Object.fromEntries(quantiles.map((q) => [q, quantileOf(bins, q)]));
  }
  return { counts, durations };
}

/**
 * The rows of one period's table from that period's rows (`rowsByBucket`): per group, the counts
 * (for stages, the open cases at the period's end), time to act's intervals from its `histograms`
 * (`intervalsOf`), and for outcomes the tenancies and the number of cases closed.
 */
export function groupFiguresFor(
  spec: FigureSpec,
  rows: readonly MonthlyFigureRow[],
  tenancies: readonly { groupId: string; n: number }[],
  groupIds: readonly string[],
  names: ReadonlyMap<string, string>,
  histograms: readonly HistogramRow[] = [],
): GroupFigures[] {
  const byGroup = new Map<string, { counts: Record<string, number>; durations: Durations }>();
  const entry = (groupId: string) => {
    let e = byGroup.get(groupId);
    if (!e) byGroup.set(groupId, (e = { counts: {}, durations: {} }));
    return e;
  };
  for (const row of rows) {
    const e = entry(row.groupId);
    e.counts[row.key] = (e.counts[row.key] ?? 0) + row.n;
  }
  if (histograms.length > 0) {
    const histogramsOf = new Map<string, HistogramRow[]>();
    for (const h of histograms) {
      let list = histogramsOf.get(h.groupId);
      if (!list) histogramsOf.set(h.groupId, (list = []));
      list.push(h);
    }
    const quantiles = quantilesOf(spec);
    for (const [groupId, list] of histogramsOf) {
      const e = entry(groupId);
      const intervals = intervalsOf(list, quantiles);
      Object.assign(e.counts, intervals.counts);
      e.durations = intervals.durations;
    }
  }
  if (spec.figure === 'outcomes') {
    for (const t of tenancies) entry(t.groupId).counts['tenancies'] = t.n;
    for (const e of byGroup.values()) {
      e.counts['closed_total'] = OUTCOME_COLUMNS.reduce((sum, key) => sum + (e.counts[key] ?? 0), 0);
    }
  }
  // Every group with a case in scope gets a row in every period (a row that comes and goes would tell).
  return [...groupIds]
    .sort((a, b) => DANISH.compare(names.get(a) ?? a, names.get(b) ?? b) || a.localeCompare(b))
    .map((groupId) => ({
      groupId,
      groupName: names.get(groupId) ?? '',
      counts: byGroup.get(groupId)?.counts ?? {},
      durations: byGroup.get(groupId)?.durations ?? {},
    }));
}

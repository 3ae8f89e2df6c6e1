import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import {
  STATISTICS_GROUPINGS,
  STATISTICS_PERIODS,
  type StatisticsCell,
  type StatisticsReport,
  type StatisticsRow,
  type StatisticsTable,
} from '@app/domain';
import { IsCalendarDate } from '../common/is-calendar-date.js';

/**
 * The filters every statistics route takes (docs/statistics.md#filters). `from` and `to` are widened
 * to whole periods: `from` to the first day of its period, `to` to the last day of its own.
 */
export class StatisticsQuery {
  @ApiProperty({ enum: STATISTICS_PERIODS, description: 'The length of one period (one table per period)' })
  @IsIn([...STATISTICS_PERIODS])
  period: string;

  @ApiProperty({ format: 'date', description: 'First day (widened to the start of its period)' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({
    format: 'date',
    description: 'Last day (widened to the end of its period); at most 10 years after from',
  })
  @IsCalendarDate()
  to: string;

  @ApiProperty({ enum: STATISTICS_GROUPINGS, description: 'What the rows of each table are' })
  @IsIn([...STATISTICS_GROUPINGS])
  groupBy: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only cases in this municipality (within your scope)' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only cases of this housing organisation (within your scope)',
  })
  @IsOptional()
  @IsUUID()
  housingOrganisationId?: string;
}

/** One cell. A suppressed cell (a count under 5, or hidden so it cannot be worked out) has `value: null`. */
export class StatisticsCellResponse {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The count, rate or number of business days; null when suppressed (shown as "<5") or not defined',
  })
  value: number | null;

  @ApiProperty({ description: 'Hidden to protect small numbers: show "<5", never 0' })
  suppressed: boolean;

  static from(cell: StatisticsCell): StatisticsCellResponse {
    return { value: cell.value, suppressed: cell.suppressed };
  }
}

export class StatisticsColumnResponse {
  @ApiProperty({ description: 'Stable key, e.g. `evicted`, `averted_paid`, `registered>payment_demand_sent`' })
  key: string;

  @ApiProperty({ description: 'Label in Danish' })
  labelDa: string;

  @ApiProperty({ description: 'Label in English' })
  labelEn: string;

  @ApiProperty({
    enum: ['count', 'rate', 'business_days'],
    description:
      'count: cases or persons (suppressed under 5); rate: per 1,000 tenancies or a share; business_days: median or 90th percentile',
  })
  kind: string;
}

export class StatisticsRowResponse {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The department, municipality or housing organisation id (never a person or a case)',
  })
  groupId: string | null;

  @ApiProperty({ description: 'Its name' })
  groupName: string;

  @ApiProperty({ type: [StatisticsCellResponse], description: 'One cell per column, in column order' })
  cells: StatisticsCellResponse[];

  @ApiProperty({
    type: StatisticsCellResponse,
    nullable: true,
    description: 'Sum of the count columns of this row; null when the columns do not add up (rates, durations)',
  })
  total: StatisticsCellResponse | null;

  static from(row: StatisticsRow): StatisticsRowResponse {
    return {
      groupId: row.groupId,
      groupName: row.groupName,
      cells: row.cells.map((c) => StatisticsCellResponse.from(c)),
      total: row.total && StatisticsCellResponse.from(row.total),
    };
  }
}

export class StatisticsTableResponse {
  @ApiProperty({ description: 'The period: `2026-03` (month), `2026-Q1` (quarter) or `2026` (year)' })
  period: string;

  @ApiProperty({ format: 'date', description: 'First day of the period' })
  periodStart: string;

  @ApiProperty({ format: 'date', description: 'Last day of the period' })
  periodEnd: string;

  @ApiProperty({ type: [StatisticsColumnResponse] })
  columns: StatisticsColumnResponse[];

  @ApiProperty({ type: [StatisticsRowResponse], description: 'One row per group that has any case in scope' })
  rows: StatisticsRowResponse[];

  @ApiProperty({
    type: [StatisticsCellResponse],
    description: 'Per column: the sum over the rows (count columns) or the figure over all rows (rates, durations)',
  })
  columnTotals: StatisticsCellResponse[];

  @ApiProperty({ type: StatisticsCellResponse, nullable: true, description: 'Sum of every count cell' })
  total: StatisticsCellResponse | null;

  static from(table: StatisticsTable): StatisticsTableResponse {
    return {
      period: table.period,
      periodStart: table.periodStart,
      periodEnd: table.periodEnd,
      columns: table.columns.map((c) => ({ key: c.key, labelDa: c.label.da, labelEn: c.label.en, kind: c.kind })),
      rows: table.rows.map((r) => StatisticsRowResponse.from(r)),
      columnTotals: table.columnTotals.map((c) => StatisticsCellResponse.from(c)),
      total: table.total && StatisticsCellResponse.from(table.total),
    };
  }
}

/** Every statistics route answers this shape (docs/statistics.md#response-shape). */
export class StatisticsResponse {
  @ApiProperty({
    description:
      'inflow, stages, flow, outcomes, time_to_act, payment_plans, repeat_arrears or warnings (docs/statistics.md)',
  })
  figure: string;

  @ApiProperty({ enum: STATISTICS_PERIODS })
  period: string;

  @ApiProperty({ enum: STATISTICS_GROUPINGS })
  groupBy: string;

  @ApiProperty({ format: 'date', description: 'First day covered (the start of the first period)' })
  from: string;

  @ApiProperty({ format: 'date', description: 'Last day covered (the end of the last period)' })
  to: string;

  @ApiProperty({ description: 'true: computed from the cases now; false: from the last pre-aggregation refresh' })
  live: boolean;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the pre-aggregation was last refreshed (null when live)',
  })
  asOf: string | null;

  @ApiProperty({ type: [StatisticsTableResponse], description: 'One table per period, oldest first' })
  tables: StatisticsTableResponse[];

  static from(report: StatisticsReport): StatisticsResponse {
    return {
      figure: report.figure,
      period: report.period,
      groupBy: report.groupBy,
      from: report.from,
      to: report.to,
      live: report.live,
      asOf: report.asOf ? report.asOf.toISOString() : null,
      tables: report.tables.map((t) => StatisticsTableResponse.from(t)),
    };
  }
}

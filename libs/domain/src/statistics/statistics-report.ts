import { localized, type Messages } from '@app/i18n';
import { type Bilingual } from '../arrears/legal-steps/legal-format.js';

/** The length of one period of a statistics table. */
export const STATISTICS_PERIODS = Object.freeze(['month', 'quarter', 'year'] as const);
export type StatisticsPeriod = (typeof STATISTICS_PERIODS)[number];

/** What the rows of a statistics table are (the afdeling is the unit for statistics, domain.md § 1). */
export const STATISTICS_GROUPINGS = Object.freeze(['department', 'municipality', 'housing_organisation'] as const);
export type StatisticsGrouping = (typeof STATISTICS_GROUPINGS)[number];

/** Every figure the statistics API answers (docs/statistics.md#figures). */
export const STATISTICS_FIGURES = Object.freeze([
  'inflow',
  'stages',
  'flow',
  'outcomes',
  'time_to_act',
  'payment_plans',
  'repeat_arrears',
  'warnings',
] as const);
export type StatisticsFigure = (typeof STATISTICS_FIGURES)[number];

/**
 * One cell. `value` null and `suppressed` true: hidden to protect small numbers (shown as "<5",
 * never 0). `value` null and `suppressed` false: not defined (a median of no cases).
 */
export interface StatisticsCell {
  readonly value: number | null;
  readonly suppressed: boolean;
}

export type StatisticsColumnKind = 'count' | 'rate' | 'business_days';

export interface StatisticsColumn {
  readonly key: string;
  readonly label: Bilingual;
  readonly kind: StatisticsColumnKind;
}

/** One group (department, municipality or housing organisation): never a person or a case. */
export interface StatisticsRow {
  readonly groupId: string | null;
  readonly groupName: string;
  readonly cells: readonly StatisticsCell[];
  /** The sum of the row's count cells, where they add up (a partition); otherwise null. */
  readonly total: StatisticsCell | null;
}

export interface StatisticsTable {
  readonly period: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly columns: readonly StatisticsColumn[];
  readonly rows: readonly StatisticsRow[];
  readonly columnTotals: readonly StatisticsCell[];
  readonly total: StatisticsCell | null;
}

export interface StatisticsReport {
  readonly figure: StatisticsFigure;
  readonly period: StatisticsPeriod;
  readonly groupBy: StatisticsGrouping;
  readonly from: string;
  readonly to: string;
  /** true: computed from the cases as they are now; false: from the pre-aggregation of `asOf`. */
  readonly live: boolean;
  readonly asOf: Date | null;
  readonly tables: readonly StatisticsTable[];
}

/** What a caller asks for, validated. */
export interface StatisticsRequest {
  readonly period: StatisticsPeriod;
  readonly from: string;
  readonly to: string;
  readonly groupBy: StatisticsGrouping;
  readonly municipalityId?: string;
  readonly housingOrganisationId?: string;
}

/** A column's label from the catalogue (libs/i18n `statistics`). */
export function columnLabel(pick: (m: Messages['statistics']) => string): Bilingual {
  return localized((m) => pick(m.statistics));
}

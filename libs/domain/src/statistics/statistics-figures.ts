import { localized, type Messages } from '@app/i18n';
import { AVERT_REASONS } from '../arrears/legal-steps/case-outcome.js';
import { CASE_STAGE_LABELS, OPEN_CASE_STAGES, type CaseStage } from '../arrears/legal-steps/case-stage.js';
import { type Bilingual } from '../arrears/legal-steps/legal-format.js';
import { columnLabel, type StatisticsFigure } from './statistics-report.js';

/** The intervals of "time to act", each from one event to the next (docs/statistics.md#time-to-act). */
export const TIME_TO_ACT_INTERVALS = Object.freeze([
  'arrears_to_payment_demand',
  'notice_to_acknowledgement',
  'warning_to_acknowledgement',
  'referral_to_first_contact',
  'payment_plan_to_end',
] as const);
export type TimeToActInterval = (typeof TIME_TO_ACT_INTERVALS)[number];

export type ColumnSpec =
  | { readonly key: string; readonly label: Bilingual; readonly kind: 'count' }
  | {
      readonly key: string;
      readonly label: Bilingual;
      readonly kind: 'rate';
      /** Count keys of the data; the rate is numerator / denominator × per. */
      readonly numerator: string;
      readonly denominator: string;
      readonly per: number;
    }
  | {
      readonly key: string;
      readonly label: Bilingual;
      readonly kind: 'business_days';
      /** The interval of the data (time to act) and the count column that says how many it holds. */
      readonly interval: string;
      readonly count: string;
      readonly quantile: number;
    };

export interface FigureSpec {
  readonly figure: StatisticsFigure;
  /** The count columns partition something (outcomes of the cases closed): rows and the table have totals. */
  readonly additive: boolean;
  readonly columns: readonly ColumnSpec[];
}

const count = (key: string, label: Bilingual): ColumnSpec => ({ key, label, kind: 'count' });
const counted = (key: keyof Messages['statistics']['columns']): ColumnSpec =>
  count(
    key,
    columnLabel((m) => m.columns[key]),
  );

/** The outcome column keys in order: `evicted`, `averted_<reason>`…, `closed_without_proceedings`. */
export const OUTCOME_COLUMNS = Object.freeze([
  'evicted',
  ...AVERT_REASONS.map((r) => `averted_${r}` as const),
  'closed_without_proceedings',
] as const);

/** `from>to`, the key of a step between two stages in the flow table. */
export function flowKey(from: CaseStage, to: CaseStage): string {
  return `${from}>${to}`;
}

function flowLabel(key: string): Bilingual {
  const [from, to] = key.split('>') as [CaseStage, CaseStage];
  return localized((m, language) =>
    m.statistics.flowStep({
      from: CASE_STAGE_LABELS[from]?.[language] ?? from,
      to: CASE_STAGE_LABELS[to]?.[language] ?? to,
    }),
  );
}

/**
 * The columns of each figure. `flowKeys` are the steps that occur in the data asked for (the
 * flow table has a column only for a pair of stages that happened).
 */
export function figureSpec(figure: StatisticsFigure, flowKeys: readonly string[] = []): FigureSpec {
  switch (figure) {
    case 'inflow':
      return { figure, additive: true, columns: [counted('opened')] };
    case 'stages':
      return {
        figure,
        additive: true,
        columns: OPEN_CASE_STAGES.map((stage) => count(stage, CASE_STAGE_LABELS[stage])),
      };
    case 'flow':
      return { figure, additive: true, columns: flowKeys.map((key) => count(key, flowLabel(key))) };
    case 'outcomes':
      return {
        figure,
        additive: true,
        columns: [
          ...OUTCOME_COLUMNS.map((key) => counted(key)),
          {
            key: 'evicted_per_1000_tenancies',
            label: columnLabel((m) => m.columns.evicted_per_1000_tenancies),
            kind: 'rate',
            numerator: 'evicted',
            denominator: 'tenancies',
            per: 1000,
          },
          {
            key: 'evicted_per_case',
            label: columnLabel((m) => m.columns.evicted_per_case),
            kind: 'rate',
            numerator: 'evicted',
            denominator: 'closed_total',
            per: 1,
          },
        ],
      };
    case 'time_to_act':
      return {
        figure,
        additive: false,
        columns: TIME_TO_ACT_INTERVALS.flatMap((interval): ColumnSpec[] => {
          const name = (measure: 'n' | 'median' | 'p90'): Bilingual =>
            columnLabel((m) => `${m.intervals[interval]}: ${m.measures[measure]}`);
          return [
            { key: `${interval}.n`, label: name('n'), kind: 'count' },
            {
              key: `${interval}.median`,
              label: name('median'),
              kind: 'business_days',
              interval,
              count: `${interval}.n`,
              quantile: 0.5,
            },
            {
              key: `${interval}.p90`,
              label: name('p90'),
              kind: 'business_days',
              interval,
              count: `${interval}.n`,
              quantile: 0.9,
            },
          ];
        }),
      };
    case 'payment_plans':
      return { figure, additive: false, columns: [counted('agreed'), counted('completed'), counted('broken')] };
    case 'repeat_arrears':
      return { figure, additive: false, columns: [counted('closed'), counted('new_arrears_12m')] };
    case 'warnings':
      return {
        figure,
        additive: false,
        columns: [counted('sent'), counted('undelivered'), counted('escalated'), counted('acknowledged_in_time')],
      };
  }
}

/** The quantiles a figure's duration columns show (time to act: the median and the 90th percentile). */
export function quantilesOf(spec: FigureSpec): number[] {
  return [...new Set(spec.columns.flatMap((c) => (c.kind === 'business_days' ? [c.quantile] : [])))];
}

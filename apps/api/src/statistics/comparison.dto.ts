import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import {
  COMPARISON_GROUPS,
  COMPARISON_LEVELS,
  RISK_FEATURES,
  type CountCell,
  type RiskComparison,
  type RiskModelFitRow,
  type UnitComparisonView,
} from '@app/domain';

export class ComparisonQuery {
  @ApiProperty({ enum: COMPARISON_LEVELS, description: 'Compare municipalities or housing organisations' })
  @IsIn([...COMPARISON_LEVELS])
  level: string;
}

export class CountCellResponse {
  @ApiProperty({ type: 'integer', nullable: true, description: 'null when suppressed (shown as "<5")' })
  value: number | null;
  @ApiProperty({
    description:
      'true: the count is under 5, or hidden so that one under 5 cannot be worked out from the total (secondary suppression)',
  })
  suppressed: boolean;
}

export class RiskCoefficientResponse {
  @ApiProperty({ enum: RISK_FEATURES }) name: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The log-odds coefficient; null: the feature did not vary among the cases fitted and was left out',
  })
  estimate: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'From the inverse of the information matrix' })
  standardError: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'e^estimate' })
  oddsRatio: number | null;
}

export class RiskModelFitResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) fittedAt: Date;
  @ApiProperty({ format: 'date-time', description: 'The model was fitted on the cases closed after this instant…' })
  dataFrom: Date;
  @ApiProperty({ format: 'date-time', description: '…and at or before this one (the cut-off)' })
  dataTo: Date;
  @ApiProperty({ description: 'The fitting method and its version', example: 'newton-raphson-irls/1' }) method: string;
  @ApiProperty({ type: 'integer', description: 'Closed cases fitted on' }) nCases: number;
  @ApiProperty({ type: 'integer', description: 'Of them ended in eviction' }) nEvents: number;
  @ApiProperty({ type: [RiskCoefficientResponse] }) coefficients: RiskCoefficientResponse[];

  static from(fit: RiskModelFitRow): RiskModelFitResponse {
    return {
      id: fit.id,
      fittedAt: fit.fittedAt,
      dataFrom: fit.dataFrom,
      dataTo: fit.dataTo,
      method: fit.method,
      nCases: fit.nCases,
      nEvents: fit.nEvents,
      coefficients: fit.coefficients.map((c) => ({
        name: c.name,
        estimate: c.estimate,
        standardError: c.standardError,
        oddsRatio: c.estimate === null ? null : Math.exp(c.estimate),
      })),
    };
  }
}

export class UnitComparisonResponse {
  @ApiProperty({ format: 'uuid', description: 'The municipality or housing organisation' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ description: "The caller's own municipality or housing organisation" }) own: boolean;
  @ApiProperty({ type: CountCellResponse, description: 'Closed cases in the data range' }) cases: CountCellResponse;
  @ApiProperty({ type: CountCellResponse, description: 'Of them ended in eviction' }) actual: CountCellResponse;
  @ApiProperty({ description: 'Expected evictions: the sum of the predicted probabilities' }) expected: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'actual / expected; null when actual is suppressed or nothing is expected',
  })
  ratio: number | null;
  @ApiProperty({ type: Number, nullable: true, description: "95 % interval (Byar's approximation), lower" })
  lower: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '95 % interval, upper' }) upper: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: COMPARISON_GROUPS,
    description: 'Interval wholly below 1 / ratio < 0.9 / 0.9–1.1 / ratio > 1.1 / interval wholly above 1',
  })
  group: string | null;

  static from(u: UnitComparisonView): UnitComparisonResponse {
    return { ...u, cases: cell(u.cases), actual: cell(u.actual) };
  }
}

function cell(c: CountCell): CountCellResponse {
  return { value: c.value, suppressed: c.suppressed };
}

export class ComparisonTotalsResponse {
  @ApiProperty({ type: CountCellResponse }) cases: CountCellResponse;
  @ApiProperty({ type: CountCellResponse }) actual: CountCellResponse;
  @ApiProperty({ description: 'Equals actual nationally for the cases the model was fitted on' }) expected: number;
}

export class ComparisonResponse {
  @ApiProperty({ enum: COMPARISON_LEVELS }) level: string;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the figures were computed (the fit); null before the first refit',
  })
  asOf: Date | null;
  @ApiProperty({ description: 'Always false: the comparison is as of the last refit' }) live: boolean;
  @ApiProperty({ type: RiskModelFitResponse, nullable: true }) fit: RiskModelFitResponse | null;
  @ApiProperty({ type: [UnitComparisonResponse] }) units: UnitComparisonResponse[];
  @ApiProperty({ type: ComparisonTotalsResponse, nullable: true }) total: ComparisonTotalsResponse | null;

  static from(c: RiskComparison): ComparisonResponse {
    return {
      level: c.level,
      asOf: c.fit?.fittedAt ?? null,
      live: false,
      fit: c.fit ? RiskModelFitResponse.from(c.fit) : null,
      units: c.units.map((u) => UnitComparisonResponse.from(u)),
      total: c.total ? { cases: cell(c.total.cases), actual: cell(c.total.actual), expected: c.total.expected } : null,
    };
  }
}

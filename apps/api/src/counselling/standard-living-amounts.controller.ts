import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { type IsoDate } from '@app/calendar';
import { Role } from '@app/domain';
import { StandardLivingAmountService } from '@app/domain';
import { Allow } from '../auth/access.decorators.js';
import { ApiErrors } from '../common/api-errors.js';
import { IsCalendarDate } from '../common/is-calendar-date.js';
import { Operation } from '../common/operation.decorator.js';

export class StandardLivingAmountQuery {
  @ApiProperty({ format: 'date', example: '2024-06-01', description: 'The budget date the rates must be in force on' })
  @IsCalendarDate()
  on: string;
}

/** `GET /api/v1/standard-living-amounts`: the rates in force on a date, all amounts in øre per month. */
export class StandardLivingAmountResponse {
  @ApiProperty({ format: 'date', example: '2024-01-01' }) validFrom: string;
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    example: null,
    description: 'Null until a later row takes over',
  })
  validTo: string | null;
  @ApiProperty({ type: 'integer', example: 724000, description: 'The first adult, øre per month' })
  firstAdultOre: number;
  @ApiProperty({ type: 'integer', example: 504000, description: 'Each further adult' }) furtherAdultOre: number;
  @ApiProperty({ type: 'integer', example: 197000, description: 'Each child aged 0–1' }) child0to1Ore: number;
  @ApiProperty({ type: 'integer', example: 252000, description: 'Each child aged 2–6' }) child2to6Ore: number;
  @ApiProperty({ type: 'integer', example: 363000, description: 'Each child aged 7–17' }) child7to17Ore: number;
  @ApiProperty({ example: 'Gældsstyrelsen, rådighedssatser 2024 (BEK nr. 1207 af 2023, § 45)' }) source: string;
  @ApiProperty({ description: 'The rates were set for a year before the date: that year’s rates have not been added' })
  fromEarlierYear: boolean;
}

/** Gældsstyrelsen's standard living amounts, the base of a household's ability to pay. */
@ApiTags('counselling')
@Controller('api/v1/standard-living-amounts')
export class StandardLivingAmountsController {
  constructor(@Inject(StandardLivingAmountService) private readonly amounts: StandardLivingAmountService) {}

  @Get()
  @Operation({
    summary: 'Standard living amounts in force on a date',
    description:
      'Gældsstyrelsen’s standard living amounts (rådighedsbeløb) in force on the date, per month in øre: the first adult, each further adult, and each child by age band. The rates are data with a validity period; the row that starts latest on or before the date is in force unless it has ended. `fromEarlierYear` says the rates were set for an earlier year. Debt advisors and administrators. 404 when no rates are in force on the date.',
    ok: StandardLivingAmountResponse,
    errors: [ApiErrors.ValidationFailed, ApiErrors.StandardLivingAmountNotInForce],
  })
  @Allow(Role.DebtAdvisor, Role.Administrator)
  async inForce(@Query() query: StandardLivingAmountQuery): Promise<StandardLivingAmountResponse> {
    const { rates, fromEarlierYear } = await this.amounts.inForceOn(query.on as IsoDate);
    return {
      validFrom: rates.validFrom,
      validTo: rates.validTo,
      firstAdultOre: rates.firstAdultOre,
      furtherAdultOre: rates.furtherAdultOre,
      child0to1Ore: rates.child0to1Ore,
      child2to6Ore: rates.child2to6Ore,
      child7to17Ore: rates.child7to17Ore,
      source: rates.source,
      fromEarlierYear,
    };
  }
}

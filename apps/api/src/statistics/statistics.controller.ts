import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  Role,
  StatisticsRangeInvalidError,
  StatisticsScopeMissingError,
  StatisticsService,
  type Actor,
  type StatisticsFigure,
  type StatisticsGrouping,
  type StatisticsPeriod,
} from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { BODY_ERRORS, documented } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { StatisticsQuery, StatisticsResponse } from './statistics.dto.js';

const READERS = [Role.Manager, Role.Administrator];
const ERRORS = [
  ...BODY_ERRORS,
  documented(new StatisticsRangeInvalidError()),
  documented(new StatisticsScopeMissingError()),
];
const COMMON =
  'Managers see the cases of their housing organisation or municipality, administrators any. One table per period (month, quarter or year) with one row per department, municipality or housing organisation. Counts under 5 are suppressed ({"value": null, "suppressed": true}, shown as "<5"), and further cells too where a hidden one could be worked out from the totals. No person or case is named or identified. `live` and `asOf` say whether the figures come from the cases now or from the last pre-aggregation refresh (docs/statistics.md).';

/** Statistics for managers (issue 16, docs/statistics.md): aggregates only, audited, small cells suppressed. */
@ApiTags('statistics')
@Controller('api/v1/statistics')
export class StatisticsController {
  constructor(@Inject(StatisticsService) private readonly statistics: StatisticsService) {}

  private async answer(actor: Actor, figure: StatisticsFigure, query: StatisticsQuery): Promise<StatisticsResponse> {
    const report = await this.statistics.report(actor, figure, {
      period: query.period as StatisticsPeriod,
      from: query.from,
      to: query.to,
      groupBy: query.groupBy as StatisticsGrouping,
      ...(query.municipalityId ? { municipalityId: query.municipalityId } : {}),
      ...(query.housingOrganisationId ? { housingOrganisationId: query.housingOrganisationId } : {}),
    });
    return StatisticsResponse.from(report);
  }

  @Get('inflow')
  @Operation({
    summary: 'Inflow: cases opened',
    description: `Arrears cases opened in each period (column \`opened\`). ${COMMON}`,
    ok: StatisticsResponse,
    errors: ERRORS,
  })
  @Allow(...READERS)
  @ApiOkResponse({ type: StatisticsResponse })
  inflow(@CurrentActor() actor: Actor, @Query() query: StatisticsQuery) {
    return this.answer(actor, 'inflow', query);
  }

  @Get('stages')
  @Operation({
    summary: 'Open cases per stage at the end of each period',
    description: `One column per open stage (registered … eviction_scheduled, payment_plan_agreed): the cases at that stage on the last day of the period, from the timeline. ${COMMON}`,
    ok: StatisticsResponse,
    errors: ERRORS,
  })
  @Allow(...READERS)
  @ApiOkResponse({ type: StatisticsResponse })
  stages(@CurrentActor() actor: Actor, @Query() query: StatisticsQuery) {
    return this.answer(actor, 'stages', query);
  }

  @Get('flow')
  @Operation({
    summary: 'Flow between stages',
    description: `Steps taken in each period, one column per pair of stages (\`from>to\`, e.g. \`registered>payment_demand_sent\`), from the timeline. ${COMMON}`,
    ok: StatisticsResponse,
    errors: ERRORS,
  })
  @Allow(...READERS)
  @ApiOkResponse({ type: StatisticsResponse })
  flow(@CurrentActor() actor: Actor, @Query() query: StatisticsQuery) {
    return this.answer(actor, 'flow', query);
  }

  @Get('outcomes')
  @Operation({
    summary: 'Outcomes of the cases closed',
    description: `Cases closed in each period by structured outcome: evicted; averted by reason (paid, payment plan, rent assistance, moved out, other); closed without eviction proceedings. Then evictions per 1,000 tenancies and per closed case. ${COMMON}`,
    ok: StatisticsResponse,
    errors: ERRORS,
  })
  @Allow(...READERS)
  @ApiOkResponse({ type: StatisticsResponse })
  outcomes(@CurrentActor() actor: Actor, @Query() query: StatisticsQuery) {
    return this.answer(actor, 'outcomes', query);
  }

  @Get('time-to-act')
  @Operation({
    summary: 'Time to act, in business days',
    description: `For each interval (arrears registered → payment demand; § 92 notice → first acknowledgement by the municipality; warning raised → acknowledged; referral → first counselling contact; payment plan agreed → completed or broken), ended in the period: the number, the median and the 90th percentile in business days. ${COMMON}`,
    ok: StatisticsResponse,
    errors: ERRORS,
  })
  @Allow(...READERS)
  @ApiOkResponse({ type: StatisticsResponse })
  timeToAct(@CurrentActor() actor: Actor, @Query() query: StatisticsQuery) {
    return this.answer(actor, 'time_to_act', query);
  }

  @Get('payment-plans')
  @Operation({
    summary: 'Payment plans agreed, kept and broken',
    description: `Payment plans agreed, completed (kept) and broken in each period. ${COMMON}`,
    ok: StatisticsResponse,
    errors: ERRORS,
  })
  @Allow(...READERS)
  @ApiOkResponse({ type: StatisticsResponse })
  paymentPlans(@CurrentActor() actor: Actor, @Query() query: StatisticsQuery) {
    return this.answer(actor, 'payment_plans', query);
  }

  @Get('repeat-arrears')
  @Operation({
    summary: 'New arrears within 12 months of a closed case',
    description: `Cases closed in each period with the tenants staying (not evicted, not moved out), and of those the ones whose tenancy had a new case opened within 12 months of the closing. ${COMMON}`,
    ok: StatisticsResponse,
    errors: ERRORS,
  })
  @Allow(...READERS)
  @ApiOkResponse({ type: StatisticsResponse })
  repeatArrears(@CurrentActor() actor: Actor, @Query() query: StatisticsQuery) {
    return this.answer(actor, 'repeat_arrears', query);
  }

  @Get('warnings')
  @Operation({
    summary: 'Warnings sent, undelivered, escalated, acknowledged in time',
    description: `Warnings raised in each period, and of those the ones undelivered, escalated, and acknowledged on or before their acknowledge-by day. ${COMMON}`,
    ok: StatisticsResponse,
    errors: ERRORS,
  })
  @Allow(...READERS)
  @ApiOkResponse({ type: StatisticsResponse })
  warnings(@CurrentActor() actor: Actor, @Query() query: StatisticsQuery) {
    return this.answer(actor, 'warnings', query);
  }
}

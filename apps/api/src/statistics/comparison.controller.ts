import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RiskModelService, Role, type Actor, type ComparisonLevel } from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { ApiErrors } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { ComparisonQuery, ComparisonResponse } from './comparison.dto.js';

/**
 * The risk-adjusted comparison of evictions (issue 16, item 3; docs/statistics-risk-model.md):
 * actual against expected evictions per municipality or housing organisation, as of the last refit.
 */
@ApiTags('statistics')
@Controller('api/v1/statistics/comparison')
export class ComparisonController {
  constructor(@Inject(RiskModelService) private readonly riskModel: RiskModelService) {}

  @Get()
  @Operation({
    summary: 'Compare actual with expected evictions',
    description:
      "Per municipality or housing organisation (`level`): the closed cases, the evictions among them (actual), the evictions expected from the case mix (the sum of the eviction risk model's predicted probabilities), their ratio with a 95 % interval and one of five groups, with the fit used (coefficients, standard errors, data range, method). As of the latest weekly refit (`asOf`, `live` false); before the first, `fit` is null and `units` empty. Managers and administrators; a manager sees every unit — a fair comparison needs the others — with their own marked `own`. Aggregates only: counts under 5 are suppressed (null, `suppressed` true), with secondary suppression against the totals, and a unit whose evictions are suppressed shows no ratio, interval or group. Audited as read.",
    ok: ComparisonResponse,
    errors: [ApiErrors.ValidationFailed, ApiErrors.UnknownField],
  })
  @Allow(Role.Manager, Role.Administrator)
  @ApiOkResponse({ type: ComparisonResponse })
  async comparison(@CurrentActor() actor: Actor, @Query() query: ComparisonQuery): Promise<ComparisonResponse> {
    return ComparisonResponse.from(await this.riskModel.comparison(actor, query.level as ComparisonLevel));
  }
}

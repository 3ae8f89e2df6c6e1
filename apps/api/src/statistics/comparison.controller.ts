import { Controller, Get, Headers, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { pickLanguage } from '@app/common';
import {
  CSV_CONTENT_TYPE,
  EXPORT_FORMATS,
  RiskModelService,
  Role,
  StatisticsExportService,
  XLSX_EXPORT_CONTENT_TYPE,
  type Actor,
  type ComparisonLevel,
  type ExportFormat,
} from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { ApiErrors } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { ComparisonQuery, ComparisonResponse } from './comparison.dto.js';

export class ComparisonExportQuery extends ComparisonQuery {
  @ApiPropertyOptional({
    enum: EXPORT_FORMATS,
    default: 'csv',
    description: 'csv: for Danish Excel (";", UTF-8 BOM, decimal comma, CRLF); xlsx: a workbook with typed cells',
  })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

/**
 * The risk-adjusted comparison of evictions (issue 16, item 3; docs/statistics-risk-model.md):
 * actual against expected evictions per municipality or housing organisation, as of the last refit.
 */
@ApiTags('statistics')
@Controller('api/v1/statistics/comparison')
export class ComparisonController {
  constructor(
    @Inject(RiskModelService) private readonly riskModel: RiskModelService,
    @Inject(StatisticsExportService) private readonly exports: StatisticsExportService,
  ) {}

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

  // Declared in this controller, which is registered before StatisticsExportController, so that
  // `comparison/export` is never taken for `:figure/export` (which would refuse "comparison").
  @Get('export')
  @Operation({
    summary: 'Export the comparison of actual with expected evictions',
    description:
      'The same comparison as GET /api/v1/statistics/comparison (same level, scope, suppression and audit row) as one file: CSV the way Danish Excel opens it (";", UTF-8 BOM, decimal comma, CRLF), or an .xlsx workbook with typed cells and a second sheet with the fit\'s date and data range. One line per unit (the own marked) and a totals line; counts under 5 are "<5", never 0, and a unit whose evictions are hidden has empty ratio, interval and group cells. Before the first refit the file has the headers only. Headers and groups in the language of Accept-Language (Danish by default). Managers and administrators.',
    errors: [ApiErrors.ValidationFailed, ApiErrors.UnknownField],
  })
  @Allow(Role.Manager, Role.Administrator)
  @ApiOkResponse({
    description: 'The file, as an attachment',
    content: {
      [CSV_CONTENT_TYPE]: { schema: { type: 'string' } },
      [XLSX_EXPORT_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  async export(
    @CurrentActor() actor: Actor,
    @Query() query: ComparisonExportQuery,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<StreamableFile> {
    const file = await this.exports.exportComparison(
      actor,
      query.level as ComparisonLevel,
      query.format ?? 'csv',
      pickLanguage(acceptLanguage),
    );
    return new StreamableFile(file.bytes, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
      length: file.bytes.length,
    });
  }
}

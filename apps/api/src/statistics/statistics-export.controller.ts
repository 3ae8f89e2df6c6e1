import { Controller, Get, Headers, Inject, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { pickLanguage } from '@app/common';
import {
  CSV_CONTENT_TYPE,
  EXPORT_FORMATS,
  Role,
  StatisticsExportService,
  StatisticsRangeInvalidError,
  StatisticsScopeMissingError,
  XLSX_EXPORT_CONTENT_TYPE,
  type Actor,
  type ExportFormat,
  type StatisticsFigure,
  type StatisticsGrouping,
  type StatisticsPeriod,
} from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { BODY_ERRORS, documented } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { StatisticsQuery } from './statistics.dto.js';

/** The statistics routes' last path segment, by figure (statistics.controller.ts). */
export const FIGURE_SLUGS: Readonly<Record<string, StatisticsFigure>> = Object.freeze({
  inflow: 'inflow',
  stages: 'stages',
  flow: 'flow',
  outcomes: 'outcomes',
  'time-to-act': 'time_to_act',
  'payment-plans': 'payment_plans',
  'repeat-arrears': 'repeat_arrears',
  warnings: 'warnings',
});
const SLUGS = Object.keys(FIGURE_SLUGS);

export class StatisticsFigureParams {
  @ApiProperty({ enum: SLUGS, description: 'The statistics route to export (GET /api/v1/statistics/{figure})' })
  @IsIn(SLUGS)
  figure: string;
}

export class StatisticsExportQuery extends StatisticsQuery {
  @ApiPropertyOptional({
    enum: EXPORT_FORMATS,
    default: 'csv',
    description: 'csv: for Danish Excel (";", UTF-8 BOM, decimal comma, dd-mm-yyyy); xlsx: a workbook with typed cells',
  })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

/** Every statistics table as a file (issue 16, item 4; docs/statistics-exports.md). */
@ApiTags('statistics')
@Controller('api/v1/statistics')
export class StatisticsExportController {
  constructor(@Inject(StatisticsExportService) private readonly exports: StatisticsExportService) {}

  @Get(':figure/export')
  @Operation({
    summary: 'Export a statistics table',
    description:
      'The same figures as GET /api/v1/statistics/{figure} with the same filters, scope and suppression, as one file: CSV the way Danish Excel opens it (";", UTF-8 BOM, decimal comma, dd-mm-yyyy, CRLF) with one line per period and group and a totals line per period, or an .xlsx workbook with typed cells and a second sheet saying whether the figures are live or as of the last refresh. Suppressed cells are "<5", never 0. Headers in the language of Accept-Language (Danish by default). Managers (their housing organisation or municipality) and administrators; the read is audited like the JSON route.',
    errors: [
      ...BODY_ERRORS,
      documented(new StatisticsRangeInvalidError()),
      documented(new StatisticsScopeMissingError()),
    ],
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
    @Param() params: StatisticsFigureParams,
    @Query() query: StatisticsExportQuery,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<StreamableFile> {
    const file = await this.exports.export(
      actor,
      FIGURE_SLUGS[params.figure]!,
      {
        period: query.period as StatisticsPeriod,
        from: query.from,
        to: query.to,
        groupBy: query.groupBy as StatisticsGrouping,
        ...(query.municipalityId ? { municipalityId: query.municipalityId } : {}),
        ...(query.housingOrganisationId ? { housingOrganisationId: query.housingOrganisationId } : {}),
      },
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

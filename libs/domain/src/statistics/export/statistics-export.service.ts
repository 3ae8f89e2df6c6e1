import { Inject, Injectable } from '@nestjs/common';
import { messagesFor, type Language } from '@app/i18n';
import { type Actor } from '../../access/roles.js';
import { type StatisticsFigure, type StatisticsRequest } from '../statistics-report.js';
import { StatisticsService } from '../statistics.service.js';
import { RiskModelService } from '../risk-model/risk-model.service.js';
import { type ComparisonLevel } from '../risk-model/risk-model.repository.js';
import { type ExportFile } from './case-list-export.service.js';
import { comparisonAboutTable, comparisonTable } from './comparison-export.js';
import { writeCsv } from './csv-writer.js';
import { CSV_CONTENT_TYPE, exportFileName, XLSX_EXPORT_CONTENT_TYPE, type ExportFormat } from './export-table.js';
import { statisticsAboutTable, statisticsReportTable } from './statistics-report-export.js';
import { writeXlsx } from './xlsx-writer.js';

@Injectable()
export class StatisticsExportService {
  constructor(
    @Inject(StatisticsService) private readonly statistics: StatisticsService,
    @Inject(RiskModelService) private readonly riskModel: RiskModelService,
  ) {}

  /**
   * One statistics figure as a file: exactly the report the JSON route answers (same scope,
   * suppression and audit row, written by StatisticsService), suppressed cells as "<5". The
   * workbook has a second sheet saying whether the figures are live or as of the last refresh; the
   * CSV holds the table alone (one table per file is what Excel opens).
   */
  async export(
    actor: Actor,
    figure: StatisticsFigure,
    request: StatisticsRequest,
    format: ExportFormat,
    language: Language,
  ): Promise<ExportFile> {
    const report = await this.statistics.report(actor, figure, request);
    const e = messagesFor(language).statisticsExports;
    const table = statisticsReportTable(report, language);
    const filters = {
      ...(request.municipalityId ? { municipalityId: request.municipalityId } : {}),
      ...(request.housingOrganisationId ? { housingOrganisationId: request.housingOrganisationId } : {}),
    };
    const bytes =
      format === 'csv'
        ? writeCsv(table, { yes: e.yes, no: e.no })
        : await writeXlsx([table, statisticsAboutTable(report, filters, language)], { yes: e.yes, no: e.no });
    return {
      fileName: exportFileName(`${e.report.fileNames[figure]}-${report.from}-${report.to}`, format),
      contentType: format === 'csv' ? CSV_CONTENT_TYPE : XLSX_EXPORT_CONTENT_TYPE,
      bytes,
      rows: table.rows.length,
    };
  }

  /**
   * The risk-adjusted comparison as a file: exactly what GET /statistics/comparison answers (same
   * scope, suppression and audit row, written by RiskModelService), one line per unit and the
   * totals. Before the first refit the table has its headers and no lines.
   */
  async exportComparison(
    actor: Actor,
    level: ComparisonLevel,
    format: ExportFormat,
    language: Language,
  ): Promise<ExportFile> {
    const comparison = await this.riskModel.comparison(actor, level);
    const e = messagesFor(language).statisticsExports;
    const table = comparisonTable(comparison, language);
    const bytes =
      format === 'csv'
        ? writeCsv(table, { yes: e.yes, no: e.no })
        : await writeXlsx([table, comparisonAboutTable(comparison, language)], { yes: e.yes, no: e.no });
    const asOf = comparison.fit ? `-${comparison.fit.fittedAt.toISOString().slice(0, 10)}` : '';
    return {
      fileName: exportFileName(`${e.comparison.fileName}-${level}${asOf}`, format),
      contentType: format === 'csv' ? CSV_CONTENT_TYPE : XLSX_EXPORT_CONTENT_TYPE,
      bytes,
      rows: table.rows.length,
    };
  }
}

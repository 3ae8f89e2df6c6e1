import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { messagesFor, type Language } from '@app/i18n';
import { type Actor } from '../../access/roles.js';
import { ArrearsCaseService, type CaseFilter, type CaseListItem } from '../../arrears/arrears-case.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { caseListTable, MAX_CASE_EXPORT_ROWS } from './case-list-export.js';
import { writeCsv } from './csv-writer.js';
import { ExportTooLargeError } from './export.errors.js';
import { CSV_CONTENT_TYPE, exportFileName, XLSX_EXPORT_CONTENT_TYPE, type ExportFormat } from './export-table.js';
import { writeXlsx } from './xlsx-writer.js';

export interface ExportFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
  rows: number;
}

/** Pages read through the case list's own query, so the export has exactly its scope and filters. */
const PAGE = 1000;

@Injectable()
export class CaseListExportService {
  constructor(
    @Inject(ArrearsCaseService) private readonly cases: ArrearsCaseService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  /**
   * The case list within the caller's scope, with the list's filters and order, as a file. One
   * audit row records the export: its format, the number of cases and the filters (the file holds
   * addresses). More than MAX_CASE_EXPORT_ROWS cases answer EXPORT_TOO_LARGE, with nothing audited.
   */
  async export(
    actor: Actor,
    filter: CaseFilter,
    format: ExportFormat,
    language: Language,
    max = MAX_CASE_EXPORT_ROWS,
  ): Promise<ExportFile> {
    const items: CaseListItem[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.cases.list(actor, filter, { limit: Math.min(PAGE, max + 1 - items.length), cursor });
      items.push(...page.items);
      if (items.length > max) throw new ExportTooLargeError(max);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const table = caseListTable(items, language);
    const m = messagesFor(language).statisticsExports;
    const bytes =
      format === 'csv' ? writeCsv(table, { yes: m.yes, no: m.no }) : await writeXlsx(table, { yes: m.yes, no: m.no });
    await this.audit.record(this.dataSource.manager, actor, [
      {
        action: 'case_list.export',
        entityType: 'arrears_case',
        details: { format, count: items.length, ...auditFilters(filter) },
      },
    ]);
    return {
      fileName: exportFileName(m.caseList.fileName, format),
      contentType: format === 'csv' ? CSV_CONTENT_TYPE : XLSX_EXPORT_CONTENT_TYPE,
      bytes,
      rows: items.length,
    };
  }
}

/** The filters as the audit log's flat details (the address fragment as typed: it names what was asked for). */
function auditFilters(filter: CaseFilter): Record<string, string | number | boolean | string[]> {
  const details: Record<string, string | number | boolean | string[]> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    details[`filter.${key}`] = Array.isArray(value) ? value.map(String) : (value as string | number | boolean);
  }
  return details;
}

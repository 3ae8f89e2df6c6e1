import { Module } from '@nestjs/common';
import { ArrearsModule } from '../../arrears/arrears.module.js';
import { AuditModule } from '../../audit/audit.module.js';
import { CaseListExportService } from './case-list-export.service.js';

/**
 * Exports as CSV and .xlsx: the case list within the caller's scope (audited), and the statistics
 * tables (their controllers turn a statistics response into a table with statistics-table.adapter.ts).
 */
@Module({
  imports: [ArrearsModule, AuditModule],
  providers: [CaseListExportService],
  exports: [CaseListExportService],
})
export class StatisticsExportModule {}

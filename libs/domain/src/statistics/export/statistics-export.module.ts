import { Module } from '@nestjs/common';
import { ArrearsModule } from '../../arrears/arrears.module.js';
import { AuditModule } from '../../audit/audit.module.js';
import { RiskModelModule } from '../risk-model/risk-model.module.js';
import { StatisticsModule } from '../statistics.module.js';
import { CaseListExportService } from './case-list-export.service.js';
import { StatisticsExportService } from './statistics-export.service.js';

/**
 * Exports as CSV and .xlsx: the case list within the caller's scope (audited), and the statistics
 * tables (statistics-report-export.ts), each through the same service as its JSON route.
 */
@Module({
  imports: [ArrearsModule, AuditModule, StatisticsModule, RiskModelModule],
  providers: [CaseListExportService, StatisticsExportService],
  exports: [CaseListExportService, StatisticsExportService],
})
export class StatisticsExportModule {}

import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { StatisticsRepository } from './statistics.repository.js';
import { StatisticsService } from './statistics.service.js';

/**
 * Statistics for managers (issue 16, docs/statistics.md): figures from the cases, pre-aggregated
 * in a materialised view refreshed on the maintenance queue, small cells suppressed.
 */
@Module({
  imports: [AuditModule],
  providers: [StatisticsRepository, StatisticsService],
  exports: [StatisticsService, StatisticsRepository],
})
export class StatisticsModule {}

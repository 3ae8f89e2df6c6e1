import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module.js';
import { RiskModelRepository } from './risk-model.repository.js';
import { RiskModelService } from './risk-model.service.js';

/**
 * The risk-adjusted comparison of evictions (issue 16, item 3; docs/statistics-risk-model.md): the
 * eviction risk model, its weekly refit (the worker's `risk-model-refit` job) and the comparison of
 * actual with expected evictions per municipality and housing organisation.
 */
@Module({
  imports: [AuditModule],
  providers: [RiskModelRepository, RiskModelService],
  exports: [RiskModelService],
})
export class RiskModelModule {}

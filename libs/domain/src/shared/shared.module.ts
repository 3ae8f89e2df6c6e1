import { Module } from '@nestjs/common';
import { IdempotencyRepository } from './idempotency.repository.js';
import { IdempotencyService } from './idempotency.service.js';
import { QueryPlanRepository } from './query-plan.repository.js';

/**
 * What every area may lean on: the `Idempotency-Key` store and the choice of query plans (the
 * helpers here are plain functions).
 */
@Module({
  providers: [IdempotencyRepository, IdempotencyService, QueryPlanRepository],
  exports: [IdempotencyService, QueryPlanRepository],
})
export class SharedModule {}

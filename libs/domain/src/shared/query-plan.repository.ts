import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';

/**
 * How PostgreSQL plans the prepared statements of the caller's transaction.
 *
 * A named prepared statement is planned afresh for its parameters at every execution while
 * PostgreSQL judges a custom plan cheaper than the generic one (`plan_cache_mode = auto`). The
 * write path's set-based statements take their rows as arrays (`unnest($1::uuid[])`): for one
 * claim a custom plan always looks cheaper than a generic plan priced for an array of unknown
 * length, so each is planned at every registration. Planning was half of what PostgreSQL spent
 * on a registration through the API (about 1.5 of 3 ms), and its plan is the same for every
 * single claim. See docs/performance.md, "Plans for a few rows".
 */
@Injectable()
export class QueryPlanRepository {
  /**
   * Until the transaction ends, prepared statements run on their generic plan (built once per
   * connection and statement). Only for a transaction over a few rows: a batch of thousands
   * keeps the custom plans its sizes call for. `SET LOCAL` ends with the transaction, commit or
   * rollback, so the connection goes back to the pool as it came.
   */
  async planGenerically(manager: EntityManager): Promise<void> {
    await manager.query('SET LOCAL plan_cache_mode = force_generic_plan');
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface StoredResponse {
  requestHash: string;
  statusCode: number;
  body: unknown;
}

/** What a request with an `Idempotency-Key` may do. */
export type IdempotencyClaim =
  /** The key is this request's now: run it, then `complete` (or `release` if it fails). */
  | { kind: 'reserved' }
  /** An earlier request with this key has its answer. */
  | { kind: 'completed'; stored: StoredResponse }
  /** An earlier request with this key is still running. */
  | { kind: 'in-progress'; requestHash: string };

/**
 * A reservation older than this belongs to a request whose process died before it answered
 * (its row is never completed nor released), and may be taken over. It is far longer than the
 * short commands that honour `Idempotency-Key` take, so a request still running is never
 * taken over.
 */
const ABANDONED_AFTER_SECONDS = 5 * 60;

/** Remembers the response to each `Idempotency-Key` a user sent, so a retried POST is answered, not repeated. */
@Injectable()
export class IdempotencyService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Reserves the key for this request in one atomic statement, before the request runs: of two
   * requests with the same key at the same moment exactly one gets `reserved`, because the
   * primary key (user_id, key) admits one row and `INSERT … ON CONFLICT` decides between them.
   * Checking for a stored response first and storing it afterwards let both run.
   */
  async claim(userId: string, key: string, requestHash: string): Promise<IdempotencyClaim> {
    // A reservation released between the two statements leaves nothing to read: claim again.
    for (let attempt = 1; ; attempt++) {
      const reserved: unknown[] = await this.dataSource.query(
        `INSERT INTO idempotency_key AS k (user_id, key, request_hash) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, key) DO UPDATE SET request_hash = excluded.request_hash, created_at = now()
          WHERE k.completed_at IS NULL AND k.created_at < now() - make_interval(secs => $4)
         RETURNING 1`,
        [userId, key, requestHash, ABANDONED_AFTER_SECONDS],
      );
      if (reserved.length > 0) return { kind: 'reserved' };
      const [row] = await this.dataSource.query(
        `SELECT request_hash, status_code, response, completed_at FROM idempotency_key WHERE user_id = $1 AND key = $2`,
        [userId, key],
      );
      if (!row) {
        if (attempt < 3) continue;
        return { kind: 'in-progress', requestHash };
      }
      if (!row.completed_at) return { kind: 'in-progress', requestHash: row.request_hash };
      return {
        kind: 'completed',
        stored: { requestHash: row.request_hash, statusCode: row.status_code, body: row.response },
      };
    }
  }

  /** Keeps the answer of the request that reserved the key. */
  async complete(userId: string, key: string, response: StoredResponse): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_key SET status_code = $3, response = $4, completed_at = now()
        WHERE user_id = $1 AND key = $2 AND completed_at IS NULL`,
      [userId, key, response.statusCode, JSON.stringify(response.body ?? null)],
    );
  }

  /** The reserving request failed: nothing is kept, and a retry with the key runs again. */
  async release(userId: string, key: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2 AND completed_at IS NULL`,
      [userId, key],
    );
  }
}

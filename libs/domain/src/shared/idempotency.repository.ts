import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** An `Idempotency-Key` row as the service reads it: still running, or answered. */
export type IdempotencyKeyRow =
  | { requestHash: string; completed: false }
  | { requestHash: string; completed: true; statusCode: number; response: unknown };

/**
 * The `idempotency_key` table. Each statement commits on its own, never in the request's
 * transaction: a reservation must be visible to a concurrent retry at once, and must survive the
 * request failing.
 */
@Injectable()
export class IdempotencyRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Inserts the reservation, or takes over one abandoned for longer than `abandonedAfterSeconds`,
   * in one statement: of two at the same moment the primary key (user_id, key) lets one through.
   * True when this request now holds the key.
   */
  async reserve(userId: string, key: string, requestHash: string, abandonedAfterSeconds: number): Promise<boolean> {
    const reserved: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_key AS k (user_id, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, key) DO UPDATE SET request_hash = excluded.request_hash, created_at = now()
        WHERE k.completed_at IS NULL AND k.created_at < now() - make_interval(secs => $4)
       RETURNING 1`,
      [userId, key, requestHash, abandonedAfterSeconds],
    );
    return reserved.length > 0;
  }

  async find(userId: string, key: string): Promise<IdempotencyKeyRow | undefined> {
    const [row]: {
      request_hash: string;
      status_code: number | null;
      response: unknown;
      completed_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT request_hash, status_code, response, completed_at FROM idempotency_key WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    if (!row) return undefined;
    if (!row.completed_at || row.status_code === null) return { requestHash: row.request_hash, completed: false };
    return { requestHash: row.request_hash, completed: true, statusCode: row.status_code, response: row.response };
  }

  /** Stores the answer, once: only a reservation not yet completed is written. */
  async complete(userId: string, key: string, statusCode: number, body: unknown): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_key SET status_code = $3, response = $4, completed_at = now()
        WHERE user_id = $1 AND key = $2 AND completed_at IS NULL`,
      [userId, key, statusCode, JSON.stringify(body ?? null)],
    );
  }

  /** Drops a reservation that was never completed. */
  async release(userId: string, key: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2 AND completed_at IS NULL`,
      [userId, key],
    );
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The SQL the relay needs, kept apart from the loop that drives it. */
@Injectable()
export class OutboxRelayRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Claims up to `limit` pending rows and marks them queued, oldest first. SKIP LOCKED lets any
   * number of relays run at once without claiming the same row twice.
   */
  async claimPending(limit: number): Promise<string[]> {
    return this.returningIds(
      `UPDATE outbox SET status = 'queued', queued_at = now()
        WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' AND channel = 'email'
                      ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [limit],
    );
  }

  /** Puts rows back to pending when the queue refused them, so the next pass tries again. */
  async release(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE outbox SET status = 'pending', queued_at = NULL WHERE id = ANY($1::uuid[]) AND status = 'queued'`,
      [ids],
    );
  }

  /**
   * Rows queued (or waiting for a retry) long ago and still not sent: the job may have been lost
   * (a Redis restart without persistence, a crash between claim and enqueue). Re-adding them is safe: the
   * queue ignores a `jobId` it still holds, and delivery skips rows already sent.
   */
  async claimStale(olderThanMs: number, limit: number): Promise<string[]> {
    return this.returningIds(
      `UPDATE outbox SET queued_at = now()
        WHERE id IN (SELECT id FROM outbox WHERE status IN ('queued', 'failed') AND channel = 'email'
                      AND queued_at < now() - make_interval(secs => $1::double precision / 1000)
                      ORDER BY queued_at LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [olderThanMs, limit],
    );
  }

  /** Runs an `UPDATE … RETURNING id`; TypeORM's plain `query()` returns `[rows, count]` for updates. */
  private async returningIds(sql: string, parameters: unknown[]): Promise<string[]> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const result = await runner.query(sql, parameters, true);
      return (result.records as { id: string }[]).map((row) => row.id);
    } finally {
      await runner.release();
    }
  }
}

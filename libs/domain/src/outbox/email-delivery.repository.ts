import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type EmailPayload } from './email-payload.js';
import { type OutboxStatus } from './outbox-message.entity.js';

/** What the worker needs of an outbox row to send it. */
export interface DeliverableRow {
  id: string;
  topic: string;
  status: OutboxStatus;
  payload: EmailPayload;
}

/** The delivery's reads and writes of `outbox`: what to send, sent, failed. */
@Injectable()
export class EmailDeliveryRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * One round trip for many jobs: records that the emails `marks` reached the mail server (once:
   * a row already sent keeps its first time) and reads the rows `loadIds`. A row in both reads as
   * sent, though the statement's snapshot predates its own update.
   */
  async markSentAndLoad(
    marks: readonly { id: string; messageId: string }[],
    loadIds: readonly string[],
  ): Promise<DeliverableRow[]> {
    return this.dataSource.query(
      `WITH marked AS (
         UPDATE outbox o SET status = 'sent', sent_at = now(), provider_message_id = m.message_id,
                attempts = o.attempts + 1, last_error = NULL
           FROM unnest($1::uuid[], $2::text[]) AS m(id, message_id)
          WHERE o.id = m.id AND o.sent_at IS NULL
       )
       SELECT id, topic, CASE WHEN id = ANY($1::uuid[]) THEN 'sent' ELSE status END AS status, payload
         FROM outbox WHERE id = ANY($3::uuid[])`,
      [marks.map((m) => m.id), marks.map((m) => m.messageId), loadIds],
    );
  }

  /**
   * Counts a failed attempt of a row still in play; `maxAttempts` reached makes it undelivered.
   * Returns the row's new status and its warning, or null when the row was already finished.
   */
  async recordFailure(
    manager: EntityManager,
    outboxId: string,
    error: string,
    maxAttempts: number,
  ): Promise<{ status: OutboxStatus; warningId: string | null } | null> {
    // UPDATE … RETURNING through the query runner: `manager.query` returns [rows, count] for it.
    const result = await manager.queryRunner!.query(
      `UPDATE outbox SET attempts = attempts + 1, last_error = $2, failed_at = now(),
              status = CASE WHEN attempts + 1 >= $3::int THEN 'undelivered' ELSE 'failed' END,
              undelivered_at = CASE WHEN attempts + 1 >= $3::int THEN now() END
        WHERE id = $1 AND status IN ('pending', 'queued', 'failed')
        RETURNING status, warning_id`,
      [outboxId, error.slice(0, 2000), maxAttempts],
      true,
    );
    const [row] = result.records as { status: OutboxStatus; warning_id: string | null }[];
    return row ? { status: row.status, warningId: row.warning_id } : null;
  }

  /** The warnings inside a digest. */
  async warningsInDigest(manager: EntityManager, digestId: string): Promise<string[]> {
    const rows: { warning_id: string }[] = await manager.query(
      `SELECT DISTINCT warning_id FROM outbox WHERE digest_id = $1 AND warning_id IS NOT NULL`,
      [digestId],
    );
    return rows.map((r) => r.warning_id);
  }
}

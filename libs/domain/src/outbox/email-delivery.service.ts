import { Inject, Injectable, Logger } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { MailTransport, renderEmail } from '@app/mail';
import { WarningDeliveryService } from '../warnings/warning-delivery.service.js';
import { type EmailPayload } from './email-payload.js';
import { type OutboxStatus } from './outbox-message.entity.js';

export type DeliveryOutcome = 'sent' | 'already-done' | 'missing' | 'undelivered';

/** Host part of the deterministic Message-ID: `<outbox-id@MESSAGE_ID_HOST>`. */
const MESSAGE_ID_HOST = 'udsaettelse.local';

/** States in which a row has nothing more to send. */
const FINISHED: ReadonlySet<OutboxStatus> = new Set(['sent', 'undelivered', 'digested', 'held']);

interface OutboxRow {
  id: string;
  topic: string;
  status: OutboxStatus;
  payload: EmailPayload;
}

/**
 * How long concurrent jobs wait to share one database round trip. Short: a row marked sent late
 * is a row that a crash in between would send again.
 */
const BATCH_WINDOW_MS = 2;

@Injectable()
export class EmailDeliveryService {
  private readonly logger = new Logger(EmailDeliveryService.name);

  /**
   * Concurrent jobs share their reads and their "sent" writes: one `= ANY($1)` query for many
   * rows instead of one per row, which is most of a job's cost besides SMTP itself.
   */
  private readonly rows = new DataLoader<string, OutboxRow | null>((ids) => this.loadRows(ids), {
    cache: false,
    maxBatchSize: 500,
    batchScheduleFn: (run) => setTimeout(run, BATCH_WINDOW_MS),
  });

  private readonly sentMarks = new DataLoader<{ id: string; messageId: string }, true, string>(
    (marks) => this.markSent(marks),
    { cache: false, maxBatchSize: 500, batchScheduleFn: (run) => setTimeout(run, BATCH_WINDOW_MS) },
  );

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(MailTransport) private readonly transport: MailTransport,
    @Inject(WarningDeliveryService) private readonly warnings: WarningDeliveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Sends the email an outbox row describes, at most once: a row already sent (or given up on)
   * is skipped, so a job that runs again after a crash or a duplicate enqueue does nothing.
   * A failed attempt is recorded and rethrown for the queue to retry, until the last allowed
   * attempt, which marks the row undelivered and tells the sender (see WarningDeliveryService).
   */
  async deliver(outboxId: string): Promise<DeliveryOutcome> {
    const message = await this.rows.load(outboxId);
    if (!message) {
      this.logger.warn({ outboxId }, 'Outbox row not found; nothing to send');
      return 'missing';
    }
    if (FINISHED.has(message.status)) return 'already-done';

    const { template, data, locale, to } = message.payload;
    try {
      const rendered = renderEmail(template, data, locale);
      const sent = await this.transport.send({
        to,
        ...rendered,
        messageId: `<${message.id}@${MESSAGE_ID_HOST}>`,
        headers: { 'X-Notification-Id': message.id, 'X-Topic': message.topic },
      });
      await this.sentMarks.load({ id: message.id, messageId: sent.messageId });
      return 'sent';
    } catch (error) {
      const final = await this.recordFailure(outboxId, (error as Error).message);
      if (final) return 'undelivered';
      throw error;
    }
  }

  /**
   * Counts a failed attempt. Whether it was the last is decided by the row's own count, not the
   * job's: a job re-added after a Redis restart starts counting again, the row does not.
   */
  async recordFailure(outboxId: string, error: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // UPDATE … RETURNING through the query runner: `manager.query` returns [rows, count] for it.
      const result = await manager.queryRunner!.query(
        `UPDATE outbox SET attempts = attempts + 1, last_error = $2, failed_at = now(),
                status = CASE WHEN attempts + 1 >= $3::int THEN 'undelivered' ELSE 'failed' END,
                undelivered_at = CASE WHEN attempts + 1 >= $3::int THEN now() END
          WHERE id = $1 AND status IN ('pending', 'queued', 'failed')
          RETURNING status, warning_id`,
        [outboxId, error.slice(0, 2000), this.config.mail.maxAttempts],
        true,
      );
      const [row] = result.records as { status: OutboxStatus; warning_id: string | null }[];
      if (row?.status !== 'undelivered') return false;
      this.logger.warn({ outboxId }, 'Email undelivered after every attempt');
      // A digest stands for every warning inside it: each of them is undelivered too.
      const warningIds: string[] = row.warning_id
        ? [row.warning_id]
        : (
            await manager.query(
              `SELECT DISTINCT warning_id FROM outbox WHERE digest_id = $1 AND warning_id IS NOT NULL`,
              [outboxId],
            )
          ).map((r: { warning_id: string }) => r.warning_id);
      for (const warningId of warningIds) await this.warnings.markUndelivered(manager, warningId, outboxId);
      return true;
    });
  }

  private async loadRows(ids: readonly string[]): Promise<(OutboxRow | null)[]> {
    const rows: OutboxRow[] = await this.dataSource.query(
      `SELECT id, topic, status, payload FROM outbox WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async markSent(marks: readonly { id: string; messageId: string }[]): Promise<true[]> {
    await this.dataSource.query(
      `UPDATE outbox o SET status = 'sent', sent_at = now(), provider_message_id = m.message_id,
              attempts = o.attempts + 1, last_error = NULL
         FROM unnest($1::uuid[], $2::text[]) AS m(id, message_id)
        WHERE o.id = m.id AND o.sent_at IS NULL`,
      [marks.map((m) => m.id), marks.map((m) => m.messageId)],
    );
    return marks.map(() => true);
  }
}

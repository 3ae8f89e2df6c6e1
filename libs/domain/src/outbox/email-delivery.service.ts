import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { MailTransport, renderEmail } from '@app/mail';
import { DeliveryRoundTrips } from './delivery-round-trips.js';
import { EmailDeliveryRepository } from './email-delivery.repository.js';
import { type OutboxStatus } from './outbox-message.entity.js';
import { UndeliveredEmailListeners } from './undelivered-email.listener.js';

export type DeliveryOutcome = 'sent' | 'already-done' | 'missing' | 'undelivered';

/** Host part of the deterministic Message-ID: `<outbox-id@MESSAGE_ID_HOST>`. */
const MESSAGE_ID_HOST = 'udsaettelse.local';

/** States in which a row has nothing more to send. */
const FINISHED: ReadonlySet<OutboxStatus> = new Set(['sent', 'undelivered', 'digested', 'held']);

/**
 * How long concurrent jobs wait to share one database round trip. Short: a row marked sent late
 * is a row that a crash in between would send again.
 */
const BATCH_WINDOW_MS = 2;

@Injectable()
export class EmailDeliveryService {
  private readonly logger = new Logger(EmailDeliveryService.name);

  /**
   * Concurrent jobs share their reads and their "sent" writes: one statement for the rows of
   * the jobs starting and the marks of the jobs finishing, which is most of a job's cost besides
   * SMTP itself.
   */
  private readonly trips = new DeliveryRoundTrips(
    (marks, loadIds) => this.repository.markSentAndLoad(marks, loadIds),
    BATCH_WINDOW_MS,
  );

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(MailTransport) private readonly transport: MailTransport,
    @Inject(EmailDeliveryRepository) private readonly repository: EmailDeliveryRepository,
    @Inject(UndeliveredEmailListeners) private readonly undelivered: UndeliveredEmailListeners,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Sends the email an outbox row describes, at most once: a row already sent (or given up on)
   * is skipped, so a job that runs again after a crash or a duplicate enqueue does nothing.
   * A failed attempt is recorded and rethrown for the queue to retry, until the last allowed
   * attempt, which marks the row undelivered and tells the sender (see WarningDeliveryService).
   */
  async deliver(outboxId: string): Promise<DeliveryOutcome> {
    const message = await this.trips.load(outboxId);
    if (!message) {
      this.logger.warn({ outboxId }, 'Outbox row not found; nothing to send');
      return 'missing';
    }
    if (FINISHED.has(message.status)) return 'already-done';

    const { template, data, locale, to } = message.payload;
    try {
      // Links point at the web application's public address as configured when the email is sent.
      const rendered = renderEmail(template, data, locale, { publicUrl: this.config.warnings.publicUrl });
      const sent = await this.transport.send({
        to,
        ...rendered,
        messageId: `<${message.id}@${MESSAGE_ID_HOST}>`,
        headers: { 'X-Notification-Id': message.id, 'X-Topic': message.topic },
      });
      await this.trips.markSent({ id: message.id, messageId: sent.messageId });
      return 'sent';
    } catch (error) {
      const final = await this.recordFailure(outboxId, (error as Error).message);
      if (final) return 'undelivered';
      throw error;
    }
  }

  /**
   * Counts a failed attempt. Whether it was the last is decided by the row's own count, not the
   * job's: a job re-added after a Redis restart starts counting again, the row does not. The
   * last one tells the areas listening (the warnings mark theirs undelivered) in the same transaction.
   */
  async recordFailure(outboxId: string, error: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.repository.recordFailure(manager, outboxId, error, this.config.mail.maxAttempts);
      if (row?.status !== 'undelivered') return false;
      this.logger.warn({ outboxId }, 'Email undelivered after every attempt');
      // A digest stands for every warning inside it: each of them is undelivered too.
      const warningIds = row.warningId ? [row.warningId] : await this.repository.warningsInDigest(manager, outboxId);
      await this.undelivered.notify(manager, { outboxId, warningIds });
      return true;
    });
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MailTransport, renderEmail } from '@app/mail';
import { OutboxMessage } from './outbox-message.entity.js';

export type DeliveryOutcome = 'sent' | 'already-sent' | 'missing';

/** Host part of the deterministic Message-ID: `<outbox-id@MESSAGE_ID_HOST>`. */
const MESSAGE_ID_HOST = 'udsaettelse.local';

@Injectable()
export class EmailDeliveryService {
  private readonly logger = new Logger(EmailDeliveryService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(MailTransport) private readonly transport: MailTransport,
  ) {}

  /**
   * Sends the email an outbox row describes, at most once: a row already marked sent is
   * skipped, so a job that runs again after a crash or a duplicate enqueue does nothing.
   */
  async deliver(outboxId: string): Promise<DeliveryOutcome> {
    const repository = this.dataSource.getRepository(OutboxMessage);
    const message = await repository.findOneBy({ id: outboxId });
    if (!message) {
      this.logger.warn({ outboxId }, 'Outbox row not found; nothing to send');
      return 'missing';
    }
    if (message.sentAt) return 'already-sent';

    const { template, data, locale, to } = message.payload;
    const rendered = renderEmail(template, data, locale);
    const sent = await this.transport.send({
      to,
      ...rendered,
      messageId: `<${message.id}@${MESSAGE_ID_HOST}>`,
      headers: { 'X-Notification-Id': message.id, 'X-Topic': message.topic },
    });
    await repository
      .createQueryBuilder()
      .update()
      .set({
        status: 'sent',
        sentAt: () => 'now()',
        providerMessageId: sent.messageId,
        attempts: () => 'attempts + 1',
        lastError: null,
      })
      .where('id = :id AND sent_at IS NULL', { id: message.id })
      .execute();
    this.logger.log({ outboxId, topic: message.topic, receipt: sent.receipt }, 'Email sent');
    return 'sent';
  }

  /** Records a failed attempt; `final` marks the row failed so an operator sees it. */
  async recordFailure(outboxId: string, error: string, final: boolean): Promise<void> {
    await this.dataSource
      .getRepository(OutboxMessage)
      .createQueryBuilder()
      .update()
      .set({
        attempts: () => 'attempts + 1',
        lastError: error.slice(0, 2000),
        ...(final ? { status: 'failed' as const, failedAt: () => 'now()' } : {}),
      })
      .where('id = :id AND sent_at IS NULL', { id: outboxId })
      .execute();
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { type EmailTemplateName } from '@app/mail';
import { type EmailPayload } from './email-payload.js';
import { type OutboxMessage } from './outbox-message.entity.js';
import { type AnyNewOutboxEmail, type NewOutboxEmail, OutboxRepository } from './outbox.repository.js';

/** What `add` may say besides the payload. */
export type OutboxEmailOptions = Partial<Pick<NewOutboxEmail, 'id' | 'status' | 'warningId' | 'recipient'>>;

/**
 * The one way emails enter the outbox, typed by template from the caller to the worker. Call it
 * with the transaction's manager of the change that causes the messages: both commit together
 * or neither does.
 */
@Injectable()
export class OutboxService {
  constructor(@Inject(OutboxRepository) private readonly outbox: OutboxRepository) {}

  /** Records one message to send. */
  async add<T extends EmailTemplateName>(
    manager: EntityManager,
    topic: string,
    payload: EmailPayload<T>,
    options: OutboxEmailOptions = {},
  ): Promise<OutboxMessage> {
    return this.outbox.insert(manager, this.email(topic, payload, options) as AnyNewOutboxEmail);
  }

  /** Records a set of messages in one statement (a warning's emails, a day's digests). */
  async addMany(manager: EntityManager, emails: readonly AnyNewOutboxEmail[]): Promise<void> {
    await this.outbox.insertMany(manager, emails);
  }

  /** A message to pass to `addMany`, with a fresh id unless one is given. */
  email<T extends EmailTemplateName>(
    topic: string,
    payload: EmailPayload<T>,
    options: OutboxEmailOptions = {},
  ): NewOutboxEmail<T> {
    return {
      id: options.id ?? randomUUID(),
      topic,
      payload,
      status: options.status ?? 'pending',
      warningId: options.warningId ?? null,
      recipient: options.recipient ?? null,
    };
  }
}

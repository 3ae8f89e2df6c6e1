import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { type EmailTemplateName } from '@app/mail';
import { type EmailPayload } from './email-payload.js';
import { OutboxMessage } from './outbox-message.entity.js';

@Injectable()
export class OutboxService {
  /**
   * Records a message to send. Call it with the transaction's manager of the change that causes
   * the message: both commit together or neither does.
   */
  async add<T extends EmailTemplateName>(
    manager: EntityManager,
    topic: string,
    payload: EmailPayload<T>,
  ): Promise<OutboxMessage> {
    const message = manager.create(OutboxMessage, { id: randomUUID(), topic, payload, status: 'pending' });
    await manager.insert(OutboxMessage, message);
    return message;
  }
}

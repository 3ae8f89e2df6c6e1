import { Module } from '@nestjs/common';
import { EmailDeliveryRepository } from './email-delivery.repository.js';
import { EmailDeliveryService } from './email-delivery.service.js';
import { OutboxRelayRepository } from './outbox-relay.repository.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxService } from './outbox.service.js';
import { UndeliveredEmailListeners } from './undelivered-email.listener.js';

/**
 * The transactional outbox: emails written with the change that causes them (OutboxService),
 * claimed by the relay and sent by the worker (EmailDeliveryService), at most once each.
 * It depends on no other area; one that must react to an email given up on registers with
 * UndeliveredEmailListeners.
 */
@Module({
  providers: [
    OutboxRepository,
    OutboxRelayRepository,
    EmailDeliveryRepository,
    OutboxService,
    EmailDeliveryService,
    UndeliveredEmailListeners,
  ],
  exports: [OutboxRepository, OutboxRelayRepository, OutboxService, EmailDeliveryService, UndeliveredEmailListeners],
})
export class OutboxModule {}

import { Module } from '@nestjs/common';
import { MunicipalityService } from './directory/municipality.service.js';
import { EmailDeliveryService } from './outbox/email-delivery.service.js';
import { OutboxRelayRepository } from './outbox/outbox-relay.repository.js';
import { OutboxService } from './outbox/outbox.service.js';

const SERVICES = [MunicipalityService, OutboxService, EmailDeliveryService, OutboxRelayRepository];

@Module({ providers: SERVICES, exports: SERVICES })
export class DomainModule {}

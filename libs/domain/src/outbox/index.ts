export * from './email-delivery.service.js';
export * from './email-payload.js';
export * from './outbox-message.entity.js';
export * from './outbox-relay.repository.js';
export type { AnyNewOutboxEmail, NewOutboxEmail } from './outbox.repository.js';
export * from './outbox.module.js';
export * from './outbox.service.js';
export * from './undelivered-email.listener.js';

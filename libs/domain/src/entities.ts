import { Municipality } from './directory/municipality.entity.js';
import { OutboxMessage } from './outbox/outbox-message.entity.js';

/** Every entity the DataSource maps; add new ones here. */
export const ENTITIES = [Municipality, OutboxMessage];

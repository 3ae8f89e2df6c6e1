import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';

/** An email the outbox gave up on (every attempt failed), and the warnings it carried. */
export interface UndeliveredEmail {
  outboxId: string;
  /** The warning it carried, or for a digest every warning inside it. */
  warningIds: string[];
}

export type UndeliveredHandler = (manager: EntityManager, email: UndeliveredEmail) => Promise<void>;

/**
 * Lets an area react, in the same transaction, when an email is given up on, without the outbox
 * depending on it: the warnings area registers its handler (mark the warning, task the sender).
 */
@Injectable()
export class UndeliveredEmailListeners {
  private readonly handlers: UndeliveredHandler[] = [];

  register(handler: UndeliveredHandler): void {
    this.handlers.push(handler);
  }

  async notify(manager: EntityManager, email: UndeliveredEmail): Promise<void> {
    for (const handler of this.handlers) await handler(manager, email);
  }
}

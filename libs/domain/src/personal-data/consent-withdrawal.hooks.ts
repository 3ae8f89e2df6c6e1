import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type Actor } from '../access/roles.js';

/** Something that must change, in the same transaction, when a consent is withdrawn. */
export interface ConsentWithdrawalListener {
  consentWithdrawn(manager: EntityManager, actor: Actor, consent: { id: string; personId: string }): Promise<void>;
}

/**
 * The areas that hold data shared on a consent register here (a referral to debt counselling
 * closes when its consent is withdrawn); the consent service calls them inside the withdrawal's
 * transaction, so the withdrawal and what follows from it commit together. Personal data does not
 * import those areas: they import it.
 */
@Injectable()
export class ConsentWithdrawalHooks {
  private readonly listeners: ConsentWithdrawalListener[] = [];

  register(listener: ConsentWithdrawalListener): void {
    if (!this.listeners.includes(listener)) this.listeners.push(listener);
  }

  async notify(manager: EntityManager, actor: Actor, consent: { id: string; personId: string }): Promise<void> {
    for (const listener of this.listeners) await listener.consentWithdrawn(manager, actor, consent);
  }
}

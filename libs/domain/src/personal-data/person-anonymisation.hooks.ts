import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';

export interface PersonAnonymisationListener {
  personsAnonymised(manager: EntityManager, personIds: readonly string[]): Promise<void>;
}

/**
 * The areas that hold personal data of their own about a person register here (the debt advisor's
 * session notes, debts and budgets); PersonService.anonymise calls them in the anonymisation's
 * transaction (erasure or retention), so the person and what others hold about them are erased
 * together. Personal data does not import those areas: they import it.
 */
@Injectable()
export class PersonAnonymisationHooks {
  private readonly listeners: PersonAnonymisationListener[] = [];

  register(listener: PersonAnonymisationListener): void {
    if (!this.listeners.includes(listener)) this.listeners.push(listener);
  }

  async notify(manager: EntityManager, personIds: readonly string[]): Promise<void> {
    for (const listener of this.listeners) await listener.personsAnonymised(manager, personIds);
  }
}

import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import {
  PersonAnonymisationHooks,
  type PersonAnonymisationListener,
} from '../../personal-data/person-anonymisation.hooks.js';
import { CounsellingBudgetRepository } from './counselling-budget.repository.js';
import { CounsellingDebtRepository } from './counselling-debt.repository.js';
import { CounsellingSessionRepository } from './counselling-session.repository.js';

/**
 * When a person is anonymised (erasure on request, or retention), the casework about them goes in
 * the same transaction: session notes and next actions are cleared, debts and budgets deleted.
 * What stays — that sessions took place, when, how long, on what topics — holds no personal data
 * once the person is anonymised (docs/personal-data.md#retention-and-erasure).
 */
@Injectable()
export class CaseworkErasure implements OnModuleInit, PersonAnonymisationListener {
  constructor(
    @Inject(PersonAnonymisationHooks) private readonly hooks: PersonAnonymisationHooks,
    @Inject(CounsellingSessionRepository) private readonly sessions: CounsellingSessionRepository,
    @Inject(CounsellingDebtRepository) private readonly debts: CounsellingDebtRepository,
    @Inject(CounsellingBudgetRepository) private readonly budgets: CounsellingBudgetRepository,
  ) {}

  onModuleInit(): void {
    this.hooks.register(this);
  }

  async personsAnonymised(manager: EntityManager, personIds: readonly string[]): Promise<void> {
    await this.sessions.eraseForPersons(manager, personIds);
    await this.debts.eraseForPersons(manager, personIds);
    await this.budgets.eraseForPersons(manager, personIds);
  }
}

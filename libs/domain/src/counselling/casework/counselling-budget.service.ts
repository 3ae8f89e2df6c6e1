import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { type Actor } from '../../access/roles.js';
import { AuditService } from '../../audit/audit.service.js';
import { assessBudget } from '../budget/budget-assessment.js';
import { CounsellingInputInvalidError, StandardLivingAmountNotInForceError } from '../budget/budget.errors.js';
import { type BudgetLines, type BudgetResult } from '../budget/budget-rules.js';
import {
  type Household,
  type StandardLivingAmount,
  type StandardLivingRates,
} from '../budget/standard-living-amount.js';
import { StandardLivingAmountRepository } from '../budget/standard-living-amount.repository.js';
import { CaseworkAccess } from './casework-access.service.js';
import { CounsellingBudgetRepository, type BudgetRow } from './counselling-budget.repository.js';

/** What assessBudget works out for a budget, with the standard living amount it used. */
export interface BudgetCalculation extends Omit<BudgetResult, 'incomeByGroup' | 'fixedByGroup' | 'flexibleByGroup'> {
  standardLivingAmount: StandardLivingAmount;
  /** Worked out with an earlier year's rates (this year's have not been added yet). */
  ratesFromEarlierYear: boolean;
}

export interface BudgetView {
  id: string;
  referralId: string;
  budgetOn: IsoDate;
  household: { adults: number; childBirthDates: IsoDate[] };
  lines: BudgetLines;
  calculation: BudgetCalculation;
  createdBy: string;
  createdAt: Date;
}

export interface NewBudgetInput {
  budgetOn: IsoDate;
  household: Household;
  /** As they arrive; assessBudget checks the groups, amounts and approvals. */
  lines: {
    income: readonly { group: string; amountOre: number }[];
    fixed: readonly { group: string; amountOre: number; approved?: unknown }[];
    flexible: readonly { group: string; amountOre: number }[];
  };
}

/**
 * A referral's household budgets (issue 14, item 4; docs/debt-counselling-budget.md#budget): dated,
 * written once — a new budget is a new row and the history stays —, each answered with the
 * calculation of assessBudget under the standard living amount in force on the budget's date.
 * Only the provider's debt advisors, every read audited.
 */
@Injectable()
export class CounsellingBudgetService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CaseworkAccess) private readonly access: CaseworkAccess,
    @Inject(CounsellingBudgetRepository) private readonly budgets: CounsellingBudgetRepository,
    @Inject(StandardLivingAmountRepository) private readonly rates: StandardLivingAmountRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** Every budget of the referral, the newest first (the first is the current one); one audit row. */
  async history(actor: Actor, referralId: string): Promise<BudgetView[]> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.access.readable(manager, actor, referralId);
      const rows = await this.budgets.listOf(manager, referral.id);
      await this.audit.record(manager, actor, [
        {
          action: 'counselling_budget.read',
          entityType: 'referral',
          entityId: referral.id,
          personId: referral.personId,
          details: { budgets: rows.length },
        },
      ]);
      const rates = new Map<IsoDate, StandardLivingRates | null>();
      const views: BudgetView[] = [];
      for (const row of rows) {
        if (!rates.has(row.budgetOn)) rates.set(row.budgetOn, await this.rates.inForceOn(manager, row.budgetOn));
        views.push(this.view(row, rates.get(row.budgetOn) ?? null));
      }
      return views;
    });
  }

  /**
   * A new budget: refused with STANDARD_LIVING_AMOUNT_NOT_IN_FORCE when no rates are in force on
   * its date, and with the rules' codes for a bad line or household; nothing is written then.
   */
  async create(actor: Actor, referralId: string, input: NewBudgetInput): Promise<BudgetView> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.access.writable(manager, actor, referralId);
      const rates = await this.rates.inForceOn(manager, input.budgetOn);
      if (!rates) throw new StandardLivingAmountNotInForceError(input.budgetOn);
      const lines = input.lines as BudgetLines;
      const assessment = assessBudget({ lines, household: input.household, on: input.budgetOn, rates });
      if (!assessment.ok) {
        const [first, ...rest] = assessment.issues;
        throw new CounsellingInputInvalidError([first!, ...rest]);
      }
      const id = randomUUID();
      await this.budgets.insert(manager, {
        id,
        referralId: referral.id,
        budgetOn: input.budgetOn,
        adults: input.household.adults,
        childBirthDates: input.household.childBirthDates as IsoDate[],
        lines,
        createdBy: actor.principal.userId,
      });
      // No amounts, no household in the audit details: they are the household's finances.
      await this.audit.record(manager, actor, [
        {
          action: 'counselling_budget.create',
          entityType: 'counselling_budget',
          entityId: id,
          personId: referral.personId,
          details: { referralId: referral.id, budgetOn: input.budgetOn },
        },
      ]);
      const created = (await this.budgets.listOf(manager, referral.id)).find((row) => row.id === id)!;
      return this.view(created, rates);
    });
  }

  private view(row: BudgetRow, rates: StandardLivingRates | null): BudgetView {
    // Rates are never deleted (a new year is a new row), so a stored budget always has its own.
    if (!rates) throw new StandardLivingAmountNotInForceError(row.budgetOn);
    const assessment = assessBudget({
      lines: row.lines,
      household: { adults: row.adults, childBirthDates: row.childBirthDates },
      on: row.budgetOn,
      rates,
    });
    if (!assessment.ok) throw new Error(`counselling_budget ${row.id}: a stored budget no longer passes the rules`);
    const { incomeByGroup: _income, fixedByGroup: _fixed, flexibleByGroup: _flexible, ...totals } = assessment.result;
    return {
      id: row.id,
      referralId: row.referralId,
      budgetOn: row.budgetOn,
      household: { adults: row.adults, childBirthDates: row.childBirthDates },
      lines: row.lines,
      calculation: {
        ...totals,
        standardLivingAmount: assessment.standard,
        ratesFromEarlierYear: assessment.ratesFromEarlierYear,
      },
      createdBy: row.createdBy,
      createdAt: row.createdAt,
    };
  }
}

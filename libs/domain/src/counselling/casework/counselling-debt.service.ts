import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor } from '../../access/roles.js';
import { summarizeLedger } from '../../arrears/ledger-summary.js';
import { LedgerRepository } from '../../arrears/ledger.repository.js';
import { AuditService } from '../../audit/audit.service.js';
import { StaleVersionError } from '../../personal-data/personal-data.errors.js';
import { CounsellingInputInvalidError } from '../budget/budget.errors.js';
import {
  debtOverview,
  isPriorityDebt,
  validateDebtLine,
  type DebtOverview,
  type DebtOverviewLine,
} from '../budget/debt-rules.js';
import { type ReferralRow } from '../referrals/referral.repository.js';
import { CaseworkAccess } from './casework-access.service.js';
import { changedDebt, type DebtFields } from './casework-rules.js';
import { CounsellingDebtNotFoundError } from './casework.errors.js';
import { CounsellingDebtRepository, type DebtRow, type DebtValues } from './counselling-debt.repository.js';

/** A typed-in debt with its priority (from the rules). */
export interface DebtView extends DebtRow {
  priority: boolean;
}

/** An overview line: a typed-in debt carries its id and version; the ledger's rent-arrears line has neither. */
export type DebtOverviewLineView = DebtOverviewLine & { id: string | null; version: number | null };

export interface DebtOverviewView extends Omit<DebtOverview, 'lines'> {
  lines: DebtOverviewLineView[];
}

/**
 * The debts of a referral's household (issue 14, item 3; docs/debt-counselling.md#debts): typed in
 * by the provider's debt advisors, changed with the version read, deleted when entered by mistake
 * (a debt that is forgiven is set to `written_off`, which keeps it listed and uncounted). The
 * overview puts the rent arrears first, read live from the case's ledger — never stored here.
 */
@Injectable()
export class CounsellingDebtService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CaseworkAccess) private readonly access: CaseworkAccess,
    @Inject(CounsellingDebtRepository) private readonly debts: CounsellingDebtRepository,
    @Inject(LedgerRepository) private readonly ledger: LedgerRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** The overview with the totals; one `counselling_debt.read` audit row. */
  async overview(actor: Actor, referralId: string): Promise<DebtOverviewView> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.access.readable(manager, actor, referralId);
      const overview = await this.overviewOf(manager, referral);
      await this.audit.record(manager, actor, [
        {
          action: 'counselling_debt.read',
          entityType: 'referral',
          entityId: referral.id,
          personId: referral.personId,
          details: { debts: overview.lines.length },
        },
      ]);
      return overview;
    });
  }

  async create(actor: Actor, referralId: string, input: DebtFields): Promise<DebtView> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.access.writable(manager, actor, referralId);
      const values = this.checked({ ...input, creditor: input.creditor.trim() });
      const id = randomUUID();
      await this.debts.insert(manager, { ...values, id, referralId: referral.id, createdBy: actor.principal.userId });
      await this.record(manager, actor, referral, 'create', id, values);
      return this.view((await this.debts.find(manager, referral.id, id))!);
    });
  }

  /** Changes the fields given, with the version last read; the whole line is checked again. */
  async update(
    actor: Actor,
    referralId: string,
    debtId: string,
    version: number,
    change: Partial<DebtFields>,
  ): Promise<DebtView> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.access.writable(manager, actor, referralId);
      const stored = await this.mustFind(manager, referral, debtId, version);
      const values = this.checked(changedDebt(stored, change));
      await this.debts.update(manager, stored.id, stored.version, values);
      await this.record(manager, actor, referral, 'update', stored.id, values);
      return this.view((await this.debts.find(manager, referral.id, stored.id))!);
    });
  }

  /** Removes a debt entered by mistake, with the version last read. */
  async remove(actor: Actor, referralId: string, debtId: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const referral = await this.access.writable(manager, actor, referralId);
      const stored = await this.mustFind(manager, referral, debtId, version);
      await this.debts.delete(manager, stored.id, stored.version);
      await this.record(manager, actor, referral, 'delete', stored.id, stored);
    });
  }

  private async overviewOf(manager: EntityManager, referral: ReferralRow): Promise<DebtOverviewView> {
    const rows = await this.debts.listOf(manager, referral.id);
    const lines = await this.ledger.linesOf(manager, referral.caseId);
    const source = await this.debts.rentArrearsSource(manager, referral.caseId);
    // The rent arrears are the case's ledger balance now: never typed in, never stored twice.
    const rentArrears = {
      creditor: source.creditor,
      ledgerBalanceOre: summarizeLedger(lines).balanceOre,
      monthlyPaymentOre: source.planInstalmentOre ?? 0,
      status: source.planInstalmentOre === null ? ('untouched' as const) : ('agreed' as const),
    };
    // debtOverview keeps each line's own fields, so a typed-in line still carries its id and version.
    const overview = debtOverview(rentArrears, rows);
    return {
      ...overview,
      lines: overview.lines.map((line) => {
        const typed = line as DebtOverviewLine & Partial<Pick<DebtRow, 'id' | 'version'>>;
        return {
          creditor: line.creditor,
          kind: line.kind,
          status: line.status,
          underEnforcement: line.underEnforcement ?? false,
          amountOwedOre: line.amountOwedOre,
          monthlyPaymentOre: line.monthlyPaymentOre,
          priority: line.priority,
          fromLedger: line.fromLedger,
          counted: line.counted,
          id: line.fromLedger ? null : (typed.id ?? null),
          version: line.fromLedger ? null : (typed.version ?? null),
        };
      }),
    };
  }

  private checked(fields: DebtFields): DebtValues {
    const [first, ...rest] = validateDebtLine(fields);
    if (first) throw new CounsellingInputInvalidError([first, ...rest]);
    return fields as DebtValues;
  }

  private async mustFind(
    manager: EntityManager,
    referral: ReferralRow,
    debtId: string,
    version: number,
  ): Promise<DebtRow> {
    const stored = await this.debts.find(manager, referral.id, debtId, true);
    if (!stored) throw new CounsellingDebtNotFoundError();
    if (stored.version !== version) throw new StaleVersionError(stored.version, version);
    return stored;
  }

  /** The audit row of a change: the kind and status, never the creditor or an amount. */
  private async record(
    manager: EntityManager,
    actor: Actor,
    referral: ReferralRow,
    change: 'create' | 'update' | 'delete',
    debtId: string,
    values: Pick<DebtValues, 'kind' | 'status'>,
  ): Promise<void> {
    await this.audit.record(manager, actor, [
      {
        action: `counselling_debt.${change}`,
        entityType: 'counselling_debt',
        entityId: debtId,
        personId: referral.personId,
        details: { referralId: referral.id, kind: values.kind, status: values.status },
      },
    ]);
  }

  private view(row: DebtRow): DebtView {
    return { ...row, priority: isPriorityDebt(row) };
  }
}

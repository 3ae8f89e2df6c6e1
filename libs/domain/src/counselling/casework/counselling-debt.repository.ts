import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type DebtKind, type DebtStatus } from '../budget/debt-rules.js';

/** A typed-in debt line as stored (never rent arrears to the case's landlord: the ledger holds those). */
export interface DebtRow {
  id: string;
  referralId: string;
  creditor: string;
  kind: Exclude<DebtKind, 'rent_arrears'>;
  status: DebtStatus;
  underEnforcement: boolean;
  amountOwedOre: number;
  monthlyPaymentOre: number;
  version: number;
  createdAt: Date;
}

export interface DebtValues {
  creditor: string;
  kind: Exclude<DebtKind, 'rent_arrears'>;
  status: DebtStatus;
  underEnforcement: boolean;
  amountOwedOre: number;
  monthlyPaymentOre: number;
}

/** What the rent-arrears line is made of, read when the overview is made. */
export interface RentArrearsSource {
  /** The landlord (the case's housing organisation). */
  creditor: string;
  /** The running payment plan's instalment, or null when the case has none. */
  planInstalmentOre: number | null;
}

const COLUMNS = `d.id, d.referral_id AS "referralId", d.creditor, d.kind, d.status,
  d.under_enforcement AS "underEnforcement", d.amount_owed_ore::float8 AS "amountOwedOre",
  d.monthly_payment_ore::float8 AS "monthlyPaymentOre", d.version, d.created_at AS "createdAt"`;

/**
 * `counselling_debt`: the debts the advisor types in for a referral. As for sessions, the service
 * has checked the caller may see the referral before it asks; the referral's id is the scope.
 */
@Injectable()
export class CounsellingDebtRepository {
  async insert(
    manager: EntityManager,
    debt: DebtValues & { id: string; referralId: string; createdBy: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO counselling_debt (id, referral_id, creditor, kind, status, under_enforcement, amount_owed_ore,
                                     monthly_payment_ore, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        debt.id,
        debt.referralId,
        debt.creditor,
        debt.kind,
        debt.status,
        debt.underEnforcement,
        debt.amountOwedOre,
        debt.monthlyPaymentOre,
        debt.createdBy,
      ],
    );
  }

  /** The referral's debts in the order they were entered (the overview sorts them). */
  async listOf(manager: EntityManager, referralId: string): Promise<DebtRow[]> {
    return manager.query(
      `SELECT ${COLUMNS} FROM counselling_debt d WHERE d.referral_id = $1 ORDER BY d.created_at, d.id`,
      [referralId],
    );
  }

  async find(manager: EntityManager, referralId: string, debtId: string, lock = false): Promise<DebtRow | null> {
    const [row]: DebtRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM counselling_debt d WHERE d.referral_id = $1 AND d.id = $2${lock ? ' FOR UPDATE' : ''}`,
      [referralId, debtId],
    );
    return row ?? null;
  }

  /** Writes the whole line if the version is still `version`. */
  async update(manager: EntityManager, debtId: string, version: number, values: DebtValues): Promise<boolean> {
    // Through a CTE: a bare UPDATE … RETURNING answers [rows, count] in TypeORM, never an empty array.
    const rows: unknown[] = await manager.query(
      `WITH updated AS (
       UPDATE counselling_debt
          SET creditor = $3, kind = $4, status = $5, under_enforcement = $6, amount_owed_ore = $7,
              monthly_payment_ore = $8, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2
        RETURNING id
       ) SELECT id FROM updated`,
      [
        debtId,
        version,
        values.creditor,
        values.kind,
        values.status,
        values.underEnforcement,
        values.amountOwedOre,
        values.monthlyPaymentOre,
      ],
    );
    return rows.length > 0;
  }

  async delete(manager: EntityManager, debtId: string, version: number): Promise<boolean> {
    // Through a CTE: a bare DELETE … RETURNING answers [rows, count] in TypeORM, never an empty array.
    const rows: unknown[] = await manager.query(
      `WITH deleted AS (DELETE FROM counselling_debt WHERE id = $1 AND version = $2 RETURNING id) SELECT id FROM deleted`,
      [debtId, version],
    );
    return rows.length > 0;
  }

  /** The landlord's name and the running plan's instalment of the case: the rent-arrears line's other facts. */
  async rentArrearsSource(manager: EntityManager, caseId: string): Promise<RentArrearsSource> {
    const [row]: RentArrearsSource[] = await manager.query(
      `SELECT ho.name AS creditor,
              (SELECT p.instalment_ore::float8 FROM payment_plan p WHERE p.case_id = c.id AND p.status = 'active')
                AS "planInstalmentOre"
         FROM arrears_case c JOIN housing_organisation ho ON ho.id = c.housing_organisation_id
        WHERE c.id = $1`,
      [caseId],
    );
    return row ?? { creditor: '', planInstalmentOre: null };
  }

  /** Anonymisation: the persons' debts go (creditors and amounts are the household's finances). */
  async eraseForPersons(manager: EntityManager, personIds: readonly string[]): Promise<void> {
    await manager.query(
      `DELETE FROM counselling_debt d USING referral r WHERE r.id = d.referral_id AND r.person_id = ANY($1::uuid[])`,
      [personIds],
    );
  }
}

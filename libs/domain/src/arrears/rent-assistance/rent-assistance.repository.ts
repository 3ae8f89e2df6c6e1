import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { type Principal } from '../../access/roles.js';
import { sql } from '../../shared/sql-fragment.js';
import { caseColumns } from '../case-scope.sql.js';
import { type RentAssistanceDecision, type RentAssistanceKind } from './rent-assistance-rules.js';
import { rentAssistanceScopeSql } from './rent-assistance-scope.sql.js';

/** A `rent_assistance_application` row, dates as ISO text and the amount as a number. */
export interface RentAssistanceRow {
  id: string;
  caseId: string;
  kind: RentAssistanceKind;
  appliedOn: IsoDate;
  decision: RentAssistanceDecision;
  decidedOn: IsoDate | null;
  amountOre: number | null;
  recordedBy: string;
  decidedBy: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The case an application is on, as far as the caller may see it. */
export interface RentAssistanceCase {
  id: string;
  tenancyId: string;
  closed: boolean;
}

export interface NewRentAssistanceApplication {
  id: string;
  caseId: string;
  kind: RentAssistanceKind;
  appliedOn: IsoDate;
  recordedBy: string;
}

const COLUMNS = `a.id, a.case_id AS "caseId", a.kind, a.applied_on::text AS "appliedOn", a.decision,
  a.decided_on::text AS "decidedOn", a.amount_ore::float8 AS "amountOre", a.recorded_by AS "recordedBy",
  a.decided_by AS "decidedBy", a.version, a.created_at AS "createdAt", a.updated_at AS "updatedAt"`;

/** Rent assistance applications: every statement on `rent_assistance_application`, in the caller's transaction. */
@Injectable()
export class RentAssistanceRepository {
  /**
   * The case, if the principal may see its applications (rent-assistance-scope.sql.ts); `lock`
   * locks the case row, as every write to a case does first (lock order: case, then application).
   */
  async caseInScope(
    manager: EntityManager,
    principal: Principal,
    caseId: string,
    lock = false,
  ): Promise<RentAssistanceCase | null> {
    const scope = rentAssistanceScopeSql(principal, caseColumns('c'));
    if (!scope) return null;
    const { text, values } = sql`SELECT c.id, c.tenancy_id AS "tenancyId", c.closed_at IS NOT NULL AS closed
        FROM arrears_case c WHERE c.id = ${caseId} AND ${scope}`.toQuery();
    const [row]: RentAssistanceCase[] = await manager.query(lock ? `${text} FOR UPDATE OF c` : text, values);
    return row ?? null;
  }

  /** The case's applications, oldest application first. The caller has checked the case's scope. */
  async listOf(manager: EntityManager, caseId: string): Promise<RentAssistanceRow[]> {
    return manager.query(
      `SELECT ${COLUMNS} FROM rent_assistance_application a WHERE a.case_id = $1
        ORDER BY a.applied_on, a.created_at, a.id`,
      [caseId],
    );
  }

  /** One application of the case; `lock` holds it for a decision in this transaction. */
  async findOf(
    manager: EntityManager,
    caseId: string,
    applicationId: string,
    lock = false,
  ): Promise<RentAssistanceRow | null> {
    const [row]: RentAssistanceRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM rent_assistance_application a WHERE a.case_id = $1 AND a.id = $2${lock ? ' FOR UPDATE' : ''}`,
      [caseId, applicationId],
    );
    return row ?? null;
  }

  async insert(manager: EntityManager, application: NewRentAssistanceApplication): Promise<void> {
    await manager.query(
      `INSERT INTO rent_assistance_application (id, case_id, kind, applied_on, recorded_by) VALUES ($1, $2, $3, $4, $5)`,
      [application.id, application.caseId, application.kind, application.appliedOn, application.recordedBy],
    );
  }

  /** Records a decided decision if the version is still `version`; false when someone changed it first. */
  async decide(
    manager: EntityManager,
    applicationId: string,
    version: number,
    decision: { decision: 'granted' | 'refused'; decidedOn: IsoDate; amountOre: number | null; decidedBy: string },
  ): Promise<boolean> {
    // Through a CTE: a bare UPDATE … RETURNING answers [rows, count] in TypeORM, never an empty array.
    const rows: unknown[] = await manager.query(
      `WITH updated AS (
       UPDATE rent_assistance_application
          SET decision = $3, decided_on = $4, amount_ore = $5, decided_by = $6, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2
        RETURNING id
       ) SELECT id FROM updated`,
      [applicationId, version, decision.decision, decision.decidedOn, decision.amountOre, decision.decidedBy],
    );
    return rows.length > 0;
  }

  /** The decisions on the case's applications, for the close rule (`grantedForClosing`). */
  async decisionsOf(
    manager: EntityManager,
    caseId: string,
  ): Promise<{ decision: RentAssistanceDecision; decidedOn: IsoDate | null }[]> {
    return manager.query(
      `SELECT decision, decided_on::text AS "decidedOn" FROM rent_assistance_application WHERE case_id = $1`,
      [caseId],
    );
  }
}

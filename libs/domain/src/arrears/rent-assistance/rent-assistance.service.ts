import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { copenhagenDateOf, type IsoDate } from '@app/calendar';
import { RoleNotAllowedError } from '../../access/access.errors.js';
import { type Actor, Role } from '../../access/roles.js';
import { AuditService } from '../../audit/audit.service.js';
import { EntityNotFoundError } from '../../directory/directory.errors.js';
import { StaleVersionError } from '../../personal-data/personal-data.errors.js';
import { NoOpenCaseError } from '../arrears.errors.js';
import { CaseHistoryRepository } from '../case-history.repository.js';
import { decideApplication, validateApplication, type RentAssistanceKind } from './rent-assistance-rules.js';
import { RentAssistanceNotFoundError, RentAssistanceRefusedError } from './rent-assistance.errors.js';
import {
  RentAssistanceRepository,
  type RentAssistanceCase,
  type RentAssistanceRow,
} from './rent-assistance.repository.js';

export interface RecordRentAssistanceApplication {
  kind: RentAssistanceKind;
  appliedOn: IsoDate;
}

export interface DecideRentAssistanceApplication {
  /** The application's version last read. */
  version: number;
  decision: 'granted' | 'refused';
  decidedOn: IsoDate;
  amountOre?: number | null;
  /** Needed to change a decision already recorded (a correction); kept on the case's timeline. */
  correctionReason?: string | null;
}

/** An application as its readers see it. */
export type RentAssistanceView = RentAssistanceRow;

/** Who reads and records applications: the landlord's caseworker, the municipality, the tenant's debt advisor. */
const READERS: readonly Role[] = [Role.HousingCaseworker, Role.MunicipalSocialWorker, Role.DebtAdvisor];
/**
 * Who records the decision: the municipality decides § 81 applications, and the landlord's
 * caseworker records the decision the tenant or the municipality shows it. The advisor helps apply,
 * but does not record decisions.
 */
const DECIDERS: readonly Role[] = [Role.HousingCaseworker, Role.MunicipalSocialWorker];

/**
 * Rent assistance applications (huslejehjælp under aktivloven § 81, § 81 a, § 81 b, or boligstøtte)
 * on an arrears case (docs/rent-assistance.md). Each write locks the case first, puts a line on
 * its timeline (kind, dates and decision, never the amount) and is audited against the tenants;
 * so is each read. A granted application is what lets the case close as `rent_assistance`
 * (`grantedForClosing`, checked by ArrearsCaseService).
 */
@Injectable()
export class RentAssistanceService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(RentAssistanceRepository) private readonly applications: RentAssistanceRepository,
    @Inject(CaseHistoryRepository) private readonly history: CaseHistoryRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** The case's applications, oldest first; audited as a read of the tenants' data. */
  async list(actor: Actor, caseId: string): Promise<RentAssistanceView[]> {
    if (!READERS.includes(actor.principal.role)) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const found = await this.caseOf(manager, actor, caseId, false);
      const rows = await this.applications.listOf(manager, caseId);
      await this.auditTenants(manager, actor, found, 'person.read', 'arrears_case', caseId, {
        via: 'case-rent-assistance',
      });
      return rows;
    });
  }

  /** Records an application, pending until its decision is recorded. */
  async record(
    actor: Actor,
    caseId: string,
    input: RecordRentAssistanceApplication,
    now: Date = new Date(),
  ): Promise<RentAssistanceView> {
    if (!READERS.includes(actor.principal.role)) throw new RoleNotAllowedError();
    const today = copenhagenDateOf(now);
    return this.dataSource.transaction(async (manager) => {
      const found = await this.caseOf(manager, actor, caseId, true);
      if (found.closed) throw new NoOpenCaseError();
      const violation = validateApplication(input, today);
      if (violation) throw new RentAssistanceRefusedError(violation);
      const id = randomUUID();
      await this.applications.insert(manager, {
        id,
        caseId,
        kind: input.kind,
        appliedOn: input.appliedOn,
        recordedBy: actor.principal.userId,
      });
      await this.history.addEvents(manager, [
        {
          caseId,
          on: input.appliedOn,
          type: 'rent_assistance_applied',
          actorId: actor.principal.userId,
          details: { applicationId: id, kind: input.kind, appliedOn: input.appliedOn },
        },
      ]);
      await this.auditTenants(manager, actor, found, 'rent_assistance.record', 'rent_assistance_application', id, {
        caseId,
        kind: input.kind,
      });
      return (await this.applications.findOf(manager, caseId, id))!;
    });
  }

  /**
   * Records the municipality's decision, with the version last read. A decision once recorded is
   * final; changing it is a correction with a reason (rent-assistance-rules.ts, `decideApplication`).
   */
  async decide(
    actor: Actor,
    caseId: string,
    applicationId: string,
    input: DecideRentAssistanceApplication,
    now: Date = new Date(),
  ): Promise<RentAssistanceView> {
    if (!DECIDERS.includes(actor.principal.role)) throw new RoleNotAllowedError();
    const today = copenhagenDateOf(now);
    return this.dataSource.transaction(async (manager) => {
      const found = await this.caseOf(manager, actor, caseId, true);
      const application = await this.applications.findOf(manager, caseId, applicationId, true);
      if (!application) throw new RentAssistanceNotFoundError();
      if (found.closed) throw new NoOpenCaseError();
      if (application.version !== input.version) throw new StaleVersionError(application.version, input.version);
      const result = decideApplication(application, input, today);
      if (!result.ok) throw new RentAssistanceRefusedError(result.violation);
      const { change } = result;
      await this.applications.decide(manager, applicationId, application.version, {
        decision: change.decision,
        decidedOn: change.decidedOn,
        amountOre: change.amountOre,
        decidedBy: actor.principal.userId,
      });
      await this.history.addEvents(manager, [
        {
          caseId,
          on: change.decidedOn,
          type: change.correction ? 'rent_assistance_decision_corrected' : 'rent_assistance_decided',
          actorId: actor.principal.userId,
          reason: change.correction?.reason ?? null,
          // No amount: every reader of the timeline sees this line, not only those who may see the grant.
          details: {
            applicationId,
            kind: application.kind,
            decision: change.decision,
            decidedOn: change.decidedOn,
            ...(change.correction ? { previousDecision: change.correction.previous } : {}),
          },
        },
      ]);
      await this.auditTenants(
        manager,
        actor,
        found,
        'rent_assistance.decide',
        'rent_assistance_application',
        applicationId,
        { caseId, decision: change.decision, correction: change.correction !== null },
      );
      return (await this.applications.findOf(manager, caseId, applicationId))!;
    });
  }

  private async caseOf(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    lock: boolean,
  ): Promise<RentAssistanceCase> {
    const found = await this.applications.caseInScope(manager, actor.principal, caseId, lock);
    if (!found) throw new EntityNotFoundError('arrears_case');
    return found;
  }

  /** One audit row per tenant of the case: applications are the tenants' data, as the ledger is. */
  private async auditTenants(
    manager: EntityManager,
    actor: Actor,
    found: RentAssistanceCase,
    action: string,
    entityType: string,
    entityId: string,
    details: Record<string, string | boolean>,
  ): Promise<void> {
    const tenants = await this.history.tenantIds(manager, found.tenancyId);
    await this.audit.record(
      manager,
      actor,
      tenants.map((personId) => ({ action, entityType, entityId, personId, details })),
    );
  }
}

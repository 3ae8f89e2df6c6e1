import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { type Actor, type Principal, Role } from '../access/roles.js';
import { AuditService } from '../audit/audit.service.js';
import { EntityNotFoundError, UnknownReferenceError } from '../directory/directory.errors.js';
import { Consent, RECIPIENT_TYPE_FOR_PURPOSE, type ConsentPurpose, type RecipientType } from './consent.entity.js';
import {
  ConsentPeriodInvalidError,
  ConsentRecipientMismatchError,
  PersonAnonymisedError,
} from './personal-data.errors.js';
import { mayManagePersons, personScope } from './person-scope.js';
import { consentInForceSql } from './consent.sql.js';

export interface RecordConsent {
  purpose: ConsentPurpose;
  recipientId: string;
  givenAt: Date;
  expiresAt?: Date | null;
}

const RECIPIENT_TABLE: Record<RecipientType, string> = {
  municipality: 'municipality',
  housing_organisation: 'housing_organisation',
  probation_unit: 'probation_unit',
  counselling_provider: 'counselling_provider',
};

/** The organisation a consent would name for this reader: their municipality, provider or unit. */
function ownRecipientId(principal: Principal): string {
  const id =
    principal.role === Role.MunicipalSocialWorker
      ? principal.municipalityId
      : principal.role === Role.DebtAdvisor
        ? principal.counsellingProviderId
        : principal.role === Role.ProbationOfficer
          ? principal.probationUnitId
          : null;
  // A reader with no organisation of this kind is named by no consent (the nil id matches none).
  return id ?? '00000000-0000-0000-0000-000000000000';
}

/** The person's fields the statutory notice may carry without consent (almenlejeloven § 92, stk. 2). */
export const STATUTORY_FIELDS = ['name', 'address'] as const;

@Injectable()
export class ConsentService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async record(actor: Actor, personId: string, input: RecordConsent): Promise<Consent> {
    if (!mayManagePersons(actor.principal)) throw new RoleNotAllowedError();
    if (input.expiresAt && input.expiresAt.getTime() <= input.givenAt.getTime()) throw new ConsentPeriodInvalidError();
    return this.dataSource.transaction(async (manager) => {
      const anonymised = await this.assertPersonInScope(manager, actor, personId);
      if (anonymised) throw new PersonAnonymisedError();
      const recipientType = RECIPIENT_TYPE_FOR_PURPOSE[input.purpose];
      const exists = await manager.query(`SELECT 1 FROM ${RECIPIENT_TABLE[recipientType]} WHERE id = $1`, [
        input.recipientId,
      ]);
      if (exists.length === 0) {
        const other = await this.recipientKindOf(manager, input.recipientId);
        if (other) throw new ConsentRecipientMismatchError(recipientType);
        throw new UnknownReferenceError('recipientId');
      }
      const consent = manager.create(Consent, {
        id: randomUUID(),
        personId,
        purpose: input.purpose,
        recipientType,
        recipientId: input.recipientId,
        givenAt: input.givenAt,
        expiresAt: input.expiresAt ?? null,
        withdrawnAt: null,
        recordedBy: actor.principal.userId,
      });
      await manager.insert(Consent, consent);
      await this.audit.record(manager, actor, [
        {
          action: 'consent.create',
          entityType: 'consent',
          entityId: consent.id,
          personId,
          details: { purpose: input.purpose },
        },
      ]);
      return manager.findOneByOrFail(Consent, { id: consent.id });
    });
  }

  /**
   * The person's consents as far as they concern the reader. The landlord's caseworkers, who
   * record them, and administrators see all; a municipality, a counselling provider or a
   * probation unit sees only the consents that name it: that a tenant also consented to share
   * with the probation service is itself something the debt advisor has no business knowing.
   */
  async list(actor: Actor, personId: string): Promise<Consent[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertPersonInScope(manager, actor, personId);
      const recipientId = mayManagePersons(actor.principal) ? undefined : ownRecipientId(actor.principal);
      const consents = await manager.find(Consent, {
        where: recipientId === undefined ? { personId } : { personId, recipientId },
        order: { givenAt: 'ASC', id: 'ASC' },
      });
      await this.audit.record(manager, actor, [
        { action: 'consent.read', entityType: 'person', entityId: personId, personId },
      ]);
      return consents;
    });
  }

  async withdraw(actor: Actor, personId: string, consentId: string): Promise<Consent> {
    if (!mayManagePersons(actor.principal)) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      await this.assertPersonInScope(manager, actor, personId);
      const consent = await manager.findOneBy(Consent, { id: consentId, personId });
      if (!consent) throw new EntityNotFoundError('consent');
      if (!consent.withdrawnAt) {
        await manager.update(Consent, { id: consentId }, { withdrawnAt: new Date() });
        await this.audit.record(manager, actor, [
          { action: 'consent.withdraw', entityType: 'consent', entityId: consentId, personId },
        ]);
      }
      return manager.findOneByOrFail(Consent, { id: consentId });
    });
  }

  /**
   * Whether the person's consent in force at `at` lets `purpose` data go to `recipientId`.
   * Warning rules ask this before putting anything beyond name and address in a message.
   */
  async allows(
    manager: EntityManager,
    personId: string,
    purpose: ConsentPurpose,
    recipientId: string,
    at: Date = new Date(),
  ): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM consent
        WHERE person_id = $1 AND purpose = $2 AND recipient_id = $3 AND ${consentInForceSql('consent', '$4')} LIMIT 1`,
      [personId, purpose, recipientId, at],
    );
    return rows.length > 0;
  }

  /** Returns whether the person is anonymised; throws not-found when out of scope. */
  private async assertPersonInScope(manager: EntityManager, actor: Actor, personId: string): Promise<boolean> {
    const scope = personScope(actor.principal);
    if (!scope) throw new RoleNotAllowedError();
    const row = await manager
      .createQueryBuilder()
      .select('p.anonymised_at', 'anonymised_at')
      .from('person', 'p')
      .where(scope.sql, scope.params)
      .andWhere('p.id = :personId', { personId })
      .getRawOne<{ anonymised_at: Date | null }>();
    if (!row) throw new EntityNotFoundError('person');
    return row.anonymised_at !== null;
  }

  private async recipientKindOf(manager: EntityManager, id: string): Promise<RecipientType | undefined> {
    for (const [type, table] of Object.entries(RECIPIENT_TABLE) as [RecipientType, string][]) {
      if ((await manager.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length > 0) return type;
    }
    return undefined;
  }
}

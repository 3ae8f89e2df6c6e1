import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { type Actor, type Principal, Role } from '../access/roles.js';
import { AuditService } from '../audit/audit.service.js';
import { CounsellingProviderRepository } from '../directory/counselling-provider.repository.js';
import { type DirectoryEntryRepository, type DirectoryRow } from '../directory/directory-entry.repository.js';
import { EntityNotFoundError, UnknownReferenceError } from '../directory/directory.errors.js';
import { HousingOrganisationRepository } from '../directory/housing-organisation.repository.js';
import { MunicipalityRepository } from '../directory/municipality.repository.js';
import { ProbationUnitRepository } from '../directory/probation-unit.repository.js';
import {
  type Consent,
  RECIPIENT_TYPE_FOR_PURPOSE,
  RECIPIENT_TYPES_FOR_PURPOSE,
  type ConsentPurpose,
  type RecipientType,
} from './consent.entity.js';
import { ConsentRepository } from './consent.repository.js';
import { ConsentWithdrawalHooks } from './consent-withdrawal.hooks.js';
import {
  ConsentPeriodInvalidError,
  ConsentRecipientMismatchError,
  PersonAnonymisedError,
} from './personal-data.errors.js';
import { mayManagePersons, maySeePersons } from './person-scope.js';
import { PersonRepository } from './person.repository.js';

export interface RecordConsent {
  purpose: ConsentPurpose;
  recipientId: string;
  givenAt: Date;
  expiresAt?: Date | null;
}

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
  /** Where each kind of recipient is listed. */
  private readonly recipients: Record<RecipientType, DirectoryEntryRepository<DirectoryRow>>;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ConsentRepository) private readonly consents: ConsentRepository,
    @Inject(PersonRepository) private readonly persons: PersonRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(MunicipalityRepository) municipalities: MunicipalityRepository,
    @Inject(HousingOrganisationRepository) housingOrganisations: HousingOrganisationRepository,
    @Inject(ProbationUnitRepository) probationUnits: ProbationUnitRepository,
    @Inject(CounsellingProviderRepository) counsellingProviders: CounsellingProviderRepository,
    @Inject(ConsentWithdrawalHooks) private readonly withdrawalHooks: ConsentWithdrawalHooks,
  ) {
    this.recipients = {
      municipality: municipalities,
      housing_organisation: housingOrganisations,
      probation_unit: probationUnits,
      counselling_provider: counsellingProviders,
    };
  }

  async record(actor: Actor, personId: string, input: RecordConsent): Promise<Consent> {
    if (!mayManagePersons(actor.principal)) throw new RoleNotAllowedError();
    if (input.expiresAt && input.expiresAt.getTime() <= input.givenAt.getTime()) throw new ConsentPeriodInvalidError();
    return this.dataSource.transaction(async (manager) => {
      const anonymised = await this.assertPersonInScope(manager, actor, personId);
      if (anonymised) throw new PersonAnonymisedError();
      // The recipient's kind is the directory that lists it, among the kinds the purpose allows.
      const recipientType = await this.recipientKindOf(manager, input.recipientId);
      if (!recipientType) throw new UnknownReferenceError('recipientId');
      if (!RECIPIENT_TYPES_FOR_PURPOSE[input.purpose].includes(recipientType)) {
        throw new ConsentRecipientMismatchError(RECIPIENT_TYPE_FOR_PURPOSE[input.purpose]);
      }
      const id = randomUUID();
      await this.consents.insert(manager, {
        id,
        personId,
        purpose: input.purpose,
        recipientType,
        recipientId: input.recipientId,
        givenAt: input.givenAt,
        expiresAt: input.expiresAt ?? null,
        withdrawnAt: null,
        recordedBy: actor.principal.userId,
      });
      await this.audit.record(manager, actor, [
        {
          action: 'consent.create',
          entityType: 'consent',
          entityId: id,
          personId,
          details: { purpose: input.purpose, recipientType },
        },
      ]);
      return this.reload(manager, personId, id);
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
      const consents = await this.consents.listForPerson(manager, personId, recipientId);
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
      const consent = await this.consents.findForPerson(manager, personId, consentId);
      if (!consent) throw new EntityNotFoundError('consent');
      if (!consent.withdrawnAt) {
        await this.consents.withdraw(manager, consentId, new Date());
        await this.audit.record(manager, actor, [
          { action: 'consent.withdraw', entityType: 'consent', entityId: consentId, personId },
        ]);
        // What was shared on it stops at once (an open referral to debt counselling closes).
        await this.withdrawalHooks.notify(manager, actor, { id: consentId, personId });
      }
      return this.reload(manager, personId, consentId);
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
    return this.consents.inForce(manager, personId, purpose, recipientId, at);
  }

  /** Returns whether the person is anonymised; throws not-found when out of scope. */
  private async assertPersonInScope(manager: EntityManager, actor: Actor, personId: string): Promise<boolean> {
    if (!maySeePersons(actor.principal)) throw new RoleNotAllowedError();
    const person = await this.persons.statusInScope(manager, actor.principal, personId);
    if (!person) throw new EntityNotFoundError('person');
    return person.anonymisedAt !== null;
  }

  private async reload(manager: EntityManager, personId: string, consentId: string): Promise<Consent> {
    const consent = await this.consents.findForPerson(manager, personId, consentId);
    if (!consent) throw new EntityNotFoundError('consent');
    return consent;
  }

  private async recipientKindOf(manager: EntityManager, id: string): Promise<RecipientType | undefined> {
    for (const [type, repository] of Object.entries(this.recipients) as [
      RecipientType,
      DirectoryEntryRepository<DirectoryRow>,
    ][]) {
      if (await repository.exists(manager, id)) return type;
    }
    return undefined;
  }
}

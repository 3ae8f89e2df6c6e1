import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { copenhagenDateOf, type IsoDate } from '@app/calendar';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { type Actor, Role } from '../access/roles.js';
import { AuditService } from '../audit/audit.service.js';
import { EntityNotFoundError, UnknownReferenceError } from '../directory/directory.errors.js';
import { ConsentWithdrawalHooks, type ConsentWithdrawalListener } from '../personal-data/consent-withdrawal.hooks.js';
import {
  PersonAnonymisationHooks,
  type PersonAnonymisationListener,
} from '../personal-data/person-anonymisation.hooks.js';
import { ConsentPurpose } from '../personal-data/consent.entity.js';
import { StaleVersionError } from '../personal-data/personal-data.errors.js';
import { PersonRepository } from '../personal-data/person.repository.js';
import { WarningEngine } from '../warnings/warning-engine.service.js';
import { WarningRepository } from '../warnings/warning.repository.js';
import {
  episodeViolations,
  mayOpenEpisode,
  mergeEpisodeFacts,
  releaseRefusal,
  type CloseReason,
  type CustodyKind,
  type EpisodeFacts,
} from './custody-episode-rules.js';
import {
  CustodyConsentMissingError,
  CustodyEpisodeAlreadyOpenError,
  CustodyEpisodeClosedError,
  CustodyEpisodeInvalidError,
  CustodyEpisodeNotFoundError,
  CustodyProbationUnitRequiredError,
  CustodyReleaseRefusedError,
} from './custody-episode.errors.js';
import { ReleaseTaskService } from './release-task.service.js';
import {
  contactOf,
  CustodyEpisodeRepository,
  type CustodyEpisodeRow,
  type EpisodeContactView,
} from './custody-episode.repository.js';

export interface RecordCustodyEpisode extends EpisodeFacts {
  personId: string;
  /** A housing caseworker names the unit the tenant consented to; a probation officer's is their own. */
  probationUnitId?: string;
}

/**
 * An episode as its reader may see it. The probation officer sees everything (`full`); the landlord's
 * caseworkers and the municipality, named by the tenant's consent, see only that the tenant is away,
 * since when, the expected return and the contact (`recipient`): never the kind of custody, the
 * institution, the sentence length or the parole date.
 */
export interface CustodyEpisodeView {
  id: string;
  view: 'full' | 'recipient';
  personId: string;
  personName: string;
  address: string | null;
  probationUnit: { id: string; name: string };
  startedOn: IsoDate;
  /** The parole date where known, else the expected release date (null: not known). */
  expectedReturnOn: IsoDate | null;
  contact: EpisodeContactView;
  kind: CustodyKind | null;
  institution: string | null;
  expectedReleaseOn: IsoDate | null;
  paroleOn: IsoDate | null;
  sentenceMonths: number | null;
  open: boolean;
  releasedOn: IsoDate | null;
  closedReason: CloseReason | null;
  version: number;
  createdAt: Date;
}

/** A probation unit's custody-notice setting (docs/probation.md#the-handshake). */
export interface CustodyNoticeSetting {
  probationUnitId: string;
  /** Business days (1–20) the recipients of the unit's custody notices have to acknowledge them; default 2. */
  acknowledgeBusinessDays: number;
}

/** Who records an episode: the probation officer, or the landlord's caseworker who learned of it. */
const RECORDERS: readonly Role[] = [Role.ProbationOfficer, Role.HousingCaseworker];
/** Who reads episodes (each as the consent names them). */
const READERS: readonly Role[] = [Role.ProbationOfficer, Role.HousingCaseworker, Role.MunicipalSocialWorker];

const LIST_LIMIT = 500;

/**
 * Custody episodes (varetægt, afsoning) of a tenant (docs/probation.md): recorded only while the
 * tenant's explicit consent for `probation-cooperation` naming the probation unit is in force (and,
 * when the landlord records it, one naming the landlord too); one open episode per person; nothing
 * about the offence. Withdrawing the consent closes the episode and hides it from every reader at
 * once. Every read and change is audited.
 */
@Injectable()
export class CustodyEpisodeService implements OnModuleInit, ConsentWithdrawalListener, PersonAnonymisationListener {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CustodyEpisodeRepository) private readonly episodes: CustodyEpisodeRepository,
    @Inject(PersonRepository) private readonly persons: PersonRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ConsentWithdrawalHooks) private readonly withdrawalHooks: ConsentWithdrawalHooks,
    @Inject(WarningRepository) private readonly warnings: WarningRepository,
    @Inject(PersonAnonymisationHooks) private readonly anonymisationHooks: PersonAnonymisationHooks,
    @Inject(ReleaseTaskService) private readonly releaseTasks: ReleaseTaskService,
    @Inject(WarningEngine) private readonly engine: WarningEngine,
  ) {}

  onModuleInit(): void {
    this.withdrawalHooks.register(this);
    this.anonymisationHooks.register(this);
  }

  /** A person is anonymised (erasure or retention): their episodes are erased in the same transaction. */
  async personsAnonymised(manager: EntityManager, personIds: readonly string[]): Promise<void> {
    await this.episodes.eraseForPersons(manager, personIds);
  }

  async record(actor: Actor, input: RecordCustodyEpisode, now: Date = new Date()): Promise<CustodyEpisodeView> {
    const { principal } = actor;
    if (!RECORDERS.includes(principal.role)) throw new RoleNotAllowedError();
    const facts = factsOf(input);
    const violations = episodeViolations(facts, copenhagenDateOf(now));
    if (violations.length > 0) throw new CustodyEpisodeInvalidError(violations);
    return this.dataSource.transaction(async (manager) => {
      const officer = principal.role === Role.ProbationOfficer;
      if (!officer && !input.probationUnitId) throw new CustodyProbationUnitRequiredError();
      const unitId = officer ? principal.probationUnitId! : input.probationUnitId!;
      // Out of scope looks like absent: a probation officer sees only persons who consented to their unit,
      // a caseworker the persons their organisation registered.
      const person = await this.persons.statusInScope(manager, principal, input.personId);
      if (!person || person.anonymisedAt) throw new EntityNotFoundError('person');
      if (!officer) {
        if (!(await this.episodes.probationUnitExists(manager, unitId))) {
          throw new UnknownReferenceError('probationUnitId');
        }
        // The landlord learned of it on the tenant's consent naming the landlord.
        const landlordConsent = await this.episodes.lockConsentInForce(
          manager,
          input.personId,
          principal.housingOrganisationId!,
          now,
        );
        if (!landlordConsent) throw new CustodyConsentMissingError('personId');
      }
      const consentId = await this.episodes.lockConsentInForce(manager, input.personId, unitId, now);
      if (!consentId) {
        throw new CustodyConsentMissingError(officer ? 'personId' : 'probationUnitId');
      }
      if (!mayOpenEpisode(await this.episodes.lockAndCountOpen(manager, input.personId))) {
        throw new CustodyEpisodeAlreadyOpenError();
      }
      const id = randomUUID();
      await this.episodes.insert(manager, {
        ...facts,
        id,
        personId: input.personId,
        probationUnitId: unitId,
        consentId,
        // The officer who records it is the contact when the officer is named.
        contactUserId:
          facts.contact.kind === 'probation_officer' && principal.role === Role.ProbationOfficer
            ? principal.userId
            : null,
        recordedBy: principal.userId,
      });
      await this.audit.record(manager, actor, [
        {
          action: 'custody_episode.create',
          entityType: 'custody_episode',
          entityId: id,
          personId: input.personId,
          details: { probationUnitId: unitId, kind: facts.kind },
        },
      ]);
      const row = await this.mustFind(manager, actor, id, false);
      // The Køreplan's tasks, for a sentence of 4 months or more (docs/probation-release-planning.md).
      await this.releaseTasks.sync(manager, row);
      // The handshake: every recipient the consent names is told, in this transaction (through the outbox).
      await this.engine.raiseCustodyNotices(manager, actor, id, 'custody-notice', `episode:${id}`, now);
      return this.view(actor, row);
    });
  }

  /**
   * The unit's custody-notice setting: how many business days the recipients of its notices have to
   * acknowledge them before they escalate. Administrators, and the unit's own officers (another unit's: 404).
   */
  async custodyNoticeSetting(actor: Actor, unitId: string): Promise<CustodyNoticeSetting> {
    this.mayManageSetting(actor, unitId);
    const days = await this.episodes.custodyNoticeAckDays(this.dataSource.manager, unitId);
    if (days === null) throw new EntityNotFoundError('probation_unit');
    return { probationUnitId: unitId, acknowledgeBusinessDays: days };
  }

  /** Sets it; notices already sent keep the acknowledgement date they were given. Audited. */
  async setCustodyNoticeSetting(actor: Actor, unitId: string, days: number): Promise<CustodyNoticeSetting> {
    this.mayManageSetting(actor, unitId);
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.episodes.setCustodyNoticeAckDays(manager, unitId, days))) {
        throw new EntityNotFoundError('probation_unit');
      }
      await this.audit.record(manager, actor, [
        {
          action: 'probation_unit.custody_notice_setting',
          entityType: 'probation_unit',
          entityId: unitId,
          details: { acknowledgeBusinessDays: days },
        },
      ]);
      return { probationUnitId: unitId, acknowledgeBusinessDays: days };
    });
  }

  private mayManageSetting(actor: Actor, unitId: string): void {
    const { principal } = actor;
    if (principal.role === Role.Administrator) return;
    if (principal.role !== Role.ProbationOfficer) throw new RoleNotAllowedError();
    // Out of scope looks like absent.
    if (principal.probationUnitId !== unitId) throw new EntityNotFoundError('probation_unit');
  }

  async get(actor: Actor, id: string): Promise<CustodyEpisodeView> {
    if (!READERS.includes(actor.principal.role)) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const row = await this.mustFind(manager, actor, id, false);
      await this.audit.record(manager, actor, [
        { action: 'custody_episode.read', entityType: 'custody_episode', entityId: row.id, personId: row.personId },
      ]);
      return this.view(actor, row);
    });
  }

  /** The episodes the caller may see: open first (latest start first), then the closed ones. At most 500. */
  async list(actor: Actor, filter: { personId?: string; open?: boolean } = {}): Promise<CustodyEpisodeView[]> {
    if (!READERS.includes(actor.principal.role)) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.episodes.listVisible(manager, actor.principal, filter, LIST_LIMIT);
      await this.audit.record(
        manager,
        actor,
        rows.map((r) => ({
          action: 'custody_episode.read',
          entityType: 'custody_episode',
          entityId: r.id,
          personId: r.personId,
        })),
      );
      return rows.map((r) => this.view(actor, r));
    });
  }

  /** The probation officer corrects or completes an open episode, with the version last read. */
  async update(
    actor: Actor,
    id: string,
    version: number,
    change: Partial<EpisodeFacts>,
    now: Date = new Date(),
  ): Promise<CustodyEpisodeView> {
    if (actor.principal.role !== Role.ProbationOfficer) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const row = await this.mustFind(manager, actor, id, true);
      if (row.version !== version) throw new StaleVersionError(row.version, version);
      if (row.closedReason !== null) throw new CustodyEpisodeClosedError();
      const facts = mergeEpisodeFacts(factsOfRow(row), change);
      const violations = episodeViolations(facts, copenhagenDateOf(now));
      if (violations.length > 0) throw new CustodyEpisodeInvalidError(violations);
      if (!(await this.episodes.update(manager, id, version, facts, actor.principal.userId))) {
        throw new StaleVersionError(row.version + 1, version);
      }
      await this.audit.record(manager, actor, [
        {
          action: 'custody_episode.update',
          entityType: 'custody_episode',
          entityId: id,
          personId: row.personId,
          // Which fields changed, never their values.
          details: { fields: Object.keys(change).filter((k) => change[k as keyof EpisodeFacts] !== undefined) },
        },
      ]);
      // A new contact is what the recipients need to know; other corrections (the institution, the
      // sentence) are not theirs to know, and a new expected return waits for the release notice.
      if (contactChanged(factsOfRow(row).contact, facts.contact)) {
        await this.engine.raiseCustodyNotices(
          manager,
          actor,
          id,
          'custody-contact-updated',
          `contact:${row.version + 1}`,
          now,
        );
      }
      const updated = await this.mustFind(manager, actor, id, false);
      // New dates move the tasks; a task done stays done.
      await this.releaseTasks.sync(manager, updated);
      return this.view(actor, updated);
    });
  }

  /** The probation officer records the release: the episode closes. */
  async release(
    actor: Actor,
    id: string,
    version: number,
    releasedOn: IsoDate,
    now: Date = new Date(),
  ): Promise<CustodyEpisodeView> {
    if (actor.principal.role !== Role.ProbationOfficer) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const row = await this.mustFind(manager, actor, id, true);
      if (row.version !== version) throw new StaleVersionError(row.version, version);
      const refusal = releaseRefusal(row, releasedOn, copenhagenDateOf(now));
      if (refusal) throw new CustodyReleaseRefusedError(refusal, releasedOn);
      if (!(await this.episodes.release(manager, id, version, releasedOn, actor.principal.userId))) {
        throw new StaleVersionError(row.version + 1, version);
      }
      await this.audit.record(manager, actor, [
        {
          action: 'custody_episode.release',
          entityType: 'custody_episode',
          entityId: id,
          personId: row.personId,
          details: { releasedOn },
        },
      ]);
      // The same recipients as the notice are told that the tenant is back.
      await this.engine.raiseCustodyNotices(manager, actor, id, 'custody-released', `release:${id}`, now);
      return this.view(actor, await this.mustFind(manager, actor, id, false));
    });
  }

  /**
   * A consent was withdrawn (in the withdrawal's transaction): every open episode recorded on it
   * closes (`consent_withdrawn`), and no reader sees it from now on (every scope asks for the
   * episode's consent in force). One `custody_episode.close` audit row per episode.
   */
  async consentWithdrawn(
    manager: EntityManager,
    actor: Actor,
    consent: { id: string; personId: string },
  ): Promise<void> {
    await this.closeCustodyNotices(manager, actor, consent);
    const closed = await this.episodes.closeForConsent(manager, consent.id, actor.principal.userId);
    if (closed.length === 0) return;
    // The warnings that carried the episode's tenant to the unit go with it: acknowledged (no
    // escalation) and without name or address.
    const warningIds = await this.episodes.arrearsWarningIds(
      manager,
      closed.map((e) => e.id),
    );
    const today = copenhagenDateOf(new Date());
    for (const warningId of warningIds) {
      const acknowledged = await this.warnings.acknowledge(
        manager,
        warningId,
        actor.principal.userId,
        'custody:consent_withdrawn',
      );
      if (!acknowledged) continue;
      await this.warnings.insertTimelineEvents(manager, [
        {
          caseId: acknowledged.caseId,
          on: today,
          type: 'warning_acknowledged',
          actorId: actor.principal.userId,
          reason: null,
          details: { warningId, rule: acknowledged.ruleCode, recipientType: acknowledged.recipientType },
        },
      ]);
    }
    await this.warnings.eraseCopies(manager, warningIds);
    await this.audit.record(
      manager,
      actor,
      closed.map((e) => ({
        action: 'custody_episode.close',
        entityType: 'custody_episode',
        entityId: e.id,
        personId: e.personId,
        details: { reason: 'consent_withdrawn', consentId: consent.id },
      })),
    );
  }

  /**
   * The handshake's notices stop with the consent (docs/probation.md#consent-withdrawn): the row naming the
   * unit withdrawn, every recipient's custody notices about the person close; a row naming the landlord or
   * the municipality, that recipient's only. Closed means acknowledged by the system (no escalation) and
   * scrubbed of name, address and custody facts; one `warning.close` audit row each.
   */
  private async closeCustodyNotices(
    manager: EntityManager,
    actor: Actor,
    consent: { id: string; personId: string },
  ): Promise<void> {
    const row = await this.episodes.consentRecipient(manager, consent.id);
    if (!row || row.purpose !== ConsentPurpose.ProbationCooperation) return;
    const recipient = row.recipientType === 'probation_unit' ? null : { type: row.recipientType, id: row.recipientId };
    const closed = await this.warnings.closeCustodyNotices(
      manager,
      consent.personId,
      recipient,
      actor.principal.userId,
    );
    await this.audit.record(
      manager,
      actor,
      closed.map((warningId) => ({
        action: 'warning.close',
        entityType: 'warning',
        entityId: warningId,
        personId: consent.personId,
        details: { reason: 'consent_withdrawn', consentId: consent.id },
      })),
    );
  }

  private async mustFind(manager: EntityManager, actor: Actor, id: string, lock: boolean): Promise<CustodyEpisodeRow> {
    const row = await this.episodes.findVisible(manager, actor.principal, id, lock);
    if (!row) throw new CustodyEpisodeNotFoundError();
    return row;
  }

  private view(actor: Actor, row: CustodyEpisodeRow): CustodyEpisodeView {
    const full = actor.principal.role === Role.ProbationOfficer;
    return {
      id: row.id,
      view: full ? 'full' : 'recipient',
      personId: row.personId,
      personName: row.personName,
      address: row.address,
      probationUnit: { id: row.probationUnitId, name: row.probationUnitName },
      startedOn: row.startedOn,
      expectedReturnOn: row.paroleOn ?? row.expectedReleaseOn,
      contact: contactOf(row),
      kind: full ? row.kind : null,
      institution: full ? row.institution : null,
      expectedReleaseOn: full ? row.expectedReleaseOn : null,
      paroleOn: full ? row.paroleOn : null,
      sentenceMonths: full ? row.sentenceMonths : null,
      open: row.closedReason === null,
      releasedOn: row.releasedOn,
      closedReason: row.closedReason,
      version: row.version,
      createdAt: row.createdAt,
    };
  }
}

function contactChanged(before: EpisodeFacts['contact'], after: EpisodeFacts['contact']): boolean {
  return (
    before.kind !== after.kind ||
    (before.name ?? null) !== (after.name ?? null) ||
    (before.phone ?? null) !== (after.phone ?? null) ||
    (before.email ?? null) !== (after.email ?? null)
  );
}

function factsOf(input: RecordCustodyEpisode): EpisodeFacts {
  return {
    kind: input.kind,
    institution: input.institution,
    startedOn: input.startedOn,
    expectedReleaseOn: input.expectedReleaseOn ?? null,
    paroleOn: input.paroleOn ?? null,
    sentenceMonths: input.sentenceMonths ?? null,
    contact: {
      kind: input.contact.kind,
      name: input.contact.name ?? null,
      phone: input.contact.phone ?? null,
      email: input.contact.email ?? null,
    },
  };
}

function factsOfRow(row: CustodyEpisodeRow): EpisodeFacts {
  return {
    kind: row.kind,
    institution: row.institution,
    startedOn: row.startedOn,
    expectedReleaseOn: row.expectedReleaseOn,
    paroleOn: row.paroleOn,
    sentenceMonths: row.sentenceMonths,
    contact: { kind: row.contactKind, name: row.contactName, phone: row.contactPhone, email: row.contactEmail },
  };
}

import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { copenhagenDateOf, type IsoDate } from '@app/calendar';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { RoleNotAllowedError } from '../../access/access.errors.js';
import { type Actor, Role } from '../../access/roles.js';
import { AuditService } from '../../audit/audit.service.js';
import { EntityNotFoundError, UnknownReferenceError } from '../../directory/directory.errors.js';
import {
  ConsentWithdrawalHooks,
  type ConsentWithdrawalListener,
} from '../../personal-data/consent-withdrawal.hooks.js';
import { StaleVersionError } from '../../personal-data/personal-data.errors.js';
import { WarningEngine } from '../../warnings/warning-engine.service.js';
import { WarningRepository } from '../../warnings/warning.repository.js';
import { REFERRAL_FIRST_CONTACT_RULE } from '../../warnings/warning-rules.js';
import {
  applyReferralStep,
  firstContactOverdue,
  referralAnswerBy,
  referralListRank,
  type ReferralStatus,
  type ReferralStep,
  type ServiceLevel,
} from './referral-rules.js';
import {
  ReferralConsentMissingError,
  ReferralNotFoundError,
  ReferralPersonNotTenantError,
  ReferralStepRefusedError,
} from './referral.errors.js';
import { ReferralRepository, type ReferralRow } from './referral.repository.js';

export interface CreateReferral {
  caseId: string;
  personId: string;
  counsellingProviderId: string;
  serviceLevel: ServiceLevel;
}

/** A referral as its readers see it. */
export interface ReferralView extends ReferralRow {
  /** Accepted, and no first contact within the provider's business days of the acceptance. */
  firstContactOverdue: boolean;
}

/** A provider's referral setting (`counselling_provider.referral_answer_business_days`). */
export interface ReferralAnswerSetting {
  counsellingProviderId: string;
  /** 1–30 business days. */
  answerBusinessDays: number;
}

/** Who refers: the landlord's caseworkers and the municipality's social workers. */
const REFERRERS: readonly Role[] = [Role.HousingCaseworker, Role.MunicipalSocialWorker];

const LIST_LIMIT = 500;

/**
 * Referrals (henvisninger) of a tenant to debt counselling (docs/debt-counselling.md): made only
 * while the tenant's consent for `debt-counselling` naming the provider is in force, delivered to
 * the provider through the warning engine (inbox, email by the outbox, acknowledgement,
 * escalation), worked through the steps of referral-rules.ts by the provider's advisors, and
 * closed at once when the consent is withdrawn. Every read and change is audited.
 */
@Injectable()
export class ReferralService implements OnModuleInit, ConsentWithdrawalListener {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ReferralRepository) private readonly referrals: ReferralRepository,
    @Inject(WarningEngine) private readonly engine: WarningEngine,
    @Inject(WarningRepository) private readonly warnings: WarningRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ConsentWithdrawalHooks) private readonly withdrawalHooks: ConsentWithdrawalHooks,
  ) {}

  onModuleInit(): void {
    this.withdrawalHooks.register(this);
  }

  async create(actor: Actor, input: CreateReferral, now: Date = new Date()): Promise<ReferralView> {
    const { principal } = actor;
    if (!REFERRERS.includes(principal.role)) throw new RoleNotAllowedError();
    const today = copenhagenDateOf(now);
    return this.dataSource.transaction(async (manager) => {
      const referralCase = await this.referrals.caseInScope(manager, principal, input.caseId);
      if (!referralCase) throw new EntityNotFoundError('arrears_case');
      if (!(await this.referrals.isTenant(manager, referralCase.tenancyId, input.personId))) {
        throw new ReferralPersonNotTenantError();
      }
      const provider = await this.referrals.provider(manager, input.counsellingProviderId);
      if (!provider) throw new UnknownReferenceError('counsellingProviderId');
      const consentId = await this.referrals.lockConsentInForce(
        manager,
        input.personId,
        input.counsellingProviderId,
        now,
      );
      if (!consentId) throw new ReferralConsentMissingError();

      const referrer =
        principal.role === Role.HousingCaseworker
          ? { housingOrganisationId: principal.housingOrganisationId, municipalityId: null }
          : { housingOrganisationId: null, municipalityId: principal.municipalityId };
      const id = randomUUID();
      await this.referrals.insert(manager, {
        id,
        caseId: referralCase.id,
        personId: input.personId,
        counsellingProviderId: input.counsellingProviderId,
        consentId,
        referredBy: principal.userId,
        referringHousingOrganisationId: referrer.housingOrganisationId,
        referringMunicipalityId: referrer.municipalityId,
        serviceLevel: input.serviceLevel,
        sentOn: today,
      });
      const row = await this.mustFind(manager, actor, id, true);
      const warningId = await this.engine.raiseReferral(manager, actor, {
        id,
        caseId: referralCase.id,
        person: { id: row.personId, name: row.personName },
        providerId: input.counsellingProviderId,
        senderName: await this.referrals.organisationName(manager, referrer),
        sentOn: today,
        acknowledgeBy: referralAnswerBy(today, provider.answerBusinessDays, this.config.calendar),
      });
      if (warningId) await this.referrals.setWarning(manager, id, warningId);
      await this.audit.record(manager, actor, [
        {
          action: 'referral.create',
          entityType: 'referral',
          entityId: id,
          personId: input.personId,
          details: { caseId: referralCase.id, counsellingProviderId: input.counsellingProviderId },
        },
      ]);
      return this.view({ ...row, warningId }, today);
    });
  }

  /**
   * The provider's referral setting: the business days it has to answer a referral, and to make the
   * first contact after accepting one, before it is reminded and escalated (default 3).
   */
  async answerSetting(providerId: string): Promise<ReferralAnswerSetting> {
    const provider = await this.referrals.provider(this.dataSource.manager, providerId);
    if (!provider) throw new EntityNotFoundError('counselling_provider');
    return { counsellingProviderId: providerId, answerBusinessDays: provider.answerBusinessDays };
  }

  /** Administrators set it; referrals already sent keep the answer date they were given. */
  async setAnswerSetting(actor: Actor, providerId: string, answerBusinessDays: number): Promise<ReferralAnswerSetting> {
    if (actor.principal.role !== Role.Administrator) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.referrals.setAnswerBusinessDays(manager, providerId, answerBusinessDays))) {
        throw new EntityNotFoundError('counselling_provider');
      }
      await this.audit.record(manager, actor, [
        {
          action: 'counselling_provider.referral_setting',
          entityType: 'counselling_provider',
          entityId: providerId,
          details: { answerBusinessDays },
        },
      ]);
      return { counsellingProviderId: providerId, answerBusinessDays };
    });
  }

  async get(actor: Actor, referralId: string, now: Date = new Date()): Promise<ReferralView> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.mustFind(manager, actor, referralId, false);
      await this.audit.record(manager, actor, [
        { action: 'referral.read', entityType: 'referral', entityId: row.id, personId: row.personId },
      ]);
      return this.view(row, copenhagenDateOf(now));
    });
  }

  /**
   * The referrals the caller may see. In the order an advisor works them: new first (oldest
   * first), then accepted ones whose first contact is overdue, accepted, in contact, and the
   * finished ones last (newest first).
   */
  async list(
    actor: Actor,
    filter: { status?: ReferralStatus; caseId?: string } = {},
    now: Date = new Date(),
  ): Promise<ReferralView[]> {
    const today = copenhagenDateOf(now);
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.referrals.listVisible(manager, actor.principal, filter, LIST_LIMIT);
      const views = rows.map((row) => this.view(row, today));
      const rank = (v: ReferralView) => referralListRank(v.status, v.firstContactOverdue);
      views.sort((a, b) => {
        const byRank = rank(a) - rank(b);
        if (byRank !== 0) return byRank;
        const byTime = a.createdAt.getTime() - b.createdAt.getTime();
        return rank(a) === 4 ? -byTime : byTime;
      });
      await this.audit.record(
        manager,
        actor,
        views.map((v) => ({ action: 'referral.read', entityType: 'referral', entityId: v.id, personId: v.personId })),
      );
      return views;
    });
  }

  /** An advisor's step on a referral to their provider, with the version last read. */
  async step(
    actor: Actor,
    referralId: string,
    version: number,
    step: Exclude<ReferralStep, { type: 'consent_withdrawn' }>,
    now: Date = new Date(),
  ): Promise<ReferralView> {
    if (actor.principal.role !== Role.DebtAdvisor) throw new RoleNotAllowedError();
    const today = copenhagenDateOf(now);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.mustFind(manager, actor, referralId, true);
      if (row.version !== version) throw new StaleVersionError(row.version, version);
      await this.applyStep(manager, actor, row, step, today);
      return this.view(await this.mustFind(manager, actor, referralId, false), today);
    });
  }

  /**
   * A session on an accepted referral with no first contact yet is the first contact
   * (counselling/casework), in the session's transaction: the referral's own step dated the
   * session's day (the same checks: not before the acceptance, not in the future), its reminder
   * acknowledged, audited as `referral.first_contact`. `referral` was read locked by the caller.
   */
  async firstContactBySession(
    manager: EntityManager,
    actor: Actor,
    referral: ReferralRow,
    on: IsoDate,
    now: Date = new Date(),
  ): Promise<void> {
    await this.applyStep(manager, actor, referral, { type: 'first_contact', on }, copenhagenDateOf(now));
  }

  private async applyStep(
    manager: EntityManager,
    actor: Actor,
    row: ReferralRow,
    step: Exclude<ReferralStep, { type: 'consent_withdrawn' }>,
    today: IsoDate,
  ): Promise<void> {
    const result = applyReferralStep(row, step, today);
    if (!result.ok) throw new ReferralStepRefusedError(result.refusal);
    await this.referrals.applyChange(manager, row.id, row.version, result.change);
    // Answering the referral is acknowledging its warning: escalation stops.
    if ((step.type === 'accept' || step.type === 'decline') && row.warningId) {
      await this.acknowledgeWarning(manager, actor.principal.userId, row.warningId, step.type, today);
    }
    // Recording the first contact (or closing without one) answers the reminder.
    if (step.type === 'first_contact' || step.type === 'close') {
      const reminder = await this.referrals.reminderWarningId(manager, row);
      if (reminder) await this.acknowledgeWarning(manager, actor.principal.userId, reminder, step.type, today);
    }
    await this.audit.record(manager, actor, [
      {
        action: `referral.${step.type}`,
        entityType: 'referral',
        entityId: row.id,
        personId: row.personId,
        details: {
          status: result.change.status,
          ...(result.change.outcome ? { outcome: result.change.outcome } : {}),
        },
      },
    ]);
  }

  /**
   * The first-contact reminder (run by the worker's warning sweep, with `now` so tests move time):
   * each accepted referral with no first contact more than the provider's business days after its
   * acceptance, consent in force, gets one warning `referral-first-contact-overdue` to the provider,
   * which the sweeper then escalates to its team leads if nobody records the first contact. Safe to
   * run twice or on two workers at once: a reminder fires once per referral (the warning's unique
   * occurrence).
   */
  async remindOverdueFirstContacts(now: Date = new Date()): Promise<number> {
    const today = copenhagenDateOf(now);
    return this.dataSource.transaction(async (manager) => {
      let raised = 0;
      for (const candidate of await this.referrals.firstContactCandidates(manager)) {
        const facts = { status: 'accepted' as const, acceptedOn: candidate.acceptedOn };
        if (!firstContactOverdue(facts, candidate.answerBusinessDays, today, this.config.calendar)) continue;
        const warningId = await this.engine.raiseReferral(
          manager,
          null,
          {
            id: candidate.id,
            caseId: candidate.caseId,
            person: { id: candidate.personId, name: candidate.personName },
            providerId: candidate.counsellingProviderId,
            senderName: await this.referrals.organisationName(manager, {
              housingOrganisationId: candidate.referringHousingOrganisationId,
              municipalityId: candidate.referringMunicipalityId,
            }),
            sentOn: candidate.sentOn,
            acknowledgeBy: referralAnswerBy(
              today,
              REFERRAL_FIRST_CONTACT_RULE.acknowledgeWithin.normal,
              this.config.calendar,
            ),
          },
          { acceptedOn: candidate.acceptedOn, today },
        );
        if (warningId) raised++;
      }
      return raised;
    });
  }

  /**
   * A consent was withdrawn (in the withdrawal's transaction): every open referral made under it
   * closes with outcome `consent_withdrawn`, its warnings (the referral, the first-contact reminder,
   * the payment plan's to the provider) are acknowledged and keep no name or address, and the
   * advisors lose access at once (the scope asks for the consent in force).
   */
  async consentWithdrawn(
    manager: EntityManager,
    actor: Actor,
    consent: { id: string; personId: string },
  ): Promise<void> {
    const open = await this.referrals.lockOpenForConsent(manager, consent.id);
    if (open.length === 0) return;
    const today = copenhagenDateOf(new Date());
    const warningIds: string[] = [];
    for (const referral of open) {
      const result = applyReferralStep(
        { status: referral.status, sentOn: referral.sentOn, acceptedOn: referral.acceptedOn, firstContactOn: null },
        { type: 'consent_withdrawn' },
        today,
      );
      if (!result.ok) continue;
      await this.referrals.applyChange(manager, referral.id, referral.version, result.change);
      const reminder = await this.referrals.reminderWarningId(manager, referral);
      // The payment plan's warnings to the provider went on the same consent: they go with it.
      const plan = await this.referrals.paymentPlanWarningIds(manager, referral);
      for (const warningId of [referral.warningId, reminder, ...plan]) {
        if (!warningId) continue;
        warningIds.push(warningId);
        await this.acknowledgeWarning(manager, actor.principal.userId, warningId, 'consent_withdrawn', today);
      }
    }
    await this.warnings.eraseCopies(manager, warningIds);
    await this.audit.record(
      manager,
      actor,
      open.map((r) => ({
        action: 'referral.close',
        entityType: 'referral',
        entityId: r.id,
        personId: r.personId,
        details: { outcome: 'consent_withdrawn', consentId: consent.id },
      })),
    );
  }

  private async acknowledgeWarning(
    manager: EntityManager,
    userId: string,
    warningId: string,
    reason: string,
    today: IsoDate,
  ): Promise<void> {
    const acknowledged = await this.warnings.acknowledge(manager, warningId, userId, `referral:${reason}`);
    if (!acknowledged) return;
    await this.warnings.insertTimelineEvents(manager, [
      {
        caseId: acknowledged.caseId,
        on: today,
        type: 'warning_acknowledged',
        actorId: userId,
        reason: null,
        details: { warningId, rule: acknowledged.ruleCode, recipientType: acknowledged.recipientType },
      },
    ]);
  }

  private async mustFind(
    manager: EntityManager,
    actor: Actor,
    referralId: string,
    lock: boolean,
  ): Promise<ReferralRow> {
    const row = await this.referrals.findVisible(manager, actor.principal, referralId, lock);
    if (!row) throw new ReferralNotFoundError();
    return row;
  }

  private view(row: ReferralRow, today: IsoDate): ReferralView {
    return {
      ...row,
      firstContactOverdue: firstContactOverdue(row, row.answerBusinessDays, today, this.config.calendar),
    };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { addBusinessDays, copenhagenDateOf, type IsoDate } from '@app/calendar';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { type Actor } from '../access/roles.js';
import { type AuditEntry, AuditService } from '../audit/audit.service.js';
import { type AnyNewOutboxEmail } from '../outbox/outbox.repository.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { type NewInboxItem, InboxRepository } from './inbox.repository.js';
import { NotificationSettingRepository } from './notification-setting.repository.js';
import {
  notYetRaised,
  toContextsWithoutLedger,
  toWarningContexts,
  type CaseContextWithoutLedger,
  type LoadedCaseContext,
} from './warning-context.js';
import {
  mayBeHeldForDigest,
  normaliseAddress,
  planWarningDelivery,
  warningEmailContent,
  warningMailbox,
} from './warning-delivery-planner.js';
import { planPaymentPlanWarnings, type PaymentPlanEvent, type PlanAdvisor } from './payment-plan-warning-planner.js';
import { planWarnings, type PlannedWarning } from './warning-planner.js';
import { custodyNoticeEmailData, planCustodyNotice, type CustodyWarningInput } from './custody-notice-planner.js';
import {
  COUNSELLING_NEXT_ACTION_RULE,
  CUSTODY_ARREARS_RULE,
  REFERRAL_FIRST_CONTACT_RULE,
  REFERRAL_WARNING_RULE,
  ruleByCode,
  rulesTriggeredBy,
  type CaseEventType,
  type CustodyNoticeRuleCode,
  type DirectWarningRuleCode,
  type Trigger,
  type WarningRule,
} from './warning-rules.js';
import {
  type NewCustodyWarning,
  type NewWarning,
  organisationKey,
  WarningRepository,
  type WarningTimelineEvent,
} from './warning.repository.js';

/** A case event the rules may react to, as the case service or the import records it. */
export interface RaisedCaseEvent {
  caseId: string;
  type: CaseEventType | string;
  on: IsoDate;
  /** A corrected municipality notice: the date of the notice it corrects. */
  corrects?: IsoDate;
}

/**
 * Turns case events and passed deadlines into warnings. It runs inside the transaction of the
 * change that causes them and writes the warning, its inbox items, its outbox emails, the
 * disclosure audit rows and a line on the case timeline, each set in one statement: the change and its
 * warnings commit together or not at all, and a repeat (a retried request, a second sweeper)
 * changes nothing because a rule fires once per case, recipient and occurrence.
 */
@Injectable()
export class WarningEngine {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WarningRepository) private readonly warnings: WarningRepository,
    @Inject(InboxRepository) private readonly inbox: InboxRepository,
    @Inject(NotificationSettingRepository) private readonly settings: NotificationSettingRepository,
    @Inject(OutboxService) private readonly outbox: OutboxService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async raiseForEvents(
    manager: EntityManager,
    actor: Actor | null,
    events: RaisedCaseEvent[],
    now: Date = new Date(),
  ): Promise<number> {
    const relevant = events.filter((e) => rulesTriggeredBy({ kind: 'event', event: e.type as CaseEventType }).length);
    if (relevant.length === 0) return 0;
    const today = copenhagenDateOf(now);
    const { caseIds, voluntary } = this.mayBeTold(relevant, today);
    const facts = await this.warnings.caseContextFacts(manager, caseIds, today, voluntary);
    const contexts = toWarningContexts(facts);
    const planned: { plan: PlannedWarning; context: LoadedCaseContext }[] = [];
    for (const event of relevant) {
      const context = contexts.get(event.caseId);
      if (!context) continue;
      const trigger: Trigger = { kind: 'event', event: event.type as CaseEventType };
      for (const rule of rulesTriggeredBy(trigger)) {
        const firing = { trigger, on: event.on, today, ...(event.corrects ? { corrects: event.corrects } : {}) };
        for (const plan of planWarnings(rule, context, firing, this.config.calendar)) {
          planned.push({ plan, context });
        }
      }
    }
    return this.persist(manager, actor, notYetRaised(planned, facts.raised), today);
  }

  /**
   * The cases among `events` where some recipient could be told: a rule the law or the landlord's
   * own staff need always qualifies; a voluntary one needs a cooperation agreement in force that
   * switches it on, or a tenant's consent — `voluntary`, checked by `caseContextFacts` in the
   * statement that loads the contexts. Keeps a monthly import of thousands of cases from
   * loading every case's context when no agreement covers them.
   */
  private mayBeTold(
    events: RaisedCaseEvent[],
    today: IsoDate,
  ): { caseIds: string[]; voluntary?: { caseIds: string[]; ruleCodes: string[]; today: IsoDate } } {
    const always = new Set<string>();
    const voluntary = new Map<string, Set<string>>();
    for (const event of events) {
      for (const rule of rulesTriggeredBy({ kind: 'event', event: event.type as CaseEventType })) {
        if (rule.recipients.some((r) => r.basis === 'statute' || r.basis === 'own-organisation')) {
          always.add(event.caseId);
        } else {
          voluntary.set(event.caseId, (voluntary.get(event.caseId) ?? new Set()).add(rule.code));
        }
      }
    }
    const undecided = [...voluntary.keys()].filter((id) => !always.has(id));
    if (undecided.length === 0) return { caseIds: [...always] };
    return {
      caseIds: [...always, ...undecided],
      voluntary: {
        caseIds: undecided,
        ruleCodes: [...new Set([...voluntary.values()].flatMap((codes) => [...codes]))],
        today,
      },
    };
  }

  /** The sweeper's half: the same rules, fired by dates instead of events. */
  async raiseForDeadlines(manager: EntityManager, caseIds: string[], triggers: Trigger[], now: Date): Promise<number> {
    const today = copenhagenDateOf(now);
    const facts = await this.warnings.caseContextFacts(manager, caseIds, today);
    const contexts = toWarningContexts(facts);
    const planned: { plan: PlannedWarning; context: LoadedCaseContext }[] = [];
    for (const context of contexts.values()) {
      for (const trigger of triggers) {
        for (const rule of rulesTriggeredBy(trigger)) {
          for (const plan of planWarnings(rule, context, { trigger, on: today, today }, this.config.calendar)) {
            planned.push({ plan, context });
          }
        }
      }
    }
    return this.persist(manager, null, notYetRaised(planned, facts.raised), today);
  }

  /**
   * A referral to debt counselling (counselling/referrals), made in the caller's transaction: one
   * warning (rule `referral-sent`) to the provider, in its advisors' inboxes and by email to its
   * mailbox through the outbox, naming only the referred person and the tenancy's address (the
   * tenant consented to the provider; no amounts, no notes). Escalated by the sweeper when it is
   * not acknowledged by `acknowledgeBy`. Returns the warning's id (null: the case is gone).
   */
  async raiseReferral(
    manager: EntityManager,
    actor: Actor | null,
    referral: {
      id: string;
      caseId: string;
      person: { id: string; name: string };
      providerId: string;
      /** The referring organisation: the landlord or the municipality. */
      senderName: string;
      sentOn: IsoDate;
      acknowledgeBy: IsoDate;
    },
    /**
     * `first-contact-overdue`: the reminder that an accepted referral has had no first contact
     * (its date is the acceptance); fires once per referral like the referral itself.
     */
    reminder?: { acceptedOn: IsoDate; today: IsoDate },
  ): Promise<string | null> {
    const rule = reminder ? REFERRAL_FIRST_CONTACT_RULE : REFERRAL_WARNING_RULE;
    return this.raiseToProvider(manager, actor, rule, `${reminder ? 'first-contact' : 'referral'}:${referral.id}`, {
      ...referral,
      eventOn: reminder?.acceptedOn ?? referral.sentOn,
      factsOn: referral.sentOn,
      today: reminder?.today ?? referral.sentOn,
    });
  }

  /**
   * The reminder to the provider that a session's next action is past its due date and not done
   * (rule `counselling-next-action-due`, counselling/casework): name and address only — never the
   * next action's text or the session's note —, once per session (occurrence `next-action:<id>`).
   */
  async raiseNextActionDue(
    manager: EntityManager,
    session: {
      id: string;
      caseId: string;
      person: { id: string; name: string };
      providerId: string;
      senderName: string;
      dueOn: IsoDate;
      today: IsoDate;
      acknowledgeBy: IsoDate;
    },
  ): Promise<string | null> {
    return this.raiseToProvider(manager, null, COUNSELLING_NEXT_ACTION_RULE, `next-action:${session.id}`, {
      ...session,
      eventOn: session.dueOn,
      factsOn: session.today,
    });
  }

  /**
   * Arrears were registered on the cases (one by one or by the import, in the registration's
   * transaction): for each tenant of them with an open custody episode whose consent to the
   * probation unit is in force, one urgent warning `custody-arrears-registered` to the unit — its
   * officers' inboxes and its mailbox —, naming only that tenant, the address and the case
   * reference (nothing about the custody, no amounts). Set-based: one query finds the tenants of the
   * whole batch, one reads the cases' contexts. Once per episode, case and booking day.
   */
  async raiseCustodyArrears(
    manager: EntityManager,
    actor: Actor | null,
    caseIds: readonly string[],
    bookedOn: IsoDate,
  ): Promise<number> {
    const candidates = await this.warnings.custodyArrearsCandidates(manager, caseIds);
    if (candidates.length === 0) return 0;
    const contexts = toWarningContexts(
      await this.warnings.caseContextFacts(manager, [...new Set(candidates.map((c) => c.caseId))], bookedOn),
    );
    const acknowledgeBy = addBusinessDays(
      bookedOn,
      CUSTODY_ARREARS_RULE.acknowledgeWithin.urgent,
      this.config.calendar,
    );
    const planned: { plan: PlannedWarning; context: LoadedCaseContext }[] = [];
    for (const candidate of candidates) {
      const loaded = contexts.get(candidate.caseId);
      if (!loaded) continue;
      const person = { id: candidate.personId, name: candidate.personName };
      planned.push({
        // Only the tenant in custody is disclosed, not the other tenants of the tenancy.
        context: { ...loaded, tenants: [person] },
        plan: {
          rule: CUSTODY_ARREARS_RULE,
          occurrence: `custody:${candidate.episodeId}:${bookedOn}`,
          recipientType: 'probation_unit',
          recipientId: candidate.probationUnitId,
          basis: 'consent',
          urgency: 'urgent',
          data: {
            kind: CUSTODY_ARREARS_RULE.code,
            reference: loaded.reference,
            senderName: loaded.senderName,
            tenantNames: [person.name],
            address: loaded.address,
            eventOn: bookedOn,
          },
          acknowledgeBy,
        },
      });
    }
    return this.persist(manager, actor, planned, bookedOn);
  }

  /**
   * The handshake (docs/probation.md#the-handshake), in the caller's transaction: the custody notice of
   * rule `ruleCode` about the episode to every recipient the tenant's explicit consent for
   * `probation-cooperation` names and in force now (the landlord of a tenancy the person is a tenant of,
   * the person's municipality). Nothing when the episode's own consent (the unit's row) is not in force or
   * nobody is named. Returns the ids of the warnings raised (a repeat of the occurrence raises none).
   */
  async raiseCustodyNotices(
    manager: EntityManager,
    actor: Actor | null,
    episodeId: string,
    ruleCode: CustodyNoticeRuleCode,
    occurrence: string,
    now: Date = new Date(),
  ): Promise<string[]> {
    const facts = await this.warnings.custodyNoticeFacts(manager, episodeId);
    if (!facts) return [];
    const recipients = await this.warnings.custodyNoticeRecipients(manager, facts.personId);
    const today = copenhagenDateOf(now);
    const input = planCustodyNotice({
      ruleCode,
      episode: {
        ...facts,
        contact:
          facts.contactKind === 'person'
            ? { kind: 'person', name: facts.contactName ?? '', phone: facts.contactPhone, email: facts.contactEmail }
            : {
                kind: 'probation_officer',
                name: facts.officerName ?? facts.probationUnitName,
                phone: null,
                email: facts.officerEmail ?? facts.unitContactEmail,
              },
      },
      recipients,
      occurrence,
      today,
      calendar: this.config.calendar,
    });
    return input ? this.raiseCustodyWarning(manager, actor, input) : [];
  }

  /**
   * Raises one custody-subject warning (no case) to each named recipient organisation, as every warning:
   * the row (once per rule, episode, recipient and occurrence), an inbox item for the recipient's users
   * (recipients.sql.ts; a landlord's caseworkers limited to departments only for the tenancy's), an email to
   * its mailbox (a landlord's too: this is not its own case) and to users who asked for copies, through the
   * outbox, in template `custody-notice`, and one `person.disclose` audit row per person named. Escalated by
   * the sweeper after `acknowledgeBy` like any warning. Other areas (release-task reminders) call this with
   * their own rule and data. Returns the ids of the fresh warnings.
   */
  async raiseCustodyWarning(
    manager: EntityManager,
    actor: Actor | null,
    input: CustodyWarningInput,
  ): Promise<string[]> {
    const rule = ruleByCode(input.ruleCode);
    const rows: NewCustodyWarning[] = input.recipients.map((recipient) => ({
      id: randomUUID(),
      ruleCode: input.ruleCode,
      ruleVersion: rule?.version ?? 1,
      custodyEpisodeId: input.episodeId,
      occurrence: input.occurrence,
      recipientType: recipient.recipientType,
      recipientId: recipient.recipientId,
      departmentId: recipient.departmentId,
      urgency: input.urgency,
      data: input.data,
      personIds: input.personIds,
      acknowledgeBy: input.acknowledgeBy,
    }));
    const inserted = await this.warnings.insertCustody(manager, rows);
    const fresh = rows.filter((row) => inserted.has(row.id));
    if (fresh.length === 0) return [];
    const { organisations, users } = await this.warnings.recipients(
      manager,
      fresh.map((w) => ({ ...w, departmentId: w.departmentId })),
    );
    const addresses = fresh.flatMap((w) => {
      const mailbox = organisations.get(organisationKey(w.recipientType, w.recipientId))?.mailbox;
      return [
        ...(mailbox ? [normaliseAddress(mailbox)] : []),
        ...(users.get(w.id) ?? []).map((u) => normaliseAddress(u.email)),
      ];
    });
    const preferences = await this.settings.forAddresses(manager, addresses);
    const inbox: NewInboxItem[] = [];
    const emails: AnyNewOutboxEmail[] = [];
    const disclosures: AuditEntry[] = [];
    for (const row of fresh) {
      disclosures.push(
        ...row.personIds.map((personId) => ({
          action: 'person.disclose',
          entityType: 'warning',
          entityId: row.id,
          personId,
          details: { to: row.recipientType, recipientId: row.recipientId, rule: row.ruleCode, details: false },
        })),
      );
      const organisation = organisations.get(organisationKey(row.recipientType, row.recipientId));
      if (!organisation) continue;
      const delivery = planWarningDelivery({
        recipient: organisation,
        users: users.get(row.id) ?? [],
        digestible: false,
        preferences: (email) => preferences.get(email),
        mailbox: organisation.mailbox,
      });
      inbox.push(
        ...delivery.inboxUserIds.map((userId) => ({
          userId,
          warningId: row.id,
          kind: 'warning' as const,
          urgency: row.urgency,
        })),
      );
      const data = custodyNoticeEmailData({
        warningId: row.id,
        recipientType: row.recipientType,
        recipientName: organisation.name,
        data: row.data,
        acknowledgeBy: row.acknowledgeBy,
      });
      for (const email of delivery.emails) {
        emails.push(
          this.outbox.email(
            `warning.${row.ruleCode}`,
            { channel: 'email', template: 'custody-notice', data, to: email.to, locale: email.locale },
            { warningId: row.id, recipient: email.to },
          ),
        );
      }
    }
    await this.inbox.insertMany(manager, inbox);
    await this.outbox.addMany(manager, emails);
    await this.audit.record(manager, actor, disclosures);
    return fresh.map((row) => row.id);
  }

  /** One warning of a direct rule to a counselling provider about one person of a case. */
  private async raiseToProvider(
    manager: EntityManager,
    actor: Actor | null,
    rule: WarningRule<DirectWarningRuleCode>,
    occurrence: string,
    about: {
      caseId: string;
      person: { id: string; name: string };
      providerId: string;
      senderName: string;
      eventOn: IsoDate;
      /** The day the case's facts are read for. */
      factsOn: IsoDate;
      acknowledgeBy: IsoDate;
      today: IsoDate;
    },
  ): Promise<string | null> {
    const contexts = toWarningContexts(await this.warnings.caseContextFacts(manager, [about.caseId], about.factsOn));
    const loaded = contexts.get(about.caseId);
    if (!loaded) return null;
    // Only the person referred is disclosed, not the other tenants of the tenancy.
    const context: LoadedCaseContext = { ...loaded, tenants: [about.person] };
    const id = randomUUID();
    const plan: PlannedWarning = {
      rule,
      occurrence,
      recipientType: 'counselling_provider',
      recipientId: about.providerId,
      basis: 'consent',
      urgency: 'normal',
      data: {
        kind: rule.code,
        reference: context.reference,
        senderName: about.senderName,
        tenantNames: [about.person.name],
        address: context.address,
        eventOn: about.eventOn,
      },
      acknowledgeBy: about.acknowledgeBy,
    };
    const fresh = await this.persist(manager, actor, [{ plan, context, id }], about.today);
    return fresh > 0 ? id : null;
  }

  /**
   * The payment-plan sweeper's warnings (arrears/payment-plan), in the sweep's transaction: one
   * urgent warning per event and recipient (payment-plan-warning-planner.ts), the contexts of all
   * the events' cases read in one go and everything written set-based, so a batch of thousands of
   * missed instalments costs a handful of statements. The contexts are read without the cases'
   * ledgers: these warnings name no balance (their facts, how far behind, come from the check).
   * `advisors`: the open referrals on the cases with their consent in force. Returns the number of
   * new warnings (a repeat raises none).
   */
  async raisePaymentPlanWarnings(
    manager: EntityManager,
    events: readonly PaymentPlanEvent[],
    advisors: readonly PlanAdvisor[],
    today: IsoDate,
  ): Promise<number> {
    if (events.length === 0) return 0;
    const contexts = toContextsWithoutLedger(
      await this.warnings.caseContextRecords(manager, [...new Set(events.map((e) => e.caseId))], today),
    );
    const advisorsOf = new Map<string, PlanAdvisor[]>();
    for (const advisor of advisors)
      advisorsOf.set(advisor.caseId, [...(advisorsOf.get(advisor.caseId) ?? []), advisor]);
    const planned: { plan: PlannedWarning; context: CaseContextWithoutLedger }[] = [];
    for (const event of events) {
      const context = contexts.get(event.caseId);
      if (!context) continue;
      for (const { plan, tenants } of planPaymentPlanWarnings(
        event,
        context,
        advisorsOf.get(event.caseId) ?? [],
        today,
        this.config.calendar,
      )) {
        // Only the persons the warning names are disclosed (an advisor's: the referred person).
        planned.push({ plan, context: { ...context, tenants } });
      }
    }
    return this.persist(manager, null, planned, today);
  }

  /**
   * Writes what was planned: the warnings (one already raised for its case, recipient and
   * occurrence is skipped), then for the fresh ones the inbox items and emails the delivery
   * planner decides, the disclosure audit rows and a line on each case's timeline.
   */
  private async persist(
    manager: EntityManager,
    by: Actor | null,
    // What a warning's rows need of its case: no rule's figure is read here, only the planned data.
    planned: { plan: PlannedWarning; context: CaseContextWithoutLedger; id?: string }[],
    today: IsoDate,
  ): Promise<number> {
    if (planned.length === 0) return 0;
    const warnings = planned.map(({ plan, context, id }) => ({
      plan,
      context,
      row: {
        id: id ?? randomUUID(),
        ruleCode: plan.rule.code,
        ruleVersion: plan.rule.version,
        caseId: context.caseId,
        occurrence: plan.occurrence,
        recipientType: plan.recipientType,
        recipientId: plan.recipientId,
        senderOrganisationId: context.housingOrganisationId,
        urgency: plan.urgency,
        data: plan.data,
        personIds: context.tenants.map((t) => t.id),
        acknowledgeBy: plan.acknowledgeBy,
      } satisfies NewWarning,
    }));
    const inserted = await this.warnings.insertNew(
      manager,
      warnings.map((w) => w.row),
    );
    const fresh = warnings.filter((w) => inserted.has(w.row.id));
    if (fresh.length === 0) return 0;

    const { organisations, users } = await this.warnings.recipients(
      manager,
      fresh.map((w) => ({
        id: w.row.id,
        recipientType: w.row.recipientType,
        recipientId: w.row.recipientId,
        departmentId: w.context.departmentId,
      })),
    );
    const addresses = fresh.flatMap((w) => {
      const organisation = organisations.get(organisationKey(w.row.recipientType, w.row.recipientId));
      const mailbox = organisation ? warningMailbox(organisation) : null;
      return [...(mailbox ? [mailbox] : []), ...(users.get(w.row.id) ?? []).map((u) => normaliseAddress(u.email))];
    });
    const preferences = await this.settings.forAddresses(manager, addresses);

    const inbox: NewInboxItem[] = [];
    const emails: AnyNewOutboxEmail[] = [];
    const timeline: WarningTimelineEvent[] = [];
    const disclosures: AuditEntry[] = [];
    for (const { plan, context, row } of fresh) {
      // Only a warning to a recipient that exists is delivered (the view joins every kind of recipient).
      const organisation = organisations.get(organisationKey(row.recipientType, row.recipientId));
      disclosures.push(
        ...row.personIds.map((personId) => ({
          action: 'person.disclose',
          entityType: 'warning',
          entityId: row.id,
          personId,
          details: {
            to: row.recipientType,
            recipientId: row.recipientId,
            rule: row.ruleCode,
            details: plan.data.details !== undefined,
          },
        })),
      );
      if (!organisation) continue;
      const recipients = users.get(row.id) ?? [];
      const delivery = planWarningDelivery({
        recipient: organisation,
        users: recipients,
        digestible: mayBeHeldForDigest(plan.rule, plan.urgency),
        preferences: (email) => preferences.get(email),
      });
      inbox.push(
        ...delivery.inboxUserIds.map((userId) => ({
          userId,
          warningId: row.id,
          kind: 'warning' as const,
          urgency: row.urgency,
        })),
      );
      const content = warningEmailContent({
        plan,
        warningId: row.id,
        recipientName: organisation.name,
        childrenUnder18: context.childrenUnder18,
        landlord: context,
      });
      for (const email of delivery.emails) {
        emails.push(
          this.outbox.email(
            `warning.${row.ruleCode}`,
            { channel: 'email', ...content, to: email.to, locale: email.locale },
            { status: email.held ? 'held' : 'pending', warningId: row.id, recipient: email.to },
          ) as AnyNewOutboxEmail,
        );
      }
      timeline.push({
        caseId: row.caseId,
        on: today,
        type: 'warning_raised',
        actorId: by?.principal.userId ?? null,
        details: {
          warningId: row.id,
          rule: row.ruleCode,
          recipientType: row.recipientType,
          recipient: organisation.name,
          urgency: row.urgency,
        },
      });
    }
    await this.inbox.insertMany(manager, inbox);
    await this.outbox.addMany(manager, emails);
    await this.audit.record(manager, by, disclosures);
    await this.warnings.insertTimelineEvents(manager, timeline);
    return fresh.length;
  }
}

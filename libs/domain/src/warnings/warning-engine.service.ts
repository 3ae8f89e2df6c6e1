import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { copenhagenDateOf, type IsoDate } from '@app/calendar';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { type Actor } from '../access/roles.js';
import { summarizeLedger, type LedgerLine } from '../arrears/ledger-summary.js';
import { type AuditEntry, AuditService } from '../audit/audit.service.js';
import { type AnyNewOutboxEmail } from '../outbox/outbox.repository.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { type NewInboxItem, InboxRepository } from './inbox.repository.js';
import { NotificationSettingRepository } from './notification-setting.repository.js';
import { toWarningContexts, type LoadedCaseContext } from './warning-context.js';
import {
  mayBeHeldForDigest,
  normaliseAddress,
  planWarningDelivery,
  warningEmailContent,
  warningMailbox,
} from './warning-delivery-planner.js';
import { planWarnings, type PlannedWarning } from './warning-planner.js';
import { rulesTriggeredBy, type CaseEventType, type Trigger, type WarningRule } from './warning-rules.js';
import {
  type ContextRequest,
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
  /**
   * The case's whole ledger after the change, when the caller holds it (the arrears registration
   * has just derived the case from it): the engine then neither reads it again nor loads a case
   * whose balance no rule can fire on.
   */
  ledger?: readonly LedgerLine[];
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
    const relevant = events
      .map((event) => ({ event, rules: rulesTriggeredBy({ kind: 'event', event: event.type as CaseEventType }) }))
      .filter(({ event, rules }) => rules.length > 0 && !cannotFire(rules, event));
    if (relevant.length === 0) return 0;
    const today = copenhagenDateOf(now);
    const contexts = toWarningContexts(
      await this.warnings.caseContextFacts(
        manager,
        contextRequests(relevant),
        [...new Set(relevant.flatMap(({ rules }) => rules.map((rule) => rule.code)))],
        today,
      ),
      ledgersOf(relevant.map(({ event }) => event)),
    );
    const planned: { plan: PlannedWarning; context: LoadedCaseContext }[] = [];
    for (const { event, rules } of relevant) {
      const context = contexts.get(event.caseId);
      if (!context) continue;
      const trigger: Trigger = { kind: 'event', event: event.type as CaseEventType };
      for (const rule of rules) {
        const firing = { trigger, on: event.on, today, ...(event.corrects ? { corrects: event.corrects } : {}) };
        for (const plan of planWarnings(rule, context, firing, this.config.calendar)) {
          planned.push({ plan, context });
        }
      }
    }
    return this.persist(manager, actor, planned, today);
  }

  /** The sweeper's half: the same rules, fired by dates instead of events. */
  async raiseForDeadlines(manager: EntityManager, caseIds: string[], triggers: Trigger[], now: Date): Promise<number> {
    const today = copenhagenDateOf(now);
    const contexts = toWarningContexts(
      await this.warnings.caseContextFacts(
        manager,
        [...new Set(caseIds)].map((caseId) => ({
          caseId,
          always: true,
          balanceAtLeastThreshold: null,
          withLedger: true,
        })),
        [],
        today,
      ),
    );
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
    planned: { plan: PlannedWarning; context: LoadedCaseContext }[],
    today: IsoDate,
  ): Promise<number> {
    if (planned.length === 0) return 0;
    const warnings = planned.map(({ plan, context }) => ({
      plan,
      context,
      row: {
        id: randomUUID(),
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

    // The recipients depend only on the organisation and the case's department: each one asked once
    // (a monthly import's thousands of warnings go to a few municipalities and departments).
    const addressees = new Map(
      fresh.map((w) => {
        const key = addresseeKey(w.row.recipientType, w.row.recipientId, w.context.departmentId);
        return [
          key,
          {
            id: randomUUID(),
            type: w.row.recipientType,
            recipientId: w.row.recipientId,
            departmentId: w.context.departmentId,
          },
        ];
      }),
    );
    const [organisations, usersByAddressee] = await Promise.all([
      this.warnings.recipientOrganisations(
        manager,
        [...new Map([...addressees.values()].map((a) => [organisationKey(a.type, a.recipientId), a])).values()].map(
          (a) => ({ type: a.type, id: a.recipientId }),
        ),
      ),
      this.warnings.recipientUsers(
        manager,
        [...addressees.values()].map((a) => ({
          id: a.id,
          recipientType: a.type,
          recipientId: a.recipientId,
          departmentId: a.departmentId,
        })),
      ),
    ]);
    const users = new Map(
      fresh.map((w) => [
        w.row.id,
        usersByAddressee.get(
          addressees.get(addresseeKey(w.row.recipientType, w.row.recipientId, w.context.departmentId))?.id ?? '',
        ) ?? [],
      ]),
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

type RelevantEvent = { event: RaisedCaseEvent; rules: WarningRule[] };

/** Whether the event's own ledger already rules out every rule it triggers (they need money owed). */
function cannotFire(rules: readonly WarningRule[], event: RaisedCaseEvent): boolean {
  if (!event.ledger) return false;
  const { balanceOre } = summarizeLedger(event.ledger);
  return balanceOre <= 0 && rules.every((rule) => rule.balance !== 'any');
}

/**
 * What the repository loads per case: a rule the law or the landlord's own staff need always
 * qualifies; a voluntary one needs a cooperation agreement in force that switches it on, or a
 * tenant's consent. Keeps a monthly import of thousands of cases from loading every case's context
 * when no agreement covers them or the arrears stay below the agreement's threshold.
 */
function contextRequests(relevant: readonly RelevantEvent[]): ContextRequest[] {
  const byCase = new Map<string, RelevantEvent[]>();
  for (const item of relevant) byCase.set(item.event.caseId, [...(byCase.get(item.event.caseId) ?? []), item]);
  return [...byCase].map(([caseId, items]) => {
    const rules = items.flatMap((item) => item.rules);
    const ledger = items.find((item) => item.event.ledger)?.event.ledger;
    return {
      caseId,
      always: rules.some((rule) =>
        rule.recipients.some((r) => r.basis === 'statute' || r.basis === 'own-organisation'),
      ),
      balanceAtLeastThreshold:
        ledger && rules.every((rule) => rule.balance === 'agreement-threshold')
          ? summarizeLedger(ledger).balanceOre
          : null,
      withLedger: ledger === undefined,
    };
  });
}

function ledgersOf(events: readonly RaisedCaseEvent[]): Map<string, readonly LedgerLine[]> {
  const ledgers = new Map<string, readonly LedgerLine[]>();
  for (const event of events) if (event.ledger && !ledgers.has(event.caseId)) ledgers.set(event.caseId, event.ledger);
  return ledgers;
}

function addresseeKey(type: string, id: string, departmentId: string): string {
  return `${type}:${id}:${departmentId}`;
}

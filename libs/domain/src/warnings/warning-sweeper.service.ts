import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { addBusinessDays, copenhagenDateOf, type IsoDate } from '@app/calendar';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { type AnyNewOutboxEmail, OutboxRepository } from '../outbox/outbox.repository.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { InboxRepository, type NewInboxItem } from './inbox.repository.js';
import { NotificationSettingRepository } from './notification-setting.repository.js';
import {
  composeDigests,
  escalationEmailData,
  managersDeadline,
  normaliseAddress,
  planEscalationDelivery,
} from './warning-delivery-planner.js';
import { WarningEngine } from './warning-engine.service.js';
import { type EscalatedWarningRow, organisationKey, WarningRepository } from './warning.repository.js';

const CHUNK = 500;

/** The most business days before an eviction an agreement may set for its reminder (ck_agreement_reminder). */
const LONGEST_EVICTION_REMINDER_BUSINESS_DAYS = 60;

export interface SweepResult {
  deadlineWarnings: number;
  escalatedToLeads: number;
  escalatedToManagers: number;
}

/**
 * What the clock triggers: warnings whose trigger is a date, escalation of warnings nobody
 * acknowledged in time, and the daily digest. Every method takes `now`, so tests can move time
 * without sleeping, and every step is safe to run twice (a rule fires once per occurrence; an
 * escalation moves a warning up one level only from the level below).
 */
@Injectable()
export class WarningSweeper {
  private readonly logger = new Logger(WarningSweeper.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(WarningEngine) private readonly engine: WarningEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WarningRepository) private readonly warnings: WarningRepository,
    @Inject(InboxRepository) private readonly inbox: InboxRepository,
    @Inject(NotificationSettingRepository) private readonly settings: NotificationSettingRepository,
    @Inject(OutboxRepository) private readonly outbox: OutboxRepository,
    @Inject(OutboxService) private readonly outboxService: OutboxService,
  ) {}

  async sweep(now: Date = new Date()): Promise<SweepResult> {
    const result = {
      deadlineWarnings: await this.raiseDeadlineWarnings(now),
      escalatedToLeads: await this.escalate(now, 1),
      escalatedToManagers: await this.escalate(now, 2),
    };
    if (result.deadlineWarnings + result.escalatedToLeads + result.escalatedToManagers > 0) {
      this.logger.log(result, 'Warning sweep');
    }
    return result;
  }

  /**
   * Cases where a date-triggered rule may fire and has not yet fired for the case's current
   * occurrence: the payment deadline passed while money is owed, or an eviction date within the
   * longest reminder period an agreement may set. The planner then checks each exactly.
   */
  private async raiseDeadlineWarnings(now: Date): Promise<number> {
    const today = copenhagenDateOf(now);
    // The furthest eviction date any agreement's reminder can reach today: 60 business days can
    // span more than 90 calendar days (94 from 6 March 2026, over Easter and Whitsun).
    const latestReminderDate = addBusinessDays(today, LONGEST_EVICTION_REMINDER_BUSINESS_DAYS, this.config.calendar);
    let raised = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const candidates = await this.warnings.deadlineCandidates(
        this.dataSource.manager,
        today,
        latestReminderDate,
        after,
        CHUNK,
      );
      if (candidates.length === 0) break;
      raised += await this.dataSource.transaction((manager) =>
        this.engine.raiseForDeadlines(
          manager,
          candidates,
          [
            { kind: 'deadline', deadline: 'payment-deadline-passed' },
            { kind: 'deadline', deadline: 'eviction-date-approaching' },
          ],
          now,
        ),
      );
      after = candidates.at(-1)!;
      if (candidates.length < CHUNK) break;
    }
    return raised;
  }

  /**
   * Level 1: past its acknowledgement date, the warning goes to the recipient organisation's
   * team leads; level 2: past the managers' date set then, to its managers. With no lead (or no
   * manager) registered, the organisation's alert mailbox is told instead, so it never goes
   * nowhere. Escalation emails carry no personal data: only the kind, reference and dates.
   */
  private async escalate(now: Date, level: 1 | 2): Promise<number> {
    const today = copenhagenDateOf(now);
    let escalated = 0;
    for (;;) {
      const count = await this.dataSource.transaction(async (manager) => {
        const due = await this.warnings.lockDueForEscalation(manager, level, today, CHUNK);
        if (due.length === 0) return 0;
        const escalatedRows = await this.warnings.escalate(
          manager,
          level,
          due.map((w) => ({ id: w.id, managersBy: managersDeadline(w.ruleCode, today, this.config.calendar) })),
        );
        await this.tellEscalation(manager, level, escalatedRows, today);
        return due.length;
      });
      escalated += count;
      if (count < CHUNK) break;
    }
    return escalated;
  }

  /** The inbox items, emails and timeline lines of warnings that just escalated to `level`. */
  private async tellEscalation(
    manager: EntityManager,
    level: 1 | 2,
    escalated: EscalatedWarningRow[],
    today: IsoDate,
  ): Promise<void> {
    if (escalated.length === 0) return;
    const [organisations, targets] = await Promise.all([
      this.warnings.recipientOrganisations(
        manager,
        escalated.map((w) => ({ type: w.recipientType, id: w.recipientId })),
      ),
      this.warnings.escalationTargets(manager, level, escalated),
    ]);
    const addresses = escalated.flatMap((w) => {
      const mailbox = organisations.get(organisationKey(w.recipientType, w.recipientId))?.mailbox;
      return [
        ...(mailbox ? [normaliseAddress(mailbox)] : []),
        ...(targets.get(w.id) ?? []).map((t) => normaliseAddress(t.email)),
      ];
    });
    const preferences = await this.settings.forAddresses(manager, addresses);
    const inbox: NewInboxItem[] = [];
    const emails: AnyNewOutboxEmail[] = [];
    for (const warning of escalated) {
      const organisation = organisations.get(organisationKey(warning.recipientType, warning.recipientId));
      const delivery = planEscalationDelivery({
        targets: targets.get(warning.id) ?? [],
        mailbox: organisation?.mailbox ?? null,
        preferences: (email) => preferences.get(email),
      });
      inbox.push(
        ...delivery.inboxUserIds.map((userId) => ({
          userId,
          warningId: warning.id,
          kind: 'escalation' as const,
          urgency: 'urgent' as const,
        })),
      );
      // An escalation email names the recipient organisation; with none on record there is nobody to address.
      if (!organisation) continue;
      const data = escalationEmailData(level, warning, organisation.name);
      for (const email of delivery.emails) {
        emails.push(
          this.outboxService.email(
            'warning.escalation',
            { channel: 'email', template: 'warning-escalation', to: email.to, locale: email.locale, data },
            { warningId: warning.id, recipient: email.to },
          ),
        );
      }
    }
    await this.inbox.insertMany(manager, inbox, true);
    await this.outboxService.addMany(manager, emails);
    await this.warnings.insertTimelineEvents(
      manager,
      escalated.map((w) => ({
        caseId: w.caseId,
        on: today,
        type: 'warning_escalated' as const,
        actorId: null,
        details: { warningId: w.id, rule: w.ruleCode, recipientType: w.recipientType, level },
      })),
    );
  }

  /**
   * One email per address with every non-urgent warning held for its digest. The held rows and
   * the digest row change in one transaction, so a warning is in exactly one digest.
   */
  async sendDigests(now: Date = new Date()): Promise<number> {
    const today = copenhagenDateOf(now);
    const count = await this.dataSource.transaction(async (manager) => {
      const held = await this.outbox.lockHeld(manager, now);
      const digests = composeDigests(
        held.map((row) => ({
          id: row.id,
          recipient: row.recipient,
          locale: row.payload.locale,
          data: row.payload.data,
          createdAt: row.createdAt,
        })),
        today,
      );
      const emails = digests.map((digest) =>
        this.outboxService.email(
          'warning.digest',
          {
            channel: 'email',
            template: 'warning-digest',
            to: digest.recipient,
            locale: digest.locale,
            data: digest.data,
          },
          { recipient: digest.recipient },
        ),
      );
      await this.outboxService.addMany(manager, emails);
      // Sent when the digest is: the case's warnings show the digest's status and time.
      await this.outbox.markDigested(
        manager,
        digests.map((digest, i) => ({ digestId: emails[i]!.id, heldIds: digest.heldIds })),
      );
      return digests.length;
    });
    if (count > 0) this.logger.log({ digests: count }, 'Warning digests queued');
    return count;
  }
}

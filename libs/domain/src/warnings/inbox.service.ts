import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { copenhagenDateOf } from '@app/calendar';
import { localized } from '@app/i18n';
import { AppError, decodeCursor, encodeCursor, type Page, type PageQuery } from '@app/common';
import { Role, type Actor } from '../access/roles.js';
import { caseScope } from '../arrears/case-scope.js';
import { AuditService } from '../audit/audit.service.js';
import { EntityNotFoundError } from '../directory/directory.errors.js';
import { type InboxFilter, type InboxItemRow, type InboxKind, InboxRepository } from './inbox.repository.js';
import { ruleByCode } from './warning-rules.js';
import { type WarningData } from './warning-planner.js';
import { WarningRepository } from './warning.repository.js';

export type { InboxFilter, InboxKind } from './inbox.repository.js';

export interface InboxItemView {
  id: string;
  kind: InboxKind;
  urgency: 'urgent' | 'normal';
  createdAt: Date;
  readAt: Date | null;
  /** Set only when the reader may open the case. */
  caseId: string | null;
  warning: {
    id: string;
    rule: string;
    title: { da: string; en: string };
    recipientType: string;
    createdAt: Date;
    acknowledgeBy: string;
    acknowledgedAt: Date | null;
    acknowledgedBy: string | null;
    acknowledgementComment: string | null;
    escalationLevel: number;
    undeliveredAt: Date | null;
    /** Name, address and any consented details; null for managers, who see no personal data. */
    data: WarningData | null;
  };
}

/**
 * The in-app inbox: each user's own items (warnings to their organisation, escalations, tasks
 * about undelivered warnings). Reading is per user; acknowledging answers the warning for the
 * whole recipient organisation and stops its escalation.
 */
@Injectable()
export class InboxService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(InboxRepository) private readonly inbox: InboxRepository,
    @Inject(WarningRepository) private readonly warnings: WarningRepository,
  ) {}

  async list(actor: Actor, filter: InboxFilter, page: PageQuery): Promise<Page<InboxItemView>> {
    return this.dataSource.transaction(async (manager) => {
      const cursor = page.cursor ? decodeCursor(page.cursor, 'timestamp') : null;
      const rows = await this.inbox.page(
        manager,
        actor.principal.userId,
        caseScope(actor.principal),
        filter,
        page,
        cursor ? { key: String(cursor.key), id: cursor.id } : null,
      );
      const items = rows.slice(0, page.limit);
      await this.auditRead(manager, actor, items);
      const last = items.at(-1);
      return {
        items: items.map((row) => this.view(actor, row)),
        nextCursor: rows.length > page.limit && last ? encodeCursor({ key: last.created_key, id: last.id }) : null,
      };
    });
  }

  async unreadCount(actor: Actor): Promise<{ unread: number; urgent: number }> {
    return this.inbox.unreadCount(this.dataSource.manager, actor.principal.userId);
  }

  async get(actor: Actor, itemId: string): Promise<InboxItemView> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.own(manager, actor, itemId);
      await this.auditRead(manager, actor, [row]);
      return this.view(actor, row);
    });
  }

  async markRead(actor: Actor, itemId: string): Promise<InboxItemView> {
    return this.dataSource.transaction(async (manager) => {
      await this.own(manager, actor, itemId);
      await this.inbox.markRead(manager, itemId);
      const row = await this.own(manager, actor, itemId);
      await this.auditRead(manager, actor, [row]);
      return this.view(actor, row);
    });
  }

  /**
   * Answers the warning on behalf of the recipient organisation, with an optional comment
   * ("contacted the tenant", "not ours"): escalation stops and the landlord sees it on the case.
   * Acknowledging twice is refused with the first acknowledgement's details.
   */
  async acknowledge(actor: Actor, itemId: string, comment: string | null): Promise<InboxItemView> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.own(manager, actor, itemId);
      if (item.kind === 'undelivered') {
        throw new AppError(
          'NOT_ACKNOWLEDGEABLE',
          409,
          localized((m) => m.warnings.errors.NOT_ACKNOWLEDGEABLE),
          [
            {
              field: null,
              rule: 'undeliveredIsNotAcknowledged',
              message: localized((m) => m.warnings.details.undeliveredIsNotAcknowledged),
            },
          ],
        );
      }
      const updated = await this.warnings.acknowledge(manager, item.warning_id, actor.principal.userId, comment);
      if (updated) {
        await this.warnings.insertTimelineEvents(manager, [
          {
            caseId: updated.caseId,
            on: copenhagenDateOf(new Date()),
            type: 'warning_acknowledged',
            actorId: actor.principal.userId,
            reason: comment,
            details: { warningId: item.warning_id, rule: updated.ruleCode, recipientType: updated.recipientType },
          },
        ]);
      }
      if (!updated) {
        throw new AppError(
          'ALREADY_ACKNOWLEDGED',
          409,
          localized((m) => m.warnings.errors.ALREADY_ACKNOWLEDGED),
          [
            {
              field: null,
              rule: 'alreadyAcknowledged',
              message: localized((m) => m.warnings.details.alreadyAcknowledged),
              acknowledgedAt: item.acknowledged_at,
              acknowledgedBy: item.acknowledged_by,
            },
          ],
        );
      }
      await this.inbox.markRead(manager, itemId);
      const row = await this.own(manager, actor, itemId);
      await this.auditRead(manager, actor, [row]);
      return this.view(actor, row);
    });
  }

  private async own(manager: EntityManager, actor: Actor, itemId: string): Promise<InboxItemRow> {
    const row = await this.inbox.findOwn(manager, actor.principal.userId, caseScope(actor.principal), itemId);
    if (!row) throw new EntityNotFoundError('inbox_item');
    return row;
  }

  private view(actor: Actor, row: InboxItemRow): InboxItemView {
    const rule = ruleByCode(row.rule_code);
    return {
      id: row.id,
      kind: row.kind,
      urgency: row.urgency,
      createdAt: row.created_at,
      readAt: row.read_at,
      caseId: row.case_visible ? row.case_id : null,
      warning: {
        id: row.warning_id,
        rule: row.rule_code,
        title: rule?.title ?? { da: row.rule_code, en: row.rule_code },
        recipientType: row.recipient_type,
        createdAt: row.warning_created_at,
        acknowledgeBy: row.acknowledge_by,
        acknowledgedAt: row.acknowledged_at,
        acknowledgedBy: row.acknowledged_by,
        acknowledgementComment: row.acknowledgement_comment,
        escalationLevel: Number(row.escalation_level),
        undeliveredAt: row.undelivered_at,
        data: sees(actor) ? row.data : null,
      },
    };
  }

  /** Every item shown with names and addresses is a read of those persons' data. */
  private async auditRead(manager: EntityManager, actor: Actor, rows: InboxItemRow[]): Promise<void> {
    if (!sees(actor)) return;
    await this.audit.record(
      manager,
      actor,
      rows.flatMap((row) =>
        row.person_ids.map((personId) => ({
          action: 'person.read',
          entityType: 'warning',
          entityId: row.warning_id,
          personId,
        })),
      ),
    );
  }
}

/** Managers see statistics only, never personal data (issue 3); everyone else sees what they were sent. */
function sees(actor: Actor): boolean {
  return actor.principal.role !== Role.Manager;
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, decodeCursor, encodeCursor, type Page, type PageQuery } from '@app/common';
import { Role, type Actor } from '../access/roles.js';
import { caseScope } from '../arrears/case-scope.js';
import { AuditService } from '../audit/audit.service.js';
import { EntityNotFoundError } from '../directory/directory.errors.js';
import { ruleByCode } from './warning-rules.js';
import { type WarningData } from './warning-planner.js';

export type InboxKind = 'warning' | 'escalation' | 'undelivered';

export interface InboxFilter {
  unread?: boolean;
  kind?: InboxKind[];
  urgency?: 'urgent' | 'normal';
  caseId?: string;
  acknowledged?: boolean;
}

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

interface ItemRow {
  id: string;
  kind: InboxKind;
  urgency: 'urgent' | 'normal';
  created_at: Date;
  created_key: string;
  read_at: Date | null;
  case_visible: boolean;
  warning_id: string;
  case_id: string;
  rule_code: string;
  recipient_type: string;
  warning_created_at: Date;
  acknowledge_by: string;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  acknowledgement_comment: string | null;
  escalation_level: number;
  undelivered_at: Date | null;
  data: WarningData;
  person_ids: string[];
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
  ) {}

  async list(actor: Actor, filter: InboxFilter, page: PageQuery): Promise<Page<InboxItemView>> {
    return this.dataSource.transaction(async (manager) => {
      const query = this.itemsQuery(manager, actor).where('i.user_id = :userId', {
        userId: actor.principal.userId,
      });
      if (filter.unread !== undefined) query.andWhere(filter.unread ? 'i.read_at IS NULL' : 'i.read_at IS NOT NULL');
      if (filter.kind?.length) query.andWhere('i.kind IN (:...kinds)', { kinds: filter.kind });
      if (filter.urgency) query.andWhere('i.urgency = :urgency', { urgency: filter.urgency });
      if (filter.caseId) query.andWhere('w.case_id = :caseId', { caseId: filter.caseId });
      if (filter.acknowledged !== undefined) {
        query.andWhere(filter.acknowledged ? 'w.acknowledged_at IS NOT NULL' : 'w.acknowledged_at IS NULL');
      }
      if (page.cursor) {
        const position = decodeCursor(page.cursor, 'timestamp');
        query.andWhere('(i.created_at, i.id) < (:cursorKey::timestamptz, :cursorId::uuid)', {
          cursorKey: position.key,
          cursorId: position.id,
        });
      }
      const rows = await query
        .orderBy('i.created_at', 'DESC')
        .addOrderBy('i.id', 'DESC')
        .limit(page.limit + 1)
        .getRawMany<ItemRow>();
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
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS unread, count(*) FILTER (WHERE urgency = 'urgent')::int AS urgent
         FROM inbox_item WHERE user_id = $1 AND read_at IS NULL`,
      [actor.principal.userId],
    );
    return row;
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
      await manager.query(`UPDATE inbox_item SET read_at = coalesce(read_at, now()) WHERE id = $1`, [itemId]);
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
        throw new AppError('NOT_ACKNOWLEDGEABLE', 409, {
          da: 'En opgave om en meddelelse, der ikke kunne leveres, kvitteres ikke; markér den som læst.',
          en: 'A task about an undelivered notification is not acknowledged; mark it as read.',
        });
      }
      const [updated] = await manager.query(
        `WITH w AS (
           UPDATE warning SET acknowledged_at = now(), acknowledged_by = $2, acknowledgement_comment = $3
            WHERE id = $1 AND acknowledged_at IS NULL RETURNING id, case_id, rule_code, recipient_type
         ), e AS (
           INSERT INTO case_event (case_id, on_date, type, actor_id, reason, details)
           SELECT case_id, (now() AT TIME ZONE 'Europe/Copenhagen')::date, 'warning_acknowledged', $2, $3,
                  jsonb_build_object('warningId', id, 'rule', rule_code, 'recipientType', recipient_type)
             FROM w
         )
         SELECT count(*)::int AS count FROM w`,
        [item.warning_id, actor.principal.userId, comment],
      );
      if (updated.count === 0) {
        throw new AppError(
          'ALREADY_ACKNOWLEDGED',
          409,
          { da: 'Varslet er allerede kvitteret.', en: 'The warning has already been acknowledged.' },
          { acknowledgedAt: item.acknowledged_at, acknowledgedBy: item.acknowledged_by },
        );
      }
      await manager.query(`UPDATE inbox_item SET read_at = coalesce(read_at, now()) WHERE id = $1`, [itemId]);
      const row = await this.own(manager, actor, itemId);
      await this.auditRead(manager, actor, [row]);
      return this.view(actor, row);
    });
  }

  private async own(manager: EntityManager, actor: Actor, itemId: string): Promise<ItemRow> {
    const row = await this.itemsQuery(manager, actor)
      .where('i.id = :itemId AND i.user_id = :userId', { itemId, userId: actor.principal.userId })
      .getRawOne<ItemRow>();
    if (!row) throw new EntityNotFoundError('inbox_item');
    return row;
  }

  private itemsQuery(manager: EntityManager, actor: Actor) {
    const scope = caseScope(actor.principal);
    const query = manager
      .createQueryBuilder()
      .select([
        'i.id AS id',
        'i.kind AS kind',
        'i.urgency AS urgency',
        'i.created_at AS created_at',
        'i.created_at::text AS created_key',
        'i.read_at AS read_at',
        'w.id AS warning_id',
        'w.case_id AS case_id',
        'w.rule_code AS rule_code',
        'w.recipient_type AS recipient_type',
        'w.created_at AS warning_created_at',
        'w.acknowledge_by::text AS acknowledge_by',
        'w.acknowledged_at AS acknowledged_at',
        'w.acknowledged_by AS acknowledged_by',
        'w.acknowledgement_comment AS acknowledgement_comment',
        'w.escalation_level AS escalation_level',
        'w.undelivered_at AS undelivered_at',
        'w.data AS data',
        'w.person_ids AS person_ids',
      ])
      .from('inbox_item', 'i')
      .innerJoin('warning', 'w', 'w.id = i.warning_id');
    if (scope) {
      query.addSelect(`EXISTS (SELECT 1 FROM arrears_case c WHERE c.id = w.case_id AND ${scope.sql})`, 'case_visible');
      query.setParameters(scope.params);
    } else {
      query.addSelect('false', 'case_visible');
    }
    return query;
  }

  private view(actor: Actor, row: ItemRow): InboxItemView {
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
  private async auditRead(manager: EntityManager, actor: Actor, rows: ItemRow[]): Promise<void> {
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

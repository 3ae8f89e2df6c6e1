import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type PageQuery } from '@app/common';
import { type ScopeCondition } from '../personal-data/person-scope.js';
import { type WarningData } from './warning-planner.js';

export type InboxKind = 'warning' | 'escalation' | 'undelivered';

export interface InboxFilter {
  unread?: boolean;
  kind?: InboxKind[];
  urgency?: 'urgent' | 'normal';
  caseId?: string;
  /** The items about one warning (the warning page finds the reader's own item by the warning's id). */
  warningId?: string;
  acknowledged?: boolean;
}

/** An inbox item to write. */
export interface NewInboxItem {
  userId: string;
  warningId: string;
  kind: InboxKind;
  urgency: 'urgent' | 'normal';
}

/** An item with its warning, as the inbox reads it. */
export interface InboxItemRow {
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
 * `inbox_item`: each user's own items. Reads are always of one user's items; `scope` (the case
 * scope of that user, or null) only decides whether the case may be opened from the item.
 */
@Injectable()
export class InboxRepository {
  /** Writes the items; `skipExisting` ignores an item the user already has for that warning and kind. */
  async insertMany(manager: EntityManager, items: readonly NewInboxItem[], skipExisting = false): Promise<void> {
    if (items.length === 0) return;
    await manager.query(
      `INSERT INTO inbox_item (id, user_id, warning_id, kind, urgency)
       SELECT gen_random_uuid(), user_id, warning_id, kind, urgency
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS x(user_id, warning_id, kind, urgency)
       ${skipExisting ? 'ON CONFLICT ON CONSTRAINT uq_inbox_item DO NOTHING' : ''}`,
      [
        items.map((i) => i.userId),
        items.map((i) => i.warningId),
        items.map((i) => i.kind),
        items.map((i) => i.urgency),
      ],
    );
  }

  /** A page of the user's items, newest first; `page.limit + 1` rows, so the caller can tell if there is more. */
  page(
    manager: EntityManager,
    userId: string,
    scope: ScopeCondition | null,
    filter: InboxFilter,
    page: PageQuery,
    cursor: { key: string; id: string } | null,
  ): Promise<InboxItemRow[]> {
    const query = this.items(manager, scope).where('i.user_id = :userId', { userId });
    if (filter.unread !== undefined) query.andWhere(filter.unread ? 'i.read_at IS NULL' : 'i.read_at IS NOT NULL');
    if (filter.kind?.length) query.andWhere('i.kind IN (:...kinds)', { kinds: filter.kind });
    if (filter.urgency) query.andWhere('i.urgency = :urgency', { urgency: filter.urgency });
    if (filter.caseId) query.andWhere('w.case_id = :caseId', { caseId: filter.caseId });
    if (filter.warningId) query.andWhere('i.warning_id = :warningId', { warningId: filter.warningId });
    if (filter.acknowledged !== undefined) {
      query.andWhere(filter.acknowledged ? 'w.acknowledged_at IS NOT NULL' : 'w.acknowledged_at IS NULL');
    }
    if (cursor) {
      query.andWhere('(i.created_at, i.id) < (:cursorKey::timestamptz, :cursorId::uuid)', {
        cursorKey: cursor.key,
        cursorId: cursor.id,
      });
    }
    return query
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(page.limit + 1)
      .getRawMany<InboxItemRow>();
  }

  /** One of the user's own items; another user's item is not found. */
  async findOwn(
    manager: EntityManager,
    userId: string,
    scope: ScopeCondition | null,
    itemId: string,
  ): Promise<InboxItemRow | null> {
    const row = await this.items(manager, scope)
      .where('i.id = :itemId AND i.user_id = :userId', { itemId, userId })
      .getRawOne<InboxItemRow>();
    return row ?? null;
  }

  async unreadCount(manager: EntityManager, userId: string): Promise<{ unread: number; urgent: number }> {
    const [row]: { unread: number; urgent: number }[] = await manager.query(
      `SELECT count(*)::int AS unread, count(*) FILTER (WHERE urgency = 'urgent')::int AS urgent
         FROM inbox_item WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return row!;
  }

  async markRead(manager: EntityManager, itemId: string): Promise<void> {
    await manager.query(`UPDATE inbox_item SET read_at = coalesce(read_at, now()) WHERE id = $1`, [itemId]);
  }

  private items(manager: EntityManager, scope: ScopeCondition | null) {
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
}

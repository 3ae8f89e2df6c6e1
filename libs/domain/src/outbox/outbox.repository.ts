import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type EmailTemplateName } from '@app/mail';
import { type EmailPayload } from './email-payload.js';
import { OutboxMessage, type OutboxStatus } from './outbox-message.entity.js';

/** An outbox row to write: one email, typed by its template. */
export interface NewOutboxEmail<T extends EmailTemplateName = EmailTemplateName> {
  id: string;
  topic: string;
  payload: EmailPayload<T>;
  /** `held` waits for the recipient's daily digest; everything else starts `pending`. */
  status: 'pending' | 'held';
  /** The warning it carries, if it is one. */
  warningId: string | null;
  /** The address, lower-cased, for digests and the case's delivery list. */
  recipient: string | null;
}

/** Any outbox email, as a union discriminated by template. */
export type AnyNewOutboxEmail = { [K in EmailTemplateName]: NewOutboxEmail<K> }[EmailTemplateName];

/** An email held for a digest, as it is read back. */
export interface HeldOutboxRow {
  id: string;
  recipient: string;
  payload: EmailPayload<'warning'>;
  createdAt: Date;
}

/** A row being retried, with the scope facts of the warning it carries. */
export interface RetryCandidateRow {
  id: string;
  status: OutboxStatus;
  warningId: string | null;
  senderOrganisationId: string | null;
  departmentId: string | null;
}

/**
 * The `outbox` table's writes outside the relay and the delivery: new emails, digests, retries
 * and erasure. The relay's claims are in outbox-relay.repository.ts, the delivery's in
 * email-delivery.repository.ts.
 */
@Injectable()
export class OutboxRepository {
  async insert(manager: EntityManager, email: AnyNewOutboxEmail): Promise<OutboxMessage> {
    const message = manager.create(OutboxMessage, { ...email, channel: 'email' });
    await manager.insert(OutboxMessage, message);
    return message;
  }

  /** Writes a set of emails in one statement, whatever their number. */
  async insertMany(manager: EntityManager, emails: readonly AnyNewOutboxEmail[]): Promise<void> {
    if (emails.length === 0) return;
    await manager.query(
      `INSERT INTO outbox (id, topic, channel, payload, status, warning_id, recipient)
       SELECT id, topic, 'email', payload, status, warning_id, recipient
         FROM jsonb_to_recordset($1::jsonb)
           AS x(id uuid, topic text, payload jsonb, status text, warning_id uuid, recipient text)`,
      [
        JSON.stringify(
          emails.map((e) => ({
            id: e.id,
            topic: e.topic,
            payload: e.payload,
            status: e.status,
            warning_id: e.warningId,
            recipient: e.recipient,
          })),
        ),
      ],
    );
  }

  /**
   * The emails held for a digest up to `until`, locked for the caller's transaction and skipped
   * by any other digest run, so a warning goes into exactly one digest.
   */
  async lockHeld(manager: EntityManager, until: Date): Promise<HeldOutboxRow[]> {
    const rows: { id: string; recipient: string; payload: EmailPayload<'warning'>; created_at: Date }[] =
      await manager.query(
        `SELECT id, recipient, payload, created_at FROM outbox
          WHERE status = 'held' AND created_at <= $1::timestamptz
          ORDER BY created_at, id
          FOR UPDATE SKIP LOCKED`,
        [until.toISOString()],
      );
    return rows.map((row) => ({
      id: row.id,
      recipient: row.recipient,
      payload: row.payload,
      createdAt: row.created_at,
    }));
  }

  /** The held emails went into the digest `digestId`: they are sent when it is. */
  async markDigested(
    manager: EntityManager,
    digests: readonly { digestId: string; heldIds: string[] }[],
  ): Promise<void> {
    if (digests.length === 0) return;
    const pairs = digests.flatMap((d) => d.heldIds.map((id) => [id, d.digestId] as const));
    await manager.query(
      `UPDATE outbox o SET status = 'digested', digest_id = x.digest_id
         FROM unnest($1::uuid[], $2::uuid[]) AS x(id, digest_id)
        WHERE o.id = x.id`,
      [pairs.map(([id]) => id), pairs.map(([, digestId]) => digestId)],
    );
  }

  /** The row to retry with its warning's sender and department, locked for the caller's transaction. */
  async lockForRetry(manager: EntityManager, outboxId: string): Promise<RetryCandidateRow | null> {
    const [row]: {
      id: string;
      status: OutboxStatus;
      warning_id: string | null;
      sender_organisation_id: string | null;
      department_id: string | null;
    }[] = await manager.query(
      `SELECT o.id, o.status, o.warning_id, w.sender_organisation_id, c.department_id
         FROM outbox o LEFT JOIN warning w ON w.id = o.warning_id LEFT JOIN arrears_case c ON c.id = w.case_id
        WHERE o.id = $1 FOR UPDATE OF o`,
      [outboxId],
    );
    return row
      ? {
          id: row.id,
          status: row.status,
          warningId: row.warning_id,
          senderOrganisationId: row.sender_organisation_id,
          departmentId: row.department_id,
        }
      : null;
  }

  /** Back to pending with a fresh count of attempts: the relay queues it again. */
  async resetForRetry(manager: EntityManager, outboxId: string): Promise<void> {
    await manager.query(
      `UPDATE outbox SET status = 'pending', attempts = 0, queued_at = NULL, failed_at = NULL, undelivered_at = NULL,
              last_error = NULL WHERE id = $1`,
      [outboxId],
    );
  }

  /** Whether any email of the warning is still undelivered. */
  async hasUndelivered(manager: EntityManager, warningId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM outbox WHERE warning_id = $1 AND status = 'undelivered' LIMIT 1`,
      [warningId],
    );
    return rows.length > 0;
  }

  /**
   * Erasure: the emails that carried the given warnings, once finished (sent, given up on or
   * digested), keep no data; the digests they went into lose their items.
   */
  async eraseWarningCopies(manager: EntityManager, warningIds: readonly string[]): Promise<void> {
    if (warningIds.length === 0) return;
    await manager.query(
      `WITH o AS (
         UPDATE outbox SET payload = jsonb_set(payload, '{data}', '{}'::jsonb)
          WHERE warning_id = ANY($1::uuid[]) AND status IN ('sent', 'undelivered', 'digested')
         RETURNING digest_id
       )
       UPDATE outbox SET payload = jsonb_set(payload, '{data,items}', '[]'::jsonb)
        WHERE id IN (SELECT digest_id FROM o WHERE digest_id IS NOT NULL) AND status IN ('sent', 'undelivered')`,
      [warningIds],
    );
  }
}

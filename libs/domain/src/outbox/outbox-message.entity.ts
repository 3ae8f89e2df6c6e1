import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { type EmailPayload } from './email-payload.js';

/**
 * pending: written with the business change, not yet handed to the queue.
 * queued: a job with `jobId` = this id has been added.
 * failed: the last attempt failed; the queue will try again (`failedAt`, `lastError`).
 * sent: the side effect happened (`sentAt`, `providerMessageId` recorded).
 * undelivered: every attempt failed; the sender is told and an operator can retry it.
 * held: a non-urgent warning waiting for its recipient's daily digest.
 * digested: sent inside the digest `digestId`.
 */
export type OutboxStatus = 'pending' | 'queued' | 'failed' | 'sent' | 'undelivered' | 'held' | 'digested';

/**
 * The transactional outbox: a message that must leave the system, written in the same
 * transaction as the change that causes it, so it is never lost and never sent twice.
 */
@Entity({ name: 'outbox' })
export class OutboxMessage {
  @PrimaryColumn('uuid')
  id: string;

  /** What the message announces, e.g. `municipality.registered`. */
  @Column({ type: 'varchar', length: 100 })
  topic: string;

  /** How the message leaves: only `email` today; the relay claims by channel. */
  @Column({ type: 'varchar', length: 20, default: 'email' })
  channel: 'email';

  @Column({ type: 'jsonb' })
  payload: EmailPayload;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  queuedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  providerMessageId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  failedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  undeliveredAt: Date | null;

  /** The warning this email carries, if it is one. */
  @Column({ type: 'uuid', nullable: true })
  warningId: string | null;

  /** The address, lower-cased, for digests and the case's delivery list. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  recipient: string | null;

  @Column({ type: 'uuid', nullable: true })
  digestId: string | null;
}

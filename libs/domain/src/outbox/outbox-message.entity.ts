import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { type EmailPayload } from './email-payload.js';

/**
 * pending: written with the business change, not yet handed to the queue.
 * queued: a job with `jobId` = this id has been added.
 * sent: the side effect happened (`sentAt`, `providerMessageId` recorded).
 * failed: every attempt failed; kept for an operator to look at and retry.
 */
export type OutboxStatus = 'pending' | 'queued' | 'sent' | 'failed';

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

  /** `email`: sent by the worker; `event`: a case event for the warning rules. */
  @Column({ type: 'varchar', length: 20, default: 'email' })
  channel: 'email' | 'event';

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
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditDetails = Record<string, string | number | boolean | null | string[]>;

/** One use of personal data (or a security event). Append-only: a trigger refuses updates and deletes. */
@Entity({ name: 'audit_log' })
export class AuditLog {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  actorRole: string | null;

  /** e.g. `person.read`, `person.create`, `person.erase`, `auth.login-failed`. */
  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'varchar', length: 60 })
  entityType: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  entityId: string | null;

  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  sourceIp: string | null;

  /** Never personal data: field names, search kinds, counts. */
  @Column({ type: 'jsonb', nullable: true })
  details: AuditDetails | null;
}

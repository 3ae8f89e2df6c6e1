import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Department } from '../directory/department.entity.js';
import { type Role } from './roles.js';

@Entity({ name: 'app_user' })
export class User {
  @PrimaryColumn('uuid')
  id: string;

  /** Stored lower-case; the login name. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  role: Role;

  /** argon2id. */
  @Column({ type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'char', length: 2, default: 'da' })
  language: 'da' | 'en';

  /** Receives the first escalation of warnings to their organisation nobody acknowledged in time. */
  @Column({ type: 'boolean', default: false })
  teamLead: boolean;

  @Column({ type: 'uuid', nullable: true })
  municipalityId: string | null;

  @Column({ type: 'uuid', nullable: true })
  housingOrganisationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  probationUnitId: string | null;

  @Column({ type: 'uuid', nullable: true })
  counsellingProviderId: string | null;

  @ManyToMany(() => Department)
  @JoinTable({
    name: 'user_department',
    joinColumn: { name: 'user_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'department_id', referencedColumnName: 'id' },
  })
  departments: Department[];

  /** Access tokens issued before this instant are refused (password change, disabling). */
  @Column({ type: 'timestamptz' })
  tokensValidAfter: Date;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

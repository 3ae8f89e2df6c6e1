import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A kommune. Its alert mailbox receives the warnings the partnership agreement and the law require. */
@Entity({ name: 'municipality' })
export class Municipality {
  @PrimaryColumn('uuid')
  id: string;

  /** The three-digit kommunekode (e.g. 101 København). */
  @Column({ type: 'char', length: 3, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 254 })
  alertEmail: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An afdeling: a financially independent estate of a housing organisation, in one municipality. */
@Entity({ name: 'department' })
export class Department {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  housingOrganisationId: string;

  @Column({ type: 'uuid' })
  municipalityId: string;

  /** The organisation's own department number (afdelingsnummer). */
  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 300 })
  address: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

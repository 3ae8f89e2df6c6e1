import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A boligorganisation: the landlord, and the controller of its tenants' data. */
@Entity({ name: 'housing_organisation' })
export class HousingOrganisation {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** CVR number (company register), when known. */
  @Column({ type: 'char', length: 8, nullable: true })
  cvr: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

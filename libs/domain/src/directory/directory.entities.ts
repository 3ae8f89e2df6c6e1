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

/** A directory entry that is a name and a contact mailbox; the columns its tables share. */
abstract class ContactDirectoryEntry {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 254 })
  contactEmail: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A unit of Kriminalforsorgen (the Prison and Probation Service). */
@Entity({ name: 'probation_unit' })
export class ProbationUnit extends ContactDirectoryEntry {}

/** A debt-counselling provider (gældsrådgivning): an NGO, a municipality's or a landlord's service. */
@Entity({ name: 'counselling_provider' })
export class CounsellingProvider extends ContactDirectoryEntry {}

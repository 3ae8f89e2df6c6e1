import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A tenant (or household member). The CPR number is stored only encrypted, with the id of the
 * key that encrypted it and an HMAC blind index for exact look-up.
 */
@Entity({ name: 'person' })
export class Person {
  @PrimaryColumn('uuid')
  id: string;

  /** The organisation that registered the person: the controller of this record. */
  @Column({ type: 'uuid' })
  housingOrganisationId: string;

  /** Municipality of residence: whose social workers may be told about the person. */
  @Column({ type: 'uuid', nullable: true })
  municipalityId: string | null;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'bytea', nullable: true, select: false })
  cprCiphertext: Buffer | null;

  @Column({ type: 'varchar', length: 40, nullable: true, select: false })
  cprKeyId: string | null;

  @Column({ type: 'char', length: 64, nullable: true, select: false })
  cprIndex: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ type: 'char', length: 4, nullable: true })
  postcode: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city: string | null;

  /** Children under 18 in the household: the municipality must act at once (retssikkerhedsloven § 5 a). */
  @Column({ type: 'integer', default: 0 })
  childrenUnder18: number;

  @Column({ type: 'char', length: 2, default: 'da' })
  language: 'da' | 'en';

  /**
   * Since when the person has had no open case (NULL while a case is open). Retention counts
   * from here; the case module sets it in the transaction that opens or closes a case.
   */
  @Column({ type: 'timestamptz', nullable: true })
  inactiveSince: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt: Date | null;

  /** Optimistic locking: a change names the version it was based on. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

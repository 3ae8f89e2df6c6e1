import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A lejemål: one home in a department, let at a monthly rent. */
@Entity({ name: 'tenancy' })
export class Tenancy {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  housingOrganisationId: string;

  @Column({ type: 'uuid' })
  departmentId: string;

  /** The lease or unit number within the department (lejemålsnummer). */
  @Column({ type: 'varchar', length: 40 })
  unit: string;

  @Column({ type: 'varchar', length: 300 })
  address: string;

  @Column({ type: 'char', length: 4, nullable: true })
  postcode: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city: string | null;

  /** Integer øre; shown as DKK with two decimals. */
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  monthlyRentOre: number;

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

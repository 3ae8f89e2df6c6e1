import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * What a person's consent allows to be shared, and with whom. The statutory notice
 * (almenlejeloven § 92, stk. 2) carries name and address without consent; anything more needs
 * one of these, in force (given, not expired, not withdrawn).
 */
export const ConsentPurpose = {
  /** Case details beyond name and address to the municipality's social workers. */
  MunicipalityCaseDetails: 'municipality-case-details',
  /** Referral to debt counselling (gældsrådgivning). */
  DebtCounselling: 'debt-counselling',
  /** Cooperation between landlord and Kriminalforsorgen (no statutory basis: consent only). */
  ProbationCooperation: 'probation-cooperation',
} as const;
export type ConsentPurpose = (typeof ConsentPurpose)[keyof typeof ConsentPurpose];

export type RecipientType = 'municipality' | 'housing_organisation' | 'probation_unit' | 'counselling_provider';

/** The kind of organisation each purpose shares with. */
export const RECIPIENT_TYPE_FOR_PURPOSE: Record<ConsentPurpose, RecipientType> = {
  'municipality-case-details': 'municipality',
  'debt-counselling': 'counselling_provider',
  'probation-cooperation': 'probation_unit',
};

@Entity({ name: 'consent' })
export class Consent {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'varchar', length: 60 })
  purpose: ConsentPurpose;

  @Column({ type: 'varchar', length: 40 })
  recipientType: RecipientType;

  @Column({ type: 'uuid' })
  recipientId: string;

  @Column({ type: 'timestamptz' })
  givenAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

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

/**
 * The kind of organisation each purpose is first of all given to: its staff see the person and the
 * case on it (person-scope.sql.ts), and warnings to it may carry details (warning-context.ts).
 */
export const RECIPIENT_TYPE_FOR_PURPOSE: Record<ConsentPurpose, RecipientType> = {
  'municipality-case-details': 'municipality',
  'debt-counselling': 'counselling_provider',
  'probation-cooperation': 'probation_unit',
};

/**
 * Every kind of organisation a consent of the purpose may name, one consent row per named
 * recipient (docs/personal-data.md#consent). `probation-cooperation` names the probation unit and,
 * each with its own row, the landlord and the municipality that may learn of a custody episode
 * (docs/probation.md): a row naming the landlord or the municipality widens no other scope — it only
 * lets that recipient be told about, and see, the custody episode.
 */
export const RECIPIENT_TYPES_FOR_PURPOSE: Record<ConsentPurpose, readonly RecipientType[]> = {
  'municipality-case-details': ['municipality'],
  'debt-counselling': ['counselling_provider'],
  'probation-cooperation': ['probation_unit', 'housing_organisation', 'municipality'],
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

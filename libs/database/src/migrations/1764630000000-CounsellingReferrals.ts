import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Referrals (henvisninger) of a tenant to a debt-counselling provider (docs/debt-counselling.md). */
export class CounsellingReferrals1764630000000 implements MigrationInterface {
  name = 'CounsellingReferrals1764630000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Business days a provider has to answer a referral before its team leads are told (default 3).
    await queryRunner.query(`
      ALTER TABLE counselling_provider ADD COLUMN referral_answer_business_days integer NOT NULL DEFAULT 3
        CONSTRAINT ck_provider_referral_answer CHECK (referral_answer_business_days BETWEEN 1 AND 30)`);
    await queryRunner.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES arrears_case (id),
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        counselling_provider_id uuid NOT NULL REFERENCES counselling_provider (id),
        -- The consent the referral was made under: while it is in force the provider may see it.
        consent_id uuid NOT NULL REFERENCES consent (id) ON DELETE CASCADE,
        referred_by uuid NOT NULL REFERENCES app_user (id),
        -- Exactly one referring organisation: the landlord or the municipality.
        referring_housing_organisation_id uuid REFERENCES housing_organisation (id),
        referring_municipality_id uuid REFERENCES municipality (id),
        service_level varchar(20) NOT NULL CONSTRAINT ck_referral_service_level
          CHECK (service_level IN ('quick_advice', 'light_casework', 'full_casework')),
        status varchar(20) NOT NULL DEFAULT 'sent' CONSTRAINT ck_referral_status
          CHECK (status IN ('sent', 'accepted', 'declined', 'in_contact', 'closed')),
        sent_on date NOT NULL,
        accepted_on date,
        declined_on date,
        decline_reason text,
        first_contact_on date,
        closed_on date,
        outcome varchar(30) CONSTRAINT ck_referral_outcome CHECK (outcome IN
          ('plan_agreed', 'debt_relief_applied', 'referred_on', 'no_contact', 'tenant_declined', 'consent_withdrawn')),
        warning_id uuid REFERENCES warning (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_referral_referrer CHECK ((referring_housing_organisation_id IS NULL) <> (referring_municipality_id IS NULL)),
        CONSTRAINT ck_referral_declined CHECK (status <> 'declined' OR (decline_reason IS NOT NULL AND declined_on IS NOT NULL)),
        CONSTRAINT ck_referral_closed CHECK (status <> 'closed' OR (outcome IS NOT NULL AND closed_on IS NOT NULL)),
        CONSTRAINT ck_referral_first_contact CHECK (first_contact_on IS NULL OR first_contact_on >= accepted_on)
      )`);
    await queryRunner.query(`CREATE INDEX ix_referral_provider ON referral (counselling_provider_id, status, sent_on)`);
    await queryRunner.query(`CREATE INDEX ix_referral_case ON referral (case_id)`);
    await queryRunner.query(
      `CREATE INDEX ix_referral_consent ON referral (consent_id) WHERE status IN ('sent', 'accepted', 'in_contact')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE referral`);
    await queryRunner.query(`ALTER TABLE counselling_provider DROP COLUMN referral_answer_business_days`);
  }
}

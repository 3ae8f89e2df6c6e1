import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Rent assistance applications on an arrears case (issue 14, item 6): huslejehjælp under aktivloven
 * § 81, § 81 a or § 81 b, or boligstøtte. One row per application: pending until the municipality's
 * decision is recorded (granted with an amount, or refused). The checks repeat the domain's rules
 * (rent-assistance-rules.ts) so that no write path can store an amount without a grant or a
 * decision dated before the application.
 */
export class RentAssistanceApplications1764680000000 implements MigrationInterface {
  name = 'RentAssistanceApplications1764680000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rent_assistance_application (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES arrears_case (id),
        kind varchar(20) NOT NULL
          CONSTRAINT ck_rent_assistance_kind CHECK (kind IN ('section_81', 'section_81a', 'section_81b', 'housing_benefit')),
        applied_on date NOT NULL,
        decision varchar(10) NOT NULL DEFAULT 'pending'
          CONSTRAINT ck_rent_assistance_decision CHECK (decision IN ('pending', 'granted', 'refused')),
        decided_on date,
        amount_ore bigint,
        recorded_by uuid NOT NULL REFERENCES app_user (id),
        decided_by uuid REFERENCES app_user (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_rent_assistance_decided CHECK (
          (decision = 'pending' AND decided_on IS NULL AND amount_ore IS NULL AND decided_by IS NULL)
          OR (decision = 'granted' AND decided_on IS NOT NULL AND amount_ore > 0 AND decided_by IS NOT NULL)
          OR (decision = 'refused' AND decided_on IS NOT NULL AND amount_ore IS NULL AND decided_by IS NOT NULL)),
        CONSTRAINT ck_rent_assistance_dates CHECK (decided_on IS NULL OR decided_on >= applied_on)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_rent_assistance_application_case ON rent_assistance_application (case_id, applied_on)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rent_assistance_application`);
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The handshake (issue 15, item 2; docs/probation.md#the-handshake): warnings get a subject other than an
 * arrears case. A custody notice is about a custody episode, not a case: `subject_type` says which,
 * `case_id` and `sender_organisation_id` are set exactly for a case's warnings, `custody_episode_id` for a
 * custody notice (set to null only when the person is erased and the episode deleted — the warning's data
 * is scrubbed in the same transaction). A rule still fires once per subject, recipient and occurrence: the
 * case warnings keep `uq_warning_occurrence`, the custody notices get a partial unique index of their own.
 * Each probation unit sets how many business days its notices' recipients have to acknowledge (default 2).
 */
export class CustodyNotices1764700000000 implements MigrationInterface {
  name = 'CustodyNotices1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE warning
        ADD COLUMN subject_type varchar(20) NOT NULL DEFAULT 'case'
          CONSTRAINT ck_warning_subject_type CHECK (subject_type IN ('case', 'custody_episode')),
        ADD COLUMN custody_episode_id uuid REFERENCES custody_episode (id) ON DELETE SET NULL,
        -- A custody notice to a landlord: the department of the tenant's tenancy, as it was addressed (a case's
        -- warnings take it from the case).
        ADD COLUMN department_id uuid REFERENCES department (id),
        ALTER COLUMN case_id DROP NOT NULL,
        ALTER COLUMN sender_organisation_id DROP NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE warning ADD CONSTRAINT ck_warning_subject CHECK (
        (subject_type = 'case' AND case_id IS NOT NULL AND sender_organisation_id IS NOT NULL AND custody_episode_id IS NULL
          AND department_id IS NULL)
        OR (subject_type = 'custody_episode' AND case_id IS NULL AND sender_organisation_id IS NULL))`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX uq_warning_custody_occurrence
        ON warning (rule_code, custody_episode_id, recipient_type, recipient_id, occurrence)
        WHERE subject_type = 'custody_episode'`);
    await queryRunner.query(
      `CREATE INDEX ix_warning_custody_episode ON warning (custody_episode_id) WHERE custody_episode_id IS NOT NULL`,
    );
    await queryRunner.query(`
      ALTER TABLE probation_unit
        ADD COLUMN custody_notice_ack_business_days smallint NOT NULL DEFAULT 2
          CONSTRAINT ck_probation_unit_custody_notice_ack CHECK (custody_notice_ack_business_days BETWEEN 1 AND 20)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE probation_unit DROP COLUMN custody_notice_ack_business_days`);
    await queryRunner.query(
      `DELETE FROM inbox_item WHERE warning_id IN (SELECT id FROM warning WHERE subject_type <> 'case')`,
    );
    await queryRunner.query(
      `UPDATE outbox SET warning_id = NULL WHERE warning_id IN (SELECT id FROM warning WHERE subject_type <> 'case')`,
    );
    await queryRunner.query(`DELETE FROM warning WHERE subject_type <> 'case'`);
    await queryRunner.query(`DROP INDEX uq_warning_custody_occurrence`);
    await queryRunner.query(`DROP INDEX ix_warning_custody_episode`);
    await queryRunner.query(`
      ALTER TABLE warning
        DROP CONSTRAINT ck_warning_subject,
        DROP COLUMN custody_episode_id,
        DROP COLUMN department_id,
        DROP COLUMN subject_type,
        ALTER COLUMN case_id SET NOT NULL,
        ALTER COLUMN sender_organisation_id SET NOT NULL`);
  }
}

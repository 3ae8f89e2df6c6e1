import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Counts the attempts at processing each arrears import, so that one the database refuses
 * every time ends `failed` after IMPORT_MAX_ATTEMPTS instead of being claimed again for ever.
 */
export class ImportAttempts1764510000000 implements MigrationInterface {
  name = 'ImportAttempts1764510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE arrears_import
        ADD COLUMN attempts integer NOT NULL DEFAULT 0 CONSTRAINT ck_arrears_import_attempts CHECK (attempts >= 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE arrears_import DROP COLUMN attempts`);
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * An `Idempotency-Key` is reserved before its request runs, so a second request with the same
 * key that arrives meanwhile is refused instead of running too: a reservation has no response
 * yet (`completed_at` NULL) until the first request has its answer.
 */
export class IdempotencyReservations1764520000000 implements MigrationInterface {
  name = 'IdempotencyReservations1764520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE idempotency_key ADD COLUMN completed_at timestamptz`);
    await queryRunner.query(`UPDATE idempotency_key SET completed_at = created_at`);
    await queryRunner.query(
      `ALTER TABLE idempotency_key ALTER COLUMN status_code DROP NOT NULL, ALTER COLUMN response DROP NOT NULL`,
    );
    await queryRunner.query(`
      ALTER TABLE idempotency_key ADD CONSTRAINT ck_idempotency_key_completed
        CHECK ((completed_at IS NULL) = (status_code IS NULL) AND (completed_at IS NULL) = (response IS NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM idempotency_key WHERE completed_at IS NULL`);
    await queryRunner.query(`ALTER TABLE idempotency_key DROP CONSTRAINT ck_idempotency_key_completed`);
    await queryRunner.query(
      `ALTER TABLE idempotency_key ALTER COLUMN status_code SET NOT NULL, ALTER COLUMN response SET NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE idempotency_key DROP COLUMN completed_at`);
  }
}

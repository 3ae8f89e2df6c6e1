import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The payment-plan sweeper (issue 14 item 5): the housing organisation's number of missed
 * instalments that breaks a plan automatically, beside its grace days. A column, as the grace days
 * are: one number per organisation with a default the database enforces. It is read when the sweep
 * checks an instalment, so a changed setting applies to running plans from their next check.
 *
 * The check rows lose their foreign key to the instalments: the one statement that writes them
 * (`PaymentPlanRepository`'s check) selects each from its instalment, and neither is ever deleted,
 * so the key guarded nothing, yet its per-row trigger cost about as much as the insert itself (a
 * year of instalments of 100,000 plans is 1.2 million rows in the first sweep).
 */
export class PaymentPlanSweep1764660000000 implements MigrationInterface {
  name = 'PaymentPlanSweep1764660000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE housing_organisation
        ADD COLUMN payment_plan_break_after_misses smallint NOT NULL DEFAULT 2
          CONSTRAINT ck_housing_organisation_break_after_misses CHECK (payment_plan_break_after_misses BETWEEN 1 AND 12)`);
    await queryRunner.query(
      `ALTER TABLE payment_plan_check DROP CONSTRAINT payment_plan_check_plan_id_instalment_number_fkey`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE payment_plan_check
        ADD CONSTRAINT payment_plan_check_plan_id_instalment_number_fkey
          FOREIGN KEY (plan_id, instalment_number) REFERENCES payment_plan_instalment (plan_id, number)`);
    await queryRunner.query(`ALTER TABLE housing_organisation DROP COLUMN payment_plan_break_after_misses`);
  }
}

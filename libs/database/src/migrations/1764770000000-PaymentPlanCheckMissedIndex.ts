import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The missed checks of each payment plan, indexed on their own (partial: only `missed` rows). The
 * sweeper counts a plan's misses so far for every plan it may break or complete
 * (`PaymentPlanRepository.sweepDueInstalments`); by the key that visits every check of the plan,
 * each on a page of its own (the daily sweeps write one check per plan at a time), where this
 * index holds only the few that were missed and answers from the index alone.
 */
export class PaymentPlanCheckMissedIndex1764770000000 implements MigrationInterface {
  name = 'PaymentPlanCheckMissedIndex1764770000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX ix_payment_plan_check_missed ON payment_plan_check (plan_id) WHERE missed`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_payment_plan_check_missed`);
  }
}

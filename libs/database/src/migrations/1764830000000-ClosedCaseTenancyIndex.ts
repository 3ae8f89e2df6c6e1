import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The closed cases of each tenancy, indexed on their own (partial: only closed cases). Every case
 * a registration opens asks whether an earlier case on its tenancy closed with money owed, to
 * carry it forward (`LedgerRepository.closedBalances`). By `ix_arrears_case_tenancy_opened`,
 * which holds every case, that is a probe among all of them for each case opened (the monthly
 * import's batch: 2,000); this index holds only the closed ones, mostly none.
 */
export class ClosedCaseTenancyIndex1764830000000 implements MigrationInterface {
  name = 'ClosedCaseTenancyIndex1764830000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX ix_arrears_case_closed_tenancy ON arrears_case (tenancy_id) WHERE closed_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_arrears_case_closed_tenancy`);
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The case list pages through an organisation's (or a municipality's) cases in the order they
 * were opened (`ORDER BY opened_at, id`, cursor `(opened_at, id) > (…)`). With these indexes a
 * page is an index scan that stops after `limit + 1` rows, instead of reading and sorting every
 * case in scope for each page.
 */
export class CaseListOrder1764590000000 implements MigrationInterface {
  name = 'CaseListOrder1764590000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX ix_arrears_case_organisation_opened ON arrears_case (housing_organisation_id, opened_at, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_arrears_case_municipality_opened ON arrears_case (municipality_id, opened_at, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_arrears_case_municipality_opened`);
    await queryRunner.query(`DROP INDEX ix_arrears_case_organisation_opened`);
  }
}

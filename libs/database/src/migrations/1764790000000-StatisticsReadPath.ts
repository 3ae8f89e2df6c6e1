import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The statistics' read path at a national scale (issue 16 item 5, docs/statistics.md "Live and
 * refreshed"):
 * - `statistics_tenancy`: the denominator of evictions per 1,000 tenancies, the tenancies per
 *   department, organisation and municipality, materialised and refreshed with `statistics_monthly`
 *   by the `statistics-refresh` job — an answer as of the refresh counts its tenancies as of the
 *   refresh too, and reads a few hundred rows instead of counting every tenancy in scope;
 * - the indexes a manager's answer reads (by organisation or by municipality, then figure and
 *   month) carry the other columns, so the answer is an index-only scan of one contiguous range
 *   (the refresh job vacuums the views, which sets the visibility map that needs) instead of
 *   fetching rows scattered over the whole view.
 */
export class StatisticsReadPath1764790000000 implements MigrationInterface {
  name = 'StatisticsReadPath1764790000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE MATERIALIZED VIEW statistics_tenancy AS
      SELECT t.department_id, t.housing_organisation_id, d.municipality_id, count(*)::integer AS n
        FROM tenancy t JOIN department d ON d.id = t.department_id
       GROUP BY 1, 2, 3
      WITH NO DATA`);
    // REFRESH … CONCURRENTLY needs a unique index on plain columns.
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_statistics_tenancy ON statistics_tenancy (department_id, housing_organisation_id, municipality_id)`,
    );
    await queryRunner.query(`DROP INDEX ix_statistics_monthly_organisation`);
    await queryRunner.query(`DROP INDEX ix_statistics_monthly_municipality`);
    await queryRunner.query(
      `CREATE INDEX ix_statistics_monthly_organisation ON statistics_monthly (housing_organisation_id, figure, month)
         INCLUDE (department_id, municipality_id, key, days, n)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_statistics_monthly_municipality ON statistics_monthly (municipality_id, figure, month)
         INCLUDE (department_id, housing_organisation_id, key, days, n)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_statistics_monthly_municipality`);
    await queryRunner.query(`DROP INDEX ix_statistics_monthly_organisation`);
    await queryRunner.query(
      `CREATE INDEX ix_statistics_monthly_municipality ON statistics_monthly (municipality_id, figure, month)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_statistics_monthly_organisation ON statistics_monthly (housing_organisation_id, figure, month)`,
    );
    await queryRunner.query(`DROP MATERIALIZED VIEW statistics_tenancy`);
  }
}

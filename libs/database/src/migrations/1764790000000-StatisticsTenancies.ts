import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The denominator of evictions per 1,000 tenancies, pre-aggregated (issue 16 item 5,
 * docs/statistics.md "Live and refreshed"): the tenancies per department, organisation and
 * municipality, materialised and refreshed with `statistics_monthly` by the `statistics-refresh`
 * job, so an answer as of the refresh counts its tenancies as of the refresh too, and reads a few
 * hundred rows instead of counting every tenancy in scope on each request.
 */
export class StatisticsTenancies1764790000000 implements MigrationInterface {
  name = 'StatisticsTenancies1764790000000';

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
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP MATERIALIZED VIEW statistics_tenancy`);
  }
}

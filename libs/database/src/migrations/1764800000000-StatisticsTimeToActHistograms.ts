import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** One histogram per month, department and interval, from the monthly figures `from` names. */
const histograms = (from: string) => `
  SELECT s.month, s.department_id, s.housing_organisation_id, s.municipality_id, s.key,
         array_agg(s.days ORDER BY s.days) AS days, array_agg(s.n ORDER BY s.days) AS n
    FROM ${from} s
   WHERE s.figure = 'time_to_act'
   GROUP BY 1, 2, 3, 4, 5`;

/**
 * Time to act read as histograms (issue 16, docs/statistics.md "Time to act"): the business days
 * of each month's, department's and interval's intervals as two arrays (days, and how many took
 * that many), one row where `statistics_monthly` holds one per number of days.
 * - `statistics_time_to_act_live`: from `statistics_monthly_live`, for an answer before the first
 *   refresh;
 * - `statistics_time_to_act`: from the materialised `statistics_monthly`, refreshed right after it
 *   by the `statistics-refresh` job, so its answers are as of the same refresh.
 * At 1,000,000 cases a municipality's three years are about 7,000 such rows instead of 52,000, and
 * its answer one index-only scan of them.
 */
export class StatisticsTimeToActHistograms1764800000000 implements MigrationInterface {
  name = 'StatisticsTimeToActHistograms1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE VIEW statistics_time_to_act_live AS ${histograms('statistics_monthly_live')}`);
    await queryRunner.query(
      `CREATE MATERIALIZED VIEW statistics_time_to_act AS ${histograms('statistics_monthly')} WITH NO DATA`,
    );
    // REFRESH … CONCURRENTLY needs a unique index on plain columns.
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_statistics_time_to_act ON statistics_time_to_act
         (month, department_id, housing_organisation_id, municipality_id, key)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_statistics_time_to_act_organisation ON statistics_time_to_act (housing_organisation_id, month)
         INCLUDE (department_id, municipality_id, key, days, n)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_statistics_time_to_act_municipality ON statistics_time_to_act (municipality_id, month)
         INCLUDE (department_id, housing_organisation_id, key, days, n)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP MATERIALIZED VIEW statistics_time_to_act`);
    await queryRunner.query(`DROP VIEW statistics_time_to_act_live`);
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { StatisticsTimeToActHistograms1764800000000 } from './1764800000000-StatisticsTimeToActHistograms.js';

/**
 * One histogram per period (month, quarter, year), department and interval, from the monthly
 * figures `from` names: each number of days summed over the period's months, then gathered into
 * the two arrays.
 */
const histograms = (from: string) => `
  SELECT s.period, s.month, s.department_id, s.housing_organisation_id, s.municipality_id, s.key,
         array_agg(s.days ORDER BY s.days) AS days, array_agg(s.n ORDER BY s.days) AS n
    FROM (SELECT p.period, date_trunc(p.period, m.month)::date AS month, m.department_id,
                 m.housing_organisation_id, m.municipality_id, m.key, m.days, sum(m.n)::int AS n
            FROM ${from} m CROSS JOIN (VALUES ('month'), ('quarter'), ('year')) AS p (period)
           WHERE m.figure = 'time_to_act'
           GROUP BY 1, 2, 3, 4, 5, 6, 7) s
   GROUP BY 1, 2, 3, 4, 5, 6`;

/**
 * Time to act's histograms summed per quarter and per year as well as per month (issue 16,
 * docs/statistics.md "Time to act"): `period` says which, `month` is the period's first month.
 * An answer's periods are always whole (its range runs from its first period's first day to its
 * last period's last), so it reads one row per period, department and interval: a municipality's
 * three years by year are about 600 rows where they were 7,000 months, and the longest answer
 * (twelve months) about 2,400. Replaces the views of migration 1764800000000 under the same names;
 * down puts those back.
 */
export class StatisticsTimeToActPeriods1764810000000 implements MigrationInterface {
  name = 'StatisticsTimeToActPeriods1764810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await new StatisticsTimeToActHistograms1764800000000().down(queryRunner);
    await queryRunner.query(`CREATE VIEW statistics_time_to_act_live AS ${histograms('statistics_monthly_live')}`);
    await queryRunner.query(
      `CREATE MATERIALIZED VIEW statistics_time_to_act AS ${histograms('statistics_monthly')} WITH NO DATA`,
    );
    // REFRESH … CONCURRENTLY needs a unique index on plain columns.
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_statistics_time_to_act ON statistics_time_to_act
         (period, month, department_id, housing_organisation_id, municipality_id, key)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_statistics_time_to_act_organisation ON statistics_time_to_act
         (housing_organisation_id, period, month) INCLUDE (department_id, municipality_id, key, days, n)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_statistics_time_to_act_municipality ON statistics_time_to_act
         (municipality_id, period, month) INCLUDE (department_id, housing_organisation_id, key, days, n)`,
    );
    await populateIfRefreshed(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP MATERIALIZED VIEW statistics_time_to_act`);
    await queryRunner.query(`DROP VIEW statistics_time_to_act_live`);
    await new StatisticsTimeToActHistograms1764800000000().up(queryRunner);
    await populateIfRefreshed(queryRunner);
  }
}

/**
 * Fills the new view where the statistics have been refreshed before (`statistics_monthly` holds
 * data): answers there come from the views as of that refresh, and an empty view would fail them
 * until the next one. A database never refreshed answers live until its first refresh.
 */
async function populateIfRefreshed(queryRunner: QueryRunner): Promise<void> {
  const [monthly] = (await queryRunner.query(
    `SELECT ispopulated FROM pg_matviews WHERE matviewname = 'statistics_monthly'`,
  )) as { ispopulated: boolean }[];
  if (monthly?.ispopulated) await queryRunner.query(`REFRESH MATERIALIZED VIEW statistics_time_to_act`);
}

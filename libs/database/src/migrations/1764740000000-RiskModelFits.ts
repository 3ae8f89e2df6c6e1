import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The risk model of evictions (issue 16, item 3; docs/statistics-risk-model.md): each fit with its
 * coefficients (name, estimate, standard error), the method, the cases it was fitted on (closed in
 * `(data_from, data_to]`, cut off at `data_to`, so the same cut-off over the same data refits the
 * same coefficients), and, per municipality and housing organisation, the closed cases, the actual
 * evictions and the expected ones (the sum of the predicted probabilities) under that fit. Aggregates
 * only: no case, person or tenancy id is stored.
 */
export class RiskModelFits1764740000000 implements MigrationInterface {
  name = 'RiskModelFits1764740000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE risk_model_fit (
        id uuid PRIMARY KEY,
        fitted_at timestamptz NOT NULL DEFAULT now(),
        data_from timestamptz NOT NULL,
        data_to timestamptz NOT NULL,
        method varchar(60) NOT NULL,
        -- [{ "name": "months_in_arrears", "estimate": 0.21, "standardError": 0.02 }, ...]; null estimate: left out
        coefficients jsonb NOT NULL,
        n_cases integer NOT NULL CONSTRAINT ck_risk_model_fit_cases CHECK (n_cases > 0),
        n_events integer NOT NULL CONSTRAINT ck_risk_model_fit_events CHECK (n_events BETWEEN 0 AND n_cases),
        iterations integer NOT NULL,
        log_likelihood double precision NOT NULL,
        expected_total double precision NOT NULL,
        CONSTRAINT ck_risk_model_fit_range CHECK (data_from < data_to)
      )`);
    await queryRunner.query(`CREATE INDEX ix_risk_model_fit_latest ON risk_model_fit (fitted_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE risk_model_comparison (
        fit_id uuid NOT NULL REFERENCES risk_model_fit (id) ON DELETE CASCADE,
        level varchar(30) NOT NULL
          CONSTRAINT ck_risk_model_comparison_level CHECK (level IN ('municipality', 'housing_organisation')),
        unit_id uuid NOT NULL,
        n_cases integer NOT NULL CONSTRAINT ck_risk_model_comparison_cases CHECK (n_cases > 0),
        actual integer NOT NULL CONSTRAINT ck_risk_model_comparison_actual CHECK (actual BETWEEN 0 AND n_cases),
        expected double precision NOT NULL CONSTRAINT ck_risk_model_comparison_expected CHECK (expected >= 0),
        PRIMARY KEY (fit_id, level, unit_id)
      )`);
    // The refit's features per case: earlier cases of the tenancy, and tenants' custody episodes.
    await queryRunner.query(`CREATE INDEX ix_arrears_case_tenancy_opened ON arrears_case (tenancy_id, opened_at)`);
    await queryRunner.query(`CREATE INDEX ix_custody_episode_person ON custody_episode (person_id, started_on)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_custody_episode_person`);
    await queryRunner.query(`DROP INDEX ix_arrears_case_tenancy_opened`);
    await queryRunner.query(`DROP TABLE risk_model_comparison`);
    await queryRunner.query(`DROP TABLE risk_model_fit`);
  }
}

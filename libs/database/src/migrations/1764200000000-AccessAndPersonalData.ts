import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AccessAndPersonalData1764200000000 implements MigrationInterface {
  name = 'AccessAndPersonalData1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // --- directory -------------------------------------------------------------------------
    await queryRunner.query(`
      CREATE TABLE housing_organisation (
        id uuid PRIMARY KEY,
        name varchar(200) NOT NULL,
        cvr char(8) CONSTRAINT uq_housing_organisation_cvr UNIQUE CONSTRAINT ck_housing_organisation_cvr CHECK (cvr ~ '^[0-9]{8}$'),
        contact_email varchar(254),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE department (
        id uuid PRIMARY KEY,
        housing_organisation_id uuid NOT NULL REFERENCES housing_organisation (id),
        municipality_id uuid NOT NULL REFERENCES municipality (id),
        number varchar(20) NOT NULL,
        name varchar(200) NOT NULL,
        address varchar(300) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_department_number UNIQUE (housing_organisation_id, number)
      )`);
    await queryRunner.query(`CREATE INDEX ix_department_municipality ON department (municipality_id)`);
    for (const table of ['probation_unit', 'counselling_provider']) {
      await queryRunner.query(`
        CREATE TABLE ${table} (
          id uuid PRIMARY KEY,
          name varchar(200) NOT NULL,
          contact_email varchar(254) NOT NULL,
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now()
        )`);
    }

    // --- users and tokens ------------------------------------------------------------------
    await queryRunner.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY,
        email varchar(254) NOT NULL CONSTRAINT uq_app_user_email UNIQUE CONSTRAINT ck_app_user_email_lower CHECK (email = lower(email)),
        name varchar(200) NOT NULL,
        role varchar(40) NOT NULL,
        password_hash text NOT NULL,
        language char(2) NOT NULL DEFAULT 'da' CONSTRAINT ck_app_user_language CHECK (language IN ('da', 'en')),
        municipality_id uuid REFERENCES municipality (id),
        housing_organisation_id uuid REFERENCES housing_organisation (id),
        probation_unit_id uuid REFERENCES probation_unit (id),
        counselling_provider_id uuid REFERENCES counselling_provider (id),
        tokens_valid_after timestamptz NOT NULL DEFAULT now(),
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- Each role belongs to exactly the kind of organisation its scope is drawn from.
        CONSTRAINT ck_app_user_scope CHECK (
          CASE role
            WHEN 'administrator' THEN num_nonnulls(municipality_id, housing_organisation_id, probation_unit_id, counselling_provider_id) = 0
            WHEN 'housing_caseworker' THEN housing_organisation_id IS NOT NULL AND num_nonnulls(municipality_id, probation_unit_id, counselling_provider_id) = 0
            WHEN 'municipal_social_worker' THEN municipality_id IS NOT NULL AND num_nonnulls(housing_organisation_id, probation_unit_id, counselling_provider_id) = 0
            WHEN 'debt_advisor' THEN counselling_provider_id IS NOT NULL AND num_nonnulls(municipality_id, housing_organisation_id, probation_unit_id) = 0
            WHEN 'probation_officer' THEN probation_unit_id IS NOT NULL AND num_nonnulls(municipality_id, housing_organisation_id, counselling_provider_id) = 0
            WHEN 'manager' THEN num_nonnulls(municipality_id, housing_organisation_id) = 1 AND num_nonnulls(probation_unit_id, counselling_provider_id) = 0
            ELSE false
          END
        )
      )`);
    await queryRunner.query(`
      CREATE TABLE user_department (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        department_id uuid NOT NULL REFERENCES department (id) ON DELETE CASCADE,
        PRIMARY KEY (user_id, department_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash char(64) NOT NULL CONSTRAINT uq_refresh_token_hash UNIQUE,
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX ix_refresh_token_family ON refresh_token (family_id)`);
    await queryRunner.query(`CREATE INDEX ix_refresh_token_user ON refresh_token (user_id)`);
    await queryRunner.query(`
      CREATE TABLE login_throttle (
        key varchar(300) PRIMARY KEY,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        blocked_until timestamptz
      )`);

    // --- personal data ---------------------------------------------------------------------
    await queryRunner.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY,
        housing_organisation_id uuid NOT NULL REFERENCES housing_organisation (id),
        municipality_id uuid REFERENCES municipality (id),
        name varchar(200) NOT NULL,
        cpr_ciphertext bytea,
        cpr_key_id varchar(40),
        cpr_index char(64),
        email varchar(254),
        phone varchar(30),
        address varchar(300),
        postcode char(4),
        city varchar(100),
        children_under_18 integer NOT NULL DEFAULT 0 CONSTRAINT ck_person_children CHECK (children_under_18 BETWEEN 0 AND 30),
        language char(2) NOT NULL DEFAULT 'da' CONSTRAINT ck_person_language CHECK (language IN ('da', 'en')),
        inactive_since timestamptz DEFAULT now(),
        anonymised_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_person_cpr_parts CHECK (num_nulls(cpr_ciphertext, cpr_key_id, cpr_index) IN (0, 3))
      )`);
    // One record per person per housing organisation; look-up by CPR goes through the blind index.
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_person_cpr_per_organisation ON person (housing_organisation_id, cpr_index) WHERE cpr_index IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX ix_person_municipality ON person (municipality_id)`);
    await queryRunner.query(`CREATE INDEX ix_person_retention ON person (inactive_since) WHERE anonymised_at IS NULL`);
    await queryRunner.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        purpose varchar(60) NOT NULL,
        recipient_type varchar(40) NOT NULL CONSTRAINT ck_consent_recipient_type
          CHECK (recipient_type IN ('municipality', 'housing_organisation', 'probation_unit', 'counselling_provider')),
        recipient_id uuid NOT NULL,
        given_at timestamptz NOT NULL,
        expires_at timestamptz,
        withdrawn_at timestamptz,
        recorded_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_consent_period CHECK (expires_at IS NULL OR expires_at > given_at)
      )`);
    await queryRunner.query(`CREATE INDEX ix_consent_person ON consent (person_id)`);
    await queryRunner.query(`CREATE INDEX ix_consent_recipient ON consent (recipient_type, recipient_id)`);

    // --- audit log: append-only -------------------------------------------------------------
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_role varchar(40),
        action varchar(60) NOT NULL,
        entity_type varchar(60) NOT NULL,
        entity_id varchar(100),
        person_id uuid,
        request_id varchar(100),
        source_ip varchar(64),
        details jsonb
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_audit_log_person ON audit_log (person_id, at) WHERE person_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX ix_audit_log_actor ON audit_log (actor_id, at)`);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER tr_audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER tr_audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_is_append_only()`);
    for (const table of [
      'consent',
      'person',
      'login_throttle',
      'refresh_token',
      'user_department',
      'app_user',
      'counselling_provider',
      'probation_unit',
      'department',
      'housing_organisation',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}

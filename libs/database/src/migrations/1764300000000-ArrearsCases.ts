import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class ArrearsCases1764300000000 implements MigrationInterface {
  name = 'ArrearsCases1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Case events for the warning rules share the outbox with emails; the relay takes emails only.
    await queryRunner.query(`ALTER TABLE outbox ADD COLUMN channel varchar(20) NOT NULL DEFAULT 'email'`);
    await queryRunner.query(`DROP INDEX ix_outbox_unfinished`);
    await queryRunner.query(
      `CREATE INDEX ix_outbox_unfinished ON outbox (channel, status, created_at) WHERE status IN ('pending', 'queued')`,
    );
    await queryRunner.query(`
      CREATE TABLE tenancy (
        id uuid PRIMARY KEY,
        housing_organisation_id uuid NOT NULL REFERENCES housing_organisation (id),
        department_id uuid NOT NULL REFERENCES department (id),
        unit varchar(40) NOT NULL,
        address varchar(300) NOT NULL,
        postcode char(4),
        city varchar(100),
        monthly_rent_ore bigint NOT NULL CONSTRAINT ck_tenancy_rent CHECK (monthly_rent_ore > 0),
        start_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_tenancy_unit UNIQUE (department_id, unit)
      )`);
    await queryRunner.query(`CREATE INDEX ix_tenancy_organisation ON tenancy (housing_organisation_id)`);
    await queryRunner.query(`
      CREATE TABLE tenancy_tenant (
        tenancy_id uuid NOT NULL REFERENCES tenancy (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person (id),
        PRIMARY KEY (tenancy_id, person_id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_tenancy_tenant_person ON tenancy_tenant (person_id)`);

    await queryRunner.query(`
      CREATE TABLE arrears_case (
        id uuid PRIMARY KEY,
        tenancy_id uuid NOT NULL REFERENCES tenancy (id),
        -- Copied from the tenancy so scope filters need no join.
        housing_organisation_id uuid NOT NULL REFERENCES housing_organisation (id),
        department_id uuid NOT NULL REFERENCES department (id),
        municipality_id uuid NOT NULL REFERENCES municipality (id),
        stage varchar(30) NOT NULL CONSTRAINT ck_arrears_case_stage CHECK (stage IN (
          'registered', 'payment_demand_sent', 'deadline_passed', 'terminated', 'eviction_requested',
          'eviction_scheduled', 'evicted', 'averted', 'closed')),
        outcome varchar(30),
        payment_demand_sent_on date,
        payment_demand_received_on date,
        payment_demand_delivery varchar(30),
        payment_demand_fee_ore bigint,
        terminated_on date,
        municipality_notice_on date,
        eviction_requested_on date,
        eviction_scheduled_for date,
        -- The next legal date in the case (from the calendar), kept for 'due within N days' searches.
        next_deadline_on date,
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_arrears_case_closed CHECK ((closed_at IS NULL) = (stage IN (
          'registered', 'payment_demand_sent', 'deadline_passed', 'terminated', 'eviction_requested', 'eviction_scheduled')))
      )`);
    // almenlejeloven gives one arrears process per tenancy at a time.
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_arrears_case_open ON arrears_case (tenancy_id) WHERE closed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_arrears_case_organisation ON arrears_case (housing_organisation_id, stage)`,
    );
    await queryRunner.query(`CREATE INDEX ix_arrears_case_municipality ON arrears_case (municipality_id, stage)`);
    await queryRunner.query(
      `CREATE INDEX ix_arrears_case_deadline ON arrears_case (next_deadline_on) WHERE closed_at IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE ledger_entry (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES arrears_case (id),
        kind varchar(20) NOT NULL CONSTRAINT ck_ledger_kind CHECK (kind IN ('rent_charge', 'payment', 'fee', 'correction')),
        -- Positive increases what is owed (rent, fees); negative reduces it (payments).
        amount_ore bigint NOT NULL,
        due_date date,
        booked_on date NOT NULL,
        source varchar(20) NOT NULL DEFAULT 'manual',
        -- Makes repeated registrations (imports, Idempotency-Key) change nothing the second time.
        source_key varchar(200),
        import_id uuid,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_ledger_sign CHECK (
          (kind IN ('rent_charge', 'fee') AND amount_ore > 0) OR (kind = 'payment' AND amount_ore < 0) OR kind = 'correction')
      )`);
    await queryRunner.query(`CREATE INDEX ix_ledger_case ON ledger_entry (case_id, due_date)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_ledger_source_key ON ledger_entry (case_id, source_key) WHERE source_key IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE case_event (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES arrears_case (id),
        at timestamptz NOT NULL DEFAULT now(),
        on_date date NOT NULL,
        type varchar(40) NOT NULL,
        actor_id uuid,
        reason text,
        details jsonb
      )`);
    await queryRunner.query(`CREATE INDEX ix_case_event_case ON case_event (case_id, id)`);

    await queryRunner.query(`
      CREATE TABLE municipality_notice (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES arrears_case (id),
        municipality_id uuid NOT NULL REFERENCES municipality (id),
        notice_on date NOT NULL,
        outbox_id uuid,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_municipality_notice_case ON municipality_notice (case_id)`);

    await queryRunner.query(`
      CREATE TABLE idempotency_key (
        key varchar(200) NOT NULL,
        user_id uuid NOT NULL,
        request_hash char(64) NOT NULL,
        status_code integer NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);

    await queryRunner.query(`
      CREATE TABLE arrears_import (
        id uuid PRIMARY KEY,
        housing_organisation_id uuid NOT NULL REFERENCES housing_organisation (id),
        created_by uuid,
        file_name varchar(255),
        format varchar(10) NOT NULL CONSTRAINT ck_arrears_import_format CHECK (format IN ('csv', 'json')),
        status varchar(20) NOT NULL DEFAULT 'received' CONSTRAINT ck_arrears_import_status
          CHECK (status IN ('received', 'processing', 'completed', 'failed')),
        size_bytes bigint NOT NULL DEFAULT 0,
        total_rows integer NOT NULL DEFAULT 0,
        changed_rows integer NOT NULL DEFAULT 0,
        unchanged_rows integer NOT NULL DEFAULT 0,
        failed_rows integer NOT NULL DEFAULT 0,
        error jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE arrears_import_chunk (
        import_id uuid NOT NULL REFERENCES arrears_import (id) ON DELETE CASCADE,
        seq integer NOT NULL,
        data bytea NOT NULL,
        PRIMARY KEY (import_id, seq)
      )`);
    await queryRunner.query(`
      CREATE TABLE arrears_import_problem (
        import_id uuid NOT NULL REFERENCES arrears_import (id) ON DELETE CASCADE,
        row_number integer NOT NULL,
        field varchar(60) NOT NULL,
        code varchar(60) NOT NULL,
        message_da text NOT NULL,
        message_en text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX ix_arrears_import_problem ON arrears_import_problem (import_id, row_number)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'arrears_import_problem',
      'arrears_import_chunk',
      'arrears_import',
      'idempotency_key',
      'municipality_notice',
      'case_event',
      'ledger_entry',
      'arrears_case',
      'tenancy_tenant',
      'tenancy',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP INDEX ix_outbox_unfinished`);
    await queryRunner.query(`ALTER TABLE outbox DROP COLUMN channel`);
    await queryRunner.query(
      `CREATE INDEX ix_outbox_unfinished ON outbox (status, created_at) WHERE status IN ('pending', 'queued')`,
    );
  }
}

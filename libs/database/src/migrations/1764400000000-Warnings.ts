import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class Warnings1764400000000 implements MigrationInterface {
  name = 'Warnings1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // --- cooperation agreements: which voluntary warnings a municipality and a landlord use ----
    await queryRunner.query(`
      CREATE TABLE cooperation_agreement (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipality (id),
        housing_organisation_id uuid NOT NULL REFERENCES housing_organisation (id),
        enabled_warnings text[] NOT NULL DEFAULT '{}',
        arrears_threshold_ore bigint NOT NULL DEFAULT 0 CONSTRAINT ck_agreement_threshold CHECK (arrears_threshold_ore >= 0),
        eviction_reminder_business_days integer NOT NULL DEFAULT 10
          CONSTRAINT ck_agreement_reminder CHECK (eviction_reminder_business_days BETWEEN 1 AND 60),
        valid_from date NOT NULL,
        valid_to date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_cooperation_agreement UNIQUE (municipality_id, housing_organisation_id),
        CONSTRAINT ck_agreement_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);

    // --- per-address preferences: language and immediate / daily digest / no email copies ---
    await queryRunner.query(`
      CREATE TABLE notification_setting (
        email varchar(254) PRIMARY KEY CONSTRAINT ck_notification_setting_lower CHECK (email = lower(email)),
        language char(2) CONSTRAINT ck_notification_setting_language CHECK (language IN ('da', 'en')),
        delivery varchar(10) NOT NULL CONSTRAINT ck_notification_setting_delivery CHECK (delivery IN ('immediate', 'digest', 'none')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // An organisation's team lead receives the first escalation.
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN team_lead boolean NOT NULL DEFAULT false`);

    // Every organisation a warning can go to, by the recipient_type a warning names it with: its
    // display name and its contact mailbox.
    await queryRunner.query(`
      CREATE VIEW recipient_organisation AS
        SELECT 'municipality'::text AS type, id, name || ' Kommune' AS name, alert_email AS mailbox FROM municipality
        UNION ALL SELECT 'housing_organisation', id, name, contact_email FROM housing_organisation
        UNION ALL SELECT 'probation_unit', id, name, contact_email FROM probation_unit
        UNION ALL SELECT 'counselling_provider', id, name, contact_email FROM counselling_provider`);

    // --- warnings: one rule firing for one case towards one recipient organisation ----------
    await queryRunner.query(`
      CREATE TABLE warning (
        id uuid PRIMARY KEY,
        rule_code varchar(60) NOT NULL,
        rule_version integer NOT NULL,
        case_id uuid NOT NULL REFERENCES arrears_case (id),
        -- What makes this firing unique (an event date, the eviction date): a rule fires once per occurrence.
        occurrence varchar(60) NOT NULL,
        recipient_type varchar(40) NOT NULL CONSTRAINT ck_warning_recipient_type
          CHECK (recipient_type IN ('municipality', 'housing_organisation', 'probation_unit', 'counselling_provider')),
        recipient_id uuid NOT NULL,
        sender_organisation_id uuid NOT NULL REFERENCES housing_organisation (id),
        urgency varchar(10) NOT NULL CONSTRAINT ck_warning_urgency CHECK (urgency IN ('urgent', 'normal')),
        -- Exactly the data the rule and the tenant's consent allow this recipient to see.
        data jsonb NOT NULL,
        person_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        acknowledge_by date NOT NULL,
        acknowledged_at timestamptz,
        acknowledged_by uuid REFERENCES app_user (id),
        acknowledgement_comment text,
        escalation_level smallint NOT NULL DEFAULT 0 CONSTRAINT ck_warning_escalation CHECK (escalation_level BETWEEN 0 AND 2),
        escalated_at timestamptz,
        escalated_to_managers_at timestamptz,
        -- Business-day deadline of the second escalation, set at the first.
        managers_by date,
        undelivered_at timestamptz,
        CONSTRAINT uq_warning_occurrence UNIQUE (rule_code, case_id, recipient_type, recipient_id, occurrence)
      )`);
    await queryRunner.query(`CREATE INDEX ix_warning_case ON warning (case_id, created_at)`);
    await queryRunner.query(`CREATE INDEX ix_warning_recipient ON warning (recipient_type, recipient_id, created_at)`);
    await queryRunner.query(
      `CREATE INDEX ix_warning_unacknowledged ON warning (acknowledge_by) WHERE acknowledged_at IS NULL AND escalation_level < 2`,
    );

    // --- the in-app inbox: one item per user; reading is per user, acknowledging per warning --
    await queryRunner.query(`
      CREATE TABLE inbox_item (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        warning_id uuid NOT NULL REFERENCES warning (id),
        kind varchar(20) NOT NULL CONSTRAINT ck_inbox_item_kind CHECK (kind IN ('warning', 'escalation', 'undelivered')),
        urgency varchar(10) NOT NULL CONSTRAINT ck_inbox_item_urgency CHECK (urgency IN ('urgent', 'normal')),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CONSTRAINT uq_inbox_item UNIQUE (user_id, warning_id, kind)
      )`);
    await queryRunner.query(`CREATE INDEX ix_inbox_item_user ON inbox_item (user_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX ix_inbox_item_unread ON inbox_item (user_id) WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX ix_inbox_item_warning ON inbox_item (warning_id)`);

    // --- emails of warnings go through the outbox like every other email ---------------------
    // failed: an attempt failed and another is scheduled; undelivered: every attempt failed;
    // held: waits for the recipient's daily digest; digested: went out inside a digest.
    await queryRunner.query(`ALTER TABLE outbox DROP CONSTRAINT ck_outbox_status`);
    await queryRunner.query(`UPDATE outbox SET status = 'undelivered' WHERE status = 'failed'`);
    await queryRunner.query(`
      ALTER TABLE outbox ADD CONSTRAINT ck_outbox_status
        CHECK (status IN ('pending', 'queued', 'failed', 'sent', 'undelivered', 'held', 'digested'))`);
    await queryRunner.query(`ALTER TABLE outbox ADD COLUMN warning_id uuid REFERENCES warning (id)`);
    await queryRunner.query(`ALTER TABLE outbox ADD COLUMN recipient varchar(254)`);
    await queryRunner.query(`ALTER TABLE outbox ADD COLUMN undelivered_at timestamptz`);
    await queryRunner.query(`ALTER TABLE outbox ADD COLUMN digest_id uuid REFERENCES outbox (id)`);
    await queryRunner.query(`CREATE INDEX ix_outbox_warning ON outbox (warning_id) WHERE warning_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX ix_outbox_held ON outbox (recipient, created_at) WHERE status = 'held'`);
    await queryRunner.query(`DROP INDEX ix_outbox_unfinished`);
    await queryRunner.query(
      `CREATE INDEX ix_outbox_unfinished ON outbox (channel, status, created_at) WHERE status IN ('pending', 'queued', 'failed')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_outbox_unfinished`);
    await queryRunner.query(
      `CREATE INDEX ix_outbox_unfinished ON outbox (channel, status, created_at) WHERE status IN ('pending', 'queued')`,
    );
    for (const column of ['digest_id', 'undelivered_at', 'recipient', 'warning_id']) {
      await queryRunner.query(`ALTER TABLE outbox DROP COLUMN ${column}`);
    }
    await queryRunner.query(`ALTER TABLE outbox DROP CONSTRAINT ck_outbox_status`);
    await queryRunner.query(
      `UPDATE outbox SET status = CASE WHEN status IN ('undelivered') THEN 'failed' WHEN status IN ('held', 'digested') THEN 'sent' ELSE status END`,
    );
    await queryRunner.query(
      `ALTER TABLE outbox ADD CONSTRAINT ck_outbox_status CHECK (status IN ('pending', 'queued', 'sent', 'failed'))`,
    );
    await queryRunner.query(`DROP TABLE inbox_item`);
    await queryRunner.query(`DROP TABLE warning`);
    await queryRunner.query(`DROP VIEW recipient_organisation`);
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN team_lead`);
    await queryRunner.query(`DROP TABLE notification_setting`);
    await queryRunner.query(`DROP TABLE cooperation_agreement`);
  }
}

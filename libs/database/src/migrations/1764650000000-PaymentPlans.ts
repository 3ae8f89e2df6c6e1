import { type MigrationInterface, type QueryRunner } from 'typeorm';

const OPEN_STAGES = `'registered', 'payment_demand_sent', 'deadline_passed', 'terminated', 'eviction_requested',
  'eviction_scheduled'`;
const FINAL_STAGES = `'evicted', 'averted', 'closed'`;

/**
 * Payment plans (afdragsordning, issue 14 item 5): the open stage `payment_plan_agreed`, in which the
 * legal steps pause; the organisation's grace days; the plan with its terms and its instalments.
 *
 * The grace days are a column on `housing_organisation`, not a settings table: one number per
 * organisation, read with the case's organisation, with a default the database enforces. Each plan
 * copies the value it was agreed under, so a later change of the setting does not move the
 * instalments of plans already agreed. The instalments are stored (at most 60 a plan), so the
 * sweeper's missed-instalment check is one set-based query over them, without the holiday calendar in SQL.
 */
export class PaymentPlans1764650000000 implements MigrationInterface {
  name = 'PaymentPlans1764650000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE arrears_case
        DROP CONSTRAINT ck_arrears_case_stage,
        DROP CONSTRAINT ck_arrears_case_closed,
        ADD CONSTRAINT ck_arrears_case_stage CHECK (stage IN (${OPEN_STAGES}, 'payment_plan_agreed', ${FINAL_STAGES})),
        ADD CONSTRAINT ck_arrears_case_closed CHECK ((closed_at IS NULL) = (stage IN (${OPEN_STAGES}, 'payment_plan_agreed')))`);
    await queryRunner.query(`
      ALTER TABLE housing_organisation
        ADD COLUMN payment_plan_grace_days smallint NOT NULL DEFAULT 5
          CONSTRAINT ck_housing_organisation_grace_days CHECK (payment_plan_grace_days BETWEEN 0 AND 31)`);
    await queryRunner.query(`
      CREATE TABLE payment_plan (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES arrears_case (id),
        status varchar(20) NOT NULL DEFAULT 'active'
          CONSTRAINT ck_payment_plan_status CHECK (status IN ('active', 'completed', 'broken')),
        amount_ore bigint NOT NULL CONSTRAINT ck_payment_plan_amount CHECK (amount_ore > 0),
        instalment_ore bigint NOT NULL CONSTRAINT ck_payment_plan_instalment CHECK (instalment_ore > 0),
        instalment_count smallint NOT NULL CONSTRAINT ck_payment_plan_count CHECK (instalment_count BETWEEN 1 AND 60),
        frequency varchar(20) NOT NULL
          CONSTRAINT ck_payment_plan_frequency CHECK (frequency IN ('monthly', 'fortnightly', 'weekly')),
        first_due_on date NOT NULL,
        grace_days smallint NOT NULL CONSTRAINT ck_payment_plan_grace_days CHECK (grace_days BETWEEN 0 AND 31),
        current_rent_also_due boolean NOT NULL DEFAULT true,
        agreed_on date NOT NULL,
        agreed_by uuid NOT NULL REFERENCES app_user (id),
        completed_on date,
        broken_on date,
        ended_by uuid REFERENCES app_user (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_payment_plan_first_due CHECK (first_due_on >= agreed_on),
        CONSTRAINT ck_payment_plan_clears CHECK (
          instalment_count * instalment_ore >= amount_ore AND (instalment_count - 1) * instalment_ore < amount_ore),
        CONSTRAINT ck_payment_plan_ended CHECK (
          (status = 'active' AND completed_on IS NULL AND broken_on IS NULL)
          OR (status = 'completed' AND completed_on IS NOT NULL AND broken_on IS NULL)
          OR (status = 'broken' AND broken_on IS NOT NULL AND completed_on IS NULL))
      )`);
    // One running plan per case; the ended ones stay as its history.
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_payment_plan_active ON payment_plan (case_id) WHERE status = 'active'`,
    );
    await queryRunner.query(`CREATE INDEX ix_payment_plan_case ON payment_plan (case_id, agreed_on)`);
    await queryRunner.query(`
      CREATE TABLE payment_plan_instalment (
        plan_id uuid NOT NULL REFERENCES payment_plan (id),
        number smallint NOT NULL,
        nominal_due_on date NOT NULL,
        -- The nominal date moved off a non-business day (almenlejeloven § 44, stk. 2 by analogy).
        due_on date NOT NULL,
        amount_ore bigint NOT NULL CONSTRAINT ck_payment_plan_instalment_amount CHECK (amount_ore > 0),
        PRIMARY KEY (plan_id, number)
      )`);
    // One check per instalment once its grace days have run: the key makes a second sweep, or a
    // second worker at the same moment, record nothing again.
    await queryRunner.query(`
      CREATE TABLE payment_plan_check (
        plan_id uuid NOT NULL,
        instalment_number smallint NOT NULL,
        checked_on date NOT NULL,
        expected_ore bigint NOT NULL,
        actual_ore bigint NOT NULL,
        behind_by_ore bigint NOT NULL CONSTRAINT ck_payment_plan_check_behind CHECK (behind_by_ore >= 0),
        missed boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (plan_id, instalment_number),
        FOREIGN KEY (plan_id, instalment_number) REFERENCES payment_plan_instalment (plan_id, number)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_payment_plan_active_first_due ON payment_plan (first_due_on) WHERE status = 'active'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE payment_plan_check`);
    await queryRunner.query(`DROP TABLE payment_plan_instalment`);
    await queryRunner.query(`DROP TABLE payment_plan`);
    await queryRunner.query(`ALTER TABLE housing_organisation DROP COLUMN payment_plan_grace_days`);
    // A case in a running plan goes back to where the legal steps stood before it: `registered`
    // is the one stage that needs no recorded step (its later steps stay on the row and timeline).
    await queryRunner.query(`UPDATE arrears_case SET stage = 'registered' WHERE stage = 'payment_plan_agreed'`);
    await queryRunner.query(`
      ALTER TABLE arrears_case
        DROP CONSTRAINT ck_arrears_case_stage,
        DROP CONSTRAINT ck_arrears_case_closed,
        ADD CONSTRAINT ck_arrears_case_stage CHECK (stage IN (${OPEN_STAGES}, ${FINAL_STAGES})),
        ADD CONSTRAINT ck_arrears_case_closed CHECK ((closed_at IS NULL) = (stage IN (${OPEN_STAGES})))`);
  }
}

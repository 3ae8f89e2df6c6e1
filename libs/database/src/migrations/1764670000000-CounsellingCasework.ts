import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The debt advisor's casework on a referral (docs/debt-counselling.md#casework): sessions (the note
 * encrypted at rest like CPR numbers), debts typed in (never the rent arrears: the ledger holds
 * them) and dated budgets, each a new row so the history is kept.
 */
export class CounsellingCasework1764670000000 implements MigrationInterface {
  name = 'CounsellingCasework1764670000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE counselling_session (
        id uuid PRIMARY KEY,
        referral_id uuid NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
        held_on date NOT NULL,
        channel varchar(20) NOT NULL CONSTRAINT ck_session_channel
          CHECK (channel IN ('in_person', 'phone', 'video', 'home_visit', 'prison_visit')),
        minutes integer NOT NULL CONSTRAINT ck_session_minutes CHECK (minutes BETWEEN 1 AND 600),
        topics text[] NOT NULL CONSTRAINT ck_session_topics CHECK (cardinality(topics) > 0),
        next_action_text varchar(300),
        next_action_due_on date,
        next_action_done_on date,
        next_action_done_by uuid REFERENCES app_user (id),
        -- The note, AES-256-GCM under the personal-data key ring (as person.cpr_ciphertext).
        note_ciphertext bytea,
        note_key_id varchar(64),
        recorded_by uuid NOT NULL REFERENCES app_user (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_session_next_action CHECK ((next_action_text IS NULL) = (next_action_due_on IS NULL)),
        CONSTRAINT ck_session_next_action_due CHECK (next_action_due_on IS NULL OR next_action_due_on >= held_on),
        CONSTRAINT ck_session_next_action_done CHECK (next_action_done_on IS NULL OR next_action_text IS NOT NULL),
        CONSTRAINT ck_session_note CHECK ((note_ciphertext IS NULL) = (note_key_id IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_counselling_session_referral ON counselling_session (referral_id, held_on)`,
    );
    // The sweeper's candidates: next actions not done, by due date.
    await queryRunner.query(
      `CREATE INDEX ix_counselling_session_next_action ON counselling_session (next_action_due_on)
        WHERE next_action_due_on IS NOT NULL AND next_action_done_on IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE counselling_debt (
        id uuid PRIMARY KEY,
        referral_id uuid NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
        creditor varchar(200) NOT NULL CONSTRAINT ck_debt_creditor CHECK (length(btrim(creditor)) > 0),
        -- Never 'rent_arrears': that line is the case's ledger balance, read live.
        kind varchar(40) NOT NULL CONSTRAINT ck_debt_kind CHECK (kind IN ('other_housing', 'utilities',
          'public_debt_gaeldsstyrelsen', 'fines', 'consumer_credit', 'quick_loans', 'private', 'other')),
        status varchar(30) NOT NULL CONSTRAINT ck_debt_status CHECK (status IN ('untouched', 'negotiating', 'agreed',
          'under_collection', 'written_off', 'in_gaeldssanering')),
        under_enforcement boolean NOT NULL DEFAULT false,
        amount_owed_ore bigint NOT NULL CONSTRAINT ck_debt_amount CHECK (amount_owed_ore >= 0),
        monthly_payment_ore bigint NOT NULL CONSTRAINT ck_debt_monthly CHECK (monthly_payment_ore >= 0),
        created_by uuid NOT NULL REFERENCES app_user (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_debt_enforcement CHECK (NOT under_enforcement OR kind = 'public_debt_gaeldsstyrelsen')
      )`);
    await queryRunner.query(`CREATE INDEX ix_counselling_debt_referral ON counselling_debt (referral_id)`);

    // A budget is never changed: a new one is a new row, so the history stays.
    await queryRunner.query(`
      CREATE TABLE counselling_budget (
        id uuid PRIMARY KEY,
        referral_id uuid NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
        budget_on date NOT NULL,
        adults integer NOT NULL CONSTRAINT ck_budget_adults CHECK (adults BETWEEN 1 AND 20),
        child_birth_dates date[] NOT NULL DEFAULT '{}',
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_counselling_budget_referral ON counselling_budget (referral_id, budget_on DESC, created_at DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE counselling_budget_line (
        budget_id uuid NOT NULL REFERENCES counselling_budget (id) ON DELETE CASCADE,
        position integer NOT NULL,
        section varchar(10) NOT NULL CONSTRAINT ck_budget_line_section CHECK (section IN ('income', 'fixed', 'flexible')),
        group_code varchar(40) NOT NULL,
        amount_ore bigint NOT NULL CONSTRAINT ck_budget_line_amount CHECK (amount_ore >= 0),
        -- Only a fixed cost is approved or not for the ability to pay.
        approved boolean,
        PRIMARY KEY (budget_id, position),
        CONSTRAINT ck_budget_line_approved CHECK ((section = 'fixed') = (approved IS NOT NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE counselling_budget_line`);
    await queryRunner.query(`DROP TABLE counselling_budget`);
    await queryRunner.query(`DROP TABLE counselling_debt`);
    await queryRunner.query(`DROP TABLE counselling_session`);
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The debt belongs to the tenancy, not to one case: when a new case opens on a tenancy whose
 * earlier case closed with money still owed, the balance moves to the new case as a pair of
 * `balance_forward` lines (minus on the earlier case, plus on the new one), each naming the other
 * case in `related_case_id`. Either sign: a credit moves forward too.
 */
export class BalanceForward1764620000000 implements MigrationInterface {
  name = 'BalanceForward1764620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ledger_entry ADD COLUMN related_case_id uuid REFERENCES arrears_case (id)`);
    await queryRunner.query(`ALTER TABLE ledger_entry DROP CONSTRAINT ck_ledger_kind, DROP CONSTRAINT ck_ledger_sign`);
    await queryRunner.query(`
      ALTER TABLE ledger_entry
        ADD CONSTRAINT ck_ledger_kind CHECK (kind IN ('rent_charge', 'payment', 'fee', 'correction', 'balance_forward')),
        ADD CONSTRAINT ck_ledger_sign CHECK (
          (kind IN ('rent_charge', 'fee') AND amount_ore > 0) OR (kind = 'payment' AND amount_ore < 0)
          OR kind = 'correction' OR (kind = 'balance_forward' AND amount_ore <> 0)),
        ADD CONSTRAINT ck_ledger_related CHECK ((kind = 'balance_forward') = (related_case_id IS NOT NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM ledger_entry WHERE kind = 'balance_forward'`);
    await queryRunner.query(
      `ALTER TABLE ledger_entry DROP CONSTRAINT ck_ledger_related, DROP CONSTRAINT ck_ledger_kind, DROP CONSTRAINT ck_ledger_sign`,
    );
    await queryRunner.query(`
      ALTER TABLE ledger_entry
        ADD CONSTRAINT ck_ledger_kind CHECK (kind IN ('rent_charge', 'payment', 'fee', 'correction')),
        ADD CONSTRAINT ck_ledger_sign CHECK (
          (kind IN ('rent_charge', 'fee') AND amount_ore > 0) OR (kind = 'payment' AND amount_ore < 0) OR kind = 'correction')`);
    await queryRunner.query(`ALTER TABLE ledger_entry DROP COLUMN related_case_id`);
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Gældsstyrelsen's standard living amounts (rådighedsbeløb) per month, by validity period: what a
 * household keeps to live on before paying creditors, used for the ability to pay (betalingsevne).
 * The rates change every 1 January; a new year's rates are a new row added by a migration of its own
 * (see docs/debt-counselling-budget.md), never a code change. The row that starts latest on or
 * before a date is in force on it; `valid_to` only ends a row that no later row replaces.
 */
export class StandardLivingAmount1764640000000 implements MigrationInterface {
  name = 'StandardLivingAmount1764640000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE standard_living_amount (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        valid_from date NOT NULL,
        valid_to date,
        first_adult_ore bigint NOT NULL,
        further_adult_ore bigint NOT NULL,
        child_0_1_ore bigint NOT NULL,
        child_2_6_ore bigint NOT NULL,
        child_7_17_ore bigint NOT NULL,
        source text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_standard_living_amount_valid_from UNIQUE (valid_from),
        CONSTRAINT ck_standard_living_amount_period CHECK (valid_to IS NULL OR valid_to >= valid_from),
        CONSTRAINT ck_standard_living_amount_amounts CHECK (
          first_adult_ore >= 0 AND further_adult_ore >= 0
          AND child_0_1_ore >= 0 AND child_2_6_ore >= 0 AND child_7_17_ore >= 0),
        CONSTRAINT ck_standard_living_amount_source CHECK (length(btrim(source)) > 0)
      )`);
    // 2024: 7,240 kr for the first adult, 5,040 kr for each further adult; per child 1,970 / 2,520 /
    // 3,630 kr for ages 0–1 / 2–6 / 7–17.
    await queryRunner.query(`
      INSERT INTO standard_living_amount
        (valid_from, valid_to, first_adult_ore, further_adult_ore, child_0_1_ore, child_2_6_ore, child_7_17_ore, source)
      VALUES ('2024-01-01', NULL, 724000, 504000, 197000, 252000, 363000,
        'Gældsstyrelsen, rådighedssatser 2024 (BEK nr. 1207 af 2023, § 45; borger.dk "Gældsstyrelsens rådighedssatser")')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE standard_living_amount`);
  }
}

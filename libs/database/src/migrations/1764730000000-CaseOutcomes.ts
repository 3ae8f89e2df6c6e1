import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Outcomes as data (issue 16 item 1, docs/statistics.md#outcomes): every closed case gets a
 * structured outcome — `evicted`; `averted` with a reason (paid, payment_plan, rent_assistance,
 * moved_out, other); `closed_without_proceedings` — beside the legacy `outcome` column, which stays
 * as it was for the API. The cases already closed are mapped:
 * - stage `evicted` → evicted;
 * - stage `averted` → averted, the reason read from the words of the free-text note on the
 *   `averted` event (the same words as `avertReasonFromText`, frozen here), `other` when none fits;
 * - stage `closed` with outcome paid / payment_plan / rent_assistance / moved_out → averted, that reason;
 * - stage `closed` with outcome `withdrawn` or none → closed_without_proceedings;
 * - stage `closed` with any other (legacy free-text) outcome → averted, its reason read from its words.
 */
export class CaseOutcomes1764730000000 implements MigrationInterface {
  name = 'CaseOutcomes1764730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE arrears_case ADD COLUMN outcome_kind varchar(30), ADD COLUMN outcome_reason varchar(20)`,
    );
    const reasonOf = (text: string): string => `CASE
        WHEN ${text} ~ '(afdrag|betalingsaftale|betalingsordning|payment plan|payment_plan|instalment)' THEN 'payment_plan'
        WHEN ${text} ~ '(huslejehjælp|boligstøtte|aktivlov|§ ?81|rent assistance|rent_assistance)' THEN 'rent_assistance'
        WHEN ${text} ~ '(fraflyt|flyttet|moved out|moved_out|opsagt af lejer)' THEN 'moved_out'
        WHEN ${text} ~ '(betalt|betaling|indbetal|indfri|paid|payment)' THEN 'paid'
        ELSE 'other' END`;
    await queryRunner.query(`UPDATE arrears_case SET outcome_kind = 'evicted' WHERE stage = 'evicted'`);
    await queryRunner.query(`
      UPDATE arrears_case c SET outcome_kind = 'averted',
             outcome_reason = ${reasonOf(`lower(coalesce((SELECT e.reason FROM case_event e
                                   WHERE e.case_id = c.id AND e.type = 'averted' ORDER BY e.id DESC LIMIT 1), ''))`)}
       WHERE c.stage = 'averted'`);
    await queryRunner.query(`
      UPDATE arrears_case SET outcome_kind = 'averted', outcome_reason = outcome
       WHERE stage = 'closed' AND outcome IN ('paid', 'payment_plan', 'rent_assistance', 'moved_out')`);
    await queryRunner.query(`
      UPDATE arrears_case SET outcome_kind = 'closed_without_proceedings'
       WHERE stage = 'closed' AND (outcome IS NULL OR outcome = 'withdrawn')`);
    await queryRunner.query(`
      UPDATE arrears_case SET outcome_kind = 'averted', outcome_reason = ${reasonOf('lower(outcome)')}
       WHERE stage = 'closed' AND outcome_kind IS NULL`);
    await queryRunner.query(`
      ALTER TABLE arrears_case ADD CONSTRAINT ck_arrears_case_outcome CHECK (
        (closed_at IS NULL AND outcome_kind IS NULL AND outcome_reason IS NULL)
        OR (closed_at IS NOT NULL AND (
          (outcome_kind = 'evicted' AND stage = 'evicted' AND outcome_reason IS NULL)
          OR (outcome_kind = 'averted' AND stage IN ('averted', 'closed')
              AND outcome_reason IN ('paid', 'payment_plan', 'rent_assistance', 'moved_out', 'other'))
          OR (outcome_kind = 'closed_without_proceedings' AND stage = 'closed' AND outcome_reason IS NULL))))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE arrears_case DROP CONSTRAINT ck_arrears_case_outcome`);
    await queryRunner.query(`ALTER TABLE arrears_case DROP COLUMN outcome_reason, DROP COLUMN outcome_kind`);
  }
}

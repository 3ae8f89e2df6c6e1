import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Custody episodes (issue 15, item 1; docs/probation.md): that a tenant is away in custody — on remand
 * (varetægt) or serving a sentence (afsoning) —, where, from when, until when if known, and whom to
 * contact about post meanwhile. Recorded on the tenant's consent for `probation-cooperation` naming the
 * probation unit (`consent_id`); nothing about the offence is stored (there is no column for it). At most
 * one open episode per person. The checks repeat the domain's rules (custody-episode-rules.ts) so that no
 * write path can store a release before the start or a sentence length on remand.
 */
export class CustodyEpisodes1764690000000 implements MigrationInterface {
  name = 'CustodyEpisodes1764690000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE custody_episode (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        probation_unit_id uuid NOT NULL REFERENCES probation_unit (id),
        -- The tenant's probation-cooperation consent naming the unit: withdrawn, it closes the episode.
        consent_id uuid NOT NULL REFERENCES consent (id) ON DELETE CASCADE,
        kind varchar(10) NOT NULL CONSTRAINT ck_custody_episode_kind CHECK (kind IN ('remand', 'sentence')),
        institution varchar(200) NOT NULL,
        started_on date NOT NULL,
        expected_release_on date,
        parole_on date,
        sentence_months smallint CONSTRAINT ck_custody_episode_sentence_months CHECK (sentence_months BETWEEN 1 AND 600),
        contact_kind varchar(20) NOT NULL
          CONSTRAINT ck_custody_episode_contact_kind CHECK (contact_kind IN ('person', 'probation_officer')),
        contact_name varchar(200),
        contact_phone varchar(40),
        contact_email varchar(254),
        -- The officer named as contact (contact_kind = 'probation_officer'); null: the unit's mailbox.
        contact_user_id uuid REFERENCES app_user (id),
        recorded_by uuid NOT NULL REFERENCES app_user (id),
        released_on date,
        closed_at timestamptz,
        closed_reason varchar(20)
          CONSTRAINT ck_custody_episode_closed_reason CHECK (closed_reason IN ('released', 'consent_withdrawn')),
        closed_by uuid REFERENCES app_user (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_custody_episode_dates CHECK (
          (expected_release_on IS NULL OR expected_release_on >= started_on)
          AND (parole_on IS NULL OR parole_on >= started_on)
          AND (released_on IS NULL OR released_on >= started_on)),
        CONSTRAINT ck_custody_episode_remand CHECK (kind = 'sentence' OR sentence_months IS NULL),
        CONSTRAINT ck_custody_episode_contact CHECK (
          (contact_kind = 'person' AND contact_name IS NOT NULL AND num_nonnulls(contact_phone, contact_email) >= 1
            AND contact_user_id IS NULL)
          OR (contact_kind = 'probation_officer' AND contact_name IS NULL AND contact_phone IS NULL AND contact_email IS NULL)),
        CONSTRAINT ck_custody_episode_closed CHECK (
          (closed_at IS NULL AND closed_reason IS NULL AND released_on IS NULL)
          OR (closed_at IS NOT NULL AND closed_reason = 'released' AND released_on IS NOT NULL)
          OR (closed_at IS NOT NULL AND closed_reason = 'consent_withdrawn'))
      )`);
    // One open episode per person (custody-episode-rules.ts: CUSTODY_EPISODE_ALREADY_OPEN).
    await queryRunner.query(
      `CREATE UNIQUE INDEX ux_custody_episode_open ON custody_episode (person_id) WHERE closed_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX ix_custody_episode_unit ON custody_episode (probation_unit_id, started_on)`);
    await queryRunner.query(`CREATE INDEX ix_custody_episode_consent ON custody_episode (consent_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE custody_episode`);
  }
}

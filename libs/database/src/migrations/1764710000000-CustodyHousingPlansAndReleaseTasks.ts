import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The housing plan for a tenant's absence in custody and the release-planning tasks (issue 15, items 3 and 5;
 * docs/probation-release-planning.md).
 *
 * `custody_housing_plan` keeps the history: every decision is a new row and the latest (by `created_at`) is the plan
 * in force. Each option's fields are checked to belong to that option only; the domain's rules
 * (`checkHousingPlan`) are the full validation.
 *
 * `custody_release_task` holds the Køreplan's dated tasks of an episode, one row per kind, written from
 * `planRelease` when the episode is recorded and rewritten when its dates change; a completed task keeps its
 * completion. Both go with the episode (ON DELETE CASCADE), so erasing a person erases them.
 */
export class CustodyHousingPlansAndReleaseTasks1764710000000 implements MigrationInterface {
  name = 'CustodyHousingPlansAndReleaseTasks1764710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE custody_housing_plan (
        id uuid PRIMARY KEY,
        custody_episode_id uuid NOT NULL REFERENCES custody_episode (id) ON DELETE CASCADE,
        option varchar(20) NOT NULL
          CONSTRAINT ck_custody_housing_plan_option
          CHECK (option IN ('keep_own_means', 'municipality_pays', 'sublet', 'give_up')),
        decided_on date NOT NULL,
        decided_by uuid NOT NULL REFERENCES app_user (id),
        -- The party that decided: probation (the unit's officer), landlord or municipality.
        decided_by_party varchar(20) NOT NULL
          CONSTRAINT ck_custody_housing_plan_party CHECK (decided_by_party IN ('probation', 'landlord', 'municipality')),
        sublet_possible boolean,
        sublet_from_on date,
        sublet_to_on date,
        landlord_consent_on date,
        -- 30 days before the sublet's last day, on a business day (checkHousingPlan's subletReminderOn).
        sublet_reminder_on date,
        notice_on date,
        lease_ends_on date,
        belongings varchar(20)
          CONSTRAINT ck_custody_housing_plan_belongings CHECK (belongings IN ('storage', 'network', 'disposed')),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT ck_custody_housing_plan_fields CHECK (
          (option = 'municipality_pays' OR sublet_possible IS NULL)
          AND (option = 'sublet' OR num_nonnulls(sublet_from_on, sublet_to_on, landlord_consent_on, sublet_reminder_on) = 0)
          AND (option <> 'sublet' OR (sublet_from_on IS NOT NULL AND sublet_to_on >= sublet_from_on
                                      AND landlord_consent_on IS NOT NULL))
          AND (option = 'give_up' OR num_nonnulls(notice_on, lease_ends_on, belongings) = 0)
          AND (option <> 'give_up' OR (notice_on IS NOT NULL AND lease_ends_on >= notice_on AND belongings IS NOT NULL)))
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_custody_housing_plan_episode ON custody_housing_plan (custody_episode_id, created_at DESC)`,
    );
    // The sweep's sublet reminders.
    await queryRunner.query(
      `CREATE INDEX ix_custody_housing_plan_sublet_reminder ON custody_housing_plan (sublet_reminder_on)
        WHERE sublet_reminder_on IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE custody_release_task (
        id uuid PRIMARY KEY,
        custody_episode_id uuid NOT NULL REFERENCES custody_episode (id) ON DELETE CASCADE,
        kind varchar(30) NOT NULL
          CONSTRAINT ck_custody_release_task_kind
          CHECK (kind IN ('action_plan', 'municipality_contact', 'release_meeting', 'housing_setup_help')),
        responsible varchar(20) NOT NULL
          CONSTRAINT ck_custody_release_task_responsible CHECK (responsible IN ('probation', 'municipality')),
        with_party varchar(20)
          CONSTRAINT ck_custody_release_task_with CHECK (with_party IN ('probation', 'municipality')),
        opens_on date,
        due_on date,
        remind_on date,
        escalate_on date,
        basis varchar(30) NOT NULL,
        completed_on date,
        completed_by uuid REFERENCES app_user (id),
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ux_custody_release_task_kind UNIQUE (custody_episode_id, kind),
        CONSTRAINT ck_custody_release_task_completed CHECK (
          (completed_on IS NULL AND completed_by IS NULL AND completed_at IS NULL)
          OR (completed_on IS NOT NULL AND completed_by IS NOT NULL AND completed_at IS NOT NULL))
      )`);
    // The sweep: tasks not completed whose reminder day has come.
    await queryRunner.query(
      `CREATE INDEX ix_custody_release_task_remind ON custody_release_task (remind_on) WHERE completed_on IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE custody_release_task`);
    await queryRunner.query(`DROP TABLE custody_housing_plan`);
  }
}

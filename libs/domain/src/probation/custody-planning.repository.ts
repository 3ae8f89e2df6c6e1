import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { type Principal } from '../access/roles.js';
import { consentInForceSql } from '../personal-data/consent.sql.js';
import { rawSql, sql } from '../shared/sql-fragment.js';
import { custodyEpisodeScopeSql } from './custody-episode.repository.js';
import { type SweptReleaseTask, type SweptSublet } from './rules/custody-reminders.js';
import { type HousingPlanParty } from './rules/housing-plan-deciders.js';
import { type BelongingsArrangement, type HousingPlanOption } from './rules/housing-plan-rules.js';
import { type ReleaseTask } from './rules/release-planning-rules.js';

/** A stored housing-plan decision (a row of `custody_housing_plan`), with the decider's name. */
export interface HousingPlanRow {
  id: string;
  episodeId: string;
  option: HousingPlanOption;
  decidedOn: IsoDate;
  decidedBy: string;
  decidedByName: string;
  decidedByParty: HousingPlanParty;
  subletPossible: boolean | null;
  subletFromOn: IsoDate | null;
  subletToOn: IsoDate | null;
  landlordConsentOn: IsoDate | null;
  subletReminderOn: IsoDate | null;
  noticeOn: IsoDate | null;
  leaseEndsOn: IsoDate | null;
  belongings: BelongingsArrangement | null;
  createdAt: Date;
}

export type NewHousingPlan = Omit<HousingPlanRow, 'decidedByName' | 'createdAt'>;

/** A stored release task (a row of `custody_release_task`). */
export interface ReleaseTaskRow extends ReleaseTask {
  id: string;
  episodeId: string;
  completedOn: IsoDate | null;
  completedBy: string | null;
  completedByName: string | null;
}

/** A task in the probation officer's list, with its episode's person. */
export interface UnitReleaseTaskRow extends ReleaseTaskRow {
  personId: string;
  personName: string;
}

const PLAN_SELECT = `
  SELECT hp.id, hp.custody_episode_id AS "episodeId", hp.option, hp.decided_on::text AS "decidedOn",
         hp.decided_by AS "decidedBy", decider.name AS "decidedByName", hp.decided_by_party AS "decidedByParty",
         hp.sublet_possible AS "subletPossible", hp.sublet_from_on::text AS "subletFromOn",
         hp.sublet_to_on::text AS "subletToOn", hp.landlord_consent_on::text AS "landlordConsentOn",
         hp.sublet_reminder_on::text AS "subletReminderOn", hp.notice_on::text AS "noticeOn",
         hp.lease_ends_on::text AS "leaseEndsOn", hp.belongings, hp.created_at AS "createdAt"
    FROM custody_housing_plan hp
    JOIN app_user decider ON decider.id = hp.decided_by`;

const TASK_COLUMNS = `
  t.id, t.custody_episode_id AS "episodeId", t.kind, t.responsible, t.with_party AS "with",
  t.opens_on::text AS "opensOn", t.due_on::text AS "dueOn", t.remind_on::text AS "remindOn",
  t.escalate_on::text AS "escalateOn", t.basis, t.completed_on::text AS "completedOn",
  t.completed_by AS "completedBy", completer.name AS "completedByName"`;

/** The Køreplan's order of the kinds, for sorting in SQL. */
const KIND_ORDER = `array_position(ARRAY['action_plan', 'municipality_contact', 'release_meeting', 'housing_setup_help']::varchar[], t.kind)`;

/**
 * The housing plans and release tasks of custody episodes (`custody_housing_plan`, `custody_release_task`). The
 * episode-level reads take an episode id the service has already found in the caller's scope; the unit's list and
 * the sweep apply the episode's scope and consent themselves.
 */
@Injectable()
export class CustodyPlanningRepository {
  async insertHousingPlan(manager: EntityManager, plan: NewHousingPlan): Promise<void> {
    await manager.query(
      `INSERT INTO custody_housing_plan (id, custody_episode_id, option, decided_on, decided_by, decided_by_party,
                                         sublet_possible, sublet_from_on, sublet_to_on, landlord_consent_on,
                                         sublet_reminder_on, notice_on, lease_ends_on, belongings)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        plan.id,
        plan.episodeId,
        plan.option,
        plan.decidedOn,
        plan.decidedBy,
        plan.decidedByParty,
        plan.subletPossible,
        plan.subletFromOn,
        plan.subletToOn,
        plan.landlordConsentOn,
        plan.subletReminderOn,
        plan.noticeOn,
        plan.leaseEndsOn,
        plan.belongings,
      ],
    );
  }

  /** The episode's decisions, the plan in force (the latest recorded) first; `latestOnly`: that one alone. */
  async housingPlans(manager: EntityManager, episodeId: string, latestOnly: boolean): Promise<HousingPlanRow[]> {
    return manager.query(
      `${PLAN_SELECT} WHERE hp.custody_episode_id = $1 ORDER BY hp.created_at DESC, hp.id DESC ${latestOnly ? 'LIMIT 1' : ''}`,
      [episodeId],
    );
  }

  async releaseTasks(manager: EntityManager, episodeId: string): Promise<ReleaseTaskRow[]> {
    return manager.query(
      `SELECT ${TASK_COLUMNS} FROM custody_release_task t LEFT JOIN app_user completer ON completer.id = t.completed_by
        WHERE t.custody_episode_id = $1 ORDER BY ${KIND_ORDER}`,
      [episodeId],
    );
  }

  async findReleaseTask(
    manager: EntityManager,
    episodeId: string,
    taskId: string,
    lock: boolean,
  ): Promise<ReleaseTaskRow | null> {
    const [row]: ReleaseTaskRow[] = await manager.query(
      `SELECT ${TASK_COLUMNS} FROM custody_release_task t LEFT JOIN app_user completer ON completer.id = t.completed_by
        WHERE t.custody_episode_id = $1 AND t.id = $2 ${lock ? 'FOR UPDATE OF t' : ''}`,
      [episodeId, taskId],
    );
    return row ?? null;
  }

  /**
   * Writes the episode's planned tasks: each kind's dates replaced (a completed task keeps its completion), kinds
   * no longer planned removed unless completed (a completed task stays as it was done).
   */
  async replaceReleaseTasks(manager: EntityManager, episodeId: string, tasks: readonly ReleaseTask[]): Promise<void> {
    await manager.query(
      `DELETE FROM custody_release_task
        WHERE custody_episode_id = $1 AND completed_on IS NULL AND NOT (kind = ANY($2::varchar[]))`,
      [episodeId, tasks.map((t) => t.kind)],
    );
    for (const task of tasks) {
      await manager.query(
        `INSERT INTO custody_release_task (id, custody_episode_id, kind, responsible, with_party, opens_on, due_on,
                                           remind_on, escalate_on, basis)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (custody_episode_id, kind) DO UPDATE
            SET responsible = EXCLUDED.responsible, with_party = EXCLUDED.with_party, opens_on = EXCLUDED.opens_on,
                due_on = EXCLUDED.due_on, remind_on = EXCLUDED.remind_on, escalate_on = EXCLUDED.escalate_on,
                basis = EXCLUDED.basis, updated_at = now()
          WHERE custody_release_task.completed_on IS NULL`,
        [
          randomUUID(),
          episodeId,
          task.kind,
          task.responsible,
          task.with,
          task.opensOn,
          task.dueOn,
          task.remindOn,
          task.escalateOn,
          task.basis,
        ],
      );
    }
  }

  /** Marks a task completed on `on`; false when it was completed already. */
  async completeReleaseTask(manager: EntityManager, taskId: string, on: IsoDate, userId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `WITH done AS (
         UPDATE custody_release_task SET completed_on = $2, completed_by = $3, completed_at = now(), updated_at = now()
          WHERE id = $1 AND completed_on IS NULL
         RETURNING id
       ) SELECT id FROM done`,
      [taskId, on, userId],
    );
    return rows.length > 0;
  }

  /** The reminder warnings of one task not yet acknowledged (their subject is the episode, their occurrence the task). */
  async openTaskReminderWarnings(manager: EntityManager, episodeId: string, kind: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM warning
        WHERE subject_type = 'custody_episode' AND custody_episode_id = $1 AND rule_code = 'custody-release-reminder'
          AND occurrence LIKE $2 AND acknowledged_at IS NULL`,
      [episodeId, `release-task:${kind}:%`],
    );
    return rows.map((r) => r.id);
  }

  /**
   * The tasks of the open episodes the principal sees (for the probation officer: their unit's, while the
   * episode's consent is in force), ordered by due day then the Køreplan's order; the service puts the overdue
   * ones first. At most `limit`.
   */
  async tasksInScope(manager: EntityManager, principal: Principal, limit: number): Promise<UnitReleaseTaskRow[]> {
    const scope = custodyEpisodeScopeSql(principal);
    if (!scope) return [];
    const { text, values } = sql`
      SELECT ${rawSql(TASK_COLUMNS)}, e.person_id AS "personId", p.name AS "personName"
        FROM custody_release_task t
        JOIN custody_episode e ON e.id = t.custody_episode_id
        JOIN person p ON p.id = e.person_id
        LEFT JOIN app_user completer ON completer.id = t.completed_by
       WHERE e.closed_at IS NULL AND ${scope}
       ORDER BY t.due_on NULLS LAST, t.opens_on NULLS LAST, e.id, ${rawSql(KIND_ORDER)}
       LIMIT ${limit}`.toQuery();
    return manager.query(text, values);
  }

  /**
   * The sweep's candidates on `on`: tasks not completed whose reminder day has come, and sublet plans in force
   * (each episode's latest plan) whose reminder day has come and whose last day has not passed — of open episodes
   * whose consent is in force only (a withdrawal or a release stops them).
   */
  async sweepCandidates(
    manager: EntityManager,
    on: IsoDate,
  ): Promise<{ tasks: SweptReleaseTask[]; sublets: SweptSublet[] }> {
    const openEpisode = (alias: string) => `
      JOIN custody_episode e ON e.id = ${alias}.custody_episode_id AND e.closed_at IS NULL
      JOIN consent c ON c.id = e.consent_id AND ${consentInForceSql('c')}`;
    const tasks: SweptReleaseTask[] = await manager.query(
      `SELECT t.id, t.custody_episode_id AS "episodeId", t.kind, t.responsible, t.with_party AS "with",
              t.opens_on::text AS "opensOn", t.due_on::text AS "dueOn", t.remind_on::text AS "remindOn",
              t.escalate_on::text AS "escalateOn", t.basis, t.completed_on::text AS "completedOn"
         FROM custody_release_task t ${openEpisode('t')}
        WHERE t.completed_on IS NULL AND t.remind_on <= $1
        ORDER BY t.custody_episode_id, ${KIND_ORDER}`,
      [on],
    );
    const sublets: SweptSublet[] = await manager.query(
      `SELECT hp.id AS "planId", hp.custody_episode_id AS "episodeId", hp.sublet_from_on::text AS "fromOn",
              hp.sublet_to_on::text AS "toOn", hp.sublet_reminder_on::text AS "reminderOn"
         FROM custody_housing_plan hp ${openEpisode('hp')}
        WHERE hp.sublet_reminder_on <= $1 AND hp.sublet_to_on >= $1
          AND NOT EXISTS (SELECT 1 FROM custody_housing_plan later
                           WHERE later.custody_episode_id = hp.custody_episode_id
                             AND (later.created_at, later.id) > (hp.created_at, hp.id))
        ORDER BY hp.custody_episode_id`,
      [on],
    );
    return { tasks, sublets };
  }
}

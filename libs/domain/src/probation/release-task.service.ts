import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { copenhagenDateOf, type IsoDate } from '@app/calendar';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { type Actor, Role } from '../access/roles.js';
import { AuditService } from '../audit/audit.service.js';
import { WarningRepository } from '../warnings/warning.repository.js';
import { episodeFactsOf, releasePlanningSettings } from './custody-planning-facts.js';
import { CustodyEpisodeClosedError, CustodyEpisodeNotFoundError } from './custody-episode.errors.js';
import { CustodyEpisodeRepository, type CustodyEpisodeRow } from './custody-episode.repository.js';
import {
  ReleaseTaskAlreadyCompletedError,
  ReleaseTaskCompletionInvalidError,
  ReleaseTaskNotFoundError,
  ReleaseTaskNotResponsibleError,
} from './custody-planning.errors.js';
import { CustodyPlanningRepository, type ReleaseTaskRow } from './custody-planning.repository.js';
import {
  planRelease,
  releaseTaskState,
  type ReleasePlanningNotApplicable,
  type ReleaseTaskBasis,
  type ReleaseTaskKind,
  type ReleaseTaskParty,
  type ReleaseTaskState,
} from './rules/release-planning-rules.js';

/** A task's state; `closed`: not done when the episode closed (released, or the consent withdrawn). */
export type StoredReleaseTaskState = ReleaseTaskState | 'closed';

export interface ReleaseTaskView {
  id: string;
  episodeId: string;
  kind: ReleaseTaskKind;
  responsible: ReleaseTaskParty;
  with: ReleaseTaskParty | null;
  opensOn: IsoDate | null;
  dueOn: IsoDate | null;
  remindOn: IsoDate | null;
  escalateOn: IsoDate | null;
  basis: ReleaseTaskBasis;
  state: StoredReleaseTaskState;
  completedOn: IsoDate | null;
  completedBy: { id: string; name: string } | null;
}

/** An episode's tasks, or why the Køreplan does not apply to it (remand, a sentence under 4 months or unknown). */
export interface EpisodeReleaseTasks {
  episodeId: string;
  applies: boolean;
  notApplicableReason: ReleasePlanningNotApplicable | null;
  items: ReleaseTaskView[];
}

/** A task in the probation officer's list, with whose episode it is. */
export interface UnitReleaseTaskView extends ReleaseTaskView {
  personId: string;
  personName: string;
}

/** Who reads the tasks: the probation unit, and the municipality named by the consent (it takes part in them). */
const READERS: readonly Role[] = [Role.ProbationOfficer, Role.MunicipalSocialWorker];
const LIST_LIMIT = 500;

/**
 * The release-planning tasks of Kriminalforsorgen's Køreplan (issue 15, item 5; docs/probation-release-planning.md):
 * written from `planRelease` when an episode is recorded and rewritten when its dates change (`sync`, in the
 * episode's transaction; a completed task keeps its completion), read with their state on the day, and marked done
 * by the party responsible. Reads go through the episode's scope and are audited.
 */
@Injectable()
export class ReleaseTaskService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CustodyEpisodeRepository) private readonly episodes: CustodyEpisodeRepository,
    @Inject(CustodyPlanningRepository) private readonly planning: CustodyPlanningRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WarningRepository) private readonly warnings: WarningRepository,
  ) {}

  /** (Re)computes the episode's tasks from its facts, in the caller's transaction. */
  async sync(manager: EntityManager, episode: CustodyEpisodeRow): Promise<void> {
    const plan = planRelease(episodeFactsOf(episode), releasePlanningSettings(this.config));
    await this.planning.replaceReleaseTasks(manager, episode.id, plan.applies ? plan.tasks : []);
  }

  async forEpisode(actor: Actor, episodeId: string, now: Date = new Date()): Promise<EpisodeReleaseTasks> {
    if (!READERS.includes(actor.principal.role)) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const episode = await this.mustFindEpisode(manager, actor, episodeId, false);
      const rows = await this.planning.releaseTasks(manager, episodeId);
      await this.auditRead(manager, actor, rows, episode.personId);
      const plan = planRelease(episodeFactsOf(episode), releasePlanningSettings(this.config));
      const today = copenhagenDateOf(now);
      const open = episode.closedReason === null;
      return {
        episodeId,
        applies: plan.applies,
        notApplicableReason: plan.applies ? null : plan.reason,
        items: rows.map((row) => viewOf(row, open, today)),
      };
    });
  }

  /**
   * The probation officer's tasks of their unit's open episodes: the overdue ones first (longest overdue first, as
   * `overdueReleaseTasks` orders them), then the rest by due day; `overdue`: the overdue ones alone. At most 500.
   */
  async forUnit(actor: Actor, filter: { overdue?: boolean }, now: Date = new Date()): Promise<UnitReleaseTaskView[]> {
    if (actor.principal.role !== Role.ProbationOfficer) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const today = copenhagenDateOf(now);
      const rows = await this.planning.tasksInScope(manager, actor.principal, LIST_LIMIT);
      const views = rows.map((row) => ({
        ...viewOf(row, true, today),
        personId: row.personId,
        personName: row.personName,
      }));
      const late = (v: UnitReleaseTaskView) => v.state === 'overdue' || v.state === 'escalated';
      // The rows come by due day: a stable partition keeps the longest overdue first.
      const listed = filter.overdue ? views.filter(late) : [...views.filter(late), ...views.filter((v) => !late(v))];
      await this.audit.record(
        manager,
        actor,
        listed.map((v) => ({
          action: 'custody_release_task.read',
          entityType: 'custody_release_task',
          entityId: v.id,
          personId: v.personId,
          details: { episodeId: v.episodeId },
        })),
      );
      return listed;
    });
  }

  /** Marks a task done on `completedOn`: the probation officer any, the municipality its own (the housing help). */
  async complete(
    actor: Actor,
    episodeId: string,
    taskId: string,
    completedOn: IsoDate,
    now: Date = new Date(),
  ): Promise<ReleaseTaskView> {
    if (!READERS.includes(actor.principal.role)) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const episode = await this.mustFindEpisode(manager, actor, episodeId, true);
      const task = await this.planning.findReleaseTask(manager, episodeId, taskId, true);
      if (!task) throw new ReleaseTaskNotFoundError();
      if (episode.closedReason !== null) throw new CustodyEpisodeClosedError();
      if (actor.principal.role === Role.MunicipalSocialWorker && task.responsible !== 'municipality') {
        throw new ReleaseTaskNotResponsibleError();
      }
      if (task.completedOn !== null) throw new ReleaseTaskAlreadyCompletedError();
      const today = copenhagenDateOf(now);
      if (completedOn > today)
        throw new ReleaseTaskCompletionInvalidError({ code: 'RELEASE_TASK_COMPLETED_IN_FUTURE' });
      if (completedOn < episode.startedOn) {
        throw new ReleaseTaskCompletionInvalidError({
          code: 'RELEASE_TASK_COMPLETED_BEFORE_START',
          startedOn: episode.startedOn,
        });
      }
      if (!(await this.planning.completeReleaseTask(manager, taskId, completedOn, actor.principal.userId))) {
        throw new ReleaseTaskAlreadyCompletedError();
      }
      // Doing the task is the answer to its reminders: they are acknowledged and escalate no further.
      for (const warningId of await this.planning.openTaskReminderWarnings(manager, episodeId, task.kind)) {
        await this.warnings.acknowledge(manager, warningId, actor.principal.userId, 'release-task:completed');
      }
      await this.audit.record(manager, actor, [
        {
          action: 'custody_release_task.complete',
          entityType: 'custody_release_task',
          entityId: taskId,
          personId: episode.personId,
          details: { episodeId, kind: task.kind, completedOn },
        },
      ]);
      const done = await this.planning.findReleaseTask(manager, episodeId, taskId, false);
      return viewOf(done!, true, today);
    });
  }

  private async auditRead(
    manager: EntityManager,
    actor: Actor,
    rows: readonly ReleaseTaskRow[],
    personId: string,
  ): Promise<void> {
    await this.audit.record(
      manager,
      actor,
      rows.map((row) => ({
        action: 'custody_release_task.read',
        entityType: 'custody_release_task',
        entityId: row.id,
        personId,
        details: { episodeId: row.episodeId },
      })),
    );
  }

  private async mustFindEpisode(
    manager: EntityManager,
    actor: Actor,
    id: string,
    lock: boolean,
  ): Promise<CustodyEpisodeRow> {
    const row = await this.episodes.findVisible(manager, actor.principal, id, lock);
    if (!row) throw new CustodyEpisodeNotFoundError();
    return row;
  }
}

function viewOf(row: ReleaseTaskRow, episodeOpen: boolean, today: IsoDate): ReleaseTaskView {
  const state: StoredReleaseTaskState =
    row.completedOn === null && !episodeOpen ? 'closed' : releaseTaskState(row, row.completedOn, today);
  return {
    id: row.id,
    episodeId: row.episodeId,
    kind: row.kind,
    responsible: row.responsible,
    with: row.with,
    opensOn: row.opensOn,
    dueOn: row.dueOn,
    remindOn: row.remindOn,
    escalateOn: row.escalateOn,
    basis: row.basis,
    state,
    completedOn: row.completedOn,
    completedBy: row.completedBy ? { id: row.completedBy, name: row.completedByName ?? '' } : null,
  };
}

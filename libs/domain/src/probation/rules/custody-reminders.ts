import { type IsoDate } from '@app/calendar';
import {
  releaseTaskState,
  type ReleaseTask,
  type ReleaseTaskKind,
  type ReleaseTaskParty,
} from './release-planning-rules.js';

/** A stored release task as the sweep reads it: the task's dates, its episode and whether it was completed. */
export interface SweptReleaseTask extends ReleaseTask {
  readonly id: string;
  readonly episodeId: string;
  readonly completedOn: IsoDate | null;
}

/** A sublet plan in force (the episode's latest plan) with the reminder day `checkHousingPlan` gave it. */
export interface SweptSublet {
  readonly planId: string;
  readonly episodeId: string;
  readonly fromOn: IsoDate;
  readonly toOn: IsoDate;
  readonly reminderOn: IsoDate;
}

/** One reminder the sweep raises: before a task's due day, after a missed one, or before a sublet ends. */
export type CustodyReminder =
  | {
      readonly kind: 'release_task_due' | 'release_task_overdue';
      readonly episodeId: string;
      readonly taskId: string;
      readonly taskKind: ReleaseTaskKind;
      readonly responsible: ReleaseTaskParty;
      /** The due day, or for a "from" task (the housing help) the day it opens. */
      readonly on: IsoDate;
      /** The warning's occurrence within the episode: once per task, day and stage. */
      readonly occurrence: string;
    }
  | {
      readonly kind: 'sublet_ending';
      readonly episodeId: string;
      readonly planId: string;
      /** The sublet's last day. */
      readonly on: IsoDate;
      readonly occurrence: string;
    };

/**
 * The occurrence of a task's reminder or miss within its episode (the warning's subject column names the episode, and
 * `warning.occurrence` holds at most 60 characters): once per task, due day (or opening day) and stage, so a sweep
 * that runs twice warns once and a task moved by new dates warns again. The episode-wide key is
 * `releaseTaskOccurrence`.
 */
export function releaseReminderOccurrence(task: ReleaseTask, stage: 'reminder' | 'overdue'): string {
  return `release-task:${task.kind}:${task.dueOn ?? task.opensOn ?? 'undated'}:${stage}`;
}

/**
 * The occurrence of a sublet's reminder within its episode: once per last day, so a new decision with the same period
 * warns once, and a sublet extended to a new last day warns again before that day.
 */
export function subletEndingOccurrence(toOn: IsoDate): string {
  return `sublet-ending:${toOn}`;
}

/**
 * Which reminders are due on `on` (docs/probation-release-planning.md#reminders-and-escalation), for the sweep to
 * raise through the warning engine (whose unique occurrence makes a second run raise nothing):
 * - a task not completed whose reminder day has come and whose due day has not passed (`due_soon`, or the housing
 *   help once it opens): `release_task_due`;
 * - a task not completed past its due day (`overdue` or `escalated`): `release_task_overdue`, one warning for the
 *   miss — its escalation is the engine's, by the warning's acknowledgement window; the reminder before it is not
 *   sent late;
 * - a sublet in force whose reminder day has come and whose last day has not passed: `sublet_ending`.
 * Tasks completed, undated or not yet open give none. Pure; the order is the input's (tasks, then sublets).
 */
export function dueCustodyReminders(
  tasks: readonly SweptReleaseTask[],
  sublets: readonly SweptSublet[],
  on: IsoDate,
): CustodyReminder[] {
  const reminders: CustodyReminder[] = [];
  for (const task of tasks) {
    const state = releaseTaskState(task, task.completedOn, on);
    const base = { episodeId: task.episodeId, taskId: task.id, taskKind: task.kind, responsible: task.responsible };
    if (state === 'overdue' || state === 'escalated') {
      reminders.push({
        ...base,
        kind: 'release_task_overdue',
        on: task.dueOn!,
        occurrence: releaseReminderOccurrence(task, 'overdue'),
      });
    } else if (
      state === 'due_soon' ||
      (state === 'open' && task.dueOn === null && task.remindOn !== null && on >= task.remindOn)
    ) {
      reminders.push({
        ...base,
        kind: 'release_task_due',
        on: task.dueOn ?? task.opensOn!,
        occurrence: releaseReminderOccurrence(task, 'reminder'),
      });
    }
  }
  for (const sublet of sublets) {
    if (on < sublet.reminderOn || on > sublet.toOn) continue;
    reminders.push({
      kind: 'sublet_ending',
      episodeId: sublet.episodeId,
      planId: sublet.planId,
      on: sublet.toOn,
      occurrence: subletEndingOccurrence(sublet.toOn),
    });
  }
  return reminders;
}

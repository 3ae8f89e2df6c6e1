import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { CustodyPlanningRepository } from './custody-planning.repository.js';
import { dueCustodyReminders, type CustodyReminder } from './rules/custody-reminders.js';

/** What one sweep found and raised. `reminders` carries ids and days only: no person, no name. */
export interface ReleasePlanningSweepResult {
  on: IsoDate;
  /** Reminders due on the day: tasks due soon, tasks missed, sublets ending. */
  due: number;
  /** Warnings raised through the warning engine (a second run on the same day raises none). */
  warnings: number;
  reminders: CustodyReminder[];
}

/**
 * The release-planning sweep (the worker's `custody-release-check` job, daily; docs/probation-release-planning.md):
 * in one transaction, the tasks of open episodes (consent in force) whose reminder day has come and the sublets in
 * force about to end, and which reminders that makes due on the day (`dueCustodyReminders`, pure). Idempotent: the
 * reminders' occurrences name the episode, the task or sublet, its day and the stage, so the warning engine's
 * unique occurrence makes a second run, or a second worker at once, raise nothing again.
 */
@Injectable()
export class ReleasePlanningSweeper {
  private readonly logger = new Logger(ReleasePlanningSweeper.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CustodyPlanningRepository) private readonly planning: CustodyPlanningRepository,
  ) {}

  /** The sweep as of `on` (the controllable clock: the worker's job passes today in Copenhagen). */
  async sweep(on: IsoDate): Promise<ReleasePlanningSweepResult> {
    const result = await this.dataSource.transaction(async (manager) => {
      const { tasks, sublets } = await this.planning.sweepCandidates(manager, on);
      const reminders = dueCustodyReminders(tasks, sublets, on);
      // The warnings with a custody-episode subject come with the warning engine's support for them (helper P1).
      const warnings = 0;
      return { on, due: reminders.length, warnings, reminders };
    });
    // Counts only in the log.
    this.logger.log({ on, due: result.due, warnings: result.warnings }, 'Release planning checked');
    return result;
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { WarningEngine } from '../warnings/warning-engine.service.js';
import { WarningRepository } from '../warnings/warning.repository.js';
import { CustodyPlanningRepository } from './custody-planning.repository.js';
import { planReleaseReminderWarning } from './release-reminder-warning.js';
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
 * force about to end, and which reminders that makes due on the day (`dueCustodyReminders`, pure), each raised as a
 * `custody-release-reminder` warning with the episode as its subject (`planReleaseReminderWarning`). Idempotent: the
 * reminders' occurrences name the episode, the task or sublet, its day and the stage, so the warning engine's
 * unique occurrence makes a second run, or a second worker at once, raise nothing again.
 */
@Injectable()
export class ReleasePlanningSweeper {
  private readonly logger = new Logger(ReleasePlanningSweeper.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CustodyPlanningRepository) private readonly planning: CustodyPlanningRepository,
    @Inject(WarningRepository) private readonly warnings: WarningRepository,
    @Inject(WarningEngine) private readonly engine: WarningEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The sweep as of `on` (the controllable clock: the worker's job passes today in Copenhagen). */
  async sweep(on: IsoDate): Promise<ReleasePlanningSweepResult> {
    const result = await this.dataSource.transaction(async (manager) => {
      const { tasks, sublets } = await this.planning.sweepCandidates(manager, on);
      const reminders = dueCustodyReminders(tasks, sublets, on);
      const escalateOn = new Map(tasks.map((task) => [task.id, task.escalateOn]));
      let warnings = 0;
      for (const reminder of reminders) {
        // The episode's notice facts (null when its consent is no longer in force) and whom the consent names.
        const facts = await this.warnings.custodyNoticeFacts(manager, reminder.episodeId);
        if (!facts) continue;
        const recipients = await this.warnings.custodyNoticeRecipients(manager, facts.personId);
        const input = planReleaseReminderWarning({
          reminder,
          episode: {
            ...facts,
            contact:
              facts.contactKind === 'person'
                ? {
                    kind: 'person',
                    name: facts.contactName ?? '',
                    phone: facts.contactPhone,
                    email: facts.contactEmail,
                  }
                : {
                    kind: 'probation_officer',
                    name: facts.officerName ?? facts.probationUnitName,
                    phone: null,
                    email: facts.officerEmail ?? facts.unitContactEmail,
                  },
          },
          recipients,
          escalateOn: reminder.kind === 'sublet_ending' ? null : (escalateOn.get(reminder.taskId) ?? null),
          on,
          calendar: this.config.calendar,
        });
        // The warning's unique occurrence (episode, recipient, occurrence) makes a second run raise nothing.
        warnings += (await this.engine.raiseCustodyWarning(manager, null, input)).length;
      }
      return { on, due: reminders.length, warnings, reminders };
    });
    // Counts only in the log.
    this.logger.log({ on, due: result.due, warnings: result.warnings }, 'Release planning checked');
    return result;
  }
}

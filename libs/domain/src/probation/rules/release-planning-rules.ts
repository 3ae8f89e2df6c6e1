import { addBusinessDays, addDays, businessDayOnOrAfter, type CalendarRules, type IsoDate } from '@app/calendar';
import {
  addMonths,
  businessDayOnOrBefore,
  businessDaysBefore,
  earlierOf,
  laterOf,
  type CustodyEpisodeFacts,
} from './episode-dates.js';

/**
 * Release planning after Kriminalforsorgen's "Køreplan for god løsladelse" (issue 15, item 5), as pure rules: the
 * dated tasks of an episode, their reminders and escalations on the legal calendar, and which are overdue on a day.
 * The service stores the tasks and recomputes them whenever the episode's dates change; the sweeper sends the
 * reminders and escalations (docs/probation-release-planning.md).
 */
export const RELEASE_TASK_KINDS = [
  /** The action plan (handleplan), within 4 weeks of arrival. */
  'action_plan',
  /** Contact with the municipality, no later than 1 year before parole (within 4 weeks when parole is sooner). */
  'municipality_contact',
  /** The release meeting (løsladelsesmøde), at least 3 months before release. */
  'release_meeting',
  /** Help to set up a home may be paid from 3 months before release (BEK 1471/2019 § 9, stk. 2): a "from" date. */
  'housing_setup_help',
] as const;
export type ReleaseTaskKind = (typeof RELEASE_TASK_KINDS)[number];

/** The party that must do the task: the prison / probation unit, or the municipality. */
export type ReleaseTaskParty = 'probation' | 'municipality';

/** Which date a task's date was counted from. */
export type ReleaseTaskBasis =
  | 'arrival'
  /** No release date is known yet: the 4 weeks from arrival apply (the earlier of the two possible limits). */
  | 'arrival_release_unknown'
  | 'parole'
  | 'expected_release'
  /**
   * The release is so near that the limit fell before arrival or within the first 4 weeks (parole less than a year
   * away, for the municipality contact): the task is due at the end of those 4 weeks, as the Køreplan says.
   */
  | 'arrival_release_near'
  /** No release date is known: the task has no date until one is recorded. */
  | 'unknown';

export interface ReleaseTask {
  readonly kind: ReleaseTaskKind;
  readonly responsible: ReleaseTaskParty;
  /** Who takes part with the responsible party. */
  readonly with: ReleaseTaskParty | null;
  /**
   * From when the task can be done: arrival for the deadlines, 3 months before release for the housing help;
   * `null` while the task has no date (the release date is unknown).
   */
  readonly opensOn: IsoDate | null;
  /** The last day (a business day); `null` for a "from" task or while the release date is unknown. */
  readonly dueOn: IsoDate | null;
  /** When the responsible party is reminded: N business days before the due day, or the day a "from" task opens. */
  readonly remindOn: IsoDate | null;
  /** When a missed task is escalated: M business days after the due day. */
  readonly escalateOn: IsoDate | null;
  readonly basis: ReleaseTaskBasis;
}

export type ReleasePlanningNotApplicable =
  | 'remand'
  | 'sentence_unknown'
  /** Under 4 months: the Køreplan does not apply. */
  | 'sentence_under_four_months'
  /** A release or parole date before the arrival, or a sentence that is not a positive whole number of months. */
  | 'facts_invalid';

export type ReleasePlan =
  | { readonly applies: false; readonly reason: ReleasePlanningNotApplicable }
  | {
      readonly applies: true;
      /** The release date the tasks are counted from (the earlier of parole and expected release), or `null`. */
      readonly releaseOn: IsoDate | null;
      readonly releaseBasis: 'parole' | 'expected_release' | 'unknown';
      readonly tasks: readonly ReleaseTask[];
    };

export interface ReleasePlanningSettings {
  /** Business days before the due day that the responsible party is reminded (0–30). */
  readonly reminderBusinessDays: number;
  /** Business days after the due day that a task not done is escalated (1–30). */
  readonly escalationBusinessDays: number;
  readonly calendar: Partial<CalendarRules>;
}

/**
 * A week's notice (5 business days) before each due day; escalation 2 business days after a miss, the
 * acknowledgement window of the warning engine's handshake (issue 15, item 2).
 */
export const DEFAULT_RELEASE_PLANNING_SETTINGS: ReleasePlanningSettings = Object.freeze({
  reminderBusinessDays: 5,
  escalationBusinessDays: 2,
  calendar: {},
});

/** The Køreplan covers sentences of 4 months or more. */
export const KOREPLAN_MIN_SENTENCE_MONTHS = 4;
/** "Within 4 weeks of arrival": the action plan, and the municipality contact when parole is less than a year away. */
export const WEEKS_FROM_ARRIVAL = 4;
/** The municipality contact: no later than 12 months before parole. */
export const MUNICIPALITY_CONTACT_MONTHS_BEFORE_PAROLE = 12;
/** The release meeting, at least 3 months before release; the housing help from 3 months before release. */
export const MONTHS_BEFORE_RELEASE = 3;

function checkSettings(settings: ReleasePlanningSettings): void {
  const { reminderBusinessDays: reminder, escalationBusinessDays: escalation } = settings;
  // Settings come validated from configuration; a bad value here is a programming error, not a user's.
  if (!Number.isInteger(reminder) || reminder < 0 || reminder > 30) throw new RangeError('reminderBusinessDays');
  if (!Number.isInteger(escalation) || escalation < 1 || escalation > 30) {
    throw new RangeError('escalationBusinessDays');
  }
}

/** Whether the Køreplan applies to the episode, and why not when it does not. */
export function releasePlanningApplies(episode: CustodyEpisodeFacts): ReleasePlanningNotApplicable | null {
  if (episode.kind === 'remand') return 'remand';
  if (episode.sentenceMonths === null) return 'sentence_unknown';
  if (!Number.isInteger(episode.sentenceMonths) || episode.sentenceMonths < 1) return 'facts_invalid';
  if (episode.sentenceMonths < KOREPLAN_MIN_SENTENCE_MONTHS) return 'sentence_under_four_months';
  const { startOn, paroleOn, expectedReleaseOn } = episode;
  if ((paroleOn !== null && paroleOn < startOn) || (expectedReleaseOn !== null && expectedReleaseOn < startOn)) {
    return 'facts_invalid';
  }
  return null;
}

/**
 * The release date the tasks count from: the earlier of the parole date and the expected release date where both
 * are known (a meeting 3 months before the earlier date is also 3 months before the later), whichever is known
 * otherwise, and unknown when neither is.
 */
export function releaseReference(episode: CustodyEpisodeFacts): {
  on: IsoDate | null;
  basis: 'parole' | 'expected_release' | 'unknown';
} {
  const { paroleOn, expectedReleaseOn } = episode;
  if (paroleOn !== null && (expectedReleaseOn === null || paroleOn <= expectedReleaseOn)) {
    return { on: paroleOn, basis: 'parole' };
  }
  if (expectedReleaseOn !== null) return { on: expectedReleaseOn, basis: 'expected_release' };
  return { on: null, basis: 'unknown' };
}

/**
 * The dated tasks of an episode under the Køreplan, or why it does not apply (remand, a sentence under 4 months or
 * not known). Every due day is a business day no later than the Køreplan's limit, never before arrival and never
 * after the release; reminders and escalations count business days on the legal calendar. Pure: the same episode
 * and settings always give the same plan.
 */
export function planRelease(
  episode: CustodyEpisodeFacts,
  settings: ReleasePlanningSettings = DEFAULT_RELEASE_PLANNING_SETTINGS,
): ReleasePlan {
  checkSettings(settings);
  const reason = releasePlanningApplies(episode);
  if (reason !== null) return { applies: false, reason };

  const { calendar } = settings;
  const startOn = episode.startOn;
  const release = releaseReference(episode);
  const releaseOn = release.on;
  const releaseBasis: ReleaseTaskBasis = release.basis;
  const fourWeeks = addDays(startOn, WEEKS_FROM_ARRIVAL * 7);

  /** A "no later than" limit as a due day: a business day on or before it, within [arrival, release]. */
  const dueDay = (limit: IsoDate): IsoDate => {
    const capped = releaseOn === null ? limit : earlierOf(limit, releaseOn);
    return laterOf(businessDayOnOrBefore(capped, calendar), startOn);
  };
  const deadline = (
    kind: ReleaseTaskKind,
    responsible: ReleaseTaskParty,
    withParty: ReleaseTaskParty | null,
    limit: IsoDate | null,
    basis: ReleaseTaskBasis,
  ): ReleaseTask => {
    if (limit === null) {
      return {
        kind,
        responsible,
        with: withParty,
        opensOn: null,
        dueOn: null,
        remindOn: null,
        escalateOn: null,
        basis,
      };
    }
    const dueOn = dueDay(limit);
    return {
      kind,
      responsible,
      with: withParty,
      opensOn: startOn,
      dueOn,
      remindOn: laterOf(businessDaysBefore(dueOn, settings.reminderBusinessDays, calendar), startOn),
      escalateOn: addBusinessDays(dueOn, settings.escalationBusinessDays, calendar),
      basis,
    };
  };

  const actionPlan = deadline('action_plan', 'probation', null, fourWeeks, 'arrival');

  // "Within 4 weeks when parole is less than a year away": a limit inside the first 4 weeks (or before arrival)
  // becomes the end of those 4 weeks, so a later release never gives an earlier due day.
  const fromRelease = (limit: IsoDate): [IsoDate, ReleaseTaskBasis] =>
    limit < fourWeeks ? [fourWeeks, 'arrival_release_near'] : [limit, releaseBasis];

  const contact =
    releaseOn === null
      ? deadline('municipality_contact', 'probation', 'municipality', fourWeeks, 'arrival_release_unknown')
      : deadline(
          'municipality_contact',
          'probation',
          'municipality',
          ...fromRelease(addMonths(releaseOn, -MUNICIPALITY_CONTACT_MONTHS_BEFORE_PAROLE)),
        );

  let meeting: ReleaseTask;
  let housing: ReleaseTask;
  if (releaseOn === null) {
    meeting = deadline('release_meeting', 'probation', 'municipality', null, 'unknown');
    housing = {
      kind: 'housing_setup_help',
      responsible: 'municipality',
      with: null,
      opensOn: null,
      dueOn: null,
      remindOn: null,
      escalateOn: null,
      basis: 'unknown',
    };
  } else {
    const threeMonthsBefore = addMonths(releaseOn, -MONTHS_BEFORE_RELEASE);
    meeting = deadline('release_meeting', 'probation', 'municipality', ...fromRelease(threeMonthsBefore));
    const opensOn = laterOf(threeMonthsBefore, startOn);
    housing = {
      kind: 'housing_setup_help',
      responsible: 'municipality',
      with: null,
      opensOn,
      dueOn: null,
      remindOn: earlierOf(businessDayOnOrAfter(opensOn, calendar), releaseOn),
      escalateOn: null,
      basis: releaseBasis,
    };
  }

  return { applies: true, releaseOn, releaseBasis: release.basis, tasks: [actionPlan, contact, meeting, housing] };
}

/** Where a task stands on a day, given the day it was done (or `null`). */
export type ReleaseTaskState =
  | 'done'
  /** No date yet: the release date is unknown. */
  | 'undated'
  /** A "from" task before its day. */
  | 'not_yet_open'
  | 'open'
  /** The reminder day has come. */
  | 'due_soon'
  /** Past the due day, not done. */
  | 'overdue'
  /** Past the escalation day, not done. */
  | 'escalated';

export function releaseTaskState(task: ReleaseTask, doneOn: IsoDate | null, today: IsoDate): ReleaseTaskState {
  if (doneOn !== null) return 'done';
  if (task.opensOn === null) return 'undated';
  if (today < task.opensOn) return 'not_yet_open';
  if (task.dueOn === null) return 'open';
  if (task.escalateOn !== null && today >= task.escalateOn) return 'escalated';
  if (today > task.dueOn) return 'overdue';
  if (task.remindOn !== null && today >= task.remindOn) return 'due_soon';
  return 'open';
}

/**
 * The tasks overdue on `today` (past their due day and not done, escalated ones included), the longest overdue
 * first: the probation officer's list puts these at the top.
 */
export function overdueReleaseTasks(
  tasks: readonly ReleaseTask[],
  doneOn: Partial<Record<ReleaseTaskKind, IsoDate | null>>,
  today: IsoDate,
): ReleaseTask[] {
  return tasks
    .filter((task) => {
      const state = releaseTaskState(task, doneOn[task.kind] ?? null, today);
      return state === 'overdue' || state === 'escalated';
    })
    .sort((a, b) =>
      a.dueOn! < b.dueOn!
        ? -1
        : a.dueOn! > b.dueOn!
          ? 1
          : RELEASE_TASK_KINDS.indexOf(a.kind) - RELEASE_TASK_KINDS.indexOf(b.kind),
    );
}

/** One task whose dates changed when the plan was recomputed: added (`before` null), removed (`after` null) or moved. */
export interface ReleaseTaskChange {
  readonly kind: ReleaseTaskKind;
  readonly before: ReleaseTask | null;
  readonly after: ReleaseTask | null;
}

const tasksByKind = (plan: ReleasePlan | null): Map<ReleaseTaskKind, ReleaseTask> =>
  new Map(plan !== null && plan.applies ? plan.tasks.map((task) => [task.kind, task]) : []);

const sameTask = (a: ReleaseTask, b: ReleaseTask): boolean =>
  a.opensOn === b.opensOn &&
  a.dueOn === b.dueOn &&
  a.remindOn === b.remindOn &&
  a.escalateOn === b.escalateOn &&
  a.basis === b.basis &&
  a.responsible === b.responsible &&
  a.with === b.with;

/**
 * What recomputing the plan after a change of the episode's dates changes, task by task, in the Køreplan's order:
 * the service rewrites these rows (a task already done stays done) and the sweeper's occurrence keys, which name the
 * due day, make a moved task remind and escalate again. `before` is the stored plan, or `null` for a new episode.
 */
export function releaseTaskChanges(before: ReleasePlan | null, after: ReleasePlan): ReleaseTaskChange[] {
  const [old, next] = [tasksByKind(before), tasksByKind(after)];
  return RELEASE_TASK_KINDS.flatMap((kind): ReleaseTaskChange[] => {
    const [a, b] = [old.get(kind) ?? null, next.get(kind) ?? null];
    if (a === null && b === null) return [];
    if (a !== null && b !== null && sameTask(a, b)) return [];
    return [{ kind, before: a, after: b }];
  });
}

/**
 * The warning engine's occurrence for a task's reminder or escalation: once per episode, task and due day (or
 * opening day), so a sweep that runs twice warns once, and a task moved by new dates warns again.
 */
export function releaseTaskOccurrence(episodeId: string, task: ReleaseTask, stage: 'reminder' | 'overdue'): string {
  return `release-task:${episodeId}:${task.kind}:${task.dueOn ?? task.opensOn ?? 'undated'}:${stage}`;
}

import { type IsoDate } from '@app/calendar';
import {
  dueCustodyReminders,
  releaseReminderOccurrence,
  subletEndingOccurrence,
  type SweptReleaseTask,
} from './custody-reminders.js';
import { planRelease } from './release-planning-rules.js';

const d = (s: string) => s as IsoDate;

// The worked example of docs/probation-release-planning.md: a 10-month sentence arriving Monday 2 March 2026,
// parole Tuesday 22 September 2026.
const plan = planRelease({
  kind: 'serving',
  startOn: d('2026-03-02'),
  expectedReleaseOn: d('2027-01-02'),
  paroleOn: d('2026-09-22'),
  sentenceMonths: 10,
});
if (!plan.applies) throw new Error('the Køreplan applies');
const stored = (completed: Partial<Record<string, IsoDate>> = {}): SweptReleaseTask[] =>
  plan.tasks.map((task) => ({
    ...task,
    id: `t-${task.kind}`,
    episodeId: 'e1',
    completedOn: completed[task.kind] ?? null,
  }));

const kinds = (on: string, completed: Partial<Record<string, IsoDate>> = {}) =>
  dueCustodyReminders(stored(completed), [], d(on)).map((r) => `${r.kind}:${'taskKind' in r ? r.taskKind : ''}`);

describe('dueCustodyReminders: the release tasks', () => {
  it('gives nothing before the reminder day', () => {
    expect(kinds('2026-03-20')).toEqual([]);
  });

  it('reminds from the reminder day to the due day (action plan and municipality contact: 23–30 March)', () => {
    expect(kinds('2026-03-23')).toEqual(['release_task_due:action_plan', 'release_task_due:municipality_contact']);
    expect(kinds('2026-03-30')).toEqual(['release_task_due:action_plan', 'release_task_due:municipality_contact']);
  });

  it('after the due day the miss, not the reminder, is raised, escalated or not', () => {
    expect(kinds('2026-03-31')).toEqual([
      'release_task_overdue:action_plan',
      'release_task_overdue:municipality_contact',
    ]);
    expect(kinds('2026-04-10')).toEqual([
      'release_task_overdue:action_plan',
      'release_task_overdue:municipality_contact',
    ]);
  });

  it('a completed task gives none', () => {
    expect(kinds('2026-03-31', { action_plan: d('2026-03-25') })).toEqual([
      'release_task_overdue:municipality_contact',
    ]);
  });

  it('the housing help is reminded from its opening day and is never overdue', () => {
    const done = { action_plan: d('2026-03-25'), municipality_contact: d('2026-03-25') };
    // The meeting is due 22 June (reminded from 15 June); the housing help opens 22 June.
    expect(kinds('2026-06-19', done)).toEqual(['release_task_due:release_meeting']);
    expect(kinds('2026-06-22', done)).toEqual([
      'release_task_due:release_meeting',
      'release_task_due:housing_setup_help',
    ]);
    expect(kinds('2026-09-01', { ...done, release_meeting: d('2026-06-20') })).toEqual([
      'release_task_due:housing_setup_help',
    ]);
  });

  it('names the occurrence after the task and its due day, so a second sweep raises the same one', () => {
    const [first] = dueCustodyReminders(stored(), [], d('2026-03-31'));
    expect(first).toMatchObject({
      kind: 'release_task_overdue',
      episodeId: 'e1',
      taskId: 't-action_plan',
      responsible: 'probation',
      on: '2026-03-30',
      occurrence: releaseReminderOccurrence(plan.tasks[0]!, 'overdue'),
    });
    expect(dueCustodyReminders(stored(), [], d('2026-04-01'))[0]!.occurrence).toBe(first!.occurrence);
  });

  it('undated tasks (no release date) give none', () => {
    const undated = planRelease({
      kind: 'serving',
      startOn: d('2026-03-02'),
      expectedReleaseOn: null,
      paroleOn: null,
      sentenceMonths: 10,
    });
    if (!undated.applies) throw new Error('applies');
    const tasks = undated.tasks.map((t) => ({ ...t, id: t.kind, episodeId: 'e', completedOn: null }));
    expect(dueCustodyReminders(tasks, [], d('2027-01-01')).map((r) => 'taskKind' in r && r.taskKind)).toEqual([
      'action_plan',
      'municipality_contact',
    ]);
  });
});

describe('dueCustodyReminders: the sublet ending', () => {
  const sublet = {
    planId: 'p1',
    episodeId: 'e1',
    fromOn: d('2026-04-01'),
    toOn: d('2026-12-31'),
    reminderOn: d('2026-12-01'),
  };

  it('reminds from the reminder day up to the last day of the sublet, then no more', () => {
    expect(dueCustodyReminders([], [sublet], d('2026-11-30'))).toEqual([]);
    expect(dueCustodyReminders([], [sublet], d('2026-12-01'))).toEqual([
      {
        kind: 'sublet_ending',
        episodeId: 'e1',
        planId: 'p1',
        on: '2026-12-31',
        occurrence: subletEndingOccurrence(d('2026-12-31')),
      },
    ]);
    expect(dueCustodyReminders([], [sublet], d('2026-12-31'))).toHaveLength(1);
    expect(dueCustodyReminders([], [sublet], d('2027-01-01'))).toEqual([]);
  });

  it('the occurrence names the last day: an extended sublet warns again', () => {
    expect(subletEndingOccurrence(d('2026-12-31'))).toBe('sublet-ending:2026-12-31');
    expect(subletEndingOccurrence(d('2026-12-31'))).not.toBe(subletEndingOccurrence(d('2027-06-30')));
  });
});

import { type IsoDate } from '@app/calendar';
import { type CustodyEpisodeFacts } from './episode-dates.js';
import {
  overdueReleaseTasks,
  planRelease,
  releaseTaskChanges,
  releaseTaskOccurrence,
  releaseTaskState,
  type ReleasePlan,
  type ReleaseTask,
  type ReleaseTaskKind,
} from './release-planning-rules.js';

const d = (s: string) => s as IsoDate;

const serving = (over: Partial<CustodyEpisodeFacts> = {}): CustodyEpisodeFacts => ({
  kind: 'serving',
  startOn: d('2026-03-02'),
  expectedReleaseOn: null,
  paroleOn: null,
  sentenceMonths: 10,
  ...over,
});

function tasksOf(plan: ReleasePlan): Record<ReleaseTaskKind, ReleaseTask> {
  if (!plan.applies) throw new Error(`no tasks: ${plan.reason}`);
  return Object.fromEntries(plan.tasks.map((task) => [task.kind, task])) as Record<ReleaseTaskKind, ReleaseTask>;
}

/** The dates of a task in one line: opens, remind, due, escalate. */
const datesOf = (task: ReleaseTask) => [task.opensOn, task.remindOn, task.dueOn, task.escalateOn];

describe('release planning: a 10-month sentence arriving Monday 2 March 2026, parole after 2/3', () => {
  // 2 March 2026 + 10 months = 2 January 2027 (306 days); 2/3 of them is 204 days: parole Tuesday 22 September 2026.
  const plan = planRelease(serving({ paroleOn: d('2026-09-22'), expectedReleaseOn: d('2027-01-02') }));
  const tasks = tasksOf(plan);

  it('counts from the parole date, the earlier of parole and expected release', () => {
    expect(plan).toMatchObject({ applies: true, releaseOn: '2026-09-22', releaseBasis: 'parole' });
    expect(Object.keys(tasks)).toEqual([
      'action_plan',
      'municipality_contact',
      'release_meeting',
      'housing_setup_help',
    ]);
  });

  it('the action plan is due 4 weeks after arrival, reminded 5 business days before, escalated 2 after', () => {
    expect(tasks.action_plan).toEqual({
      kind: 'action_plan',
      responsible: 'probation',
      with: null,
      opensOn: '2026-03-02',
      remindOn: '2026-03-23',
      dueOn: '2026-03-30',
      escalateOn: '2026-04-01',
      basis: 'arrival',
    });
  });

  it('parole is less than a year away: the municipality contact is due within the same 4 weeks', () => {
    expect(tasks.municipality_contact).toMatchObject({
      responsible: 'probation',
      with: 'municipality',
      basis: 'arrival_release_near',
    });
    expect(datesOf(tasks.municipality_contact)).toEqual(['2026-03-02', '2026-03-23', '2026-03-30', '2026-04-01']);
  });

  it('the release meeting is due 3 months before parole', () => {
    expect(tasks.release_meeting).toMatchObject({ responsible: 'probation', with: 'municipality', basis: 'parole' });
    expect(datesOf(tasks.release_meeting)).toEqual(['2026-03-02', '2026-06-15', '2026-06-22', '2026-06-24']);
  });

  it('help to set up a home opens 3 months before parole: a "from" date with no deadline and no escalation', () => {
    expect(tasks.housing_setup_help).toEqual({
      kind: 'housing_setup_help',
      responsible: 'municipality',
      with: null,
      opensOn: '2026-06-22',
      remindOn: '2026-06-22',
      dueOn: null,
      escalateOn: null,
      basis: 'parole',
    });
  });

  it('states on the days around the action plan', () => {
    const state = (today: string, doneOn: string | null = null) =>
      releaseTaskState(tasks.action_plan, doneOn === null ? null : d(doneOn), d(today));
    expect(state('2026-03-02')).toBe('open');
    expect(state('2026-03-22')).toBe('open');
    expect(state('2026-03-23')).toBe('due_soon');
    expect(state('2026-03-30')).toBe('due_soon');
    expect(state('2026-03-31')).toBe('overdue');
    expect(state('2026-04-01')).toBe('escalated');
    expect(state('2026-04-01', '2026-03-20')).toBe('done');
    expect(releaseTaskState(tasks.housing_setup_help, null, d('2026-06-21'))).toBe('not_yet_open');
    expect(releaseTaskState(tasks.housing_setup_help, null, d('2026-06-22'))).toBe('open');
    expect(releaseTaskState(tasks.housing_setup_help, null, d('2026-12-01'))).toBe('open');
  });

  it('lists the overdue tasks, longest overdue first, and leaves out the done', () => {
    const all = plan.applies ? plan.tasks : [];
    expect(overdueReleaseTasks(all, {}, d('2026-03-30'))).toEqual([]);
    expect(overdueReleaseTasks(all, {}, d('2026-03-31')).map((t) => t.kind)).toEqual([
      'action_plan',
      'municipality_contact',
    ]);
    expect(overdueReleaseTasks(all, { action_plan: d('2026-03-27') }, d('2026-04-02')).map((t) => t.kind)).toEqual([
      'municipality_contact',
    ]);
    expect(
      overdueReleaseTasks(all, { action_plan: d('2026-03-27'), municipality_contact: null }, d('2026-06-23')).map(
        (t) => t.kind,
      ),
    ).toEqual(['municipality_contact', 'release_meeting']);
    // The housing help has no deadline: it is never overdue.
    expect(overdueReleaseTasks(all, {}, d('2026-09-21')).map((t) => t.kind)).not.toContain('housing_setup_help');
  });

  it('is pure: the same episode gives the same plan, and a changed date gives the recomputed one', () => {
    const facts = serving({ paroleOn: d('2026-09-22'), expectedReleaseOn: d('2027-01-02') });
    expect(planRelease(facts)).toEqual(planRelease({ ...facts }));
    const later = tasksOf(planRelease({ ...facts, paroleOn: d('2026-10-22') }));
    expect(later.release_meeting.dueOn).toBe('2026-07-22');
    expect(later.action_plan).toEqual(tasks.action_plan);
  });
});

describe('release planning: which release date counts', () => {
  it('unknown parole: the expected release counts', () => {
    // 2 November 2026 − 3 months = Sunday 2 August → Friday 31 July.
    const plan = planRelease(serving({ expectedReleaseOn: d('2026-11-02') }));
    expect(plan).toMatchObject({ applies: true, releaseOn: '2026-11-02', releaseBasis: 'expected_release' });
    const tasks = tasksOf(plan);
    expect(tasks.release_meeting).toMatchObject({ dueOn: '2026-07-31', basis: 'expected_release' });
    expect(tasks.housing_setup_help).toMatchObject({ opensOn: '2026-08-02', remindOn: '2026-08-03' });
    expect(tasks.municipality_contact).toMatchObject({ dueOn: '2026-03-30', basis: 'arrival_release_near' });
  });

  it('an expected release earlier than the parole date counts instead (the earlier date is the safe one)', () => {
    const plan = planRelease(serving({ expectedReleaseOn: d('2026-09-01'), paroleOn: d('2026-09-22') }));
    expect(plan).toMatchObject({ releaseOn: '2026-09-01', releaseBasis: 'expected_release' });
  });

  it('neither known: the contact is due 4 weeks after arrival, the meeting and the housing help wait for a date', () => {
    const plan = planRelease(serving());
    expect(plan).toMatchObject({ applies: true, releaseOn: null, releaseBasis: 'unknown' });
    const tasks = tasksOf(plan);
    expect(tasks.action_plan.dueOn).toBe('2026-03-30');
    expect(tasks.municipality_contact).toMatchObject({ dueOn: '2026-03-30', basis: 'arrival_release_unknown' });
    for (const kind of ['release_meeting', 'housing_setup_help'] as const) {
      expect(datesOf(tasks[kind])).toEqual([null, null, null, null]);
      expect(tasks[kind].basis).toBe('unknown');
      expect(releaseTaskState(tasks[kind], null, d('2027-01-01'))).toBe('undated');
    }
    expect(overdueReleaseTasks(plan.applies ? plan.tasks : [], {}, d('2030-01-01')).map((t) => t.kind)).toEqual([
      'action_plan',
      'municipality_contact',
    ]);
  });

  it('parole more than a year away: the contact is due 1 year before parole', () => {
    // 3 years from Monday 2 March 2026, parole after 2 years on Thursday 2 March 2028.
    const tasks = tasksOf(planRelease(serving({ sentenceMonths: 36, paroleOn: d('2028-03-02') })));
    expect(tasks.municipality_contact).toMatchObject({ basis: 'parole' });
    expect(datesOf(tasks.municipality_contact)).toEqual(['2026-03-02', '2027-02-23', '2027-03-02', '2027-03-04']);
    expect(tasks.release_meeting.dueOn).toBe('2027-12-02');
  });

  it('parole a year and 2 weeks away: the contact is still given the first 4 weeks', () => {
    // 1 year before 16 March 2027 is 16 March 2026, inside the 4 weeks after arrival.
    const tasks = tasksOf(planRelease(serving({ sentenceMonths: 18, paroleOn: d('2027-03-16') })));
    expect(tasks.municipality_contact).toMatchObject({ dueOn: '2026-03-30', basis: 'arrival_release_near' });
  });
});

describe('release planning: when the Køreplan does not apply', () => {
  it.each<[string, Partial<CustodyEpisodeFacts>, string]>([
    ['a 3-month sentence', { sentenceMonths: 3, paroleOn: d('2026-05-01') }, 'sentence_under_four_months'],
    ['remand', { kind: 'remand', sentenceMonths: null }, 'remand'],
    ['remand, even with a sentence length', { kind: 'remand', sentenceMonths: 12 }, 'remand'],
    ['an unknown sentence', { sentenceMonths: null }, 'sentence_unknown'],
    ['a sentence of 0 months', { sentenceMonths: 0 }, 'facts_invalid'],
    ['a sentence of 4.5 months', { sentenceMonths: 4.5 }, 'facts_invalid'],
    ['parole before arrival', { paroleOn: d('2026-03-01') }, 'facts_invalid'],
    ['expected release before arrival', { expectedReleaseOn: d('2026-02-28') }, 'facts_invalid'],
  ])('%s: no tasks', (_name, over, reason) => {
    expect(planRelease(serving(over))).toEqual({ applies: false, reason });
  });

  it('a sentence of exactly 4 months applies', () => {
    expect(planRelease(serving({ sentenceMonths: 4 })).applies).toBe(true);
  });
});

describe('release planning: near releases, month ends and holidays', () => {
  it('a 4-month sentence with parole after 2/3: the meeting is due with the action plan, the housing help opens at arrival', () => {
    const tasks = tasksOf(planRelease(serving({ sentenceMonths: 4, paroleOn: d('2026-05-22') })));
    expect(tasks.release_meeting).toMatchObject({ dueOn: '2026-03-30', basis: 'arrival_release_near' });
    expect(tasks.housing_setup_help).toMatchObject({ opensOn: '2026-03-02', remindOn: '2026-03-02' });
  });

  it('a release within 4 weeks of arrival: every due day is on or before the release', () => {
    const tasks = tasksOf(planRelease(serving({ sentenceMonths: 4, paroleOn: d('2026-03-20') })));
    expect(tasks.action_plan.dueOn).toBe('2026-03-20');
    expect(tasks.municipality_contact.dueOn).toBe('2026-03-20');
    expect(tasks.release_meeting.dueOn).toBe('2026-03-20');
    expect(tasks.action_plan.remindOn).toBe('2026-03-13');
  });

  it('an arrival on a Saturday whose release is the same weekend keeps the due day on the arrival', () => {
    const tasks = tasksOf(
      planRelease(serving({ startOn: d('2026-03-07'), sentenceMonths: 4, expectedReleaseOn: d('2026-03-08') })),
    );
    expect(tasks.action_plan).toMatchObject({ opensOn: '2026-03-07', remindOn: '2026-03-07', dueOn: '2026-03-07' });
    expect(tasks.action_plan.escalateOn).toBe('2026-03-10');
  });

  it('across Easter 2026: 4 weeks from Monday 9 March is Easter Monday, so the due day is Wednesday 1 April', () => {
    const tasks = tasksOf(planRelease(serving({ startOn: d('2026-03-09'), paroleOn: d('2026-09-29') })));
    expect(datesOf(tasks.action_plan)).toEqual(['2026-03-09', '2026-03-25', '2026-04-01', '2026-04-08']);
  });

  it('across Christmas: 3 months before 24 March 2027 is 24 December, a closed day, so the meeting is due 23 December', () => {
    const tasks = tasksOf(planRelease(serving({ sentenceMonths: 18, paroleOn: d('2027-03-24') })));
    // Escalation skips 24–27 December (closed day, Christmas Day, Boxing Day, Sunday).
    expect(datesOf(tasks.release_meeting)).toEqual(['2026-03-02', '2026-12-16', '2026-12-23', '2026-12-29']);
  });

  it('at a month end: 3 months before 31 May 2027 is Sunday 28 February, so the meeting is due Friday 26 February', () => {
    const tasks = tasksOf(
      planRelease(serving({ startOn: d('2026-06-01'), sentenceMonths: 18, paroleOn: d('2027-05-31') })),
    );
    expect(tasks.release_meeting.dueOn).toBe('2027-02-26');
    expect(tasks.housing_setup_help).toMatchObject({ opensOn: '2027-02-28', remindOn: '2027-03-01' });
    // 1 year before parole is 31 May 2026, before the arrival: the contact is due 4 weeks after arrival.
    expect(tasks.municipality_contact).toMatchObject({ dueOn: '2026-06-29', basis: 'arrival_release_near' });
  });

  it('in a leap year: 3 months before 31 May 2028 is 29 February', () => {
    const tasks = tasksOf(
      planRelease(serving({ startOn: d('2027-01-04'), sentenceMonths: 24, paroleOn: d('2028-05-31') })),
    );
    expect(tasks.release_meeting.dueOn).toBe('2028-02-29');
  });

  it('takes the reminder and escalation days from the settings and the calendar rules', () => {
    const plan = planRelease(serving({ paroleOn: d('2026-09-22') }), {
      reminderBusinessDays: 0,
      escalationBusinessDays: 1,
      calendar: {},
    });
    expect(datesOf(tasksOf(plan).action_plan)).toEqual(['2026-03-02', '2026-03-30', '2026-03-30', '2026-03-31']);
    // Without 24 December as a closed day the Christmas example's meeting stays on the 24th.
    const christmas = planRelease(serving({ sentenceMonths: 18, paroleOn: d('2027-03-24') }), {
      reminderBusinessDays: 5,
      escalationBusinessDays: 2,
      calendar: { closedDays: [] },
    });
    expect(tasksOf(christmas).release_meeting.dueOn).toBe('2026-12-24');
  });

  it('refuses settings out of range', () => {
    const facts = serving();
    expect(() => planRelease(facts, { reminderBusinessDays: -1, escalationBusinessDays: 2, calendar: {} })).toThrow(
      RangeError,
    );
    expect(() => planRelease(facts, { reminderBusinessDays: 5, escalationBusinessDays: 0, calendar: {} })).toThrow(
      RangeError,
    );
  });
});

describe('release planning: recomputing', () => {
  const facts = serving({ paroleOn: d('2026-09-22') });
  const plan = planRelease(facts);

  it('a new episode: every task is added', () => {
    expect(releaseTaskChanges(null, plan).map((c) => [c.kind, c.before])).toEqual([
      ['action_plan', null],
      ['municipality_contact', null],
      ['release_meeting', null],
      ['housing_setup_help', null],
    ]);
  });

  it('the same dates: nothing changes', () => {
    expect(releaseTaskChanges(plan, planRelease({ ...facts }))).toEqual([]);
  });

  it('a parole date a month later moves only the release meeting and the housing help', () => {
    const changes = releaseTaskChanges(plan, planRelease({ ...facts, paroleOn: d('2026-10-22') }));
    expect(
      changes.map((c) => [c.kind, c.before?.dueOn ?? c.before?.opensOn, c.after?.dueOn ?? c.after?.opensOn]),
    ).toEqual([
      ['release_meeting', '2026-06-22', '2026-07-22'],
      ['housing_setup_help', '2026-06-22', '2026-07-22'],
    ]);
  });

  it('a parole date recorded where none was: the meeting and the housing help get their dates', () => {
    const changes = releaseTaskChanges(planRelease(serving()), plan);
    expect(changes.map((c) => c.kind)).toEqual(['municipality_contact', 'release_meeting', 'housing_setup_help']);
    expect(changes[0].before?.basis).toBe('arrival_release_unknown');
    expect(changes[0].after?.basis).toBe('arrival_release_near');
  });

  it('a sentence corrected to 3 months: every task is removed', () => {
    const changes = releaseTaskChanges(plan, planRelease({ ...facts, sentenceMonths: 3 }));
    expect(changes.map((c) => [c.kind, c.after])).toEqual([
      ['action_plan', null],
      ['municipality_contact', null],
      ['release_meeting', null],
      ['housing_setup_help', null],
    ]);
  });

  it('the occurrence names episode, task, due day and stage, so a moved task warns again', () => {
    const meeting = tasksOf(plan).release_meeting;
    expect(releaseTaskOccurrence('ep-1', meeting, 'reminder')).toBe(
      'release-task:ep-1:release_meeting:2026-06-22:reminder',
    );
    const moved = tasksOf(planRelease({ ...facts, paroleOn: d('2026-10-22') })).release_meeting;
    expect(releaseTaskOccurrence('ep-1', moved, 'overdue')).toBe(
      'release-task:ep-1:release_meeting:2026-07-22:overdue',
    );
    expect(releaseTaskOccurrence('ep-1', tasksOf(plan).housing_setup_help, 'reminder')).toBe(
      'release-task:ep-1:housing_setup_help:2026-06-22:reminder',
    );
  });
});

import fc from 'fast-check';
import { addDays, isBusinessDay, parseIsoDate, type IsoDate } from '@app/calendar';
import { addMonths, type CustodyEpisodeFacts } from './episode-dates.js';
import { planRelease, releaseTaskState, type ReleaseTask } from './release-planning-rules.js';

const BASE = parseIsoDate('2020-01-01');
/** Arrivals 2020–2040: every weekday layout of Easter, Christmas and month ends. */
const anyStart = fc.integer({ min: 0, max: 7_300 }).map((n) => addDays(BASE, n));

/** A sentence of 4–120 months, parole somewhere in it, and an expected release on or after parole (or unknown). */
const anyEpisode: fc.Arbitrary<CustodyEpisodeFacts> = fc
  .record({
    startOn: anyStart,
    sentenceMonths: fc.integer({ min: 4, max: 120 }),
    paroleFraction: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    expectedAfterParoleDays: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  })
  .map(({ startOn, sentenceMonths, paroleFraction, expectedAfterParoleDays }) => {
    const end = addMonths(startOn, sentenceMonths);
    const span = Math.round((Date.parse(end) - Date.parse(startOn)) / 86_400_000);
    const paroleOn = paroleFraction === null ? null : addDays(startOn, Math.floor(span * paroleFraction));
    const expectedReleaseOn =
      expectedAfterParoleDays === null ? null : addDays(paroleOn ?? startOn, expectedAfterParoleDays);
    return { kind: 'serving' as const, startOn, sentenceMonths, paroleOn, expectedReleaseOn };
  });

const anySettings = fc.record({
  reminderBusinessDays: fc.integer({ min: 0, max: 30 }),
  escalationBusinessDays: fc.integer({ min: 1, max: 30 }),
  calendar: fc.constant({}),
});

const datesOf = (task: ReleaseTask): IsoDate[] =>
  [task.opensOn, task.remindOn, task.dueOn].filter((date): date is IsoDate => date !== null);

describe('release planning properties', () => {
  it('every task date lies within [arrival, release]; reminders come before the due day, escalations after', () => {
    fc.assert(
      fc.property(anyEpisode, anySettings, (episode, settings) => {
        const plan = planRelease(episode, settings);
        if (!plan.applies) throw new Error(plan.reason);
        for (const task of plan.tasks) {
          for (const date of datesOf(task)) {
            expect(date >= episode.startOn).toBe(true);
            if (plan.releaseOn !== null) expect(date <= plan.releaseOn).toBe(true);
          }
          if (task.dueOn !== null) {
            expect(task.remindOn! <= task.dueOn).toBe(true);
            expect(task.escalateOn! > task.dueOn).toBe(true);
            expect(isBusinessDay(task.escalateOn!)).toBe(true);
            // A business day, unless the arrival itself is not one and nothing later was allowed.
            expect(isBusinessDay(task.dueOn) || task.dueOn === episode.startOn).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('no due day is later than the Køreplan allows: 4 weeks from arrival, 3 months before the release', () => {
    fc.assert(
      fc.property(anyEpisode, (episode) => {
        const plan = planRelease(episode);
        if (!plan.applies) throw new Error(plan.reason);
        const [actionPlan, , meeting, housing] = plan.tasks;
        expect(actionPlan.dueOn! <= addDays(episode.startOn, 28)).toBe(true);
        if (plan.releaseOn !== null) {
          const threeMonthsBefore = addMonths(plan.releaseOn, -3);
          // Held at least 3 months before, unless the release was too near for that at arrival.
          if (threeMonthsBefore >= addDays(episode.startOn, 28)) expect(meeting.dueOn! <= threeMonthsBefore).toBe(true);
          expect(housing.opensOn! >= threeMonthsBefore).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is pure, and a later release never makes a task earlier', () => {
    fc.assert(
      fc.property(anyEpisode, fc.integer({ min: 1, max: 400 }), (episode, days) => {
        const plan = planRelease(episode);
        expect(planRelease({ ...episode })).toEqual(plan);
        if (!plan.applies || plan.releaseOn === null) return;
        const later = planRelease({
          ...episode,
          paroleOn: episode.paroleOn === null ? null : addDays(episode.paroleOn, days),
          expectedReleaseOn: episode.expectedReleaseOn === null ? null : addDays(episode.expectedReleaseOn, days),
        });
        if (!later.applies) throw new Error(later.reason);
        plan.tasks.forEach((task, i) => {
          const moved = later.tasks[i];
          for (const key of ['opensOn', 'remindOn', 'dueOn', 'escalateOn'] as const) {
            if (task[key] !== null) expect(moved[key]! >= task[key]).toBe(true);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a task not done is overdue exactly after its due day, and escalated from its escalation day', () => {
    fc.assert(
      fc.property(anyEpisode, fc.integer({ min: 0, max: 800 }), (episode, offset) => {
        const plan = planRelease(episode);
        if (!plan.applies) throw new Error(plan.reason);
        const today = addDays(episode.startOn, offset);
        for (const task of plan.tasks) {
          const state = releaseTaskState(task, null, today);
          if (task.dueOn === null) expect(['undated', 'not_yet_open', 'open']).toContain(state);
          else expect(state === 'overdue' || state === 'escalated').toBe(today > task.dueOn);
          if (task.escalateOn !== null) expect(state === 'escalated').toBe(today >= task.escalateOn);
          expect(releaseTaskState(task, today, today)).toBe('done');
        }
      }),
      { numRuns: 300 },
    );
  });
});

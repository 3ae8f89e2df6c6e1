import { describe, expect, it } from 'vitest';
import type { Episode } from './episode-rules';
import {
  emptyPlanDraft,
  isOverdue,
  mayComplete,
  orderEpisodes,
  overdueCounts,
  planBody,
  planOptionsFor,
  type ReleaseTask,
} from './planning-rules';

const episode = (id: string, open: boolean) => ({ id, open }) as Episode;
const task = (over: Partial<ReleaseTask>) =>
  ({ id: 't1', episodeId: 'e1', kind: 'action_plan', responsible: 'probation', state: 'open', ...over }) as ReleaseTask;

describe('planning rules', () => {
  it('sends only the chosen option’s fields, empty dates as null', () => {
    const draft = { ...emptyPlanDraft('2026-12-01'), subletFromOn: '2027-01-01', noticeOn: '2027-02-01' };
    expect(planBody({ ...draft, option: 'sublet' }).body).toEqual({
      option: 'sublet',
      decidedOn: '2026-12-01',
      subletFromOn: '2027-01-01',
      subletToOn: null,
      landlordConsentOn: null,
    });
    expect(planBody({ ...draft, option: 'keep_own_means' }).body).toEqual({
      option: 'keep_own_means',
      decidedOn: '2026-12-01',
    });
    expect(planBody({ ...draft, option: 'municipality_pays', subletPossible: 'no' }).body?.subletPossible).toBe(false);
    expect(planBody({ ...draft, option: 'municipality_pays' }).body?.subletPossible).toBeNull();
    expect(planBody({ ...draft, option: 'give_up', belongings: 'storage' }).body).toEqual({
      option: 'give_up',
      decidedOn: '2026-12-01',
      noticeOn: '2027-02-01',
      leaseEndsOn: null,
      belongings: 'storage',
    });
    expect(planBody({ ...draft, decidedOn: '' })).toEqual({ missing: true });
  });

  it('offers the landlord every option but that the municipality pays', () => {
    expect(planOptionsFor('housing_caseworker')).not.toContain('municipality_pays');
    expect(planOptionsFor('municipal_social_worker')).toContain('municipality_pays');
    expect(planOptionsFor('probation_officer')).toHaveLength(4);
  });

  it('lets the officer complete any open task and the municipality its own', () => {
    expect(mayComplete(task({}), 'probation_officer', true)).toBe(true);
    expect(mayComplete(task({}), 'municipal_social_worker', true)).toBe(false);
    expect(mayComplete(task({ responsible: 'municipality' }), 'municipal_social_worker', true)).toBe(true);
    expect(mayComplete(task({ state: 'done' }), 'probation_officer', true)).toBe(false);
    expect(mayComplete(task({ state: 'closed' }), 'probation_officer', true)).toBe(false);
    expect(mayComplete(task({}), 'probation_officer', false)).toBe(false);
  });

  it('puts open episodes with overdue tasks first, most first, and keeps the order otherwise', () => {
    const counts = overdueCounts([
      task({ episodeId: 'c', state: 'overdue' }),
      task({ episodeId: 'c', state: 'escalated' }),
      task({ episodeId: 'b', state: 'overdue' }),
      task({ episodeId: 'a', state: 'due_soon' }),
      task({ episodeId: 'z', state: 'overdue' }),
    ]);
    expect(counts).toEqual(
      new Map([
        ['c', 2],
        ['b', 1],
        ['z', 1],
      ]),
    );
    const ordered = orderEpisodes(
      [episode('a', true), episode('b', true), episode('c', true), episode('z', false), episode('y', false)],
      counts,
    );
    expect(ordered.map((e) => e.id)).toEqual(['c', 'b', 'a', 'z', 'y']);
    expect(isOverdue('escalated')).toBe(true);
    expect(isOverdue('due_soon')).toBe(false);
  });
});

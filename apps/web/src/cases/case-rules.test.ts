import { describe, expect, it } from 'vitest';
import { parseKroner } from '../ui/format';
import {
  allowedSteps,
  CASE_STAGES,
  datesForStep,
  filtersFromSearch,
  isOpenStage,
  isPaused,
  listQuery,
  noticeOffered,
  pageCursors,
  searchFromFilters,
  stepFields,
  timelineText,
  transitionBody,
  withPage,
  type LegalDate,
} from './case-rules';

describe('allowedSteps', () => {
  it('mirrors the domain state machine: the main road first, a way out at every open stage', () => {
    expect(allowedSteps('registered')).toEqual(['send_payment_demand', 'close']);
    expect(allowedSteps('payment_demand_sent')).toEqual(['mark_deadline_passed', 'close']);
    expect(allowedSteps('deadline_passed')).toEqual(['terminate', 'close']);
    expect(allowedSteps('terminated')).toEqual(['request_eviction', 'close']);
    expect(allowedSteps('eviction_requested')).toEqual(['schedule_eviction', 'avert', 'close']);
    expect(allowedSteps('eviction_scheduled')).toEqual(['schedule_eviction', 'record_eviction', 'avert', 'close']);
  });

  it('offers no legal step while a payment plan runs, and keeps the case open', () => {
    expect(allowedSteps('payment_plan_agreed')).toEqual([]);
    expect(isOpenStage('payment_plan_agreed')).toBe(true);
    expect(isPaused('payment_plan_agreed')).toBe(true);
    expect(CASE_STAGES.filter(isPaused)).toEqual(['payment_plan_agreed']);
  });

  it('allows nothing at a final stage', () => {
    for (const stage of ['evicted', 'averted', 'closed'] as const) {
      expect(allowedSteps(stage)).toEqual([]);
      expect(isOpenStage(stage)).toBe(false);
    }
    expect(CASE_STAGES.filter(isOpenStage)).toHaveLength(7);
  });

  it('offers the § 92 notice from the termination on, while the case is open', () => {
    expect(CASE_STAGES.filter(noticeOffered)).toEqual(['terminated', 'eviction_requested', 'eviction_scheduled']);
  });
});

describe('the step forms', () => {
  it('asks each step for the fields the API takes', () => {
    expect(stepFields('send_payment_demand')).toEqual(['sentOn', 'receivedOn', 'deliveryMethod', 'fee']);
    expect(stepFields('schedule_eviction')).toEqual(['decidedOn', 'evictionDate']);
    expect(stepFields('terminate')).toEqual(['on']);
    expect(stepFields('close')).toEqual(['on', 'outcome', 'reason']);
  });

  it('builds the body with the version read and the fee in øre', () => {
    expect(
      transitionBody(
        'send_payment_demand',
        3,
        { sentOn: '2026-09-07', receivedOn: '2026-09-08', fee: '304,00' },
        parseKroner,
      ),
    ).toEqual({
      body: {
        version: 3,
        type: 'send_payment_demand',
        sentOn: '2026-09-07',
        receivedOn: '2026-09-08',
        deliveryMethod: 'registered_and_ordinary',
        feeOre: 30_400,
      },
    });
    expect(transitionBody('terminate', 5, { on: '2026-09-23' }, parseKroner)).toEqual({
      body: { version: 5, type: 'terminate', on: '2026-09-23' },
    });
    expect(transitionBody('close', 1, { on: '2026-09-23', outcome: 'payment_plan', reason: ' ' }, parseKroner)).toEqual(
      {
        body: { version: 1, type: 'close', on: '2026-09-23', outcome: 'payment_plan' },
      },
    );
  });

  it('names the fields that are missing or not an amount', () => {
    expect(transitionBody('send_payment_demand', 1, { sentOn: '2026-09-07', fee: 'abc' }, parseKroner)).toEqual({
      invalid: ['receivedOn', 'fee'],
    });
    expect(transitionBody('schedule_eviction', 1, {}, parseKroner)).toEqual({ invalid: ['decidedOn', 'evictionDate'] });
  });

  it("shows each step the legal date it waits for, from the case's deadlines", () => {
    const label = { da: 'x', en: 'x' };
    const deadlines: LegalDate[] = [
      { key: 'payment_deadline', date: '2026-09-22', label, overdue: true },
      { key: 'earliest_termination', date: '2026-09-23', label, overdue: true },
    ];
    expect(datesForStep('terminate', deadlines).map((d) => d.date)).toEqual(['2026-09-23']);
    expect(datesForStep('mark_deadline_passed', deadlines)).toHaveLength(2);
    expect(datesForStep('close', deadlines)).toEqual([]);
  });
});

describe('the worktray address', () => {
  it('keeps only what differs from the defaults, and reads it back', () => {
    const filters = {
      ...filtersFromSearch(new URLSearchParams()),
      stage: 'terminated',
      address: ' Solvej ',
      balanceMin: '1.000',
    };
    const search = searchFromFilters(filters);
    expect(search.toString()).toBe('stage=terminated&address=Solvej&balanceMin=1.000');
    expect(filtersFromSearch(search)).toEqual({ ...filters, address: 'Solvej' });
    expect(searchFromFilters(filtersFromSearch(new URLSearchParams())).toString()).toBe('');
  });

  it('ignores a stage the API does not know', () => {
    expect(filtersFromSearch(new URLSearchParams('stage=bogus')).stage).toBe('');
  });

  it('asks for the deadline order by default, with amounts in øre', () => {
    const defaults = filtersFromSearch(new URLSearchParams());
    expect(listQuery(defaults, parseKroner, undefined, 50)).toEqual({ limit: 50, sort: 'deadline', open: true });
    expect(listQuery({ ...defaults, days: '14' }, parseKroner, undefined, 50)).toEqual({
      limit: 50,
      sort: 'deadline',
      deadlineWithinDays: 14,
      open: true,
    });
    const filters = filtersFromSearch(
      new URLSearchParams('view=all&stage=registered&balanceMin=1.234,50&balanceMax=x&open=any&departmentId=d1'),
    );
    expect(listQuery(filters, parseKroner, 'c2', 20)).toEqual({
      limit: 20,
      cursor: 'c2',
      stage: ['registered'],
      departmentId: 'd1',
      balanceMinOre: 123_450,
    });
  });

  it('pages forward and back with the cursors kept in the address', () => {
    const first = new URLSearchParams('stage=registered');
    const second = withPage(first, 'c1', []);
    expect(pageCursors(second)).toEqual({ cursor: 'c1', previous: [] });
    const third = withPage(second, 'c2', ['c1']);
    expect(pageCursors(third)).toEqual({ cursor: 'c2', previous: ['c1'] });
    expect(third.get('stage')).toBe('registered');
    const back = withPage(third, 'c1', []);
    expect(pageCursors(back)).toEqual({ cursor: 'c1', previous: [] });
  });
});

describe('timelineText', () => {
  const texts = {
    events: { arrears_registered: 'Restance registreret', other: 'Hændelse' },
    eventDueDate: (p: { date: string }) => `forfaldsdag ${p.date}`,
    eventAmount: (p: { amount: string }) => `beløb ${p.amount}`,
  };
  const format = { date: (date: string) => `«${date}»`, ore: (ore: number) => `${ore / 100} kr.` };

  it("uses the API's summary when there is one", () => {
    expect(timelineText({ type: 'terminated', summary: 'Lejemålet ophævet', details: {} }, texts, format)).toBe(
      'Lejemålet ophævet',
    );
  });

  it('labels a line without one, with its values', () => {
    expect(
      timelineText(
        { type: 'arrears_registered', summary: null, details: { dueDate: '2026-09-01', amountOre: 650_000 } },
        texts,
        format,
      ),
    ).toBe('Restance registreret: forfaldsdag «2026-09-01», beløb 6500 kr.');
    expect(timelineText({ type: 'something_new', summary: null, details: null }, texts, format)).toBe('Hændelse');
  });
});

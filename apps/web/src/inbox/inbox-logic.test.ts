import { describe, expect, it } from 'vitest';
import {
  canAcknowledge,
  deliveryStatus,
  deliveryTime,
  detailRows,
  filtersFromSearch,
  firstPageParam,
  inboxQuery,
  isUuid,
  itemForWarning,
  loadInboxPage,
  nextPageParam,
  searchFromFilters,
  stateTone,
  type CaseWarning,
  type InboxItem,
} from './inbox-logic';

function item(overrides: Partial<InboxItem> & { id: string }): InboxItem {
  return {
    kind: 'warning',
    urgency: 'normal',
    createdAt: '2026-12-01T10:00:00.000Z',
    readAt: null,
    caseId: null,
    ...overrides,
    warning: {
      id: 'w1',
      rule: 'arrears-registered',
      title: { da: 'Restance registreret', en: 'Arrears registered' },
      recipientType: 'municipality',
      createdAt: '2026-12-01T10:00:00.000Z',
      acknowledgeBy: '2026-12-03',
      acknowledgedAt: null,
      acknowledgedBy: null,
      acknowledgementComment: null,
      escalationLevel: 0,
      undeliveredAt: null,
      data: null,
      ...overrides.warning,
    },
  };
}

describe('inbox filters in the address', () => {
  it('reads the filters the API has and ignores anything else', () => {
    const search = new URLSearchParams('unread=true&kind=escalation&urgency=urgent&acknowledged=false&x=1');
    expect(filtersFromSearch(search)).toEqual({
      unread: true,
      kind: 'escalation',
      urgency: 'urgent',
      acknowledged: false,
    });
    expect(filtersFromSearch(new URLSearchParams('unread=yes&kind=nonsense&urgency=high'))).toEqual({});
  });

  it('writes them back in a fixed order, leaving out what is not set', () => {
    expect(searchFromFilters({ acknowledged: true, unread: false }).toString()).toBe('unread=false&acknowledged=true');
    expect(searchFromFilters({}).toString()).toBe('');
    const round = 'unread=true&kind=warning&urgency=normal&acknowledged=false';
    expect(searchFromFilters(filtersFromSearch(new URLSearchParams(round))).toString()).toBe(round);
  });

  it('asks the API for one page with the filters set', () => {
    expect(inboxQuery({ kind: 'warning', acknowledged: false }, { unread: true, cursor: 'c1' }, 25)).toEqual({
      limit: 25,
      unread: true,
      cursor: 'c1',
      kind: ['warning'],
      acknowledged: false,
    });
  });
});

describe('unread first', () => {
  it('reads the unread items to their end, then the read ones', () => {
    const filters = {};
    const first = firstPageParam(filters);
    expect(first).toEqual({ unread: true });
    expect(nextPageParam(filters, first, 'c1')).toEqual({ unread: true, cursor: 'c1' });
    expect(nextPageParam(filters, { unread: true, cursor: 'c1' }, null)).toEqual({ unread: false });
    expect(nextPageParam(filters, { unread: false }, 'c2')).toEqual({ unread: false, cursor: 'c2' });
    expect(nextPageParam(filters, { unread: false, cursor: 'c2' }, null)).toBeUndefined();
  });

  it('has one phase when the read filter is set', () => {
    expect(firstPageParam({ unread: false })).toEqual({ unread: false });
    expect(nextPageParam({ unread: true }, { unread: true }, null)).toBeUndefined();
  });

  it('fills a page with read items once the unread ones run out, and goes on from there', async () => {
    const calls: unknown[] = [];
    const fetchPage = async (query: ReturnType<typeof inboxQuery>) => {
      calls.push(query);
      return query.unread
        ? { items: [item({ id: 'u1' })], nextCursor: null }
        : { items: [item({ id: 'r1', readAt: 'x' }), item({ id: 'r2', readAt: 'x' })], nextCursor: 'next' };
    };
    const page = await loadInboxPage(fetchPage, {}, { unread: true }, 3);
    expect(page.items.map((i) => i.id)).toEqual(['u1', 'r1', 'r2']);
    expect(page.next).toEqual({ unread: false, cursor: 'next' });
    expect(calls).toEqual([
      { limit: 3, unread: true },
      { limit: 2, unread: false },
    ]);
  });

  it('ends when nothing is left', async () => {
    const page = await loadInboxPage(async () => ({ items: [], nextCursor: null }), {}, { unread: true }, 25);
    expect(page).toEqual({ items: [], next: undefined });
  });
});

describe('the warning page', () => {
  it('takes only a canonical id', () => {
    expect(isUuid('0b5e3c1e-9a55-4d3f-8a2e-2f1d6c1e7a01')).toBe(true);
    expect(isUuid('42')).toBe(false);
    expect(isUuid(undefined)).toBe(false);
  });

  it("shows the user's warning item before a reminder or an undelivered task about it", () => {
    const items = [
      item({ id: 'esc', kind: 'escalation', createdAt: '2026-12-03T00:00:00Z' }),
      item({ id: 'und', kind: 'undelivered' }),
      item({ id: 'warn', kind: 'warning' }),
    ];
    expect(itemForWarning(items)?.id).toBe('warn');
    expect(itemForWarning(items.slice(0, 2))?.id).toBe('esc');
    expect(itemForWarning([])).toBeUndefined();
  });

  it('offers the acknowledgement only for a warning not yet acknowledged, and never for an undelivered task', () => {
    expect(canAcknowledge(item({ id: 'a' }))).toBe(true);
    expect(canAcknowledge(item({ id: 'b', kind: 'undelivered' }))).toBe(false);
    const done = item({ id: 'c' });
    done.warning.acknowledgedAt = '2026-12-01T12:00:00Z';
    expect(canAcknowledge(done)).toBe(false);
  });

  it('lists the consented details with the legal dates first, and leaves unknown fields out', () => {
    expect(
      detailRows({ balanceOre: 650000, childrenUnder18: 2, paymentDeadline: '2026-10-22', somethingElse: 'x' }),
    ).toEqual([
      { key: 'paymentDeadline', type: 'date', value: '2026-10-22' },
      { key: 'balanceOre', type: 'ore', value: 650000 },
      { key: 'childrenUnder18', type: 'number', value: 2 },
    ]);
    expect(detailRows(undefined)).toEqual([]);
  });

  it("shows a payment plan's missed instalment: its due date, number and how far behind, in kroner", () => {
    expect(detailRows({ behindByOre: 150000, instalmentNumber: 3, instalmentDueOn: '2027-03-04' })).toEqual([
      { key: 'instalmentDueOn', type: 'date', value: '2027-03-04' },
      { key: 'instalmentNumber', type: 'number', value: 3 },
      { key: 'behindByOre', type: 'ore', value: 150000 },
    ]);
  });
});

describe("the case's warnings", () => {
  const delivery = (overrides: Partial<CaseWarning['deliveries'][number]>): CaseWarning['deliveries'][number] => ({
    id: 'd1',
    recipient: 'varsler@kommune.dk',
    template: 'warning',
    status: 'sent',
    digestId: null,
    digestStatus: null,
    attempts: 1,
    createdAt: '2026-12-01T10:00:00Z',
    queuedAt: '2026-12-01T10:00:01Z',
    sentAt: '2026-12-01T10:00:02Z',
    failedAt: null,
    undeliveredAt: null,
    lastError: null,
    ...overrides,
  });

  it('dates a delivery by its latest step', () => {
    expect(deliveryTime(delivery({}))).toBe('2026-12-01T10:00:02Z');
    expect(deliveryTime(delivery({ sentAt: null, undeliveredAt: '2026-12-02T00:00:00Z' }))).toBe(
      '2026-12-02T00:00:00Z',
    );
    expect(deliveryTime(delivery({ sentAt: null, queuedAt: null }))).toBe('2026-12-01T10:00:00Z');
  });

  it("reports a held email by its digest's outcome", () => {
    expect(deliveryStatus(delivery({ status: 'digested', digestStatus: 'sent' }))).toBe('digested');
    expect(deliveryStatus(delivery({ status: 'digested', digestStatus: 'undelivered' }))).toBe('undelivered');
    expect(deliveryStatus(delivery({ status: 'held' }))).toBe('held');
  });

  it('marks the states that need attention', () => {
    expect(stateTone('acknowledged')).toBe('ok');
    expect(stateTone('undelivered')).toBe('urgent');
    expect(stateTone('escalated')).toBe('urgent');
    expect(stateTone('sent')).toBe('');
  });
});

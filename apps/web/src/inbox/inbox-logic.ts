import type { ApiSchema } from '@app/api-client';

// The inbox screens' own logic, kept apart from the components so it can be tested on its own:
// the filters as the URL carries them, the paging that puts unread items first, and which of a
// user's items stands for a warning on the warning page.

export type InboxItem = ApiSchema<'InboxItemResponse'>;
export type CaseWarning = ApiSchema<'CaseWarningResponse'>;
export type InboxKind = 'warning' | 'escalation' | 'undelivered';

export const INBOX_KINDS: readonly InboxKind[] = ['warning', 'escalation', 'undelivered'];

/** The filters the inbox API has (GET /api/v1/inbox), as the screen offers them. */
export interface InboxFilters {
  /** true: unread only; false: read only; undefined: both, unread first. */
  unread?: boolean;
  kind?: InboxKind;
  urgency?: 'urgent' | 'normal';
  acknowledged?: boolean;
}

function booleanParam(value: string | null): boolean | undefined {
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

/** The filters from the address (`?unread=true&kind=warning…`); anything unknown is ignored. */
export function filtersFromSearch(search: URLSearchParams): InboxFilters {
  const filters: InboxFilters = {};
  const unread = booleanParam(search.get('unread'));
  if (unread !== undefined) filters.unread = unread;
  const kind = search.get('kind');
  if (kind && (INBOX_KINDS as readonly string[]).includes(kind)) filters.kind = kind as InboxKind;
  const urgency = search.get('urgency');
  if (urgency === 'urgent' || urgency === 'normal') filters.urgency = urgency;
  const acknowledged = booleanParam(search.get('acknowledged'));
  if (acknowledged !== undefined) filters.acknowledged = acknowledged;
  return filters;
}

/** The filters as address parameters, in a fixed order, without the ones not set. */
export function searchFromFilters(filters: InboxFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.unread !== undefined) search.set('unread', String(filters.unread));
  if (filters.kind) search.set('kind', filters.kind);
  if (filters.urgency) search.set('urgency', filters.urgency);
  if (filters.acknowledged !== undefined) search.set('acknowledged', String(filters.acknowledged));
  return search;
}

/**
 * Where the next page comes from. The API lists newest first; to show unread items first the
 * screen reads the unread ones to their end, then the read ones (each newest first). With the
 * read filter set there is only the one phase.
 */
export interface InboxPageParam {
  unread: boolean;
  cursor?: string;
}

export function firstPageParam(filters: InboxFilters): InboxPageParam {
  return { unread: filters.unread ?? true };
}

/** The page after one that answered `nextCursor`, or undefined at the end of the list. */
export function nextPageParam(
  filters: InboxFilters,
  current: InboxPageParam,
  nextCursor: string | null | undefined,
): InboxPageParam | undefined {
  if (nextCursor) return { unread: current.unread, cursor: nextCursor };
  // The unread ones are done: on to the read ones, unless the filter asked for one kind only.
  if (filters.unread === undefined && current.unread) return { unread: false };
  return undefined;
}

/** The API query of one page. */
export function inboxQuery(filters: InboxFilters, page: InboxPageParam, limit: number) {
  return {
    limit,
    unread: page.unread,
    ...(page.cursor ? { cursor: page.cursor } : {}),
    ...(filters.kind ? { kind: [filters.kind] } : {}),
    ...(filters.urgency ? { urgency: filters.urgency } : {}),
    ...(filters.acknowledged !== undefined ? { acknowledged: filters.acknowledged } : {}),
  };
}

/** A canonical UUID, as the API's ids are: anything else on the warning page is "not found" without asking. */
export function isUuid(value: string | undefined): value is string {
  return !!value && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

const KIND_ORDER: Record<string, number> = { warning: 0, escalation: 1, undelivered: 2 };

/**
 * The user's item that stands for the warning on its page: the warning itself before a reminder
 * about it, and before a task about an undelivered email; the newest of a kind.
 */
export function itemForWarning(items: readonly InboxItem[]): InboxItem | undefined {
  return [...items].sort(
    (a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || b.createdAt.localeCompare(a.createdAt),
  )[0];
}

/** Whether the item's warning can be acknowledged from it (the API refuses an undelivered-email task). */
export function canAcknowledge(item: InboxItem): boolean {
  return item.kind !== 'undelivered' && item.warning.acknowledgedAt === null;
}

export type DetailKey =
  | 'balanceOre'
  | 'monthsInArrears'
  | 'paymentDeadline'
  | 'terminatedOn'
  | 'evictionDate'
  | 'childrenUnder18'
  | 'instalmentNumber'
  | 'instalmentDueOn'
  | 'missedInstalments'
  | 'behindByOre';

const DETAIL_ORDER: readonly DetailKey[] = [
  'paymentDeadline',
  'terminatedOn',
  'evictionDate',
  'instalmentDueOn',
  'instalmentNumber',
  'missedInstalments',
  'behindByOre',
  'balanceOre',
  'monthsInArrears',
  'childrenUnder18',
];
const DATE_DETAILS: ReadonlySet<DetailKey> = new Set([
  'paymentDeadline',
  'terminatedOn',
  'evictionDate',
  'instalmentDueOn',
]);
const ORE_DETAILS: ReadonlySet<DetailKey> = new Set(['balanceOre', 'behindByOre']);

/**
 * The consented details the API gave, in a fixed order (the legal dates first), each marked as a
 * date, an amount (øre) or a number; fields the screen does not know are left out.
 */
export function detailRows(
  details: Record<string, number | string> | undefined,
): { key: DetailKey; type: 'date' | 'ore' | 'number'; value: number | string }[] {
  if (!details) return [];
  return DETAIL_ORDER.filter((key) => details[key] !== undefined).map((key) => ({
    key,
    type: DATE_DETAILS.has(key) ? 'date' : ORE_DETAILS.has(key) ? 'ore' : 'number',
    value: details[key]!,
  }));
}

type Delivery = CaseWarning['deliveries'][number];

/** When a delivery last changed: sent, given up, failed, queued, or made. */
export function deliveryTime(delivery: Delivery): string {
  return delivery.sentAt ?? delivery.undeliveredAt ?? delivery.failedAt ?? delivery.queuedAt ?? delivery.createdAt;
}

/** A held email is reported by its digest's status once the digest exists (sent or undelivered). */
export function deliveryStatus(delivery: Delivery): string {
  if (delivery.status === 'digested' && delivery.digestStatus && delivery.digestStatus !== 'pending') {
    return delivery.digestStatus === 'sent' ? 'digested' : delivery.digestStatus;
  }
  return delivery.status;
}

/** The tag class of a warning's state: acknowledged is done, undelivered and escalated need attention. */
export function stateTone(state: string): 'ok' | 'urgent' | 'warn' | '' {
  if (state === 'acknowledged') return 'ok';
  if (state === 'undelivered' || state === 'escalated') return 'urgent';
  if (state === 'failed') return 'warn';
  return '';
}

/** One page of the inbox as the screen shows it, and where the next one starts. */
export interface InboxScreenPage {
  items: InboxItem[];
  next: InboxPageParam | undefined;
}

/**
 * Loads one screen page of `size` items from `param` on. When the unread items end part-way
 * through a page, the page is filled with the first read ones, so the screen never shows an
 * empty page between the two phases.
 */
export async function loadInboxPage(
  fetchPage: (query: ReturnType<typeof inboxQuery>) => Promise<{ items: InboxItem[]; nextCursor: string | null }>,
  filters: InboxFilters,
  param: InboxPageParam,
  size: number,
): Promise<InboxScreenPage> {
  const items: InboxItem[] = [];
  let current = param;
  for (;;) {
    const page = await fetchPage(inboxQuery(filters, current, size - items.length));
    items.push(...page.items);
    const next = nextPageParam(filters, current, page.nextCursor);
    if (!next || next.cursor || items.length >= size) return { items, next };
    current = next;
  }
}

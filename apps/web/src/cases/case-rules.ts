import type { ApiSchema } from '@app/api-client';

/**
 * The cases screens' own rules, kept pure so they can be tested without a browser. The API is
 * the authority on every one of them (it refuses what these would hide); these only decide what
 * the screens offer.
 */

export type CaseStage = ApiSchema<'CaseResponse'>['stage'];
export type StepType =
  | 'send_payment_demand'
  | 'mark_deadline_passed'
  | 'terminate'
  | 'request_eviction'
  | 'schedule_eviction'
  | 'record_eviction'
  | 'avert'
  | 'close';
export type LegalDate = ApiSchema<'LegalDateResponse'>;

export const CASE_STAGES: readonly CaseStage[] = [
  'registered',
  'payment_demand_sent',
  'deadline_passed',
  'terminated',
  'eviction_requested',
  'eviction_scheduled',
  'payment_plan_agreed',
  'evicted',
  'averted',
  'closed',
];

export const DELIVERY_METHODS = [
  'registered_and_ordinary',
  'registered',
  'ordinary',
  'digital_post',
  'hand_delivered',
] as const;

export const CASE_OUTCOMES = ['paid', 'payment_plan', 'rent_assistance', 'moved_out', 'withdrawn'] as const;

/**
 * The steps each stage allows, the main road first. A copy of the domain's state machine
 * (libs/domain/src/arrears/legal-steps/case-state-machine.ts, ALLOWED_TRANSITIONS): the case
 * response does not list them, and the web application cannot import the domain.
 */
const ALLOWED: Readonly<Record<CaseStage, readonly StepType[]>> = {
  registered: ['send_payment_demand', 'close'],
  payment_demand_sent: ['mark_deadline_passed', 'close'],
  deadline_passed: ['terminate', 'close'],
  terminated: ['request_eviction', 'close'],
  eviction_requested: ['schedule_eviction', 'avert', 'close'],
  // The bailiff court may move the date: a new schedule_eviction.
  eviction_scheduled: ['schedule_eviction', 'record_eviction', 'avert', 'close'],
  // A payment plan pauses the legal steps until it is completed or broken (its own routes).
  payment_plan_agreed: [],
  evicted: [],
  averted: [],
  closed: [],
};

export function allowedSteps(stage: CaseStage): readonly StepType[] {
  return ALLOWED[stage] ?? [];
}

/** Whether the case is still open: a step is allowed, or a payment plan has paused the steps. */
export function isOpenStage(stage: CaseStage): boolean {
  return allowedSteps(stage).length > 0 || isPaused(stage);
}

/** Whether the legal steps are paused by a payment plan (the case stays open: payments are still recorded). */
export function isPaused(stage: CaseStage): boolean {
  return stage === 'payment_plan_agreed';
}

export type StepField =
  'sentOn' | 'receivedOn' | 'deliveryMethod' | 'fee' | 'on' | 'decidedOn' | 'evictionDate' | 'outcome' | 'reason';

/** The form fields of each step, as the API's TransitionDto takes them. */
export function stepFields(step: StepType): readonly StepField[] {
  switch (step) {
    case 'send_payment_demand':
      return ['sentOn', 'receivedOn', 'deliveryMethod', 'fee'];
    case 'schedule_eviction':
      return ['decidedOn', 'evictionDate'];
    case 'avert':
      return ['on', 'reason'];
    case 'close':
      return ['on', 'outcome', 'reason'];
    default:
      return ['on'];
  }
}

/** The legal date (from the case's upcomingDeadlines) that tells when a step may first be taken. */
const EARLIEST_KEY: Partial<Record<StepType, string[]>> = {
  send_payment_demand: ['earliest_payment_demand'],
  // The deadline passes the day after the last day to pay; termination may come the same day.
  mark_deadline_passed: ['payment_deadline', 'earliest_termination'],
  terminate: ['earliest_termination'],
  record_eviction: ['eviction'],
};

export function datesForStep(step: StepType, deadlines: readonly LegalDate[]): LegalDate[] {
  const keys = EARLIEST_KEY[step] ?? [];
  return deadlines.filter((deadline) => keys.includes(deadline.key));
}

/**
 * Whether the § 92 notice is offered: from the termination on (it must reach the municipality no
 * later than the day of filing at the bailiff court), while the case is open. The API accepts it at
 * any open stage; the screens offer it where it is the work at hand, and for corrections after it.
 */
export function noticeOffered(stage: CaseStage): boolean {
  return stage === 'terminated' || stage === 'eviction_requested' || stage === 'eviction_scheduled';
}

export type StepValues = Partial<Record<StepField, string>>;

/**
 * The TransitionDto body for a step from the form's values, or the fields whose values are not
 * usable. Amounts are typed in kroner and sent as øre (parse: see ui/format parseKroner).
 */
export function transitionBody(
  step: StepType,
  version: number,
  values: StepValues,
  parseKroner: (text: string) => number | undefined,
): { body: Record<string, unknown> } | { invalid: StepField[] } {
  const body: Record<string, unknown> = { version, type: step };
  const invalid: StepField[] = [];
  for (const field of stepFields(step)) {
    const value = (values[field] ?? '').trim();
    if (field === 'fee') {
      const ore = value === '' ? 0 : parseKroner(value);
      if (ore === undefined || ore < 0) invalid.push(field);
      else body.feeOre = ore;
    } else if (field === 'reason') {
      // Optional in the DTO; the API refuses avert without one (REASON_MISSING) in its own words.
      if (value !== '') body.reason = value;
    } else if (field === 'deliveryMethod') {
      body.deliveryMethod = value || DELIVERY_METHODS[0];
    } else if (field === 'outcome') {
      body.outcome = value || CASE_OUTCOMES[0];
    } else {
      // Dates: left for the API to judge (its refusals name the earliest date), but not empty.
      if (value === '') invalid.push(field);
      else body[field] = value;
    }
  }
  return invalid.length > 0 ? { invalid } : { body };
}

/** The worktray's filters, as they stand in the address's query string (so reload and back keep them). */
export interface WorktrayFilters {
  view: 'deadline' | 'all';
  days: string;
  stage: string;
  departmentId: string;
  address: string;
  balanceMin: string;
  balanceMax: string;
  open: 'true' | 'false' | 'any';
}

/** No window: every case, by its next legal date. */
export const DEFAULT_DAYS = '';

export function filtersFromSearch(search: URLSearchParams): WorktrayFilters {
  const open = search.get('open');
  return {
    view: search.get('view') === 'all' ? 'all' : 'deadline',
    days: search.get('days') ?? DEFAULT_DAYS,
    stage: CASE_STAGES.includes(search.get('stage') as CaseStage) ? (search.get('stage') as string) : '',
    departmentId: search.get('departmentId') ?? '',
    address: search.get('address') ?? '',
    balanceMin: search.get('balanceMin') ?? '',
    balanceMax: search.get('balanceMax') ?? '',
    open: open === 'false' || open === 'any' ? open : 'true',
  };
}

/** The query string for the filters: only what differs from the defaults, so addresses stay short. */
export function searchFromFilters(filters: WorktrayFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.view === 'all') search.set('view', 'all');
  else if (filters.days.trim() !== DEFAULT_DAYS) search.set('days', filters.days.trim());
  if (filters.stage) search.set('stage', filters.stage);
  if (filters.departmentId) search.set('departmentId', filters.departmentId);
  if (filters.address.trim()) search.set('address', filters.address.trim());
  if (filters.balanceMin.trim()) search.set('balanceMin', filters.balanceMin.trim());
  if (filters.balanceMax.trim()) search.set('balanceMax', filters.balanceMax.trim());
  if (filters.open !== 'true') search.set('open', filters.open);
  return search;
}

export interface CaseListQuery {
  limit: number;
  cursor?: string;
  stage?: CaseStage[];
  departmentId?: string;
  address?: string;
  balanceMinOre?: number;
  balanceMaxOre?: number;
  deadlineWithinDays?: number;
  sort?: 'opened' | 'deadline';
  open?: boolean;
}

/**
 * The GET /cases query for the filters. The default view is the API's `sort=deadline`: overdue
 * and next deadline first, cases with no next legal date last; a number of days narrows it to
 * the cases due within them. Unusable amounts or days are left out (the form flags them).
 */
export function listQuery(
  filters: WorktrayFilters,
  parseKroner: (text: string) => number | undefined,
  cursor: string | undefined,
  limit: number,
): CaseListQuery {
  const query: CaseListQuery = { limit };
  if (cursor) query.cursor = cursor;
  if (filters.view === 'deadline') {
    query.sort = 'deadline';
    const text = filters.days.trim();
    const days = Number(text);
    if (text !== '' && Number.isInteger(days) && days >= 0 && days <= 366) query.deadlineWithinDays = days;
  }
  if (filters.stage) query.stage = [filters.stage as CaseStage];
  if (filters.departmentId) query.departmentId = filters.departmentId;
  if (filters.address.trim()) query.address = filters.address.trim();
  const min = filters.balanceMin.trim() ? parseKroner(filters.balanceMin) : undefined;
  const max = filters.balanceMax.trim() ? parseKroner(filters.balanceMax) : undefined;
  if (min !== undefined) query.balanceMinOre = min;
  if (max !== undefined) query.balanceMaxOre = max;
  if (filters.open !== 'any') query.open = filters.open === 'true';
  return query;
}

/**
 * The worktray's paging with the API's forward-only cursors: the address keeps the current cursor
 * and the ones before it, so "previous" and a reload both work.
 */
export function pageCursors(search: URLSearchParams): { cursor?: string; previous: string[] } {
  const cursor = search.get('cursor') ?? undefined;
  const previous = (search.get('prev') ?? '').split(' ').filter(Boolean);
  return { cursor, previous };
}

export function withPage(search: URLSearchParams, cursor: string | undefined, previous: string[]): URLSearchParams {
  const next = new URLSearchParams(search);
  next.delete('cursor');
  next.delete('prev');
  if (cursor) next.set('cursor', cursor);
  if (previous.length > 0) next.set('prev', previous.join(' '));
  return next;
}

/** A fresh key for one form submission: a retry of the same submission replays, a new one counts. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** What a timeline line says: the API's summary, or (for lines whose values say it all) a label and its values. */
export function timelineText(
  line: { type: string; summary: string | null; details: Record<string, unknown> | null },
  texts: {
    events: Record<string, string> & { other: string };
    eventDueDate: (p: { date: string }) => string;
    eventAmount: (p: { amount: string }) => string;
  },
  format: { date: (date: string) => string; ore: (ore: number) => string },
): string {
  if (line.summary) return line.summary;
  const label = texts.events[line.type] ?? texts.events.other;
  const parts: string[] = [];
  const details = line.details ?? {};
  if (typeof details.dueDate === 'string') parts.push(texts.eventDueDate({ date: format.date(details.dueDate) }));
  if (typeof details.amountOre === 'number') parts.push(texts.eventAmount({ amount: format.ore(details.amountOre) }));
  return parts.length > 0 ? `${label}: ${parts.join(', ')}` : label;
}

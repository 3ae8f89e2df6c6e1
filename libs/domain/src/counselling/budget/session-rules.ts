import { compareDates, isIsoDate, type IsoDate } from '@app/calendar';
import { type ValidationIssue } from './validation-issue.js';

/** How a counselling session took place. A prison visit is Den Sociale Retshjælp's practice for inmates. */
export const SESSION_CHANNELS = ['in_person', 'phone', 'video', 'home_visit', 'prison_visit'] as const;
export type SessionChannel = (typeof SESSION_CHANNELS)[number];

/**
 * What a session covered, the fixed list of issue 14 (domain.md § 5: debt overview, budget, ability to
 * pay, instalment plans, gældssanering, fogedret, rent arrears, boligstøtte).
 */
export const SESSION_TOPICS = [
  'rent_arrears',
  'debt_overview',
  'budget',
  /** Housing benefit (boligstøtte) and other benefits. */
  'benefits',
  /** An application for help with rent arrears under aktivloven § 81, § 81 a or § 81 b. */
  'aktivloven_81',
  'aktivloven_81a',
  'aktivloven_81b',
  'creditor_negotiation',
  /** Court debt relief (gældssanering). */
  'gaeldssanering',
  /** The bailiff's court (fogedretten): eviction or attachment hearings. */
  'bailiff_court',
  'other',
] as const;
export type SessionTopic = (typeof SESSION_TOPICS)[number];

/** Limits of a session record: a working day at most, and a short note (the note is sensitive). */
export const SESSION_LIMITS = {
  minMinutes: 1,
  maxMinutes: 600,
  maxNoteLength: 2000,
  maxNextActionLength: 300,
} as const;

export type SessionIssueCode =
  | 'SESSION_DATE_INVALID'
  | 'SESSION_DATE_IN_FUTURE'
  | 'SESSION_CHANNEL_UNKNOWN'
  | 'SESSION_MINUTES_OUT_OF_RANGE'
  | 'SESSION_TOPIC_REQUIRED'
  | 'SESSION_TOPIC_UNKNOWN'
  | 'SESSION_TOPIC_DUPLICATE'
  | 'SESSION_NEXT_ACTION_TEXT_REQUIRED'
  | 'SESSION_NEXT_ACTION_TEXT_TOO_LONG'
  | 'SESSION_NEXT_ACTION_DUE_INVALID'
  | 'SESSION_NEXT_ACTION_DUE_BEFORE_SESSION'
  | 'SESSION_NOTE_TOO_LONG';

export type SessionIssue = ValidationIssue<SessionIssueCode>;

/** A session as the advisor records it (strings as they arrive; the rule checks them). */
export interface SessionInput {
  readonly date: string;
  readonly channel: string;
  readonly minutes: number;
  readonly topics: readonly string[];
  /** What happens next and by when; the sweeper reminds the advisor on the due date. Optional: a last session has none. */
  readonly nextAction?: { readonly text: string; readonly dueDate: string } | null;
  /** Sensitive: never in emails, logs, exports or shown to another role. */
  readonly note?: string | null;
}

export function isSessionChannel(value: unknown): value is SessionChannel {
  return typeof value === 'string' && (SESSION_CHANNELS as readonly string[]).includes(value);
}

export function isSessionTopic(value: unknown): value is SessionTopic {
  return typeof value === 'string' && (SESSION_TOPICS as readonly string[]).includes(value);
}

/**
 * Every issue with a session record; `today` is the Copenhagen date of the request (a session is
 * recorded after it took place, so its date is never in the future). Empty when the session is valid.
 */
export function validateSession(session: SessionInput, today: IsoDate): SessionIssue[] {
  const issues: SessionIssue[] = [];
  const dateValid = isIsoDate(session.date);
  if (!dateValid) issues.push({ code: 'SESSION_DATE_INVALID', field: 'date' });
  else if (compareDates(session.date, today) > 0) issues.push({ code: 'SESSION_DATE_IN_FUTURE', field: 'date' });

  if (!isSessionChannel(session.channel)) issues.push({ code: 'SESSION_CHANNEL_UNKNOWN', field: 'channel' });

  const { minutes } = session;
  if (!Number.isInteger(minutes) || minutes < SESSION_LIMITS.minMinutes || minutes > SESSION_LIMITS.maxMinutes) {
    issues.push({ code: 'SESSION_MINUTES_OUT_OF_RANGE', field: 'minutes' });
  }

  if (session.topics.length === 0) issues.push({ code: 'SESSION_TOPIC_REQUIRED', field: 'topics' });
  const seen = new Set<string>();
  session.topics.forEach((topic, index) => {
    if (!isSessionTopic(topic)) issues.push({ code: 'SESSION_TOPIC_UNKNOWN', field: `topics[${index}]` });
    else if (seen.has(topic)) issues.push({ code: 'SESSION_TOPIC_DUPLICATE', field: `topics[${index}]` });
    seen.add(topic);
  });

  const next = session.nextAction;
  if (next) {
    const text = next.text.trim();
    if (text.length === 0) issues.push({ code: 'SESSION_NEXT_ACTION_TEXT_REQUIRED', field: 'nextAction.text' });
    else if (text.length > SESSION_LIMITS.maxNextActionLength) {
      issues.push({ code: 'SESSION_NEXT_ACTION_TEXT_TOO_LONG', field: 'nextAction.text' });
    }
    if (!isIsoDate(next.dueDate)) {
      issues.push({ code: 'SESSION_NEXT_ACTION_DUE_INVALID', field: 'nextAction.dueDate' });
    } else if (dateValid && compareDates(next.dueDate, session.date as IsoDate) < 0) {
      // The due date may be the session's own day (something to do straight after), never before it.
      issues.push({ code: 'SESSION_NEXT_ACTION_DUE_BEFORE_SESSION', field: 'nextAction.dueDate' });
    }
  }

  if ((session.note ?? '').length > SESSION_LIMITS.maxNoteLength) {
    issues.push({ code: 'SESSION_NOTE_TOO_LONG', field: 'note' });
  }
  return issues;
}

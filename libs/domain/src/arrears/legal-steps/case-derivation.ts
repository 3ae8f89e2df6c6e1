import { type CalendarRules, type IsoDate } from '@app/calendar';
import { summarizeLedger, type LedgerLine, type LedgerSummary } from '../ledger-summary.js';
import { upcomingDeadlines, type CaseFacts, type UpcomingDeadline } from './case-state-machine.js';

/** A case's recorded steps: what the state machine needs besides the ledger. */
export type RecordedSteps = Omit<CaseFacts, 'oldestUnpaidDueDate' | 'balanceOre'>;

/** Everything about a case that follows from its steps and its ledger, never typed in. */
export interface DerivedCase {
  readonly facts: CaseFacts;
  /** Balance, months in arrears and oldest unpaid due date. */
  readonly summary: LedgerSummary;
  /** The legal dates of the stage, earliest first, those passed marked overdue; none for a closed case. */
  readonly upcomingDeadlines: UpcomingDeadline[];
  /**
   * The first of them: stored on the case for "deadline within N days" lists. It does not depend
   * on the day it was computed, so the stored date and the page's first deadline always agree.
   */
  readonly nextDeadlineOn: IsoDate | null;
  /** Whether that date has passed with its step still not taken. */
  readonly overdue: boolean;
}

/**
 * The one derivation of a case's figures and next legal date, for every writer (a registration
 * through the API, the monthly import, a payment, a transition) and for the case page alike, so
 * the stored `next_deadline_on` is always the first of the page's `upcomingDeadlines`.
 */
export function deriveCase(
  steps: RecordedSteps,
  closed: boolean,
  ledger: readonly LedgerLine[],
  today: IsoDate,
  rules: Partial<CalendarRules> = {},
): DerivedCase {
  const summary = summarizeLedger(ledger);
  const facts: CaseFacts = {
    ...steps,
    oldestUnpaidDueDate: summary.oldestUnpaidDueDate as IsoDate | null,
    balanceOre: summary.balanceOre,
  };
  const deadlines = closed ? [] : upcomingDeadlines(facts, today, rules);
  return {
    facts,
    summary,
    upcomingDeadlines: deadlines,
    nextDeadlineOn: deadlines[0]?.date ?? null,
    overdue: deadlines[0]?.overdue ?? false,
  };
}

/**
 * `deriveCase(…).nextDeadlineOn` for a writer that already holds the case's facts (its steps as
 * just written with the ledger's figures, e.g. a transition's result): the same date, without
 * summing the ledger again.
 */
export function nextDeadlineOf(
  facts: CaseFacts,
  closed: boolean,
  today: IsoDate,
  rules: Partial<CalendarRules> = {},
): IsoDate | null {
  return closed ? null : (upcomingDeadlines(facts, today, rules)[0]?.date ?? null);
}

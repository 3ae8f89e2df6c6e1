import { type IsoDate } from '@app/calendar';
import { messagesFor, type Language } from '@app/i18n';
import { CASE_OUTCOME_LABELS, DELIVERY_METHOD_LABELS, type CaseOutcome, type DeliveryMethod } from './case-stage.js';
import { formatKroner, formatLegalDate } from './legal-format.js';

/**
 * What happened on a case, as stored: the event's values (ISO dates, amounts in øre, codes), never
 * a text in one language. The text is rendered in the reader's language when the timeline is read.
 */
export type CaseEventValues = Readonly<Record<string, unknown>>;

const text = (values: CaseEventValues, key: string): string => String(values[key] ?? '');
const date = (values: CaseEventValues, key: string, language: Language): string =>
  typeof values[key] === 'string' ? formatLegalDate(values[key] as IsoDate, language) : '';
const kroner = (values: CaseEventValues, key: string, language: Language): string =>
  formatKroner(Number(values[key] ?? 0))[language];

/**
 * The summary of one timeline line in `language`, from the typed catalogue (libs/i18n), or null
 * for a line that has none (a registration, a payment: their values say it all). A line stored
 * before summaries were rendered keeps its stored English text.
 */
export function caseEventSummary(type: string, values: CaseEventValues | null, language: Language): string | null {
  const v = values ?? {};
  if (isStoredSummary(v)) return storedSummary(v);
  const m = messagesFor(language).cases.timeline;
  const d = (key: string) => date(v, key, language);
  switch (type) {
    case 'payment_demand_sent':
      return m.payment_demand_sent({
        sent: d('sentOn'),
        method: DELIVERY_METHOD_LABELS[text(v, 'deliveryMethod') as DeliveryMethod]?.[language] ?? '',
        fee: kroner(v, 'feeOre', language),
        received: d('receivedOn'),
        deadline: d('paymentDeadline'),
      });
    case 'deadline_passed':
      return m.deadline_passed({ deadline: d('paymentDeadline'), owed: kroner(v, 'balanceOre', language) });
    case 'terminated':
      return m.terminated({ on: d('on') });
    case 'eviction_requested':
      return m.eviction_requested({ on: d('on'), notice: d('municipalityNoticeOn') });
    case 'eviction_scheduled':
      return m.eviction_scheduled({ decided: d('decidedOn'), date: d('evictionDate') });
    case 'eviction_rescheduled':
      return m.eviction_rescheduled({ decided: d('decidedOn'), before: d('previousDate'), date: d('evictionDate') });
    case 'evicted':
      return m.evicted({ on: d('on') });
    case 'averted':
      return m.averted({ on: d('on') });
    case 'closed':
      return m.closed({
        on: d('on'),
        outcome: CASE_OUTCOME_LABELS[text(v, 'outcome') as CaseOutcome]?.[language] ?? '',
      });
    case 'municipality_notified':
      // Notices recorded before their date was stored on the line have no summary.
      return typeof v.noticeOn === 'string' ? m.municipality_notified({ on: d('noticeOn') }) : null;
    case 'municipality_notice_corrected':
      return m.municipality_notice_corrected({ on: d('noticeOn'), corrects: d('corrects') });
    case 'balance_carried_forward':
      return m.balance_carried_forward({ amount: kroner(v, 'amountOre', language) });
    case 'balance_moved_to_new_case':
      return m.balance_moved_to_new_case({ amount: kroner(v, 'amountOre', language) });
    case 'payment_plan_agreed':
      return m.payment_plan_agreed({
        on: d('agreedOn'),
        amount: kroner(v, 'amountOre', language),
        count: String(v.instalmentCount ?? ''),
        instalment: kroner(v, 'instalmentOre', language),
        first: d('firstDueOn'),
      });
    case 'payment_plan_completed':
      return m.payment_plan_completed({ on: d('on') });
    case 'payment_plan_broken':
      return m.payment_plan_broken({ on: d('on'), owed: kroner(v, 'balanceOre', language) });
    case 'rent_assistance_applied':
      return m.rent_assistance_applied({ on: d('appliedOn'), kind: rentAssistanceKind(v, language) });
    case 'rent_assistance_decided':
      return m.rent_assistance_decided({
        on: d('decidedOn'),
        kind: rentAssistanceKind(v, language),
        decision: rentAssistanceDecision(v, 'decision', language),
      });
    case 'rent_assistance_decision_corrected':
      return m.rent_assistance_decision_corrected({
        on: d('decidedOn'),
        kind: rentAssistanceKind(v, language),
        decision: rentAssistanceDecision(v, 'decision', language),
        previous: rentAssistanceDecision(v, 'previousDecision', language),
      });
    default:
      return storedSummary(v);
  }
}

const rentAssistanceKind = (values: CaseEventValues, language: Language): string =>
  (messagesFor(language).rentAssistance.kinds as Record<string, string>)[text(values, 'kind')] ?? '';
const rentAssistanceDecision = (values: CaseEventValues, key: string, language: Language): string =>
  (messagesFor(language).rentAssistance.decisions as Record<string, string>)[text(values, key)] ?? '';

/** A line stored before summaries were rendered at read time: its English text, as it was. */
function storedSummary(values: CaseEventValues): string | null {
  return typeof values.summary === 'string' ? values.summary : null;
}

/** Whether the line was stored as an English text (before the values were stored). */
export function isStoredSummary(values: CaseEventValues | null): boolean {
  return typeof values?.summary === 'string' && Object.keys(values).length === 1;
}

import { type IsoDate } from '@app/calendar';
import { summarizeLedger, type LedgerLine } from '../arrears/ledger-summary.js';
import { type CaseStage } from '../arrears/legal-steps/case-stage.js';
import { paymentDemandFromColumns } from '../arrears/payment-demand-columns.js';
import {
  RECIPIENT_TYPE_FOR_PURPOSE,
  type ConsentPurpose,
  type RecipientType,
} from '../personal-data/consent.entity.js';
import { type PlannedWarning, type WarningCaseContext } from './warning-planner.js';

/** What the statutory template needs besides the planner's context. */
export interface LoadedCaseContext extends WarningCaseContext {
  municipalityName: string;
  departmentId: string;
  /** The department as "number name", e.g. "12 Strandparken". */
  departmentName: string;
  /** Whom a municipality contacts at the landlord (see `landlordContact`). */
  landlordContact: string;
}

/** A case as WarningRepository.caseContextFacts reads it. */
export interface ContextRow {
  id: string;
  tenancy_id: string;
  stage: CaseStage;
  municipality_id: string;
  municipality_name: string;
  housing_organisation_id: string;
  department_id: string;
  department_number: string;
  department_name: string;
  sender_name: string;
  sender_contact_email: string | null;
  /** The caseworker who recorded the latest notice to the municipality, if any. */
  notice_recorded_by_name: string | null;
  notice_recorded_by_email: string | null;
  address: string;
  postcode: string | null;
  city: string | null;
  payment_demand_sent_on: string | null;
  payment_demand_received_on: string | null;
  payment_demand_delivery: string | null;
  payment_demand_fee_ore: string | null;
  terminated_on: string | null;
  eviction_scheduled_for: string | null;
  enabled_warnings: string[] | null;
  arrears_threshold_ore: string | null;
  eviction_reminder_business_days: number | null;
}

/** What the rules read about a set of cases besides their ledgers (WarningRepository.caseContextRecords). */
export interface CaseContextRecords {
  cases: ContextRow[];
  tenants: { tenancy_id: string; id: string; name: string; children: number }[];
  consents: { tenancyId: string; purpose: ConsentPurpose; type: string; id: string }[];
}

/** Everything the rules read about a set of cases, as the repository fetched it. */
export interface CaseContextFacts extends CaseContextRecords {
  ledger: (LedgerLine & { caseId: string })[];
  /** The warnings already raised on the cases (`notYetRaised`). */
  raised: RaisedWarning[];
}

/** A warning raised on a case, by what makes it that warning (`uq_warning_occurrence`). */
export interface RaisedWarning {
  caseId: string;
  ruleCode: string;
  recipientType: string;
  recipientId: string | null;
  occurrence: string;
}

/**
 * The planned warnings not yet raised on their case. Raising one again would change nothing
 * (the insert skips what `uq_warning_occurrence` already holds); leaving it out saves the
 * insert, as when arrears are added to a case whose warning went out when it was opened.
 */
export function notYetRaised<T extends { plan: PlannedWarning; context: { caseId: string } }>(
  planned: readonly T[],
  raised: readonly RaisedWarning[],
): T[] {
  const key = (w: RaisedWarning) =>
    JSON.stringify([w.caseId, w.ruleCode, w.recipientType, w.recipientId, w.occurrence]);
  // A warning without a recipient id is never the same as another (NULLs differ in a unique key).
  const known = new Set(raised.filter((w) => w.recipientId !== null).map(key));
  return planned.filter(
    ({ plan, context }) =>
      !known.has(
        key({
          caseId: context.caseId,
          ruleCode: plan.rule.code,
          recipientType: plan.recipientType,
          recipientId: plan.recipientId,
          occurrence: plan.occurrence,
        }),
      ),
  );
}

/**
 * A case's context without the ledger's figures (balance, months in arrears): all a warning
 * needs that names no amount owed, as the payment plan's warnings (their facts come from the check).
 */
export type CaseContextWithoutLedger = Omit<LoadedCaseContext, 'balanceOre' | 'monthsInArrears'>;

/** A short, stable reference people can quote on the phone: `SAG-` and the id's first 8 digits. */
export function caseReference(caseId: string): string {
  return `SAG-${caseId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

/**
 * The rules' view of each case (WarningCaseContext) from the facts WarningRepository reads.
 * Pure: the ledger's summary, the address line, the household's children and which consents
 * count are decided here, once.
 */
export function toWarningContexts(facts: CaseContextFacts): Map<string, LoadedCaseContext> {
  const contexts = new Map<string, LoadedCaseContext>();
  const linesByCase = groupBy(facts.ledger, (line) => line.caseId);
  for (const [caseId, context] of toContextsWithoutLedger(facts)) {
    const summary = summarizeLedger(linesByCase.get(caseId) ?? []);
    contexts.set(caseId, { ...context, balanceOre: summary.balanceOre, monthsInArrears: summary.monthsInArrears });
  }
  return contexts;
}

/** `toWarningContexts` without the ledger: every other part of each case's context, decided the same way. */
export function toContextsWithoutLedger(facts: CaseContextRecords): Map<string, CaseContextWithoutLedger> {
  const contexts = new Map<string, CaseContextWithoutLedger>();
  const tenantsOf = groupBy(facts.tenants, (t) => t.tenancy_id);
  const consentsOf = groupBy(facts.consents, (c) => c.tenancyId);
  for (const row of facts.cases) {
    const rowTenants = tenantsOf.get(row.tenancy_id) ?? [];
    contexts.set(row.id, {
      caseId: row.id,
      reference: caseReference(row.id),
      stage: row.stage,
      municipalityId: row.municipality_id,
      municipalityName: row.municipality_name,
      housingOrganisationId: row.housing_organisation_id,
      departmentId: row.department_id,
      departmentName: `${row.department_number} ${row.department_name}`,
      landlordContact: landlordContact(row),
      senderName: row.sender_name,
      tenants: rowTenants.map(({ id, name }) => ({ id, name })),
      address: [row.address, [row.postcode, row.city].filter(Boolean).join(' ')].filter(Boolean).join(', '),
      // One household: the tenants share their children, so the largest count, not the sum.
      childrenUnder18: Math.max(0, ...rowTenants.map((t) => t.children)),
      paymentDemand: paymentDemandFromColumns(row),
      terminatedOn: row.terminated_on as IsoDate | null,
      evictionScheduledFor: row.eviction_scheduled_for as IsoDate | null,
      agreement: row.enabled_warnings
        ? {
            enabledWarnings: row.enabled_warnings,
            arrearsThresholdOre: Number(row.arrears_threshold_ore ?? 0),
            evictionReminderBusinessDays: row.eviction_reminder_business_days ?? 10,
          }
        : null,
      consentedRecipients: consentedRecipients(consentsOf.get(row.tenancy_id) ?? []),
    });
  }
  return contexts;
}

/**
 * Whom a municipality contacts at the landlord about a notice: the housing organisation's contact
 * email; without one, the caseworker who recorded the notice (name and email); without that, the
 * organisation's name.
 */
export function landlordContact(
  row: Pick<
    ContextRow,
    'sender_name' | 'sender_contact_email' | 'notice_recorded_by_name' | 'notice_recorded_by_email'
  >,
): string {
  if (row.sender_contact_email) return row.sender_contact_email;
  if (row.notice_recorded_by_email) {
    return row.notice_recorded_by_name
      ? `${row.notice_recorded_by_name} (${row.notice_recorded_by_email})`
      : row.notice_recorded_by_email;
  }
  return row.sender_name;
}

/** A consent counts only for the kind of recipient its purpose names. */
export function consentedRecipients(
  consents: readonly { purpose: ConsentPurpose; type: string; id: string }[],
): { type: RecipientType; id: string }[] {
  return consents
    .filter((c) => RECIPIENT_TYPE_FOR_PURPOSE[c.purpose] === c.type)
    .map((c) => ({ type: RECIPIENT_TYPE_FOR_PURPOSE[c.purpose], id: c.id }));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

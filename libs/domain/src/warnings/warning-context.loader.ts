import { type IsoDate } from '@app/calendar';
import { type EntityManager } from 'typeorm';
import { summarizeLedger, type LedgerLine } from '../arrears/ledger-summary.js';
import { type CaseStage } from '../arrears/legal-steps/case-stage.js';
import { paymentDemandFromColumns } from '../arrears/payment-demand-columns.js';
import { RECIPIENT_TYPE_FOR_PURPOSE, type ConsentPurpose } from '../personal-data/consent.entity.js';
import { type WarningCaseContext } from './warning-planner.js';
import { consentInForceSql } from '../personal-data/consent.sql.js';

/** What the statutory template needs besides the planner's context. */
export interface LoadedCaseContext extends WarningCaseContext {
  municipalityName: string;
  departmentId: string;
}

interface ContextRow {
  id: string;
  tenancy_id: string;
  stage: CaseStage;
  municipality_id: string;
  municipality_name: string;
  housing_organisation_id: string;
  department_id: string;
  sender_name: string;
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

/** A short, stable reference people can quote on the phone: `SAG-` and the id's first 8 digits. */
export function caseReference(caseId: string): string {
  return `SAG-${caseId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

/**
 * Loads the rules' view of many cases in three queries, whatever their number: the case with
 * its tenancy, tenants, consents in force and the cooperation agreement valid `on`, and the ledger.
 */
export async function loadWarningContexts(
  manager: EntityManager,
  caseIds: string[],
  on: IsoDate,
): Promise<Map<string, LoadedCaseContext>> {
  const contexts = new Map<string, LoadedCaseContext>();
  if (caseIds.length === 0) return contexts;
  // Set-based queries keyed by the ids, not correlated subqueries: on tables without fresh
  // statistics (a large import, a new database) the planner would otherwise scan person and
  // consent once per case; here the worst case is one scan per call.
  const rows: ContextRow[] = await manager.query(
    `SELECT c.id, c.tenancy_id, c.stage, c.municipality_id, m.name AS municipality_name, c.housing_organisation_id,
            c.department_id, ho.name AS sender_name, t.address, t.postcode, t.city,
            c.payment_demand_sent_on::text, c.payment_demand_received_on::text, c.payment_demand_delivery,
            c.payment_demand_fee_ore::text, c.terminated_on::text, c.eviction_scheduled_for::text,
            a.enabled_warnings, a.arrears_threshold_ore::text, a.eviction_reminder_business_days
       FROM arrears_case c
       JOIN tenancy t ON t.id = c.tenancy_id
       JOIN housing_organisation ho ON ho.id = c.housing_organisation_id
       JOIN municipality m ON m.id = c.municipality_id
       LEFT JOIN cooperation_agreement a
              ON a.municipality_id = c.municipality_id AND a.housing_organisation_id = c.housing_organisation_id
             AND a.valid_from <= $2::date AND (a.valid_to IS NULL OR a.valid_to >= $2::date)
      WHERE c.id = ANY($1::uuid[])`,
    [caseIds, on],
  );
  const tenancyIds = rows.map((row) => row.tenancy_id);
  const tenants: { tenancy_id: string; id: string; name: string; children: number }[] = await manager.query(
    `SELECT tt.tenancy_id, p.id, p.name, p.children_under_18 AS children
       FROM tenancy_tenant tt JOIN person p ON p.id = tt.person_id
      WHERE tt.tenancy_id = ANY($1::uuid[]) AND p.anonymised_at IS NULL
      ORDER BY p.name`,
    [tenancyIds],
  );
  const consents: { tenancy_id: string; purpose: ConsentPurpose; type: string; id: string }[] = await manager.query(
    `SELECT DISTINCT tt.tenancy_id, co.purpose, co.recipient_type AS type, co.recipient_id AS id
       FROM tenancy_tenant tt JOIN consent co ON co.person_id = tt.person_id
      WHERE tt.tenancy_id = ANY($1::uuid[]) AND ${consentInForceSql('co')}`,
    [tenancyIds],
  );
  const tenantsOf = groupBy(tenants, (t) => t.tenancy_id);
  const consentsOf = groupBy(consents, (c) => c.tenancy_id);
  const ledger: (LedgerLine & { caseId: string })[] = (
    await manager.query(
      `SELECT case_id, kind, amount_ore::text, due_date::text, booked_on::text FROM ledger_entry WHERE case_id = ANY($1::uuid[])`,
      [caseIds],
    )
  ).map(
    (r: { case_id: string; kind: LedgerLine['kind']; amount_ore: string; due_date: string; booked_on: string }) => ({
      caseId: r.case_id,
      kind: r.kind,
      amountOre: Number(r.amount_ore),
      dueDate: r.due_date,
      bookedOn: r.booked_on,
    }),
  );
  const linesByCase = groupBy(ledger, (line) => line.caseId);
  for (const row of rows) {
    const rowTenants = tenantsOf.get(row.tenancy_id) ?? [];
    const summary = summarizeLedger(linesByCase.get(row.id) ?? []);
    contexts.set(row.id, {
      caseId: row.id,
      reference: caseReference(row.id),
      stage: row.stage,
      municipalityId: row.municipality_id,
      municipalityName: row.municipality_name,
      housingOrganisationId: row.housing_organisation_id,
      departmentId: row.department_id,
      senderName: row.sender_name,
      tenants: rowTenants.map(({ id, name }) => ({ id, name })),
      address: [row.address, [row.postcode, row.city].filter(Boolean).join(' ')].filter(Boolean).join(', '),
      balanceOre: summary.balanceOre,
      monthsInArrears: summary.monthsInArrears,
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
      // A consent counts only for the kind of recipient its purpose names.
      consentedRecipients: (consentsOf.get(row.tenancy_id) ?? [])
        .filter((c) => RECIPIENT_TYPE_FOR_PURPOSE[c.purpose] === c.type)
        .map((c) => ({ type: RECIPIENT_TYPE_FOR_PURPOSE[c.purpose], id: c.id })),
    });
  }
  return contexts;
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

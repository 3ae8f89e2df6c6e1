import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { type LedgerLine } from '../arrears/ledger-summary.js';
import { consentInForceSql } from '../personal-data/consent.sql.js';
import { type ConsentPurpose, type RecipientType } from '../personal-data/consent.entity.js';
import { type ScopeCondition } from '../personal-data/person-scope.js';
import { sql, type SqlFragment } from '../shared/sql-fragment.js';
import { type Locale, type RecipientOrganisation, type RecipientUser } from './warning-delivery-planner.js';
import { type WarningData } from './warning-planner.js';
import { escalationTargetsSql, recipientUsersSql, senderCaseworkersSql } from './recipients.sql.js';
import { type CaseContextFacts, type CaseContextRecords, type RaisedWarning } from './warning-context.js';
import { type WarningDeliveryView } from './warning-query.service.js';

/** A warning row to insert, as the engine decided it. */
export interface NewWarning {
  id: string;
  ruleCode: string;
  ruleVersion: number;
  caseId: string;
  occurrence: string;
  recipientType: RecipientType;
  recipientId: string;
  senderOrganisationId: string;
  urgency: 'urgent' | 'normal';
  data: WarningData;
  personIds: string[];
  acknowledgeBy: IsoDate;
}

/**
 * A custody notice to insert (the handshake, docs/probation.md#the-handshake): its subject is a custody
 * episode, not a case, and it has no sending landlord.
 */
export interface NewCustodyWarning {
  id: string;
  ruleCode: string;
  ruleVersion: number;
  custodyEpisodeId: string;
  occurrence: string;
  recipientType: RecipientType;
  recipientId: string;
  departmentId: string | null;
  urgency: 'urgent' | 'normal';
  data: WarningData;
  personIds: string[];
  acknowledgeBy: IsoDate;
}

/** A recipient of a custody episode's notices: named by a consent in force, with the department to address. */
export interface CustodyNoticeRecipientRow {
  recipientType: 'housing_organisation' | 'municipality';
  recipientId: string;
  /** The tenancy's department at the landlord (a caseworker limited to departments is told only for theirs). */
  departmentId: string | null;
}

/** The facts of an episode its notices carry (the recipient view) and who it is for. */
export interface CustodyNoticeFactsRow {
  episodeId: string;
  personId: string;
  personName: string;
  address: string | null;
  probationUnitId: string;
  probationUnitName: string;
  ackBusinessDays: number;
  startedOn: IsoDate;
  expectedReleaseOn: IsoDate | null;
  paroleOn: IsoDate | null;
  releasedOn: IsoDate | null;
  contactKind: 'person' | 'probation_officer';
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  officerName: string | null;
  officerEmail: string | null;
  unitContactEmail: string;
}

/** A line the warnings write on a case's timeline (`case_event`); none for a warning without a case. */
export interface WarningTimelineEvent {
  caseId: string | null;
  on: IsoDate;
  type: 'warning_raised' | 'warning_escalated' | 'warning_acknowledged' | 'warning_retried';
  actorId: string | null;
  reason?: string | null;
  details: Record<string, unknown>;
}

/** A warning that has just moved up one escalation level. */
export interface EscalatedWarningRow {
  id: string;
  /** Null for a custody notice (no case, no timeline line). */
  caseId: string | null;
  ruleCode: string;
  recipientType: RecipientType;
  recipientId: string;
  /** The case's department; for a custody notice, the tenancy's (null: no department limit applies). */
  departmentId: string | null;
  reference: string;
  /** The Copenhagen date it was raised. */
  sentOn: IsoDate;
  acknowledgeBy: IsoDate;
  managersBy: IsoDate | null;
}

/** Who may be told about a warning: its recipient organisation and the department of its case. */
export interface WarningAddressee {
  id: string;
  recipientType: RecipientType;
  recipientId: string;
  departmentId: string | null;
}

export interface CaseWarningRow {
  id: string;
  rule_code: string;
  rule_version: number;
  recipient_type: string;
  recipient_id: string;
  recipient_name: string;
  urgency: 'urgent' | 'normal';
  created_at: Date;
  acknowledge_by: string;
  acknowledged_at: Date | null;
  acknowledgement_comment: string | null;
  escalation_level: number;
  escalated_at: Date | null;
  escalated_to_managers_at: Date | null;
  undelivered_at: Date | null;
  first_read_at: Date | null;
  deliveries: WarningDeliveryView[];
}

const COPENHAGEN_TODAY = `(now() AT TIME ZONE 'Europe/Copenhagen')::date`;

/**
 * The `warning` aggregate: its rows, the facts the rules and the delivery planner read (case
 * contexts, recipients and their users), and the lines it writes on a case's timeline. The
 * choices are made in warning-planner.ts and warning-delivery-planner.ts; this fetches and writes.
 */
@Injectable()
export class WarningRepository {
  /**
   * The rules' view of many cases in one statement, whatever their number: the case with its
   * tenancy, the cooperation agreement valid `on`, the tenants, their consents in force, the
   * ledger, each as one JSON array.
   *
   * `voluntary`: cases (among `caseIds`) that only a voluntary rule could reach; each is kept
   * only if a cooperation agreement in force on `voluntary.today` switches on one of
   * `voluntary.ruleCodes`, or a tenant's consent is in force. The engine's pre-check, in the
   * same round trip: a monthly import of thousands of cases does not load every case's context
   * when no agreement covers them.
   */
  async caseContextFacts(
    manager: EntityManager,
    caseIds: string[],
    on: IsoDate,
    voluntary?: { caseIds: string[]; ruleCodes: string[]; today: IsoDate },
  ): Promise<CaseContextFacts> {
    return this.contextFacts(manager, caseIds, on, voluntary, true);
  }

  /**
   * `caseContextFacts` without the ledgers: for the warnings that name no amount owed (the
   * payment plan's, `toContextsWithoutLedger`), which thus read no ledger line at all.
   */
  async caseContextRecords(manager: EntityManager, caseIds: string[], on: IsoDate): Promise<CaseContextRecords> {
    const {
      ledger: _none,
      raised: _neither,
      ...records
    } = await this.contextFacts(manager, caseIds, on, undefined, false);
    return records;
  }

  private async contextFacts(
    manager: EntityManager,
    caseIds: string[],
    on: IsoDate,
    voluntary: { caseIds: string[]; ruleCodes: string[]; today: IsoDate } | undefined,
    withLedger: boolean,
  ): Promise<CaseContextFacts> {
    if (caseIds.length === 0) return { cases: [], tenants: [], consents: [], ledger: [], raised: [] };
    // Set-based parts keyed by the ids, not correlated subqueries: on tables without fresh
    // statistics (a large import, a new database) the planner would otherwise scan person and
    // consent once per case. The ids go in as an array (`= ANY(ARRAY(…))`), which the planner
    // looks up through the indexes whatever it believes of the tables' sizes; as a join with
    // `ctx` it scanned tenancy_tenant, person and ledger_entry whole, so each batch of a large
    // import read every row the earlier batches had written.
    const [row]: {
      cases: CaseContextFacts['cases'];
      tenants: CaseContextFacts['tenants'];
      consents: { tenancy_id: string; purpose: ConsentPurpose; type: string; id: string }[];
      ledger: { case_id: string; kind: LedgerLine['kind']; amount_ore: string; due_date: string; booked_on: string }[];
      raised: RaisedWarning[];
    }[] = await manager.query(
      `WITH ctx AS (
         SELECT c.id, c.tenancy_id, c.stage, c.municipality_id, m.name AS municipality_name, c.housing_organisation_id,
                c.department_id, d.number AS department_number, d.name AS department_name,
                ho.name AS sender_name, ho.contact_email AS sender_contact_email,
                nu.name AS notice_recorded_by_name, nu.email AS notice_recorded_by_email,
                t.address, t.postcode, t.city,
                c.payment_demand_sent_on::text AS payment_demand_sent_on,
                c.payment_demand_received_on::text AS payment_demand_received_on, c.payment_demand_delivery,
                c.payment_demand_fee_ore::text AS payment_demand_fee_ore, c.terminated_on::text AS terminated_on,
                c.eviction_scheduled_for::text AS eviction_scheduled_for,
                a.enabled_warnings, a.arrears_threshold_ore::text AS arrears_threshold_ore, a.eviction_reminder_business_days
           FROM arrears_case c
           JOIN tenancy t ON t.id = c.tenancy_id
           JOIN housing_organisation ho ON ho.id = c.housing_organisation_id
           JOIN municipality m ON m.id = c.municipality_id
           JOIN department d ON d.id = c.department_id
           -- The caseworker who recorded the latest notice to the municipality: the § 92, stk. 2
           -- email's contact when the organisation has no contact address.
           LEFT JOIN LATERAL (
                  SELECT u.name, u.email
                    FROM municipality_notice n JOIN app_user u ON u.id = n.created_by
                   WHERE n.case_id = c.id
                   ORDER BY n.created_at DESC, n.id
                   LIMIT 1) nu ON true
           LEFT JOIN cooperation_agreement a
                  ON a.municipality_id = c.municipality_id AND a.housing_organisation_id = c.housing_organisation_id
                 AND a.valid_from <= $2::date AND (a.valid_to IS NULL OR a.valid_to >= $2::date)
          WHERE c.id = ANY($1::uuid[])
            AND (NOT (c.id = ANY($3::uuid[]))
                 OR EXISTS (SELECT 1 FROM cooperation_agreement va
                             WHERE va.municipality_id = c.municipality_id AND va.housing_organisation_id = c.housing_organisation_id
                               AND va.enabled_warnings && $4::text[] AND va.valid_from <= $5::date
                               AND (va.valid_to IS NULL OR va.valid_to >= $5::date))
                 OR EXISTS (SELECT 1 FROM tenancy_tenant vt JOIN consent vc ON vc.person_id = vt.person_id
                             WHERE vt.tenancy_id = c.tenancy_id AND ${consentInForceSql('vc')}))),
       tenants AS (
         SELECT tt.tenancy_id, p.id, p.name, p.children
           FROM tenancy_tenant tt
           -- Each tenant by its key (OFFSET 0 keeps the planner from turning this into a join
           -- that reads every person who is not anonymised).
           CROSS JOIN LATERAL (
                  SELECT p.id, p.name, p.children_under_18 AS children FROM person p
                   WHERE p.id = tt.person_id AND p.anonymised_at IS NULL OFFSET 0) p
          WHERE tt.tenancy_id = ANY(ARRAY(SELECT tenancy_id FROM ctx))),
       consents AS (
         SELECT DISTINCT tt.tenancy_id, co.purpose, co.recipient_type AS type, co.recipient_id AS id
           FROM tenancy_tenant tt JOIN consent co ON co.person_id = tt.person_id
          WHERE tt.tenancy_id = ANY(ARRAY(SELECT tenancy_id FROM ctx)) AND ${consentInForceSql('co')}),
       ledger AS (
         SELECT case_id, kind, amount_ore::text AS amount_ore, due_date::text AS due_date, booked_on::text AS booked_on
           FROM ledger_entry WHERE $6::boolean AND case_id = ANY(ARRAY(SELECT id FROM ctx))),
       raised AS (
         SELECT case_id AS "caseId", rule_code AS "ruleCode", recipient_type AS "recipientType",
                recipient_id AS "recipientId", occurrence
           FROM warning WHERE $6::boolean AND case_id = ANY(ARRAY(SELECT id FROM ctx)))
       SELECT (SELECT coalesce(json_agg(ctx), '[]') FROM ctx) AS cases,
              (SELECT coalesce(json_agg(tenants ORDER BY tenants.name), '[]') FROM tenants) AS tenants,
              (SELECT coalesce(json_agg(consents), '[]') FROM consents) AS consents,
              (SELECT coalesce(json_agg(ledger), '[]') FROM ledger) AS ledger,
              (SELECT coalesce(json_agg(raised), '[]') FROM raised) AS raised`,
      [caseIds, on, voluntary?.caseIds ?? [], voluntary?.ruleCodes ?? [], voluntary?.today ?? on, withLedger],
    );
    return {
      cases: row!.cases,
      tenants: row!.tenants,
      consents: row!.consents.map((c) => ({ tenancyId: c.tenancy_id, purpose: c.purpose, type: c.type, id: c.id })),
      ledger: row!.ledger.map((r) => ({
        caseId: r.case_id,
        kind: r.kind,
        amountOre: Number(r.amount_ore),
        dueDate: r.due_date,
        bookedOn: r.booked_on,
      })),
      raised: row!.raised,
    };
  }

  /** Inserts the warnings; one already raised for its case, recipient and occurrence is skipped. Returns the ids written. */
  async insertNew(manager: EntityManager, warnings: readonly NewWarning[]): Promise<Set<string>> {
    if (warnings.length === 0) return new Set();
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO warning (id, rule_code, rule_version, case_id, occurrence, recipient_type, recipient_id,
                            sender_organisation_id, urgency, data, person_ids, acknowledge_by)
       SELECT id, rule_code, rule_version, case_id, occurrence, recipient_type, recipient_id,
              sender_organisation_id, urgency, data, person_ids, acknowledge_by
         FROM jsonb_to_recordset($1::jsonb) AS x(
           id uuid, rule_code text, rule_version int, case_id uuid, occurrence text, recipient_type text,
           recipient_id uuid, sender_organisation_id uuid, urgency text, data jsonb, person_ids uuid[], acknowledge_by date)
       ON CONFLICT ON CONSTRAINT uq_warning_occurrence DO NOTHING
       RETURNING id`,
      [
        JSON.stringify(
          warnings.map((w) => ({
            id: w.id,
            rule_code: w.ruleCode,
            rule_version: w.ruleVersion,
            case_id: w.caseId,
            occurrence: w.occurrence,
            recipient_type: w.recipientType,
            recipient_id: w.recipientId,
            sender_organisation_id: w.senderOrganisationId,
            urgency: w.urgency,
            data: w.data,
            person_ids: w.personIds,
            acknowledge_by: w.acknowledgeBy,
          })),
        ),
      ],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** The recipient organisations named, by `type:id`. */
  async recipientOrganisations(
    manager: EntityManager,
    keys: readonly { type: RecipientType; id: string }[],
  ): Promise<Map<string, RecipientOrganisation>> {
    const found = new Map<string, RecipientOrganisation>();
    if (keys.length === 0) return found;
    const rows: RecipientOrganisation[] = await manager.query(
      `SELECT o.type, o.id, o.name, o.mailbox
         FROM recipient_organisation o
         JOIN unnest($1::text[], $2::uuid[]) AS k(type, id) ON k.type = o.type AND k.id = o.id`,
      [keys.map((k) => k.type), keys.map((k) => k.id)],
    );
    for (const row of rows) found.set(organisationKey(row.type, row.id), row);
    return found;
  }

  /**
   * For new warnings at once: the recipient organisations named (by `type:id`, as
   * `recipientOrganisations`) and each warning's users (the recipient resolution of recipients.sql.ts), in one statement.
   */
  async recipients(
    manager: EntityManager,
    warnings: readonly WarningAddressee[],
  ): Promise<{ organisations: Map<string, RecipientOrganisation>; users: Map<string, RecipientUser[]> }> {
    const organisations = new Map<string, RecipientOrganisation>();
    const users = new Map<string, RecipientUser[]>();
    if (warnings.length === 0) return { organisations, users };
    const query = sql`SELECT
        (SELECT coalesce(json_agg(o), '[]') FROM (
           SELECT o.type, o.id, o.name, o.mailbox
             FROM recipient_organisation o
             JOIN unnest(${warnings.map((w) => w.recipientType)}::text[], ${warnings.map((w) => w.recipientId)}::uuid[])
                  AS k(type, id) ON k.type = o.type AND k.id = o.id) o) AS organisations,
        (SELECT coalesce(json_agg(r ORDER BY r.warning_id, r.email, r.user_id), '[]') FROM (
           ${this.usersSql(warnings, recipientUsersSql({ user: 'u' }, ADDRESSEE_COLUMNS))}) r) AS users`.toQuery();
    const [row]: {
      organisations: RecipientOrganisation[];
      users: { warning_id: string; user_id: string; email: string; language: Locale }[];
    }[] = await manager.query(query.text, query.values);
    for (const organisation of row!.organisations) {
      organisations.set(organisationKey(organisation.type, organisation.id), organisation);
    }
    return { organisations, users: byWarning(row!.users) };
  }

  /** For each escalated warning, who the escalation goes to (level 1 team leads, level 2 managers). */
  async escalationTargets(
    manager: EntityManager,
    level: 1 | 2,
    warnings: readonly WarningAddressee[],
  ): Promise<Map<string, RecipientUser[]>> {
    return this.usersFor(manager, warnings, escalationTargetsSql(level, { user: 'u' }, ADDRESSEE_COLUMNS));
  }

  private async usersFor(
    manager: EntityManager,
    warnings: readonly WarningAddressee[],
    condition: SqlFragment,
  ): Promise<Map<string, RecipientUser[]>> {
    if (warnings.length === 0) return new Map();
    const query = sql`${this.usersSql(warnings, condition)} ORDER BY x.id, u.email, u.id`.toQuery();
    const rows: { warning_id: string; user_id: string; email: string; language: Locale }[] = await manager.query(
      query.text,
      query.values,
    );
    return byWarning(rows);
  }

  /** Each warning's users by `condition` on `app_user u` and the recordset `x` (ADDRESSEE_COLUMNS), unordered. */
  private usersSql(warnings: readonly WarningAddressee[], condition: SqlFragment): SqlFragment {
    return sql`SELECT x.id AS warning_id, u.id AS user_id, u.email, u.language
         FROM unnest(${warnings.map((w) => w.id)}::uuid[], ${warnings.map((w) => w.recipientType)}::text[],
                     ${warnings.map((w) => w.recipientId)}::uuid[], ${warnings.map((w) => w.departmentId)}::uuid[])
              AS x(id, recipient_type, recipient_id, department_id)
         JOIN app_user u ON ${condition}`;
  }

  async insertTimelineEvents(manager: EntityManager, all: readonly WarningTimelineEvent[]): Promise<void> {
    // A custody notice has no case, so no timeline to write on.
    const events = all.filter((e) => e.caseId !== null);
    if (events.length === 0) return;
    await manager.query(
      `INSERT INTO case_event (case_id, on_date, type, actor_id, reason, details)
       SELECT case_id, on_date, type, actor_id, reason, details
         FROM jsonb_to_recordset($1::jsonb) AS x(case_id uuid, on_date date, type text, actor_id uuid, reason text, details jsonb)`,
      [
        JSON.stringify(
          events.map((e) => ({
            case_id: e.caseId,
            on_date: e.on,
            type: e.type,
            actor_id: e.actorId,
            reason: e.reason ?? null,
            details: e.details,
          })),
        ),
      ],
    );
  }

  /**
   * Cases where a date-triggered rule may fire and has not yet fired for the case's current
   * occurrence: the payment deadline passed while money is owed, or an eviction date between
   * today and `latestReminderDate`. The planner then checks each exactly. Keyset pages by id.
   */
  async deadlineCandidates(
    manager: EntityManager,
    today: IsoDate,
    latestReminderDate: IsoDate,
    after: string,
    limit: number,
  ): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT c.id FROM arrears_case c
        WHERE c.closed_at IS NULL AND c.id > $2::uuid
          AND ((c.stage IN ('payment_demand_sent', 'deadline_passed') AND c.payment_demand_received_on + 14 < $1::date
                AND NOT EXISTS (SELECT 1 FROM warning w WHERE w.case_id = c.id AND w.rule_code = 'deadline-passed'
                                   AND w.occurrence = 'demand:' || c.payment_demand_sent_on::text))
            OR (c.stage = 'eviction_scheduled' AND c.eviction_scheduled_for BETWEEN $1::date AND $4::date
                AND NOT EXISTS (SELECT 1 FROM warning w WHERE w.case_id = c.id AND w.rule_code = 'eviction-scheduled-reminder'
                                   AND w.occurrence = 'eviction:' || c.eviction_scheduled_for::text)))
        ORDER BY c.id LIMIT $3`,
      [today, after, limit, latestReminderDate],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Unacknowledged warnings one level below `level` whose date passed (level 1: the
   * acknowledgement date; level 2: the managers' date), oldest first, locked for the caller's
   * transaction and skipped by a concurrent sweep.
   */
  async lockDueForEscalation(
    manager: EntityManager,
    level: 1 | 2,
    today: IsoDate,
    limit: number,
  ): Promise<{ id: string; ruleCode: string }[]> {
    const rows: { id: string; rule_code: string }[] = await manager.query(
      `SELECT id, rule_code FROM warning
        WHERE acknowledged_at IS NULL AND escalation_level = $1 - 1
          AND (CASE WHEN $1 = 1 THEN acknowledge_by ELSE managers_by END) < $2::date
        ORDER BY created_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [level, today, limit],
    );
    return rows.map((row) => ({ id: row.id, ruleCode: row.rule_code }));
  }

  /**
   * Moves the warnings up to `level`; level 1 also sets the managers' date decided for each.
   * Returns what the escalation emails and the timeline need.
   */
  async escalate(
    manager: EntityManager,
    level: 1 | 2,
    warnings: readonly { id: string; managersBy: IsoDate }[],
  ): Promise<EscalatedWarningRow[]> {
    if (warnings.length === 0) return [];
    // $3 (the level) is cast everywhere: PostgreSQL otherwise deduces smallint from the column and
    // int from the comparisons, and refuses the statement ("inconsistent types deduced").
    const rows: {
      id: string;
      case_id: string | null;
      rule_code: string;
      recipient_type: RecipientType;
      recipient_id: string;
      department_id: string | null;
      reference: string;
      sent_on: IsoDate;
      acknowledge_by: IsoDate;
      managers_by: IsoDate | null;
    }[] = await manager.query(
      `WITH input AS (SELECT * FROM unnest($1::uuid[], $2::date[]) AS x(id, managers_by)),
       f AS (
       UPDATE warning w SET escalation_level = $3::int,
              escalated_at = CASE WHEN $3::int = 1 THEN now() ELSE w.escalated_at END,
              escalated_to_managers_at = CASE WHEN $3::int = 2 THEN now() ELSE w.escalated_to_managers_at END,
              managers_by = CASE WHEN $3::int = 1 THEN input.managers_by ELSE w.managers_by END
         FROM input
        WHERE w.id = input.id
       RETURNING w.id, w.case_id, w.rule_code, w.recipient_type, w.recipient_id,
                 -- The case's department; a custody notice to a landlord: the tenancy's, as it was addressed.
                 CASE WHEN w.case_id IS NOT NULL
                      THEN (SELECT c.department_id FROM arrears_case c WHERE c.id = w.case_id)
                      ELSE w.department_id END AS department_id,
                 w.data->>'reference' AS reference,
                 (w.created_at AT TIME ZONE 'Europe/Copenhagen')::date::text AS sent_on,
                 w.acknowledge_by::text AS acknowledge_by, w.managers_by::text AS managers_by
       )
       SELECT * FROM f`,
      [warnings.map((w) => w.id), warnings.map((w) => w.managersBy), level],
    );
    return rows.map((row) => ({
      id: row.id,
      caseId: row.case_id,
      ruleCode: row.rule_code,
      recipientType: row.recipient_type,
      recipientId: row.recipient_id,
      departmentId: row.department_id,
      reference: row.reference,
      sentOn: row.sent_on,
      acknowledgeBy: row.acknowledge_by,
      managersBy: row.managers_by,
    }));
  }

  /**
   * Every email of a warning failed: mark it, put a task in the inbox of the caseworkers at the
   * landlord that raised it (recipients.sql.ts), and show it on the case's timeline.
   */
  async markUndelivered(manager: EntityManager, warningId: string, outboxId: string): Promise<void> {
    // A custody notice: the probation unit that shares the episode is the one to follow it up; no case timeline.
    await manager.query(
      `WITH f AS (
         UPDATE warning w SET undelivered_at = coalesce(w.undelivered_at, now())
           FROM custody_episode e WHERE w.id = $1 AND w.subject_type = 'custody_episode' AND e.id = w.custody_episode_id
         RETURNING w.id, w.urgency, e.probation_unit_id
       )
       INSERT INTO inbox_item (id, user_id, warning_id, kind, urgency)
       SELECT gen_random_uuid(), u.id, f.id, 'undelivered', f.urgency
         FROM f JOIN app_user u ON u.disabled_at IS NULL AND u.role = 'probation_officer'
                                AND u.probation_unit_id = f.probation_unit_id
       ON CONFLICT ON CONSTRAINT uq_inbox_item DO NOTHING`,
      [warningId],
    );
    await manager.query(
      `WITH f AS (
         UPDATE warning w SET undelivered_at = coalesce(w.undelivered_at, now())
           FROM arrears_case c WHERE w.id = $1 AND c.id = w.case_id
         RETURNING w.id, w.case_id, w.urgency, w.sender_organisation_id, c.department_id, w.rule_code, w.recipient_type
       ),
       tasks AS (
         INSERT INTO inbox_item (id, user_id, warning_id, kind, urgency)
         SELECT gen_random_uuid(), u.id, f.id, 'undelivered', f.urgency
           FROM f JOIN app_user u ON ${
             senderCaseworkersSql(
               { user: 'u' },
               { senderOrganisationId: 'f.sender_organisation_id', departmentId: 'f.department_id' },
             ).toQuery().text
           }
         ON CONFLICT ON CONSTRAINT uq_inbox_item DO NOTHING
       )
       INSERT INTO case_event (case_id, on_date, type, details)
       SELECT f.case_id, ${COPENHAGEN_TODAY}, 'warning_undelivered',
              jsonb_build_object('warningId', f.id, 'rule', f.rule_code, 'recipientType', f.recipient_type,
                                 'notificationId', $2::text, 'recipient', o.recipient)
         FROM f JOIN outbox o ON o.id = $2`,
      [warningId, outboxId],
    );
  }

  /** An email was sent again: the warning is no longer undelivered unless another of its emails still is. */
  async clearUndelivered(manager: EntityManager, warningId: string): Promise<{ caseId: string | null } | null> {
    const [row]: { case_id: string | null }[] = await manager.query(`SELECT case_id FROM warning WHERE id = $1`, [
      warningId,
    ]);
    await manager.query(
      `UPDATE warning SET undelivered_at = NULL WHERE id = $1
          AND NOT EXISTS (SELECT 1 FROM outbox WHERE warning_id = $1 AND status = 'undelivered')`,
      [warningId],
    );
    return row ? { caseId: row.case_id } : null;
  }

  /**
   * Acknowledges a warning not yet acknowledged; returns what the timeline needs, or null when it
   * already was.
   */
  async acknowledge(
    manager: EntityManager,
    warningId: string,
    userId: string,
    comment: string | null,
  ): Promise<{ caseId: string | null; ruleCode: string; recipientType: string } | null> {
    const [row]: { case_id: string | null; rule_code: string; recipient_type: string }[] = await manager.query(
      `WITH w AS (
         UPDATE warning SET acknowledged_at = now(), acknowledged_by = $2, acknowledgement_comment = $3
          WHERE id = $1 AND acknowledged_at IS NULL RETURNING case_id, rule_code, recipient_type
       )
       SELECT * FROM w`,
      [warningId, userId, comment],
    );
    return row ? { caseId: row.case_id, ruleCode: row.rule_code, recipientType: row.recipient_type } : null;
  }

  /** Whether the case is in the scope (`caseScope`, on alias `c`). */
  async caseVisible(manager: EntityManager, scope: ScopeCondition, caseId: string): Promise<boolean> {
    const row = await manager
      .createQueryBuilder()
      .select('c.id')
      .from('arrears_case', 'c')
      .where('c.id = :caseId', { caseId })
      .andWhere(scope.sql, scope.params)
      .getRawOne();
    return Boolean(row);
  }

  /**
   * The warnings of one case with every delivery and its state; only those to `own` when given
   * (a recipient sees what was sent to its own organisation).
   */
  async listForCase(
    manager: EntityManager,
    caseId: string,
    own: { type: string; id: string } | null,
  ): Promise<CaseWarningRow[]> {
    return manager.query(
      `SELECT w.id, w.rule_code, w.rule_version, w.recipient_type, w.recipient_id, w.urgency, w.created_at,
              w.acknowledge_by::text AS acknowledge_by, w.acknowledged_at, w.acknowledgement_comment,
              w.escalation_level, w.escalated_at, w.escalated_to_managers_at, w.undelivered_at,
              o.name AS recipient_name,
              (SELECT min(read_at) FROM inbox_item i WHERE i.warning_id = w.id AND i.kind = 'warning') AS first_read_at,
              (SELECT coalesce(json_agg(json_build_object(
                  'id', o.id, 'recipient', o.recipient, 'template', o.payload->>'template', 'status', o.status,
                  'digestId', o.digest_id, 'digestStatus', d.status,
                  'attempts', o.attempts, 'createdAt', o.created_at, 'queuedAt', o.queued_at,
                  'sentAt', CASE WHEN o.status = 'digested' THEN d.sent_at ELSE o.sent_at END,
                  'failedAt', o.failed_at, 'undeliveredAt', o.undelivered_at, 'lastError', o.last_error)
                  ORDER BY o.created_at, o.id), '[]')
                 FROM outbox o LEFT JOIN outbox d ON d.id = o.digest_id WHERE o.warning_id = w.id) AS deliveries
         FROM warning w
         LEFT JOIN recipient_organisation o ON o.type = w.recipient_type AND o.id = w.recipient_id
        WHERE w.case_id = $1 AND ($2::text IS NULL OR (w.recipient_type = $2 AND w.recipient_id = $3::uuid))
        ORDER BY w.created_at, w.id`,
      [caseId, own?.type ?? null, own?.id ?? null],
    );
  }

  /**
   * Inserts custody notices; one already raised for its episode, recipient and occurrence is skipped
   * (`uq_warning_custody_occurrence`). Returns the ids written.
   */
  async insertCustody(manager: EntityManager, warnings: readonly NewCustodyWarning[]): Promise<Set<string>> {
    if (warnings.length === 0) return new Set();
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO warning (id, subject_type, rule_code, rule_version, custody_episode_id, occurrence, recipient_type,
                            recipient_id, department_id, urgency, data, person_ids, acknowledge_by)
       SELECT id, 'custody_episode', rule_code, rule_version, custody_episode_id, occurrence, recipient_type,
              recipient_id, department_id, urgency, data, person_ids, acknowledge_by
         FROM jsonb_to_recordset($1::jsonb) AS x(
           id uuid, rule_code text, rule_version int, custody_episode_id uuid, occurrence text, recipient_type text,
           recipient_id uuid, department_id uuid, urgency text, data jsonb, person_ids uuid[], acknowledge_by date)
       ON CONFLICT (rule_code, custody_episode_id, recipient_type, recipient_id, occurrence)
          WHERE subject_type = 'custody_episode' DO NOTHING
       RETURNING id`,
      [
        JSON.stringify(
          warnings.map((w) => ({
            id: w.id,
            rule_code: w.ruleCode,
            rule_version: w.ruleVersion,
            custody_episode_id: w.custodyEpisodeId,
            occurrence: w.occurrence,
            recipient_type: w.recipientType,
            recipient_id: w.recipientId,
            department_id: w.departmentId,
            urgency: w.urgency,
            data: w.data,
            person_ids: w.personIds,
            acknowledge_by: w.acknowledgeBy,
          })),
        ),
      ],
    );
    return new Set(rows.map((row) => row.id));
  }

  /**
   * The facts of one episode its notices carry, whatever its state (a release closes it first), or null
   * when the episode's own consent (the row naming the unit) is not in force.
   */
  async custodyNoticeFacts(manager: EntityManager, episodeId: string): Promise<CustodyNoticeFactsRow | null> {
    const [row]: CustodyNoticeFactsRow[] = await manager.query(
      `SELECT e.id AS "episodeId", e.person_id AS "personId", p.name AS "personName", p.address,
              e.probation_unit_id AS "probationUnitId", u.name AS "probationUnitName",
              u.custody_notice_ack_business_days AS "ackBusinessDays",
              e.started_on::text AS "startedOn", e.expected_release_on::text AS "expectedReleaseOn",
              e.parole_on::text AS "paroleOn", e.released_on::text AS "releasedOn",
              e.contact_kind AS "contactKind", e.contact_name AS "contactName", e.contact_phone AS "contactPhone",
              e.contact_email AS "contactEmail", officer.name AS "officerName", officer.email AS "officerEmail",
              u.contact_email AS "unitContactEmail"
         FROM custody_episode e
         JOIN person p ON p.id = e.person_id AND p.anonymised_at IS NULL
         JOIN probation_unit u ON u.id = e.probation_unit_id
         JOIN consent k ON k.id = e.consent_id AND ${consentInForceSql('k')}
         LEFT JOIN app_user officer ON officer.id = e.contact_user_id
        WHERE e.id = $1`,
      [episodeId],
    );
    return row ? { ...row, ackBusinessDays: Number(row.ackBusinessDays) } : null;
  }

  /**
   * Who the tenant's explicit consent for `probation-cooperation` names, in force now, among those an
   * episode's notices may go to: a housing organisation that is the landlord of a tenancy the person is a
   * tenant of (with that tenancy's department, the latest tenancy first), and the person's municipality.
   */
  async custodyNoticeRecipients(manager: EntityManager, personId: string): Promise<CustodyNoticeRecipientRow[]> {
    return manager.query(
      `SELECT DISTINCT ON (k.recipient_type, k.recipient_id)
              k.recipient_type AS "recipientType", k.recipient_id AS "recipientId", t.department_id AS "departmentId"
         FROM consent k
         JOIN person p ON p.id = k.person_id
         LEFT JOIN tenancy_tenant tt ON tt.person_id = k.person_id AND k.recipient_type = 'housing_organisation'
         LEFT JOIN tenancy t ON t.id = tt.tenancy_id AND t.housing_organisation_id = k.recipient_id
        WHERE k.person_id = $1 AND k.purpose = 'probation-cooperation' AND ${consentInForceSql('k')}
          AND ((k.recipient_type = 'housing_organisation' AND t.id IS NOT NULL)
            OR (k.recipient_type = 'municipality' AND k.recipient_id = p.municipality_id))
        ORDER BY k.recipient_type, k.recipient_id, t.created_at DESC, t.id`,
      [personId],
    );
  }

  /**
   * Consent withdrawn for one recipient (or the unit's row, `recipient` null: every recipient): the
   * custody notices about the person's episodes to it are acknowledged by the system (no more escalation)
   * and keep no name, address or custody facts. Returns the ids changed.
   */
  async closeCustodyNotices(
    manager: EntityManager,
    personId: string,
    recipient: { type: string; id: string } | null,
    userId: string,
  ): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `WITH w AS (
         UPDATE warning w
            SET acknowledged_at = coalesce(w.acknowledged_at, now()),
                acknowledged_by = coalesce(w.acknowledged_by, $4::uuid),
                acknowledgement_comment = coalesce(w.acknowledgement_comment, 'custody:consent_withdrawn'),
                data = (w.data - 'custody' - 'details')
                       || jsonb_build_object('tenantNames', '[]'::jsonb, 'address', '', 'withdrawn', true)
           FROM custody_episode e
          WHERE w.subject_type = 'custody_episode' AND e.id = w.custody_episode_id AND e.person_id = $1
            AND ($2::text IS NULL OR (w.recipient_type = $2 AND w.recipient_id = $3::uuid))
         RETURNING w.id
       )
       SELECT id FROM w`,
      [personId, recipient?.type ?? null, recipient?.id ?? null, userId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Of the cases, the tenants with an open custody episode whose consent (naming the episode's
   * probation unit) is in force, one statement for a whole import batch: who to tell about arrears
   * registered while away (rule `custody-arrears-registered`, docs/probation.md#arrears-while-away).
   */
  async custodyArrearsCandidates(
    manager: EntityManager,
    caseIds: readonly string[],
  ): Promise<{ caseId: string; episodeId: string; personId: string; personName: string; probationUnitId: string }[]> {
    if (caseIds.length === 0) return [];
    return manager.query(
      `SELECT c.id AS "caseId", e.id AS "episodeId", e.person_id AS "personId", p.name AS "personName",
              e.probation_unit_id AS "probationUnitId"
         FROM arrears_case c
         JOIN tenancy_tenant tt ON tt.tenancy_id = c.tenancy_id
         JOIN custody_episode e ON e.person_id = tt.person_id AND e.closed_at IS NULL
         JOIN consent k ON k.id = e.consent_id AND ${consentInForceSql('k')}
         JOIN person p ON p.id = e.person_id
        WHERE c.id = ANY($1::uuid[])
        ORDER BY c.id, e.id`,
      [caseIds],
    );
  }

  /** The warnings keep no names, address or details (a referral whose consent was withdrawn). */
  async eraseCopies(manager: EntityManager, warningIds: readonly string[]): Promise<void> {
    if (warningIds.length === 0) return;
    await manager.query(
      `UPDATE warning SET data = (data - 'details') || jsonb_build_object('tenantNames', '[]'::jsonb, 'address', '')
        WHERE id = ANY($1::uuid[])`,
      [warningIds],
    );
  }

  /**
   * Erasure: the warnings about any of the persons keep no names, address or details. Returns
   * their ids, for the outbox to erase the emails that carried them.
   */
  async eraseDisclosedCopies(manager: EntityManager, personIds: readonly string[]): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `WITH w AS (
         UPDATE warning SET data = (data - 'details' - 'custody') || jsonb_build_object('tenantNames', '[]'::jsonb, 'address', '')
          WHERE person_ids && $1::uuid[] RETURNING id
       )
       SELECT id FROM w`,
      [personIds],
    );
    return rows.map((row) => row.id);
  }
}

/** The columns of the `x` recordset in `usersFor`. */
const ADDRESSEE_COLUMNS = {
  recipientType: 'x.recipient_type',
  recipientId: 'x.recipient_id',
  departmentId: 'x.department_id',
};

export function organisationKey(type: string, id: string): string {
  return `${type}:${id}`;
}

/** Users by warning, in the order given. */
function byWarning(
  rows: readonly { warning_id: string; user_id: string; email: string; language: Locale }[],
): Map<string, RecipientUser[]> {
  const found = new Map<string, RecipientUser[]>();
  for (const row of rows) {
    const user = { userId: row.user_id, email: row.email, language: row.language };
    const list = found.get(row.warning_id);
    if (list) list.push(user);
    else found.set(row.warning_id, [user]);
  }
  return found;
}

import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { copenhagenDateOf, type IsoDate } from '@app/calendar';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { type Actor } from '../access/roles.js';
import { loadWarningContexts, type LoadedCaseContext } from './warning-context.loader.js';
import { planWarnings, type PlannedWarning } from './warning-planner.js';
import { rulesTriggeredBy, type CaseEventType, type Trigger } from './warning-rules.js';
import { RECIPIENT_USERS_SQL } from './recipients.sql.js';
import { consentInForceSql } from '../personal-data/consent.sql.js';

/** A case event the rules may react to, as the case service or the import records it. */
export interface RaisedCaseEvent {
  caseId: string;
  type: CaseEventType | string;
  on: IsoDate;
}

/**
 * Turns case events and passed deadlines into warnings. It runs inside the transaction of the
 * change that causes them and writes, in one statement, the warning, its inbox items, its
 * outbox emails, the disclosure audit rows and a line on the case timeline: the change and its
 * warnings commit together or not at all, and a repeat (a retried request, a second sweeper)
 * changes nothing because a rule fires once per case, recipient and occurrence.
 */
@Injectable()
export class WarningEngine {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async raiseForEvents(
    manager: EntityManager,
    actor: Actor | null,
    events: RaisedCaseEvent[],
    now: Date = new Date(),
  ): Promise<number> {
    const relevant = events.filter((e) => rulesTriggeredBy({ kind: 'event', event: e.type as CaseEventType }).length);
    if (relevant.length === 0) return 0;
    const today = copenhagenDateOf(now);
    const caseIds = await this.mayBeTold(manager, relevant, today);
    if (caseIds.length === 0) return 0;
    const contexts = await loadWarningContexts(manager, caseIds, today);
    const planned: { plan: PlannedWarning; context: LoadedCaseContext }[] = [];
    for (const event of relevant) {
      const context = contexts.get(event.caseId);
      if (!context) continue;
      const trigger: Trigger = { kind: 'event', event: event.type as CaseEventType };
      for (const rule of rulesTriggeredBy(trigger)) {
        for (const plan of planWarnings(rule, context, { trigger, on: event.on, today }, this.config.calendar)) {
          planned.push({ plan, context });
        }
      }
    }
    return this.persist(manager, actor, planned, today);
  }

  /**
   * The cases among `events` where some recipient could be told: a rule the law or the landlord's
   * own staff need always qualifies; a voluntary one needs a cooperation agreement in force that
   * switches it on, or a tenant's consent. Keeps a monthly import of thousands of cases from
   * loading every case's context when no agreement covers them.
   */
  private async mayBeTold(manager: EntityManager, events: RaisedCaseEvent[], today: IsoDate): Promise<string[]> {
    const always = new Set<string>();
    const voluntary = new Map<string, Set<string>>();
    for (const event of events) {
      for (const rule of rulesTriggeredBy({ kind: 'event', event: event.type as CaseEventType })) {
        if (rule.recipients.some((r) => r.basis === 'statute' || r.basis === 'own-organisation')) {
          always.add(event.caseId);
        } else {
          voluntary.set(event.caseId, (voluntary.get(event.caseId) ?? new Set()).add(rule.code));
        }
      }
    }
    const undecided = [...voluntary.keys()].filter((id) => !always.has(id));
    if (undecided.length === 0) return [...always];
    const rows: { id: string }[] = await manager.query(
      `SELECT c.id FROM arrears_case c
        WHERE c.id = ANY($1::uuid[])
          AND (EXISTS (SELECT 1 FROM cooperation_agreement a
                        WHERE a.municipality_id = c.municipality_id AND a.housing_organisation_id = c.housing_organisation_id
                          AND a.enabled_warnings && $2::text[] AND a.valid_from <= $3::date
                          AND (a.valid_to IS NULL OR a.valid_to >= $3::date))
               OR EXISTS (SELECT 1 FROM tenancy_tenant tt JOIN consent co ON co.person_id = tt.person_id
                           WHERE tt.tenancy_id = c.tenancy_id AND ${consentInForceSql('co')}))`,
      [undecided, [...new Set([...voluntary.values()].flatMap((codes) => [...codes]))], today],
    );
    return [...always, ...rows.map((row) => row.id)];
  }

  /** The sweeper's half: the same rules, fired by dates instead of events. */
  async raiseForDeadlines(manager: EntityManager, caseIds: string[], triggers: Trigger[], now: Date): Promise<number> {
    const today = copenhagenDateOf(now);
    const contexts = await loadWarningContexts(manager, caseIds, today);
    const planned: { plan: PlannedWarning; context: LoadedCaseContext }[] = [];
    for (const context of contexts.values()) {
      for (const trigger of triggers) {
        for (const rule of rulesTriggeredBy(trigger)) {
          for (const plan of planWarnings(rule, context, { trigger, on: today, today }, this.config.calendar)) {
            planned.push({ plan, context });
          }
        }
      }
    }
    return this.persist(manager, null, planned, today);
  }

  private async persist(
    manager: EntityManager,
    by: Actor | null,
    planned: { plan: PlannedWarning; context: LoadedCaseContext }[],
    today: IsoDate,
  ): Promise<number> {
    if (planned.length === 0) return 0;
    const input = planned.map(({ plan, context }) => {
      const id = randomUUID();
      return {
        id,
        rule_code: plan.rule.code,
        rule_version: plan.rule.version,
        case_id: context.caseId,
        occurrence: plan.occurrence,
        recipient_type: plan.recipientType,
        recipient_id: plan.recipientId,
        sender_organisation_id: context.housingOrganisationId,
        department_id: context.departmentId,
        urgency: plan.urgency,
        data: plan.data,
        person_ids: context.tenants.map((t) => t.id),
        acknowledge_by: plan.acknowledgeBy,
        digestible: plan.rule.digestible && plan.urgency === 'normal',
        template: plan.rule.template,
        email_data:
          plan.rule.template === 'municipality-eviction-notice'
            ? {
                municipalityName: context.municipalityName,
                tenantNames: plan.data.tenantNames,
                address: plan.data.address,
                noticeOn: plan.data.eventOn,
              }
            : {
                ...plan.data,
                urgent: plan.urgency === 'urgent',
                // Saying why (children) is household data: only to a recipient with the tenant's consent.
                // Without it the warning is still urgent; the municipality can see the household itself.
                householdWithChildren: plan.data.details?.childrenUnder18 !== undefined && context.childrenUnder18 > 0,
                acknowledgeBy: plan.acknowledgeBy,
                link: `${this.config.warnings.publicUrl}/inbox/warnings/${id}`,
              },
      };
    });
    const [{ count }] = await manager.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
           id uuid, rule_code text, rule_version int, case_id uuid, occurrence text, recipient_type text,
           recipient_id uuid, sender_organisation_id uuid, department_id uuid, urgency text, data jsonb,
           person_ids uuid[], acknowledge_by date, digestible boolean, template text, email_data jsonb)
       ),
       inserted AS (
         INSERT INTO warning (id, rule_code, rule_version, case_id, occurrence, recipient_type, recipient_id,
                              sender_organisation_id, urgency, data, person_ids, acknowledge_by)
         SELECT id, rule_code, rule_version, case_id, occurrence, recipient_type, recipient_id,
                sender_organisation_id, urgency, data, person_ids, acknowledge_by FROM input
         ON CONFLICT ON CONSTRAINT uq_warning_occurrence DO NOTHING
         RETURNING id
       ),
       fresh AS (SELECT i.* FROM input i JOIN inserted USING (id)),
       -- Each step carries the warning's columns along instead of joining back to an earlier one:
       -- a join between two CTEs is planned blind (one row each) and became a nested loop over
       -- every warning times every email, most of a monthly import's time.
       recipient AS (
         -- The landlord's own staff are told in their inbox; its contact address is not an alert mailbox.
         SELECT f.*, o.name AS recipient_name,
                CASE WHEN f.recipient_type = 'housing_organisation' THEN NULL ELSE o.mailbox END AS mailbox
           FROM fresh f JOIN recipient_organisation o ON o.type = f.recipient_type AND o.id = f.recipient_id
       ),
       users AS (
         SELECT f.*, u.id AS user_id, u.email, u.language
           FROM recipient f JOIN app_user u ON ${RECIPIENT_USERS_SQL}
       ),
       inbox AS (
         INSERT INTO inbox_item (id, user_id, warning_id, kind, urgency)
         SELECT gen_random_uuid(), user_id, id, 'warning', urgency FROM users
       ),
       -- An organisation's alert mailbox always gets its warnings (immediately or in the digest);
       -- a user gets email copies only if they asked for them.
       addresses AS (
         SELECT id, rule_code, template, email_data, recipient_name, digestible,
                lower(mailbox) AS email, 'da' AS language, 'immediate' AS delivery, true AS mailbox
           FROM recipient WHERE mailbox IS NOT NULL
         UNION ALL
         SELECT id, rule_code, template, email_data, recipient_name, digestible, lower(email), language, 'none', false
           FROM users
       ),
       emails AS (
         SELECT DISTINCT ON (a.id, a.email) a.*, coalesce(s.language, a.language) AS chosen_language,
                CASE WHEN a.mailbox AND s.delivery = 'none' THEN 'immediate' ELSE coalesce(s.delivery, a.delivery) END AS chosen_delivery
           FROM addresses a LEFT JOIN notification_setting s ON s.email = a.email
          ORDER BY a.id, a.email, a.mailbox DESC
       ),
       outbox_rows AS (
         INSERT INTO outbox (id, topic, channel, payload, status, warning_id, recipient)
         SELECT gen_random_uuid(), 'warning.' || rule_code, 'email',
                jsonb_build_object('channel', 'email', 'template', template, 'to', email, 'locale', chosen_language,
                  'data', CASE WHEN template = 'warning'
                               THEN email_data || jsonb_build_object('recipientName', recipient_name)
                               ELSE email_data END),
                CASE WHEN chosen_delivery = 'digest' AND digestible THEN 'held' ELSE 'pending' END,
                id, email
           FROM emails
          WHERE chosen_delivery <> 'none'
       ),
       disclosed AS (
         INSERT INTO audit_log (actor_id, actor_role, action, entity_type, entity_id, person_id, request_id, source_ip, details)
         SELECT $2, $3, 'person.disclose', 'warning', f.id::text, p.person_id, $4, $5,
                jsonb_build_object('to', f.recipient_type, 'recipientId', f.recipient_id, 'rule', f.rule_code,
                                   'details', f.data ? 'details')
           FROM fresh f CROSS JOIN LATERAL unnest(f.person_ids) AS p(person_id)
       ),
       timeline AS (
         INSERT INTO case_event (case_id, on_date, type, actor_id, details)
         SELECT r.case_id, $6::date, 'warning_raised', $2,
                jsonb_build_object('warningId', r.id, 'rule', r.rule_code, 'recipientType', r.recipient_type,
                                   'recipient', r.recipient_name, 'urgency', r.urgency)
           FROM recipient r
       )
       SELECT count(*)::int AS count FROM fresh`,
      [
        JSON.stringify(input),
        by?.principal.userId ?? null,
        by?.principal.role ?? null,
        by?.requestId ?? null,
        by?.sourceIp ?? null,
        today,
      ],
    );
    return count;
  }
}

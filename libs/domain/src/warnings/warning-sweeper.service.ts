import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addBusinessDays, copenhagenDateOf, type IsoDate } from '@app/calendar';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { WarningEngine } from './warning-engine.service.js';
import { RECIPIENT_MANAGERS_SQL, RECIPIENT_USERS_SQL } from './recipients.sql.js';
import { ruleByCode } from './warning-rules.js';

const CHUNK = 500;

/** The most business days before an eviction an agreement may set for its reminder (ck_agreement_reminder). */
const LONGEST_EVICTION_REMINDER_BUSINESS_DAYS = 60;

export interface SweepResult {
  deadlineWarnings: number;
  escalatedToLeads: number;
  escalatedToManagers: number;
}

/**
 * What the clock triggers: warnings whose trigger is a date, escalation of warnings nobody
 * acknowledged in time, and the daily digest. Every method takes `now`, so tests can move time
 * without sleeping, and every step is safe to run twice (a rule fires once per occurrence; an
 * escalation moves a warning up one level only from the level below).
 */
@Injectable()
export class WarningSweeper {
  private readonly logger = new Logger(WarningSweeper.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(WarningEngine) private readonly engine: WarningEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sweep(now: Date = new Date()): Promise<SweepResult> {
    const result = {
      deadlineWarnings: await this.raiseDeadlineWarnings(now),
      escalatedToLeads: await this.escalate(now, 1),
      escalatedToManagers: await this.escalate(now, 2),
    };
    if (result.deadlineWarnings + result.escalatedToLeads + result.escalatedToManagers > 0) {
      this.logger.log(result, 'Warning sweep');
    }
    return result;
  }

  /**
   * Cases where a date-triggered rule may fire and has not yet fired for the case's current
   * occurrence: the payment deadline passed while money is owed, or an eviction date within the
   * longest reminder period an agreement may set. The planner then checks each exactly.
   */
  private async raiseDeadlineWarnings(now: Date): Promise<number> {
    const today = copenhagenDateOf(now);
    // The furthest eviction date any agreement's reminder can reach today: 60 business days can
    // span more than 90 calendar days (94 from 6 March 2026, over Easter and Whitsun).
    const latestReminderDate = addBusinessDays(today, LONGEST_EVICTION_REMINDER_BUSINESS_DAYS, this.config.calendar);
    let raised = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const candidates: { id: string }[] = await this.dataSource.query(
        `SELECT c.id FROM arrears_case c
          WHERE c.closed_at IS NULL AND c.id > $2::uuid
            AND ((c.stage IN ('payment_demand_sent', 'deadline_passed') AND c.payment_demand_received_on + 14 < $1::date
                  AND NOT EXISTS (SELECT 1 FROM warning w WHERE w.case_id = c.id AND w.rule_code = 'deadline-passed'
                                     AND w.occurrence = 'demand:' || c.payment_demand_sent_on::text))
              OR (c.stage = 'eviction_scheduled' AND c.eviction_scheduled_for BETWEEN $1::date AND $4::date
                  AND NOT EXISTS (SELECT 1 FROM warning w WHERE w.case_id = c.id AND w.rule_code = 'eviction-scheduled-reminder'
                                     AND w.occurrence = 'eviction:' || c.eviction_scheduled_for::text)))
          ORDER BY c.id LIMIT $3`,
        [today, after, CHUNK, latestReminderDate],
      );
      if (candidates.length === 0) break;
      raised += await this.dataSource.transaction((manager) =>
        this.engine.raiseForDeadlines(
          manager,
          candidates.map((c) => c.id),
          [
            { kind: 'deadline', deadline: 'payment-deadline-passed' },
            { kind: 'deadline', deadline: 'eviction-date-approaching' },
          ],
          now,
        ),
      );
      after = candidates.at(-1)!.id;
      if (candidates.length < CHUNK) break;
    }
    return raised;
  }

  /**
   * Level 1: past its acknowledgement date, the warning goes to the recipient organisation's
   * team leads; level 2: past the managers' date set then, to its managers. With no lead (or no
   * manager) registered, the organisation's alert mailbox is told instead, so it never goes
   * nowhere. Escalation emails carry no personal data: only the kind, reference and dates.
   */
  private async escalate(now: Date, level: 1 | 2): Promise<number> {
    const today = copenhagenDateOf(now);
    let escalated = 0;
    for (;;) {
      const count = await this.dataSource.transaction(async (manager) => {
        const due: { id: string; rule_code: string }[] = await manager.query(
          `SELECT id, rule_code FROM warning
            WHERE acknowledged_at IS NULL AND escalation_level = $1 - 1
              AND (CASE WHEN $1 = 1 THEN acknowledge_by ELSE managers_by END) < $2::date
            ORDER BY created_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
          [level, today, CHUNK],
        );
        if (due.length === 0) return 0;
        const managersBy = due.map((w) => this.managersBy(w.rule_code, today));
        // $3 (the level) is cast everywhere: PostgreSQL otherwise deduces smallint from the column and
        // int from the comparisons, and refuses the statement ("inconsistent types deduced").
        await manager.query(
          `WITH input AS (SELECT * FROM unnest($1::uuid[], $2::date[]) AS x(id, managers_by)),
           f AS (
             UPDATE warning w SET escalation_level = $3::int,
                    escalated_at = CASE WHEN $3::int = 1 THEN now() ELSE w.escalated_at END,
                    escalated_to_managers_at = CASE WHEN $3::int = 2 THEN now() ELSE w.escalated_to_managers_at END,
                    managers_by = CASE WHEN $3::int = 1 THEN input.managers_by ELSE w.managers_by END
               FROM input, arrears_case c
              WHERE w.id = input.id AND c.id = w.case_id
             RETURNING w.id, w.case_id, w.rule_code, w.recipient_type, w.recipient_id, w.created_at, w.acknowledge_by,
                       w.managers_by, w.data, c.department_id
           ),
           targets AS (
             SELECT f.id AS warning_id, u.id AS user_id, u.email, u.language FROM f JOIN app_user u
               ON CASE WHEN $3::int = 1 THEN u.team_lead AND ${RECIPIENT_USERS_SQL} ELSE ${RECIPIENT_MANAGERS_SQL} END
           ),
           mailbox AS (
             SELECT f.id AS warning_id, o.mailbox AS email
               FROM f JOIN recipient_organisation o ON o.type = f.recipient_type AND o.id = f.recipient_id
              WHERE NOT EXISTS (SELECT 1 FROM targets t WHERE t.warning_id = f.id)
           ),
           inbox AS (
             INSERT INTO inbox_item (id, user_id, warning_id, kind, urgency)
             SELECT gen_random_uuid(), user_id, warning_id, 'escalation', 'urgent' FROM targets
             ON CONFLICT ON CONSTRAINT uq_inbox_item DO NOTHING
           ),
           addresses AS (
             SELECT t.warning_id, lower(t.email) AS email, coalesce(s.language, t.language) AS language
               FROM targets t LEFT JOIN notification_setting s ON s.email = lower(t.email)
             UNION
             SELECT mb.warning_id, lower(mb.email), coalesce(s.language, 'da')
               FROM mailbox mb LEFT JOIN notification_setting s ON s.email = lower(mb.email) WHERE mb.email IS NOT NULL
           ),
           mails AS (
             INSERT INTO outbox (id, topic, channel, payload, status, warning_id, recipient)
             SELECT gen_random_uuid(), 'warning.escalation', 'email',
                    jsonb_build_object('channel', 'email', 'template', 'warning-escalation', 'to', a.email, 'locale', a.language,
                      'data', jsonb_build_object(
                        'level', $3::int, 'recipientName', r.name, 'kind', f.rule_code, 'reference', f.data->>'reference',
                        'sentOn', (f.created_at AT TIME ZONE 'Europe/Copenhagen')::date::text,
                        'acknowledgeBy', (CASE WHEN $3::int = 1 THEN f.acknowledge_by ELSE f.managers_by END)::text,
                        'link', $4 || '/inbox/warnings/' || f.id)),
                    'pending', f.id, a.email
               FROM addresses a JOIN f ON f.id = a.warning_id
               JOIN recipient_organisation r ON r.type = f.recipient_type AND r.id = f.recipient_id
           )
           INSERT INTO case_event (case_id, on_date, type, details)
           SELECT case_id, $5::date, 'warning_escalated',
                  jsonb_build_object('warningId', id, 'rule', rule_code, 'recipientType', recipient_type, 'level', $3::int)
             FROM f`,
          [due.map((w) => w.id), managersBy, level, this.config.warnings.publicUrl, today],
        );
        return due.length;
      });
      escalated += count;
      if (count < CHUNK) break;
    }
    return escalated;
  }

  private managersBy(ruleCode: string, today: IsoDate): IsoDate {
    return addBusinessDays(today, ruleByCode(ruleCode)?.escalateToManagersAfter ?? 2, this.config.calendar);
  }

  /**
   * One email per address with every non-urgent warning held for its digest. The held rows and
   * the digest row change in one transaction, so a warning is in exactly one digest.
   */
  async sendDigests(now: Date = new Date()): Promise<number> {
    const today = copenhagenDateOf(now);
    const [{ count }] = await this.dataSource.query(
      `WITH held AS (
         SELECT o.id, o.recipient, o.payload, o.created_at FROM outbox o
          WHERE o.status = 'held' AND o.created_at <= $1::timestamptz
          FOR UPDATE SKIP LOCKED
       ),
       grouped AS (
         SELECT recipient, gen_random_uuid() AS digest_id, min(payload->>'locale') AS locale,
                min(payload->'data'->>'recipientName') AS recipient_name,
                jsonb_agg((payload->'data') - 'recipientName' - 'urgent' ORDER BY created_at) AS items,
                array_agg(id) AS ids
           FROM held GROUP BY recipient
       ),
       digests AS (
         INSERT INTO outbox (id, topic, channel, payload, status, recipient)
         SELECT digest_id, 'warning.digest', 'email',
                jsonb_build_object('channel', 'email', 'template', 'warning-digest', 'to', recipient, 'locale', locale,
                  'data', jsonb_build_object('recipientName', recipient_name, 'date', $2::text, 'items', items,
                                             'link', $3 || '/inbox')),
                'pending', recipient
           FROM grouped
       ),
       marked AS (
         -- Sent when the digest is: the case's warnings show the digest's status and time.
         UPDATE outbox o SET status = 'digested', digest_id = g.digest_id
           FROM grouped g WHERE o.id = ANY(g.ids)
       )
       SELECT count(*)::int AS count FROM grouped`,
      [now.toISOString(), today, this.config.warnings.publicUrl],
    );
    if (count > 0) this.logger.log({ digests: count }, 'Warning digests queued');
    return count;
  }
}

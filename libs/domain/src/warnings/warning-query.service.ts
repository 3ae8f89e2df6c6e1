import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { Role, type Actor, type Principal } from '../access/roles.js';
import { caseScope } from '../arrears/case-scope.js';
import { EntityNotFoundError } from '../directory/directory.errors.js';
import { type OutboxStatus } from '../outbox/outbox-message.entity.js';
import { ruleByCode } from './warning-rules.js';

export interface WarningDeliveryView {
  id: string;
  recipient: string;
  template: string;
  status: OutboxStatus;
  /** For a `digested` email: the daily digest it went into, and that email's status. */
  digestId: string | null;
  digestStatus: OutboxStatus | null;
  attempts: number;
  createdAt: Date;
  queuedAt: Date | null;
  /** When it reached the mail server; for a `digested` email, when its digest did. */
  sentAt: Date | null;
  failedAt: Date | null;
  undeliveredAt: Date | null;
  lastError: string | null;
}

export interface CaseWarningView {
  id: string;
  rule: string;
  ruleVersion: number;
  title: { da: string; en: string };
  recipientType: string;
  recipientId: string;
  recipientName: string;
  urgency: 'urgent' | 'normal';
  /** The overall state, the furthest it has come: queued → sent → read → acknowledged; or escalated / undelivered. */
  state: 'queued' | 'sent' | 'failed' | 'undelivered' | 'read' | 'acknowledged' | 'escalated';
  createdAt: Date;
  firstReadAt: Date | null;
  acknowledgeBy: string;
  acknowledgedAt: Date | null;
  acknowledgementComment: string | null;
  escalationLevel: number;
  escalatedAt: Date | null;
  escalatedToManagersAt: Date | null;
  undeliveredAt: Date | null;
  deliveries: WarningDeliveryView[];
}

interface WarningRow {
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

/**
 * The warnings of one case with every delivery state and its time: for the landlord's
 * caseworker (all of them, to follow up) and for a recipient (only those sent to their own
 * organisation — who else was told, e.g. the probation service, is not theirs to know).
 */
@Injectable()
export class WarningQueryService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async forCase(actor: Actor, caseId: string): Promise<CaseWarningView[]> {
    const scope = caseScope(actor.principal);
    if (!scope) throw new RoleNotAllowedError();
    const visible = await this.dataSource
      .createQueryBuilder()
      .select('c.id')
      .from('arrears_case', 'c')
      .where('c.id = :caseId', { caseId })
      .andWhere(scope.sql, scope.params)
      .getRawOne();
    if (!visible) throw new EntityNotFoundError('arrears_case');
    const own = ownRecipient(actor.principal);
    const rows: WarningRow[] = await this.dataSource.query(
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
    return rows.map((row) => {
      const view: CaseWarningView = {
        id: row.id,
        rule: row.rule_code,
        ruleVersion: row.rule_version,
        title: ruleByCode(row.rule_code)?.title ?? { da: row.rule_code, en: row.rule_code },
        recipientType: row.recipient_type,
        recipientId: row.recipient_id,
        recipientName: row.recipient_name,
        urgency: row.urgency,
        state: 'queued',
        createdAt: row.created_at,
        firstReadAt: row.first_read_at,
        acknowledgeBy: row.acknowledge_by,
        acknowledgedAt: row.acknowledged_at,
        acknowledgementComment: row.acknowledgement_comment,
        escalationLevel: Number(row.escalation_level),
        escalatedAt: row.escalated_at,
        escalatedToManagersAt: row.escalated_to_managers_at,
        undeliveredAt: row.undelivered_at,
        deliveries: row.deliveries,
      };
      view.state = stateOf(view);
      return view;
    });
  }
}

function stateOf(w: CaseWarningView): CaseWarningView['state'] {
  if (w.acknowledgedAt) return 'acknowledged';
  if (w.escalationLevel > 0) return 'escalated';
  if (w.undeliveredAt) return 'undelivered';
  if (w.firstReadAt) return 'read';
  // An email in a digest has gone out when the digest has; until then it is queued (or failed) with it.
  const status = (d: WarningDeliveryView) => (d.status === 'digested' ? d.digestStatus : d.status);
  const original = w.deliveries.filter((d) => d.template !== 'warning-escalation');
  if (original.some((d) => status(d) === 'sent')) return 'sent';
  if (original.some((d) => status(d) === 'failed')) return 'failed';
  // No email at all (inbox only) counts as delivered: the inbox item exists from the start.
  return original.length === 0 ? 'sent' : 'queued';
}

/** The recipient organisation a non-landlord user belongs to; null for the landlord and administrators. */
function ownRecipient(principal: Principal): { type: string; id: string } | null {
  switch (principal.role) {
    case Role.MunicipalSocialWorker:
      return { type: 'municipality', id: principal.municipalityId! };
    case Role.ProbationOfficer:
      return { type: 'probation_unit', id: principal.probationUnitId! };
    case Role.DebtAdvisor:
      return { type: 'counselling_provider', id: principal.counsellingProviderId! };
    default:
      return null;
  }
}

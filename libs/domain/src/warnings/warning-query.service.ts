import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { Role, type Actor, type Principal } from '../access/roles.js';
import { caseScope } from '../arrears/case-scope.js';
import { EntityNotFoundError } from '../directory/directory.errors.js';
import { type OutboxStatus } from '../outbox/outbox-message.entity.js';
import { ruleByCode } from './warning-rules.js';
import { WarningRepository } from './warning.repository.js';

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

/**
 * The warnings of one case with every delivery state and its time: for the landlord's
 * caseworker (all of them, to follow up) and for a recipient (only those sent to their own
 * organisation — who else was told, e.g. the probation service, is not theirs to know).
 */
@Injectable()
export class WarningQueryService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(WarningRepository) private readonly warnings: WarningRepository,
  ) {}

  async forCase(actor: Actor, caseId: string): Promise<CaseWarningView[]> {
    const scope = caseScope(actor.principal);
    if (!scope) throw new RoleNotAllowedError();
    const manager = this.dataSource.manager;
    if (!(await this.warnings.caseVisible(manager, scope, caseId))) throw new EntityNotFoundError('arrears_case');
    const rows = await this.warnings.listForCase(manager, caseId, ownRecipient(actor.principal));
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

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { VOLUNTARY_WARNINGS } from '@app/domain';

// Response shapes of the warnings area for the API document: the services return these views as they are.

const OUTBOX_STATUS = ['pending', 'queued', 'failed', 'sent', 'undelivered', 'held', 'digested'];
const URGENCY = ['urgent', 'normal'];

class BilingualTextResponse {
  @ApiProperty({ example: 'Restance registreret' }) da: string;
  @ApiProperty({ example: 'Arrears registered' }) en: string;
}

class CustodyNoticeContactResponse {
  @ApiProperty({ enum: ['person', 'probation_officer'] }) kind: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
}

class CustodyNoticeFactsResponse {
  @ApiProperty({ format: 'date', description: 'The first day in custody' }) awaySince: string;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The parole date where known, else the expected release; null: not known',
  })
  expectedReturnOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The release (custody-released)' })
  releasedOn: string | null;
  @ApiProperty({
    type: CustodyNoticeContactResponse,
    nullable: true,
    description: 'Whom to contact about post while the tenant is away; null on a release',
  })
  contact: CustodyNoticeContactResponse | null;
}

class CustodyReminderFactsResponse {
  @ApiProperty({ enum: ['release_task_due', 'release_task_overdue', 'sublet_ending'] }) stage: string;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['action_plan', 'municipality_contact', 'release_meeting', 'housing_setup_help'],
    description: 'The release task (none for a sublet ending)',
  })
  taskKind: string | null;
  @ApiProperty({
    format: 'date',
    description: "The task's due day (the housing help: its opening), or the sublet's last day",
  })
  on: string;
}

class WarningDataResponse {
  @ApiProperty({ example: 'arrears-registered', description: 'The warning rule' }) kind: string;
  @ApiProperty({ description: 'The case reference (a custody notice: the episode reference, KF-…)' })
  reference: string;
  @ApiProperty({ description: 'The housing organisation that sent it (a custody notice: the probation unit)' })
  senderName: string;
  @ApiProperty({ type: [String] }) tenantNames: string[];
  @ApiProperty() address: string;
  @ApiProperty({ format: 'date' }) eventOn: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'integer' }, { type: 'string' }] },
    description: 'Consented details (e.g. arrearsOre), by field',
  })
  details?: Record<string, number | string>;

  @ApiPropertyOptional({
    type: CustodyNoticeFactsResponse,
    description:
      'A custody notice (no case): the recipient view of the episode — never the kind, institution, sentence or parole date',
  })
  custody?: CustodyNoticeFactsResponse;

  @ApiPropertyOptional({
    type: Boolean,
    description: "A custody notice whose consent was withdrawn: it keeps nothing personal ('true' only)",
  })
  withdrawn?: boolean;

  @ApiPropertyOptional({
    type: CustodyReminderFactsResponse,
    description: 'A release-planning reminder (custody-release-reminder): which reminder, of which task, for which day',
  })
  reminder?: CustodyReminderFactsResponse;
}

class InboxWarningResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'arrears-registered' }) rule: string;
  @ApiProperty({ type: BilingualTextResponse }) title: BilingualTextResponse;
  @ApiProperty({ example: 'municipality' }) recipientType: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date', description: 'Acknowledge by this day, or it escalates' }) acknowledgeBy: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) acknowledgedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) acknowledgementComment: string | null;
  @ApiProperty({ type: 'integer' }) escalationLevel: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) undeliveredAt: string | null;

  @ApiProperty({
    type: WarningDataResponse,
    nullable: true,
    description: 'Name, address and consented details; null for managers, who see no personal data',
  })
  data: WarningDataResponse | null;
}

export class InboxItemResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['warning', 'escalation', 'undelivered'] }) kind: string;
  @ApiProperty({ enum: URGENCY }) urgency: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Set only when the reader may open the case',
  })
  caseId: string | null;

  @ApiProperty({ type: InboxWarningResponse }) warning: InboxWarningResponse;
}

export class UnreadCountResponse {
  @ApiProperty({ type: 'integer', example: 3 }) unread: number;
  @ApiProperty({ type: 'integer', example: 1 }) urgent: number;
}

class WarningDeliveryResponse {
  @ApiProperty({ format: 'uuid', description: 'The notification (outbox) id; retry with it' }) id: string;
  @ApiProperty() recipient: string;
  @ApiProperty({ example: 'warning' }) template: string;
  @ApiProperty({ enum: OUTBOX_STATUS }) status: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) digestId: string | null;

  @ApiProperty({ enum: OUTBOX_STATUS, nullable: true })
  digestStatus: string | null;

  @ApiProperty({ type: 'integer' }) attempts: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) queuedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) failedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) undeliveredAt: string | null;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
}

export class CaseWarningResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'arrears-registered' }) rule: string;
  @ApiProperty({ type: 'integer' }) ruleVersion: number;
  @ApiProperty({ type: BilingualTextResponse }) title: BilingualTextResponse;
  @ApiProperty({ example: 'municipality' }) recipientType: string;
  @ApiProperty({ format: 'uuid' }) recipientId: string;
  @ApiProperty() recipientName: string;
  @ApiProperty({ enum: URGENCY }) urgency: string;

  @ApiProperty({
    enum: ['queued', 'sent', 'failed', 'undelivered', 'read', 'acknowledged', 'escalated'],
  })
  state: string;

  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) firstReadAt: string | null;
  @ApiProperty({ format: 'date' }) acknowledgeBy: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) acknowledgementComment: string | null;
  @ApiProperty({ type: 'integer' }) escalationLevel: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) escalatedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) escalatedToManagersAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) undeliveredAt: string | null;
  @ApiProperty({ type: [WarningDeliveryResponse] }) deliveries: WarningDeliveryResponse[];
}

export class RetryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['pending'] }) status: string;
}

export class CooperationAgreementResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty({ format: 'uuid' }) housingOrganisationId: string;

  @ApiProperty({ enum: VOLUNTARY_WARNINGS, isArray: true })
  enabledWarnings: string[];

  @ApiProperty({ type: 'integer', example: 500_000, description: 'In øre' }) arrearsThresholdOre: number;
  @ApiProperty({ type: 'integer', example: 5 }) evictionReminderBusinessDays: number;
  @ApiProperty({ format: 'date' }) validFrom: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validTo: string | null;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class NotificationSettingResponse {
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ enum: ['da', 'en'], nullable: true }) language: string | null;
  @ApiProperty({ enum: ['immediate', 'digest', 'none'] }) delivery: string;
  @ApiProperty({ description: 'True when nothing was set and the defaults apply' }) isDefault: boolean;
}

import { localized } from '@app/i18n';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsCalendarDate } from '../common/is-calendar-date.js';
import { commaList, formatDkk, PageQuery, queryBoolean, trimString } from '@app/common';
import {
  AVERT_REASONS,
  CASE_OUTCOMES,
  OUTCOME_KINDS,
  CASE_STAGE_LABELS,
  DELIVERY_METHODS,
  type CaseDetail,
  type CaseListItem,
  type CaseSummary,
  type LedgerPageItem,
  type TenancyView,
  type TimelineItem,
} from '@app/domain';

const MAX_ORE = 1_000_000_000; // 10 million kr
const STAGES = Object.keys(CASE_STAGE_LABELS);
const TRANSITIONS = [
  'send_payment_demand',
  'mark_deadline_passed',
  'terminate',
  'request_eviction',
  'schedule_eviction',
  'record_eviction',
  'avert',
  'close',
];
const OUTCOMES = [...CASE_OUTCOMES];
const DELIVERY = [...DELIVERY_METHODS];

/** Amounts are integer øre; this is how they are shown: DKK with two decimals. */

export class CreateTenancyDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  departmentId: string;

  @ApiProperty({ example: '12-0304', description: 'Lease or unit number within the department' })
  @Transform(trimString)
  @IsString()
  @Length(1, 40)
  unit: string;

  @ApiProperty({ example: 'Solvej 12, 2. tv.' })
  @Transform(trimString)
  @IsString()
  @Length(1, 300)
  address: string;

  @ApiPropertyOptional({ example: '2300' })
  @IsOptional()
  @Matches(/^[0-9]{4}$/, { message: 'postcode must be 4 digits' })
  postcode?: string;

  @ApiPropertyOptional({ example: 'København S' })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiProperty({ type: 'integer', example: 650000, description: 'Monthly rent in øre (6,500.00 kr)' })
  @IsInt()
  @Min(1)
  @Max(MAX_ORE)
  monthlyRentOre: number;

  @ApiPropertyOptional({ format: 'date', example: '2019-08-01' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string;
}

export class AddTenantDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId: string;
}

export class RegisterArrearsDto {
  @ApiProperty({ format: 'date', example: '2026-03-01', description: 'The due date (forfaldsdag) of the unpaid rent' })
  @IsCalendarDate()
  dueDate: string;

  @ApiProperty({ type: 'integer', example: 650000, description: 'Unpaid amount for that due date, in øre' })
  @IsInt()
  @Min(1)
  @Max(MAX_ORE)
  amountOre: number;
}

export class RecordPaymentDto {
  @ApiProperty({ type: 'integer', example: 325000, description: 'Amount paid, in øre' })
  @IsInt()
  @Min(1)
  @Max(MAX_ORE)
  amountOre: number;

  @ApiProperty({ format: 'date', example: '2026-03-10' })
  @IsCalendarDate()
  paidOn: string;
}

export class MunicipalityNoticeDto {
  @ApiProperty({
    format: 'date',
    example: '2026-03-25',
    description: 'No later than the day of filing at the bailiff court',
  })
  @IsCalendarDate()
  noticeOn: string;

  @ApiPropertyOptional({
    description:
      'true: this notice corrects the date of the notice already given (sent to the municipality as a correction). ' +
      'Without it, the same date again changes nothing and another date is refused as NOTICE_DATE_CHANGED.',
  })
  @IsOptional()
  @IsBoolean()
  correction?: boolean;
}

export class TransitionDto {
  @ApiProperty({ type: 'integer', description: 'The case version you read; a newer one gives 409 STALE_VERSION' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiProperty({ enum: TRANSITIONS })
  @IsIn(TRANSITIONS, { message: `type must be one of: ${TRANSITIONS.join(', ')}` })
  type: string;

  @ApiPropertyOptional({ format: 'date', description: 'send_payment_demand' })
  @ValidateIf((o: TransitionDto) => o.type === 'send_payment_demand')
  @IsCalendarDate()
  sentOn?: string;

  @ApiPropertyOptional({ format: 'date', description: 'send_payment_demand: the day it reached the tenant' })
  @ValidateIf((o: TransitionDto) => o.type === 'send_payment_demand')
  @IsCalendarDate()
  receivedOn?: string;

  @ApiPropertyOptional({ enum: DELIVERY })
  @ValidateIf((o: TransitionDto) => o.type === 'send_payment_demand')
  @IsIn(DELIVERY)
  deliveryMethod?: string;

  @ApiPropertyOptional({ type: 'integer', description: 'send_payment_demand: the påkrav fee in øre (0 if none)' })
  @ValidateIf((o: TransitionDto) => o.type === 'send_payment_demand')
  @IsInt()
  @Min(0)
  feeOre?: number;

  @ApiPropertyOptional({
    format: 'date',
    description: 'The date of the step (every type but send_payment_demand and schedule_eviction)',
  })
  @ValidateIf((o: TransitionDto) => !['send_payment_demand', 'schedule_eviction'].includes(o.type))
  @IsCalendarDate()
  on?: string;

  @ApiPropertyOptional({ format: 'date', description: 'schedule_eviction: the day the court set the date' })
  @ValidateIf((o: TransitionDto) => o.type === 'schedule_eviction')
  @IsCalendarDate()
  decidedOn?: string;

  @ApiPropertyOptional({ format: 'date', description: 'schedule_eviction: the eviction date' })
  @ValidateIf((o: TransitionDto) => o.type === 'schedule_eviction')
  @IsCalendarDate()
  evictionDate?: string;

  @ApiPropertyOptional({ enum: OUTCOMES, description: 'close' })
  @ValidateIf((o: TransitionDto) => o.type === 'close')
  @IsIn(OUTCOMES)
  outcome?: string;

  // Not required here: `avert` without a reason is the documented REASON_MISSING of the state machine.
  @ApiPropertyOptional({ description: 'Why: kept on the timeline (required for avert: REASON_MISSING without it)' })
  @ValidateIf((o: TransitionDto) => o.reason !== undefined)
  @IsString()
  @Length(1, 2000)
  reason?: string;

  @ApiPropertyOptional({
    enum: AVERT_REASONS,
    description:
      'avert: why, as data for the statistics (docs/statistics.md#outcomes). Without it the reason is read from the words of `reason` (other when none fits).',
  })
  @ValidateIf((o: TransitionDto) => o.type === 'avert' && o.avertReason !== undefined)
  @IsIn([...AVERT_REASONS])
  avertReason?: string;
}

export class CaseQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STAGES, isArray: true })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @IsIn(STAGES, { each: true })
  stage?: string[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ type: 'integer', description: 'Balance at least, in øre' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  balanceMinOre?: number;

  @ApiPropertyOptional({ type: 'integer', description: 'Balance at most, in øre' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  balanceMaxOre?: number;

  @ApiPropertyOptional({
    type: 'integer',
    description:
      'Next legal date within this many days or already passed (overdue); sorted by that date, overdue first',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(366)
  deadlineWithinDays?: number;

  @ApiPropertyOptional({
    enum: ['opened', 'deadline'],
    description:
      'opened (default): oldest first. deadline: the next legal date first, overdue cases leading and cases with no next legal date last (a worktray). deadlineWithinDays always sorts by deadline.',
  })
  @IsOptional()
  @IsIn(['opened', 'deadline'])
  sort?: 'opened' | 'deadline';

  @ApiPropertyOptional({ description: 'Part of the address' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  address?: string;

  @ApiPropertyOptional({ description: 'true: open cases only; false: closed only' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsIn([true, false])
  open?: boolean;
}

class TenancyCaseResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: STAGES }) stage: string;
  @ApiProperty({ nullable: true, type: String, enum: OUTCOMES }) outcome: string | null;
  @ApiProperty({ format: 'date-time' }) openedAt: Date;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt: Date | null;
  @ApiProperty({ type: 'integer', description: 'What the case owes now; 0 once carried forward to a newer case' })
  balanceOre: number;
  @ApiProperty({ example: '7030.00' }) balanceDkk: string;
}

export class TenancyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) departmentId: string;
  @ApiProperty() unit: string;
  @ApiProperty() address: string;
  @ApiProperty({ nullable: true, type: String }) postcode: string | null;
  @ApiProperty({ nullable: true, type: String }) city: string | null;
  @ApiProperty({ type: 'integer' }) monthlyRentOre: number;
  @ApiProperty({ example: '6500.00' }) monthlyRentDkk: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) startDate: string | null;
  @ApiProperty() tenants: { id: string; name: string }[];
  @ApiProperty({ type: [TenancyCaseResponse], description: 'Every case of the tenancy you may see, oldest first' })
  cases: TenancyCaseResponse[];

  static from(t: TenancyView): TenancyResponse {
    return {
      id: t.id,
      departmentId: t.departmentId,
      unit: t.unit,
      address: t.address,
      postcode: t.postcode,
      city: t.city,
      monthlyRentOre: t.monthlyRentOre,
      monthlyRentDkk: formatDkk(t.monthlyRentOre),
      startDate: t.startDate,
      tenants: t.tenants,
      cases: t.cases.map((c) => ({ ...c, balanceDkk: formatDkk(c.balanceOre) })),
    };
  }
}

class PaymentDemandResponse {
  @ApiProperty({ format: 'date' }) sentOn: string;
  @ApiProperty({ format: 'date' }) receivedOn: string;
  @ApiProperty({ enum: DELIVERY_METHODS }) deliveryMethod: string;
  @ApiProperty({ type: 'integer' }) feeOre: number;
}

class LegalDateResponse {
  @ApiProperty({ example: 'earliest_termination' }) key: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({
    type: 'object',
    properties: { da: { type: 'string' }, en: { type: 'string' } },
    required: ['da', 'en'],
    example: localized((m) => m.deadlineLabels.earliestTermination),
  })
  label: { da: string; en: string };
  @ApiProperty({ description: 'The date has passed and the step it calls for is still not taken' })
  overdue: boolean;
}

/**
 * What every command on a case answers: the case's stage, dates, balance and next legal dates,
 * the same size however long the case has run. The ledger and the timeline are pages of their
 * own (`/cases/:id/ledger`, `/cases/:id/timeline`).
 */
export class CaseSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: STAGES }) stage: string;
  @ApiProperty({ nullable: true, type: String, enum: OUTCOMES }) outcome: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    enum: OUTCOME_KINDS,
    description: 'The structured outcome of a closed case (docs/statistics.md#outcomes); null while open',
  })
  outcomeKind: string | null;
  @ApiProperty({ nullable: true, type: String, enum: AVERT_REASONS, description: 'Why the eviction was averted' })
  outcomeReason: string | null;
  @ApiProperty({ type: 'integer', description: 'Send it back with the next transition' }) version: number;
  @ApiProperty({ format: 'date-time' }) openedAt: Date;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt: Date | null;
  @ApiProperty({ format: 'uuid' }) tenancyId: string;
  @ApiProperty({ format: 'uuid' }) departmentId: string;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty({ type: 'integer' }) balanceOre: number;
  @ApiProperty({ example: '13000.00' }) balanceDkk: string;
  @ApiProperty({ type: 'integer' }) monthsInArrears: number;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) oldestUnpaidDueDate: string | null;
  @ApiProperty({ nullable: true, type: PaymentDemandResponse }) paymentDemand: PaymentDemandResponse | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) terminatedOn: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) municipalityNoticeOn: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) evictionRequestedOn: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) evictionScheduledFor: string | null;
  @ApiProperty({
    type: [LegalDateResponse],
    description: 'The legal dates of the stage, earliest first; a date that has passed stays, marked overdue',
  })
  upcomingDeadlines: LegalDateResponse[];
  @ApiProperty({ description: 'The first of upcomingDeadlines is overdue' }) overdue: boolean;

  static from(c: CaseSummary): CaseSummaryResponse {
    const { summary, ...rest } = c;
    return {
      id: rest.id,
      stage: rest.stage,
      outcome: rest.outcome,
      outcomeKind: rest.outcomeKind,
      outcomeReason: rest.outcomeReason,
      version: rest.version,
      openedAt: rest.openedAt,
      closedAt: rest.closedAt,
      tenancyId: rest.tenancyId,
      departmentId: rest.departmentId,
      municipalityId: rest.municipalityId,
      balanceOre: summary.balanceOre,
      balanceDkk: formatDkk(summary.balanceOre),
      monthsInArrears: summary.monthsInArrears,
      oldestUnpaidDueDate: summary.oldestUnpaidDueDate,
      paymentDemand: rest.paymentDemand,
      terminatedOn: rest.terminatedOn,
      municipalityNoticeOn: rest.municipalityNoticeOn,
      evictionRequestedOn: rest.evictionRequestedOn,
      evictionScheduledFor: rest.evictionScheduledFor,
      upcomingDeadlines: rest.upcomingDeadlines,
      overdue: rest.overdue,
    };
  }
}

class CaseTenancyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) departmentId: string;
  @ApiProperty() unit: string;
  @ApiProperty() address: string;
  @ApiProperty({ nullable: true, type: String }) postcode: string | null;
  @ApiProperty({ nullable: true, type: String }) city: string | null;
  @ApiProperty({ type: 'integer' }) monthlyRentOre: number;
}

class TenantResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

/** The case page: the summary with its tenancy and tenants. */
export class CaseCustodyContactResponse {
  @ApiProperty({ enum: ['person', 'probation_officer'] }) kind: string;
  @ApiProperty({ description: "The person's name, or the probation officer's (or the unit's)" }) name: string;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
}

export class CaseCustodyResponse {
  @ApiProperty({ format: 'uuid', description: 'The tenant who is away' }) personId: string;
  @ApiProperty({ format: 'date', description: 'Away since' }) since: string;
  @ApiProperty({ type: CaseCustodyContactResponse, description: 'Where to send post, e.g. a copy of the påkrav' })
  contact: CaseCustodyContactResponse;
}

export class CaseResponse extends CaseSummaryResponse {
  @ApiProperty({ type: CaseTenancyResponse }) tenancy: CaseTenancyResponse;
  @ApiProperty({ type: [TenantResponse] }) tenants: TenantResponse[];
  @ApiProperty({
    type: CaseCustodyResponse,
    nullable: true,
    description:
      "For the landlord's caseworkers: a tenant is away in custody, since when and whom to contact — only when the tenant's probation-cooperation consent names the landlord; otherwise null. The påkrav still follows the law.",
  })
  custody: CaseCustodyResponse | null;

  static override from(c: CaseDetail): CaseResponse {
    return { ...CaseSummaryResponse.from(c), tenancy: c.tenancy, tenants: c.tenants, custody: c.custody };
  }
}

/** The answer to registering arrears: what happened, and the case as it now stands. */
export class RegisterArrearsResponse {
  @ApiProperty({ enum: ['created', 'updated', 'unchanged'] }) outcome: string;
  @ApiProperty({ type: CaseSummaryResponse }) case: CaseSummaryResponse;
}

export class LedgerLineResponse {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty({ enum: ['rent_charge', 'payment', 'fee', 'correction', 'balance_forward'] }) kind: string;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'balance_forward: the earlier case the balance came from, or the newer one it moved to',
  })
  relatedCaseId: string | null;
  @ApiProperty({ type: 'integer', description: 'Positive adds to what is owed; a payment is negative' })
  amountOre: number;
  @ApiProperty({ example: '-6500.00' }) amountDkk: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) dueDate: string | null;
  @ApiProperty({ format: 'date' }) bookedOn: string;
  @ApiProperty({ example: 'manual' }) source: string;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: 'integer', description: 'The balance after this line, in the ledger order' })
  balanceAfterOre: number;
  @ApiProperty({ example: '6500.00' }) balanceAfterDkk: string;

  static from(line: LedgerPageItem): LedgerLineResponse {
    return { ...line, amountDkk: formatDkk(line.amountOre), balanceAfterDkk: formatDkk(line.balanceAfterOre) };
  }
}

export class TimelineLineResponse {
  @ApiProperty({ example: '7' }) id: string;
  @ApiProperty({ format: 'date-time' }) at: Date;
  @ApiProperty({ format: 'date', description: 'The legal date of what happened' }) on: string;
  @ApiProperty({ example: 'payment_demand_sent' }) type: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) actorId: string | null;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'What happened, in the language of Accept-Language (Danish by default); null when details say it all',
    example: 'Lejemålet ophævet 26. oktober 2026 (almenlejeloven § 90, stk. 1, nr. 1).',
  })
  summary: string | null;
  @ApiProperty({
    nullable: true,
    type: 'object',
    additionalProperties: true,
    description: 'What happened, as values (dates, amounts in øre, codes)',
  })
  details: Record<string, unknown> | null;

  static from(line: TimelineItem): TimelineLineResponse {
    return line;
  }
}

export class CaseListItemResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: STAGES }) stage: string;
  @ApiProperty({ format: 'uuid' }) tenancyId: string;
  @ApiProperty() unit: string;
  @ApiProperty() address: string;
  @ApiProperty({ format: 'uuid' }) departmentId: string;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty({ type: 'integer' }) balanceOre: number;
  @ApiProperty() balanceDkk: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) nextDeadlineOn: string | null;
  @ApiProperty({ description: 'nextDeadlineOn has passed with its step still not taken' }) overdue: boolean;
  @ApiProperty({ format: 'date-time' }) openedAt: string;

  static from(c: CaseListItem): CaseListItemResponse {
    return { ...c, balanceDkk: formatDkk(c.balanceOre), openedAt: new Date(c.openedAt).toISOString() };
  }
}

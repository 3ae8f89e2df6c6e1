import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCalendarDate } from '../common/is-calendar-date.js';
import { commaList, PageQuery, queryBoolean, trimString } from '@app/common';
import { VOLUNTARY_WARNINGS, type InboxKind, type VoluntaryWarning, type WarningDelivery } from '@app/domain';

const INBOX_KINDS: InboxKind[] = ['warning', 'escalation', 'undelivered'];

export class InboxQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'true: unread only; false: read only' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  unread?: boolean;

  @ApiPropertyOptional({ description: 'Comma-separated: warning, escalation, undelivered' })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @IsIn(INBOX_KINDS, { each: true })
  kind?: InboxKind[];

  @ApiPropertyOptional({ enum: ['urgent', 'normal'] })
  @IsOptional()
  @IsIn(['urgent', 'normal'])
  urgency?: 'urgent' | 'normal';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "My items about this warning (the warning page, which warning emails link to, finds the reader's item by it)",
  })
  @IsOptional()
  @IsUUID()
  warningId?: string;

  @ApiPropertyOptional({ description: 'true: acknowledged warnings only; false: still to acknowledge' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  acknowledged?: boolean;
}

export class AcknowledgeDto {
  @ApiPropertyOptional({ maxLength: 2000, description: 'What was done, e.g. "Lejeren er kontaktet"' })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class CooperationAgreementDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  municipalityId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  housingOrganisationId: string;

  @ApiProperty({ enum: VOLUNTARY_WARNINGS, isArray: true })
  @IsArray()
  @ArrayMaxSize(VOLUNTARY_WARNINGS.length)
  @IsIn(VOLUNTARY_WARNINGS, { each: true })
  enabledWarnings: VoluntaryWarning[];

  @ApiProperty({ type: 'integer', description: 'Arrears (øre) from which "arrears registered" is sent', minimum: 0 })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000_000_00)
  arrearsThresholdOre: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 60,
    description: 'Business days before the eviction date for the reminder',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  evictionReminderBusinessDays: number;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  validFrom: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  validTo?: string | null;
}

export class NotificationSettingDto {
  @ApiProperty({ enum: ['immediate', 'digest', 'none'] })
  @IsIn(['immediate', 'digest', 'none'])
  delivery: WarningDelivery;

  @ApiPropertyOptional({ enum: ['da', 'en'], nullable: true, description: 'Email language; unset: the user’s own' })
  @IsOptional()
  @IsIn(['da', 'en'])
  language?: 'da' | 'en' | null;
}

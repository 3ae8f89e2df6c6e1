import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { formatDkk } from '@app/common';
import {
  MAX_RENT_ASSISTANCE_ORE,
  RENT_ASSISTANCE_DECISIONS,
  RENT_ASSISTANCE_KINDS,
  type RentAssistanceView,
} from '@app/domain';
import { IsCalendarDate } from '../common/is-calendar-date.js';

const KINDS = [...RENT_ASSISTANCE_KINDS];
const DECISIONS = [...RENT_ASSISTANCE_DECISIONS];
const FINAL_DECISIONS = ['granted', 'refused'];

export class RecordRentAssistanceDto {
  @ApiProperty({
    enum: KINDS,
    description:
      'section_81: one-off grant (aktivloven § 81); section_81a: temporary rent assistance (§ 81 a); section_81b: rent help for under-30s (§ 81 b); housing_benefit: boligstøtte',
  })
  @IsIn(KINDS, { message: `kind must be one of: ${KINDS.join(', ')}` })
  kind: (typeof KINDS)[number];

  @ApiProperty({ format: 'date', example: '2026-11-20', description: 'The day the tenant applied; not in the future' })
  @IsCalendarDate()
  appliedOn: string;
}

export class DecideRentAssistanceDto {
  @ApiProperty({ type: 'integer', description: 'The application version you read; another gives 409 STALE_VERSION' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiProperty({ enum: FINAL_DECISIONS })
  @IsIn(FINAL_DECISIONS, { message: `decision must be one of: ${FINAL_DECISIONS.join(', ')}` })
  decision: 'granted' | 'refused';

  @ApiProperty({
    format: 'date',
    example: '2026-11-27',
    description: 'The day of the decision: not before the application, nor in the future',
  })
  @IsCalendarDate()
  decidedOn: string;

  @ApiPropertyOptional({
    type: 'integer',
    example: 650000,
    description:
      'The amount granted, in øre: required with granted (RENT_ASSISTANCE_AMOUNT_REQUIRED), refused with refused (RENT_ASSISTANCE_AMOUNT_NOT_ALLOWED)',
  })
  @IsOptional()
  @IsInt()
  @Max(MAX_RENT_ASSISTANCE_ORE)
  amountOre?: number;

  @ApiPropertyOptional({
    maxLength: 500,
    description:
      'Needed to change a decision already recorded (else 409 RENT_ASSISTANCE_ALREADY_DECIDED); kept on the case timeline. Refused on a pending application (RENT_ASSISTANCE_NOT_DECIDED).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  correctionReason?: string;
}

export class RentAssistanceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ enum: KINDS }) kind: string;
  @ApiProperty({ format: 'date' }) appliedOn: string;
  @ApiProperty({ enum: DECISIONS }) decision: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) decidedOn: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The amount granted (only when granted)' })
  amountOre: number | null;
  @ApiProperty({ nullable: true, type: String, example: '6500.00' }) amountDkk: string | null;
  @ApiProperty({ format: 'uuid', description: 'Who recorded the application' }) recordedBy: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Who recorded the decision' })
  decidedBy: string | null;
  @ApiProperty({ type: 'integer' }) version: number;

  static from(application: RentAssistanceView): RentAssistanceResponse {
    return {
      id: application.id,
      caseId: application.caseId,
      kind: application.kind,
      appliedOn: application.appliedOn,
      decision: application.decision,
      decidedOn: application.decidedOn,
      amountOre: application.amountOre,
      amountDkk: application.amountOre === null ? null : formatDkk(application.amountOre),
      recordedBy: application.recordedBy,
      decidedBy: application.decidedBy,
      version: application.version,
    };
  }
}

export class RentAssistanceListResponse {
  @ApiProperty({ type: [RentAssistanceResponse] }) items: RentAssistanceResponse[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { trimString } from '@app/common';
import { REFERRAL_OUTCOMES, REFERRAL_STATUSES, SERVICE_LEVELS, type ReferralView } from '@app/domain';
import { IsCalendarDate } from '../common/is-calendar-date.js';

const CLOSED_OUTCOMES = [...REFERRAL_OUTCOMES, 'consent_withdrawn'];

export class CreateReferralDto {
  @ApiProperty({ format: 'uuid', description: 'The arrears case the referral is about (in your scope)' })
  @IsUUID()
  caseId: string;

  @ApiProperty({ format: 'uuid', description: "The tenant referred: a tenant of the case's tenancy" })
  @IsUUID()
  personId: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The debt-counselling provider; the tenant must have a debt-counselling consent in force naming it',
  })
  @IsUUID()
  counsellingProviderId: string;

  @ApiProperty({
    enum: SERVICE_LEVELS,
    description: "Den Sociale Retshjælp's steps 1–3: quick advice, light casework, full casework",
  })
  @IsIn([...SERVICE_LEVELS])
  serviceLevel: string;
}

export class ReferralQuery {
  @ApiPropertyOptional({ enum: REFERRAL_STATUSES })
  @IsOptional()
  @IsIn([...REFERRAL_STATUSES])
  status?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the referrals of this case' })
  @IsOptional()
  @IsUUID()
  caseId?: string;
}

export class ReferralVersionDto {
  @ApiProperty({ type: 'integer', description: 'The referral version you read; another gives 409 STALE_VERSION' })
  @IsInt()
  @Min(1)
  version: number;
}

export class DeclineReferralDto extends ReferralVersionDto {
  @ApiProperty({ description: 'Why the provider declines (shown to the referrer)', maxLength: 1000 })
  @Transform(trimString)
  @IsString()
  @Length(1, 1000)
  reason: string;
}

export class FirstContactDto extends ReferralVersionDto {
  @ApiProperty({
    format: 'date',
    description: 'The day of the first contact: not before the acceptance, not in the future',
  })
  @IsCalendarDate()
  on: string;
}

export class CloseReferralDto extends ReferralVersionDto {
  @ApiProperty({
    enum: REFERRAL_OUTCOMES,
    description: 'no_contact only without a first contact; every other outcome only after one',
  })
  @IsIn([...REFERRAL_OUTCOMES])
  outcome: string;
}

export class ReferralProviderResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class ReferralResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ description: 'The tenant referred (the consent allows the provider to see name and address)' })
  personName: string;
  @ApiProperty({ description: "The tenancy's address" }) address: string;
  @ApiProperty({ type: ReferralProviderResponse }) counsellingProvider: ReferralProviderResponse;
  @ApiProperty({ enum: SERVICE_LEVELS }) serviceLevel: string;
  @ApiProperty({ enum: REFERRAL_STATUSES }) status: string;
  @ApiProperty({ format: 'date' }) sentOn: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) acceptedOn: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) declinedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) declineReason: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) firstContactOn: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) closedOn: string | null;
  @ApiProperty({ nullable: true, type: String, enum: CLOSED_OUTCOMES }) outcome: string | null;
  @ApiProperty({ description: "Accepted, and no first contact within the provider's business days" })
  firstContactOverdue: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The warning that delivered it' })
  warningId: string | null;
  @ApiProperty({ type: 'integer', description: 'Send it back with the next step' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;

  static from(r: ReferralView): ReferralResponse {
    return {
      id: r.id,
      caseId: r.caseId,
      personId: r.personId,
      personName: r.personName,
      address: r.address,
      counsellingProvider: { id: r.counsellingProviderId, name: r.counsellingProviderName },
      serviceLevel: r.serviceLevel,
      status: r.status,
      sentOn: r.sentOn,
      acceptedOn: r.acceptedOn,
      declinedOn: r.declinedOn,
      declineReason: r.declineReason,
      firstContactOn: r.firstContactOn,
      closedOn: r.closedOn,
      outcome: r.outcome,
      firstContactOverdue: r.firstContactOverdue,
      warningId: r.warningId,
      version: r.version,
      createdAt: r.createdAt,
    };
  }
}

export class ReferralListResponse {
  @ApiProperty({ type: [ReferralResponse] }) items: ReferralResponse[];
}

export class ReferralSettingDto {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 30,
    description:
      'Business days the provider has to answer a referral, and to make the first contact after accepting one, before it is reminded and escalated',
  })
  @IsInt()
  @Min(1)
  @Max(30)
  answerBusinessDays: number;
}

export class ReferralSettingResponse {
  @ApiProperty({ format: 'uuid' }) counsellingProviderId: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 30 }) answerBusinessDays: number;
}

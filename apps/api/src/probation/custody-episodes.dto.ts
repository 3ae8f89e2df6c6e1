import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
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
  IsObject,
  ValidateNested,
} from 'class-validator';
import { IsEmailAddress, trimString } from '@app/common';
import { CONTACT_KINDS, CUSTODY_KINDS, type CustodyEpisodeView } from '@app/domain';
import { IsCalendarDate } from '../common/is-calendar-date.js';

/** Free text here names an institution or a person: never the offence (docs/probation.md#what-is-stored). */
export class EpisodeContactDto {
  @ApiProperty({
    enum: CONTACT_KINDS,
    description: 'person: someone the tenant named (name and a phone or an email); probation_officer: the officer',
  })
  @IsIn([...CONTACT_KINDS])
  kind: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Only for a person: their name' })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 40, description: 'Only for a person' })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Matches(/^\+?[0-9 ]{6,20}$/, { message: 'phone must be digits, optionally with a leading +' })
  phone?: string;

  @ApiPropertyOptional({ maxLength: 254, description: 'Only for a person' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  email?: string;
}

export class CreateCustodyEpisodeDto {
  @ApiProperty({ format: 'uuid', description: 'The tenant; their probation-cooperation consent must be in force' })
  @IsUUID()
  personId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "Housing caseworkers: the probation unit the tenant's consent names (required). Probation officers: ignored, their own unit.",
  })
  @IsOptional()
  @IsUUID()
  probationUnitId?: string;

  @ApiProperty({ enum: CUSTODY_KINDS, description: 'remand (varetægt) or sentence (afsoning)' })
  @IsIn([...CUSTODY_KINDS])
  kind: string;

  @ApiProperty({ maxLength: 200, description: 'The prison or remand institution (not the offence)' })
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  institution: string;

  @ApiProperty({ format: 'date', description: 'When the custody began: not in the future' })
  @IsCalendarDate()
  startedOn: string;

  @ApiPropertyOptional({ format: 'date', description: 'Where known: not before the start' })
  @IsOptional()
  @IsCalendarDate()
  expectedReleaseOn?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Where known (prøveløsladelse): not before the start' })
  @IsOptional()
  @IsCalendarDate()
  paroleOn?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 600, description: 'Where known; never on remand' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  sentenceMonths?: number;

  @ApiProperty({ type: EpisodeContactDto, description: 'Whom to contact about post while the tenant is away' })
  @IsObject()
  @ValidateNested()
  @Type(() => EpisodeContactDto)
  contact: EpisodeContactDto;
}

export class UpdateCustodyEpisodeDto {
  @ApiProperty({ type: 'integer', description: 'The episode version you read; another gives 409 STALE_VERSION' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ enum: CUSTODY_KINDS })
  @IsOptional()
  @IsIn([...CUSTODY_KINDS])
  kind?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  institution?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  startedOn?: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'null clears it' })
  @IsOptional()
  @IsCalendarDate()
  expectedReleaseOn?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'null clears it' })
  @IsOptional()
  @IsCalendarDate()
  paroleOn?: string | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 1, maximum: 600, description: 'null clears it' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  sentenceMonths?: number | null;

  @ApiPropertyOptional({ type: EpisodeContactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => EpisodeContactDto)
  contact?: EpisodeContactDto;
}

export class ReleaseCustodyEpisodeDto {
  @ApiProperty({ type: 'integer', description: 'The episode version you read; another gives 409 STALE_VERSION' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiProperty({ format: 'date', description: 'The day of the release: not before the start, not in the future' })
  @IsCalendarDate()
  releasedOn: string;
}

export class CustodyEpisodeQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the episodes of this person' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only open (true) or closed (false) episodes' })
  @IsOptional()
  @IsIn(['true', 'false'])
  open?: string;
}

export class EpisodeContactResponse {
  @ApiProperty({ enum: CONTACT_KINDS }) kind: string;
  @ApiProperty({ description: "The person's name, or the officer's (or the unit's)" }) name: string;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
}

export class ProbationUnitRefResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class CustodyEpisodeResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    enum: ['full', 'recipient'],
    description:
      'full: the probation officer sees every field; recipient: the landlord or the municipality named by the consent sees that the tenant is away, since when, the expected return and the contact — kind, institution, dates of release and parole, and sentence length are null',
  })
  view: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() personName: string;
  @ApiProperty({ nullable: true, type: String }) address: string | null;
  @ApiProperty({ type: ProbationUnitRefResponse }) probationUnit: ProbationUnitRefResponse;
  @ApiProperty({ format: 'date', description: 'Away since' }) startedOn: string;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    description: 'The parole date where known, else the expected release',
  })
  expectedReturnOn: string | null;
  @ApiProperty({ type: EpisodeContactResponse }) contact: EpisodeContactResponse;
  @ApiProperty({ nullable: true, type: String, enum: CUSTODY_KINDS }) kind: string | null;
  @ApiProperty({ nullable: true, type: String }) institution: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) expectedReleaseOn: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) paroleOn: string | null;
  @ApiProperty({ nullable: true, type: 'integer' }) sentenceMonths: number | null;
  @ApiProperty() open: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) releasedOn: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['released', 'consent_withdrawn'] }) closedReason: string | null;
  @ApiProperty({ type: 'integer', description: 'Send it back with the next change' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;

  static from(e: CustodyEpisodeView): CustodyEpisodeResponse {
    return {
      id: e.id,
      view: e.view,
      personId: e.personId,
      personName: e.personName,
      address: e.address,
      probationUnit: e.probationUnit,
      startedOn: e.startedOn,
      expectedReturnOn: e.expectedReturnOn,
      contact: e.contact,
      kind: e.kind,
      institution: e.institution,
      expectedReleaseOn: e.expectedReleaseOn,
      paroleOn: e.paroleOn,
      sentenceMonths: e.sentenceMonths,
      open: e.open,
      releasedOn: e.releasedOn,
      closedReason: e.closedReason,
      version: e.version,
      createdAt: e.createdAt,
    };
  }
}

export class CustodyEpisodeListResponse {
  @ApiProperty({ type: [CustodyEpisodeResponse] }) items: CustodyEpisodeResponse[];
}

export class CustodyNoticeSettingDto {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 20,
    description:
      "Business days the recipients of the unit's custody notices (landlord, municipality) have to acknowledge them before they escalate",
  })
  @IsInt()
  @Min(1)
  @Max(20)
  acknowledgeBusinessDays: number;
}

export class CustodyNoticeSettingResponse {
  @ApiProperty({ format: 'uuid' }) probationUnitId: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 20, example: 2 }) acknowledgeBusinessDays: number;
}

import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxDate,
  MaxLength,
  Min,
  MinDate,
} from 'class-validator';
import { IsEmailAddress, IsOmittable, PageQuery, trimString } from '@app/common';
import { ConsentPurpose, RECIPIENT_TYPES_FOR_PURPOSE, type Consent, type PersonView } from '@app/domain';

export class CreatePersonDto {
  @ApiProperty({ example: 'Jens Jensen' })
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ example: '010170-1234', description: 'Validated; stored encrypted; never logged' })
  @IsOmittable()
  @IsString()
  @MaxLength(20)
  cpr?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  email?: string;

  @ApiPropertyOptional({ example: '+45 12 34 56 78' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ]{8,20}$/, { message: 'phone must be digits, spaces and an optional leading +' })
  phone?: string;

  @ApiPropertyOptional({ example: 'Solvej 12, 2. tv.' })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @MaxLength(300)
  address?: string;

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

  @ApiPropertyOptional({ format: 'uuid', description: 'Municipality of residence' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 30, default: 0 })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(30)
  childrenUnder18?: number;

  @ApiPropertyOptional({ enum: ['da', 'en'] })
  @IsOmittable()
  @IsIn(['da', 'en'])
  language?: 'da' | 'en';

  @ApiPropertyOptional({ format: 'uuid', description: 'Administrators only; caseworkers register in their own' })
  @IsOmittable()
  @IsUUID()
  housingOrganisationId?: string;
}

/**
 * null clears a contact field (email, phone, address, postcode, city, municipality: optional in
 * CreatePersonDto too); name, children and language are NOT NULL, so null is refused for them.
 */
export class UpdatePersonDto extends PartialType(OmitType(CreatePersonDto, ['cpr', 'housingOrganisationId'] as const), {
  skipNullProperties: false,
}) {
  @ApiProperty({
    type: 'integer',
    description: 'The version you read; a newer one on the server gives 409 STALE_VERSION',
  })
  @IsInt()
  @Min(1)
  version: number;
}

/** A JSON body can say null where a query string cannot: null is refused, not read as "any". */
export class PersonSearchDto extends PageQuery {
  @ApiPropertyOptional({ description: 'Exact CPR number (sent in the body so it never lands in a URL or a log)' })
  @IsOmittable()
  @IsString()
  @MaxLength(20)
  cpr?: string;

  @ApiPropertyOptional({ description: 'Part of the name' })
  @IsOmittable()
  @IsString()
  @Length(1, 200)
  name?: string;
}

export class PersonListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;
}

export class PersonResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) housingOrganisationId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) municipalityId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Full number for housing caseworkers; DDMMYY-xxxx for everyone else',
  })
  cpr: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ nullable: true, type: String }) address: string | null;
  @ApiProperty({ nullable: true, type: String }) postcode: string | null;
  @ApiProperty({ nullable: true, type: String }) city: string | null;
  @ApiProperty({ type: 'integer' }) childrenUnder18: number;
  @ApiProperty({ enum: ['da', 'en'] }) language: 'da' | 'en';
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) anonymisedAt: string | null;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(p: PersonView): PersonResponse {
    return {
      ...p,
      anonymisedAt: p.anonymisedAt?.toISOString() ?? null,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    };
  }
}

const PURPOSES = Object.values(ConsentPurpose);
/**
 * JavaScript dates reach 271,821 BC, PostgreSQL's timestamptz only 4713 BC (a 500 `timestamp out
 * of range` before this); no consent predates the system's oldest records or outlives year 9999.
 */
const EARLIEST = new Date('1900-01-01T00:00:00Z');
const LATEST = new Date('9999-12-31T23:59:59.999Z');

export class CreateConsentDto {
  @ApiProperty({ enum: PURPOSES })
  @IsIn(PURPOSES, { message: `purpose must be one of: ${PURPOSES.join(', ')}` })
  purpose: ConsentPurpose;

  @ApiProperty({ format: 'uuid', description: 'The municipality, provider or probation unit the purpose names' })
  @IsUUID()
  recipientId: string;

  @ApiProperty({ format: 'date-time' })
  @Type(() => Date)
  @IsDate()
  @MinDate(EARLIEST, { message: 'givenAt must be in the year 1900 or later' })
  @MaxDate(LATEST, { message: 'givenAt must be before the year 10000' })
  givenAt: Date;

  @ApiPropertyOptional({ format: 'date-time', description: 'After givenAt (400 CONSENT_PERIOD_INVALID otherwise)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @MinDate(EARLIEST, { message: 'expiresAt must be in the year 1900 or later' })
  @MaxDate(LATEST, { message: 'expiresAt must be before the year 10000' })
  expiresAt?: Date;
}

export class ConsentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ enum: PURPOSES }) purpose: ConsentPurpose;
  @ApiProperty({ enum: [...new Set(Object.values(RECIPIENT_TYPES_FOR_PURPOSE).flat())] }) recipientType: string;
  @ApiProperty({ format: 'uuid' }) recipientId: string;
  @ApiProperty({ format: 'date-time' }) givenAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) expiresAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) withdrawnAt: string | null;

  static from(c: Consent): ConsentResponse {
    return {
      id: c.id,
      personId: c.personId,
      purpose: c.purpose,
      recipientType: c.recipientType,
      recipientId: c.recipientId,
      givenAt: c.givenAt.toISOString(),
      expiresAt: c.expiresAt?.toISOString() ?? null,
      withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
    };
  }
}

import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { type CounsellingProvider, type Department, type HousingOrganisation, type ProbationUnit } from '@app/domain';
import { IsEmailAddress, PageQuery, trimString } from '@app/common';

export class CreateHousingOrganisationDto {
  @ApiProperty({ example: 'Demo Boligselskab', maxLength: 200 })
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ example: '12345678', description: 'CVR number, 8 digits' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9]{8}$/, { message: 'cvr must be 8 digits' })
  cvr?: string;

  @ApiPropertyOptional({ example: 'udlejning@demo-bolig.dk' })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  contactEmail?: string;
}
/** null clears cvr or contactEmail (optional in CreateHousingOrganisationDto too); a null name is refused. */
export class UpdateHousingOrganisationDto extends PartialType(CreateHousingOrganisationDto, {
  skipNullProperties: false,
}) {}

export class HousingOrganisationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) cvr: string | null;
  @ApiProperty({ nullable: true, type: String }) contactEmail: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(o: HousingOrganisation): HousingOrganisationResponse {
    return { id: o.id, name: o.name, cvr: o.cvr, contactEmail: o.contactEmail, createdAt: o.createdAt.toISOString() };
  }
}

export class CreateDepartmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  housingOrganisationId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  municipalityId: string;

  @ApiProperty({ example: '12', description: 'The organisation’s own department number (afdelingsnummer)' })
  @Transform(trimString)
  @IsString()
  @Length(1, 20)
  number: string;

  @ApiProperty({ example: 'Solgården' })
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'Solvej 1-40, 2300 København S' })
  @Transform(trimString)
  @IsString()
  @Length(1, 300)
  address: string;
}
/** Every column is NOT NULL: a field may be left out, not set to null. */
export class UpdateDepartmentDto extends PartialType(CreateDepartmentDto, { skipNullProperties: false }) {}

export class DepartmentQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  housingOrganisationId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;
}

export class DepartmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) housingOrganisationId: string;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() number: string;
  @ApiProperty() name: string;
  @ApiProperty() address: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(d: Department): DepartmentResponse {
    return {
      id: d.id,
      housingOrganisationId: d.housingOrganisationId,
      municipalityId: d.municipalityId,
      number: d.number,
      name: d.name,
      address: d.address,
      createdAt: d.createdAt.toISOString(),
    };
  }
}

/** Probation units and debt-counselling providers: a name and a contact mailbox. */
export class CreateContactEntryDto {
  @ApiProperty({ example: 'Kriminalforsorgen Hovedstaden' })
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'kontakt@example.dk' })
  @Transform(trimString)
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  contactEmail: string;
}
/** Both columns are NOT NULL: a field may be left out, not set to null. */
export class UpdateContactEntryDto extends PartialType(CreateContactEntryDto, { skipNullProperties: false }) {}

export class ContactEntryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() contactEmail: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(e: ProbationUnit | CounsellingProvider): ContactEntryResponse {
    return { id: e.id, name: e.name, contactEmail: e.contactEmail, createdAt: e.createdAt.toISOString() };
  }
}

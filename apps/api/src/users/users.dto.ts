import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { IsEmailAddress, IsOmittable, PageQuery, trimString } from '@app/common';
import { ALL_ROLES, type Role } from '@app/domain';

const ROLE_MESSAGE = `role must be one of: ${ALL_ROLES.join(', ')}`;

export class CreateUserDto {
  @ApiProperty({ example: 'sagsbehandler@demo-bolig.dk' })
  @Transform(trimString)
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  email: string;

  @ApiProperty({ example: 'Sara Sagsbehandler' })
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ enum: ALL_ROLES })
  @IsIn(ALL_ROLES, { message: ROLE_MESSAGE })
  role: Role;

  @ApiProperty({ minLength: 12, description: 'Initial password; at least 12 characters' })
  @IsString()
  @MaxLength(200)
  password: string;

  @ApiPropertyOptional({ enum: ['da', 'en'], default: 'da' })
  @IsOmittable()
  @IsIn(['da', 'en'])
  language?: 'da' | 'en';

  @ApiPropertyOptional({ description: 'Team lead: receives the first escalation of unacknowledged warnings' })
  @IsOmittable()
  @IsBoolean()
  teamLead?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'municipal_social_worker, or a municipality manager' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'housing_caseworker, or an organisation manager' })
  @IsOptional()
  @IsUUID()
  housingOrganisationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'probation_officer' })
  @IsOptional()
  @IsUUID()
  probationUnitId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'debt_advisor' })
  @IsOptional()
  @IsUUID()
  counsellingProviderId?: string;

  @ApiPropertyOptional({ type: [String], description: 'Limit a caseworker to these departments of their organisation' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  departmentIds?: string[];
}

/** Every field may be left out; none may be null (the columns are NOT NULL; [] clears departments). */
export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOmittable()
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ enum: ['da', 'en'] })
  @IsOmittable()
  @IsIn(['da', 'en'])
  language?: 'da' | 'en';

  @ApiPropertyOptional({ description: 'Team lead: receives the first escalation of unacknowledged warnings' })
  @IsOmittable()
  @IsBoolean()
  teamLead?: boolean;

  @ApiPropertyOptional({ type: [String] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  departmentIds?: string[];
}

export class ResetPasswordDto {
  @ApiProperty({ minLength: 12 })
  @IsString()
  @MaxLength(200)
  password: string;
}

export class UserQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ALL_ROLES })
  @IsOptional()
  @IsIn(ALL_ROLES, { message: ROLE_MESSAGE })
  role?: Role;
}

import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length, Matches, MaxLength } from 'class-validator';
import { type Municipality } from '@app/domain';
import { IsEmailAddress, trimString } from '@app/common';

export class CreateMunicipalityDto {
  @ApiProperty({ example: '101', description: 'Three-digit municipality code (kommunekode)' })
  @IsString()
  @Matches(/^[0-9]{3}$/, { message: 'code must be the three-digit municipality code (kommunekode), e.g. 101' })
  code: string;

  @ApiProperty({ example: 'København', maxLength: 100 })
  @Transform(trimString)
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ example: 'boligvarsler@kk.dk', description: 'Mailbox that receives early warnings' })
  @Transform(trimString)
  @IsString()
  @MaxLength(254)
  @IsEmailAddress({ message: 'alertEmail must be an email address' })
  alertEmail: string;
}

/**
 * The code is the municipality's identity and is not changed; name and mailbox may be, but not
 * to null (both columns are NOT NULL): `skipNullProperties: false` makes null fail validation.
 */
export class UpdateMunicipalityDto extends PartialType(OmitType(CreateMunicipalityDto, ['code'] as const), {
  skipNullProperties: false,
}) {}

export class MunicipalityResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '101' })
  code: string;

  @ApiProperty({ example: 'København' })
  name: string;

  @ApiProperty({ example: 'boligvarsler@kk.dk' })
  alertEmail: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(municipality: Municipality): MunicipalityResponse {
    return {
      id: municipality.id,
      code: municipality.code,
      name: municipality.name,
      alertEmail: municipality.alertEmail,
      createdAt: municipality.createdAt.toISOString(),
    };
  }
}

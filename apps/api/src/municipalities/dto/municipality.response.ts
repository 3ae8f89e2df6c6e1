import { ApiProperty } from '@nestjs/swagger';
import { type Municipality } from '@app/domain';

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

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The error shape, for the OpenAPI document. */
export class ErrorResponse {
  @ApiProperty({ example: 409 })
  statusCode: number;

  @ApiProperty({ example: 'MUNICIPALITY_CODE_TAKEN', description: 'Stable code to match on' })
  code: string;

  @ApiProperty({ example: 'Der findes allerede en kommune med kommunekode 101.' })
  message: string;

  @ApiPropertyOptional({ description: 'Which fields or rows are at fault' })
  details?: unknown;

  @ApiProperty({ example: '0f7c2d2e-8f7e-4a0e-9a55-6c1f7f0b7a11' })
  requestId: string;
}

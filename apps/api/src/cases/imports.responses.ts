import { ApiProperty } from '@nestjs/swagger';

// Response shapes of the arrears import for the API document: the service returns these views as they are.

class BilingualTextResponse {
  @ApiProperty() da: string;
  @ApiProperty() en: string;
}

class ImportErrorResponse {
  @ApiProperty({ example: 'IMPORT_MISSING_COLUMNS' }) code: string;
  @ApiProperty({ type: BilingualTextResponse }) text: BilingualTextResponse;
}

export class ImportResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) housingOrganisationId: string;
  @ApiProperty({ type: String, nullable: true }) fileName: string | null;
  @ApiProperty({ enum: ['csv', 'json'] }) format: string;
  @ApiProperty({ enum: ['received', 'processing', 'completed', 'failed'] }) status: string;
  @ApiProperty({ type: 'integer' }) sizeBytes: number;
  @ApiProperty({ type: 'integer' }) totalRows: number;
  @ApiProperty({ type: 'integer' }) changedRows: number;
  @ApiProperty({ type: 'integer' }) unchangedRows: number;
  @ApiProperty({ type: 'integer' }) failedRows: number;
  @ApiProperty({ type: 'integer', description: 'Attempts at processing it so far' }) attempts: number;

  @ApiProperty({ type: ImportErrorResponse, nullable: true, description: 'Why the whole file failed' })
  error: ImportErrorResponse | null;

  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;
}

export class ImportProblemResponse {
  @ApiProperty({ type: 'integer' }) rowNumber: number;
  @ApiProperty({ example: 'arrearsOre' }) field: string;
  @ApiProperty({ example: 'ROW_REFUSED' }) code: string;
  @ApiProperty({ type: BilingualTextResponse }) message: BilingualTextResponse;
}

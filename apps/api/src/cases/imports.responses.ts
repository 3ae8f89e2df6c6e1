import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// Response shapes of the arrears import for the API document: the service returns these views as they are.

class BilingualTextResponse {
  @ApiProperty() da: string;
  @ApiProperty() en: string;
}

/** One thing to put right in a failed file, in the house's details shape with the message in both languages. */
class ImportErrorDetailResponse {
  @ApiProperty({ type: String, nullable: true, example: 'arrearsOre' }) field: string | null;
  @ApiProperty({ example: 'IMPORT_MISSING_COLUMNS' }) rule: string;
  @ApiProperty({ type: BilingualTextResponse }) message: BilingualTextResponse;
  @ApiPropertyOptional({ example: 'Restance', description: 'The column header the file should have' })
  column?: string;
}

class ImportErrorResponse {
  @ApiProperty({ example: 'IMPORT_MISSING_COLUMNS' }) code: string;
  @ApiProperty({ type: BilingualTextResponse }) text: BilingualTextResponse;
  @ApiProperty({
    type: [ImportErrorDetailResponse],
    description: 'One item per thing to put right, e.g. per missing column',
  })
  details: ImportErrorDetailResponse[];
}

export class ImportResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) housingOrganisationId: string;
  @ApiProperty({ type: String, nullable: true }) fileName: string | null;
  @ApiProperty({ enum: ['csv', 'json', 'xlsx'] }) format: string;

  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['UTF-8', 'Windows-1252', 'ISO-8859-1'],
    description: 'The character encoding a CSV or JSON file was read in; null for a workbook',
  })
  encoding: string | null;

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
  @ApiProperty({ example: 'arrearsOre', description: 'The stable name of the field, or `row`' }) field: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Restance',
    description: "The column's header in the user's file; null for the row as a whole",
  })
  column: string | null;
  @ApiProperty({ example: 'INVALID_AMOUNT' }) code: string;
  @ApiProperty({ type: BilingualTextResponse }) message: BilingualTextResponse;
}

import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

/** One field (or row) at fault, in `details` of a 400. */
export class FieldProblemResponse {
  @ApiProperty({ example: 'dueDate' }) field: string;
  @ApiProperty({ example: 'isCalendarDate', description: 'The rule it broke' }) rule: string;
  @ApiProperty({ example: 'dueDate must be a calendar date (YYYY-MM-DD)' }) message: string;
}

/** The error shape, for the OpenAPI document. */
export class ErrorResponse {
  @ApiProperty({ type: 'integer', example: 409 })
  statusCode: number;

  @ApiProperty({ example: 'MUNICIPALITY_CODE_TAKEN', description: 'Stable code to match on' })
  code: string;

  @ApiProperty({ example: 'Der findes allerede en kommune med kommunekode 101.' })
  message: string;

  @ApiPropertyOptional({
    description: 'Which fields are at fault (a list), or facts about the refusal (an object: e.g. currentVersion)',
    oneOf: [
      { type: 'array', items: { $ref: getSchemaPath(FieldProblemResponse) } },
      { type: 'object', additionalProperties: true },
    ],
  })
  details?: FieldProblemResponse[] | Record<string, unknown>;

  @ApiProperty({ example: '0f7c2d2e-8f7e-4a0e-9a55-6c1f7f0b7a11' })
  requestId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only on a 500: quote it to support' })
  errorId?: string;
}

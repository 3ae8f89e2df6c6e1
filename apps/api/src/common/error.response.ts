import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

/**
 * One thing wrong with the request, in `details` of every error: the field at fault (null for the
 * request as a whole), the rule it broke, a message in the reader's language, and any values that
 * help put it right (earliestDate, currentVersion, retryAfterSeconds, existingId, …).
 */
export class FieldProblemResponse {
  @ApiProperty({ type: String, nullable: true, example: 'dueDate' }) field: string | null;
  @ApiProperty({ example: 'isCalendarDate', description: 'The rule it broke' }) rule: string;
  @ApiProperty({ example: 'Skal være en dato skrevet ÅÅÅÅ-MM-DD.' }) message: string;
}

/** The error shape, for the OpenAPI document. */
export class ErrorResponse {
  @ApiProperty({ type: 'integer', example: 409 })
  statusCode: number;

  @ApiProperty({ example: 'MUNICIPALITY_CODE_TAKEN', description: 'Stable code to match on' })
  code: string;

  @ApiProperty({ example: 'Der findes allerede en kommune med kommunekode 101.' })
  message: string;

  @ApiProperty({
    description:
      'What is wrong, one item per problem (empty when there is nothing to add); the same shape for every code',
    type: 'array',
    items: { allOf: [{ $ref: getSchemaPath(FieldProblemResponse) }], additionalProperties: true },
  })
  details: FieldProblemResponse[];

  @ApiProperty({ example: '0f7c2d2e-8f7e-4a0e-9a55-6c1f7f0b7a11' })
  requestId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only on a 500: quote it to support' })
  errorId?: string;
}

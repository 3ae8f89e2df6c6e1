import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';

const INDICATORS: ApiPropertyOptions = {
  type: 'object',
  description: 'Per service (database, queue, smtp): its status and the last probe result, with checkedAt and ageMs',
  additionalProperties: {
    type: 'object',
    properties: { status: { type: 'string', enum: ['up', 'down', 'degraded'] } },
    required: ['status'],
    additionalProperties: true,
  },
};

/** `GET /health` (Terminus' HealthCheckResult). */
export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'error', 'shutting_down'] }) status: string;
  @ApiPropertyOptional({ ...INDICATORS, nullable: true }) info?: Record<string, unknown> | null;
  @ApiPropertyOptional({ ...INDICATORS, nullable: true }) error?: Record<string, unknown> | null;
  @ApiProperty(INDICATORS) details: Record<string, unknown>;
}

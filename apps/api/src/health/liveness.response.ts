import { ApiProperty } from '@nestjs/swagger';

/** `GET /health/live`. */
export class LivenessResponse {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

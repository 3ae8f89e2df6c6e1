import { Controller, Get, Inject } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, AuditQueryService, Role, type Actor, type PersonAccessRecord } from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { ApiErrors } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { IdParam } from '../common/params.js';

export class PersonAccessResponse {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'person.read' }) action: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId: string | null;
  @ApiProperty({ nullable: true, type: String }) actorName: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ALL_ROLES }) actorRole: string | null;
  @ApiProperty({ nullable: true, type: String }) actorOrganisation: string | null;
  @ApiProperty({ nullable: true, type: String }) requestId: string | null;
  @ApiProperty({ nullable: true, type: String }) sourceIp: string | null;

  static from(record: PersonAccessRecord): PersonAccessResponse {
    return { ...record, at: new Date(record.at).toISOString() };
  }
}

@ApiTags('audit')
@Controller('api/v1/audit')
export class AuditController {
  constructor(@Inject(AuditQueryService) private readonly audit: AuditQueryService) {}

  /** Who looked at this person, and when: the answer to a data subject's access request. */
  @Get('persons/:id/access')
  @Operation({
    summary: 'Who accessed a person',
    description:
      "Who read or changed this person's data, and when: the answer to a data subject's access request (GDPR art. 15). Administrators only.",
    ok: [PersonAccessResponse],
    errors: [ApiErrors.PersonNotFound],
  })
  @Allow(Role.Administrator)
  async personAccess(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<PersonAccessResponse[]> {
    return (await this.audit.accessToPerson(actor, id)).map((r) => PersonAccessResponse.from(r));
  }
}

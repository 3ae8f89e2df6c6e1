import { ApiProperty } from '@nestjs/swagger';
import { ALL_ROLES, type Role, type User } from '@app/domain';

export class UserResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ALL_ROLES })
  role: Role;

  @ApiProperty({ enum: ['da', 'en'] })
  language: 'da' | 'en';

  @ApiProperty({ description: 'Receives the first escalation of unacknowledged warnings' })
  teamLead: boolean;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  municipalityId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  housingOrganisationId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  probationUnitId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  counsellingProviderId: string | null;

  @ApiProperty({ type: [String], description: 'Departments a caseworker is limited to; empty means all' })
  departmentIds: string[];

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  disabledAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(user: User): UserResponse {
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      language: user.language,
      teamLead: user.teamLead,
      municipalityId: user.municipalityId,
      housingOrganisationId: user.housingOrganisationId,
      probationUnitId: user.probationUnitId,
      counsellingProviderId: user.counsellingProviderId,
      departmentIds: (user.departments ?? []).map((d) => d.id).sort(),
      disabledAt: user.disabledAt?.toISOString() ?? null,
      createdAt: user.createdAt.toISOString(),
    };
  }
}

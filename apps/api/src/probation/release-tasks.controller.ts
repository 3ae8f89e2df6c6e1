import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ReleaseTaskService, Role, type Actor } from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { BODY_ERRORS } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { UnitReleaseTaskListResponse, UnitReleaseTaskQuery, UnitReleaseTaskResponse } from './custody-planning.dto.js';

/** The probation officer's tasks across their unit's open episodes (the screen's "tasks, overdue first"). */
@ApiTags('custody-episodes')
@Controller('api/v1/release-tasks')
export class ReleaseTasksController {
  constructor(@Inject(ReleaseTaskService) private readonly tasks: ReleaseTaskService) {}

  @Get()
  @Operation({
    summary: 'The unit’s release tasks, overdue first',
    description:
      'The release-planning tasks of the open episodes of your probation unit (consent in force): overdue ones first, longest overdue first, then by due day; overdue=true for the overdue ones only. At most 500. Each task listed is audited as read.',
    ok: UnitReleaseTaskListResponse,
    errors: [...BODY_ERRORS],
  })
  @Allow(Role.ProbationOfficer)
  @ApiOkResponse({ type: UnitReleaseTaskListResponse })
  async list(@CurrentActor() actor: Actor, @Query() query: UnitReleaseTaskQuery) {
    const items = await this.tasks.forUnit(actor, query.overdue ? { overdue: query.overdue === 'true' } : {});
    return { items: items.map((t) => UnitReleaseTaskResponse.fromUnit(t)) };
  }
}

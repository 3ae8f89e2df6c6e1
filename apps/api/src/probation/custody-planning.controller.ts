import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type IsoDate } from '@app/calendar';
import {
  CustodyEpisodeClosedError,
  CustodyEpisodeNotFoundError,
  HousingPlanInvalidError,
  HousingPlanOptionNotAllowedError,
  HousingPlanService,
  ReleaseTaskAlreadyCompletedError,
  ReleaseTaskCompletionInvalidError,
  ReleaseTaskNotFoundError,
  ReleaseTaskNotResponsibleError,
  ReleaseTaskService,
  Role,
  type Actor,
  type BelongingsArrangement,
  type HousingPlanOption,
} from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { BODY_ERRORS, documented } from '../common/api-errors.js';
import { Idempotent } from '../common/idempotency.interceptor.js';
import { Operation } from '../common/operation.decorator.js';
import { IdParam } from '../common/params.js';
import {
  CompleteReleaseTaskDto,
  DecideHousingPlanDto,
  EpisodeReleaseTasksResponse,
  HousingPlanListResponse,
  HousingPlanResponse,
  ReleaseTaskResponse,
} from './custody-planning.dto.js';

/** The parties of the cooperation: the episode's unit, and the landlord and municipality the consent names. */
const PARTIES = [Role.ProbationOfficer, Role.HousingCaseworker, Role.MunicipalSocialWorker];
/** The Køreplan's parties: the probation unit and the municipality. */
const TASK_PARTIES = [Role.ProbationOfficer, Role.MunicipalSocialWorker];

const EpisodeNotFound = documented(new CustodyEpisodeNotFoundError());
const Closed = documented(new CustodyEpisodeClosedError());

const date = (value: string | null | undefined) => (value ?? null) as IsoDate | null;

/**
 * The housing plan for a tenant's absence and the release-planning tasks of a custody episode
 * (docs/probation-release-planning.md), read and recorded as the tenant's consent names the caller; every read
 * audited. The probation officer's list of their unit's tasks is `ReleaseTasksController`.
 */
@ApiTags('custody-episodes')
@Controller('api/v1/custody-episodes/:id')
export class CustodyPlanningController {
  constructor(
    @Inject(HousingPlanService) private readonly plans: HousingPlanService,
    @Inject(ReleaseTaskService) private readonly tasks: ReleaseTaskService,
  ) {}

  @Post('housing-plans')
  @Operation({
    summary: 'Record a housing-plan decision',
    description:
      'Records what happens to the home during the absence: a new decision (the history is kept; the latest is the plan in force). The probation officer of the unit, the landlord’s caseworker and the municipality’s social worker named by the consent; that the municipality pays is recorded only by the municipality or the officer (403 HOUSING_PLAN_OPTION_NOT_ALLOWED). A plan breaking the rules is refused with the first violation’s code and every violation in details, nothing written. A closed episode: 409 CUSTODY_EPISODE_CLOSED.',
    created: HousingPlanResponse,
    errors: [
      ...BODY_ERRORS,
      EpisodeNotFound,
      Closed,
      documented(new HousingPlanOptionNotAllowedError()),
      documented(
        new HousingPlanInvalidError([
          { code: 'HOUSING_PLAN_SUBLET_NEEDS_LANDLORD_CONSENT', field: 'landlordConsentOn' },
        ]),
      ),
    ],
  })
  @Allow(...PARTIES)
  @Idempotent()
  @ApiCreatedResponse({ type: HousingPlanResponse })
  async decide(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: DecideHousingPlanDto) {
    return HousingPlanResponse.from(
      await this.plans.decide(actor, id, {
        option: body.option as HousingPlanOption,
        decidedOn: body.decidedOn as IsoDate,
        subletPossible: body.subletPossible ?? null,
        subletFromOn: date(body.subletFromOn),
        subletToOn: date(body.subletToOn),
        landlordConsentOn: date(body.landlordConsentOn),
        noticeOn: date(body.noticeOn),
        leaseEndsOn: date(body.leaseEndsOn),
        belongings: (body.belongings ?? null) as BelongingsArrangement | null,
      }),
    );
  }

  @Get('housing-plans')
  @Operation({
    summary: 'The housing plan and its history',
    description:
      'The probation officer: every decision, the plan in force first. The landlord and the municipality named by the consent: the plan in force only, without who decided and without the municipality’s examination. Every decision returned is audited as read; after a withdrawal: 404.',
    ok: HousingPlanListResponse,
    errors: [EpisodeNotFound],
  })
  @Allow(...PARTIES)
  @ApiOkResponse({ type: HousingPlanListResponse })
  async history(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return { items: (await this.plans.history(actor, id)).map((p) => HousingPlanResponse.from(p)) };
  }

  @Get('release-tasks')
  @Operation({
    summary: 'The release-planning tasks',
    description:
      'The Køreplan’s dated tasks (sentences of 4 months or more; otherwise none, and why), with their state today. The probation officer of the unit and the municipality named by the consent. Audited; after a withdrawal: 404.',
    ok: EpisodeReleaseTasksResponse,
    errors: [EpisodeNotFound],
  })
  @Allow(...TASK_PARTIES)
  @ApiOkResponse({ type: EpisodeReleaseTasksResponse })
  async releaseTasks(@CurrentActor() actor: Actor, @IdParam() id: string) {
    const tasks = await this.tasks.forEpisode(actor, id);
    return { ...tasks, items: tasks.items.map((t) => ReleaseTaskResponse.from(t)) };
  }

  @Post('release-tasks/:taskId/complete')
  @Operation({
    summary: 'Mark a release task done',
    description:
      'Records the day the task was done (not in the future, not before the custody began). The probation officer any task; the municipality its own (the help to set up a home). A closed episode: 409 CUSTODY_EPISODE_CLOSED.',
    ok: ReleaseTaskResponse,
    errors: [
      ...BODY_ERRORS,
      EpisodeNotFound,
      Closed,
      documented(new ReleaseTaskNotFoundError()),
      documented(new ReleaseTaskAlreadyCompletedError()),
      documented(new ReleaseTaskNotResponsibleError()),
      documented(new ReleaseTaskCompletionInvalidError({ code: 'RELEASE_TASK_COMPLETED_IN_FUTURE' })),
      documented(
        new ReleaseTaskCompletionInvalidError({ code: 'RELEASE_TASK_COMPLETED_BEFORE_START', startedOn: '2026-11-02' }),
      ),
    ],
  })
  @Allow(...TASK_PARTIES)
  @HttpCode(200)
  @ApiOkResponse({ type: ReleaseTaskResponse })
  async complete(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @IdParam('taskId') taskId: string,
    @Body() body: CompleteReleaseTaskDto,
  ) {
    return ReleaseTaskResponse.from(await this.tasks.complete(actor, id, taskId, body.completedOn as IsoDate));
  }
}

import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CustodyEpisodeService, EntityNotFoundError, Role, type Actor } from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { BODY_ERRORS, documented } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { IdParam } from '../common/params.js';
import { CustodyNoticeSettingDto, CustodyNoticeSettingResponse } from './custody-episodes.dto.js';

const NotFound = documented(new EntityNotFoundError('probation_unit'));
const MANAGERS_OF_THE_SETTING = [Role.Administrator, Role.ProbationOfficer];

/** A probation unit's custody-notice setting (docs/probation.md#the-handshake). */
@ApiTags('custody-episodes')
@Controller('api/v1/probation-units')
export class CustodyNoticeSettingsController {
  constructor(@Inject(CustodyEpisodeService) private readonly episodes: CustodyEpisodeService) {}

  @Get(':id/custody-notice-settings')
  @Operation({
    summary: "Get a probation unit's custody-notice setting",
    description:
      "The business days the recipients of the unit's custody notices (the landlord's caseworkers, the municipality) have to acknowledge them before they escalate; default 2. Administrators and the unit's own probation officers (another unit: 404).",
    ok: CustodyNoticeSettingResponse,
    errors: [NotFound],
  })
  @Allow(...MANAGERS_OF_THE_SETTING)
  @ApiOkResponse({ type: CustodyNoticeSettingResponse })
  async get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<CustodyNoticeSettingResponse> {
    return this.episodes.custodyNoticeSetting(actor, id);
  }

  @Put(':id/custody-notice-settings')
  @Operation({
    summary: "Set a probation unit's custody-notice setting",
    description:
      "Sets the business days (1–20) the recipients of the unit's custody notices have to acknowledge them; notices already sent keep the date they were given. Administrators and the unit's own probation officers (another unit: 404); audited.",
    ok: CustodyNoticeSettingResponse,
    errors: [...BODY_ERRORS, NotFound],
  })
  @Allow(...MANAGERS_OF_THE_SETTING)
  @ApiOkResponse({ type: CustodyNoticeSettingResponse })
  async set(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: CustodyNoticeSettingDto,
  ): Promise<CustodyNoticeSettingResponse> {
    return this.episodes.setCustodyNoticeSetting(actor, id, body.acknowledgeBusinessDays);
  }
}

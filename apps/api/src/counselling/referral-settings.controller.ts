import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EntityNotFoundError, ReferralService, Role, type Actor } from '@app/domain';
import { Allow, AnyRole, CurrentActor } from '../auth/access.decorators.js';
import { BODY_ERRORS, documented } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { IdParam } from '../common/params.js';
import { ReferralSettingDto, ReferralSettingResponse } from './referrals.dto.js';

const NotFound = documented(new EntityNotFoundError('counselling_provider'));

/** A debt-counselling provider's referral setting (docs/debt-counselling.md#delivery-through-the-warning-engine). */
@ApiTags('referrals')
@Controller('api/v1/counselling-providers')
export class ReferralSettingsController {
  constructor(@Inject(ReferralService) private readonly referrals: ReferralService) {}

  @Get(':id/referral-settings')
  @Operation({
    summary: "Get a provider's referral setting",
    description:
      'The business days the provider has to answer a referral (and to make the first contact after accepting one) before it is reminded and escalated; default 3. Any signed-in user: it holds no personal data.',
    ok: ReferralSettingResponse,
    errors: [NotFound],
  })
  @AnyRole()
  @ApiOkResponse({ type: ReferralSettingResponse })
  async get(@IdParam() id: string): Promise<ReferralSettingResponse> {
    return this.referrals.answerSetting(id);
  }

  @Put(':id/referral-settings')
  @Operation({
    summary: "Set a provider's referral setting",
    description:
      'Sets the business days (1–30) the provider has to answer a referral and to make the first contact; referrals already sent keep the answer date they were given. Administrators; audited.',
    ok: ReferralSettingResponse,
    errors: [...BODY_ERRORS, NotFound],
  })
  @Allow(Role.Administrator)
  @ApiOkResponse({ type: ReferralSettingResponse })
  async set(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: ReferralSettingDto,
  ): Promise<ReferralSettingResponse> {
    return this.referrals.setAnswerSetting(actor, id, body.answerBusinessDays);
  }
}

import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EntityNotFoundError, PaymentPlanService, Role, type Actor } from '@app/domain';
import { Allow, AnyRole, CurrentActor } from '../auth/access.decorators.js';
import { BODY_ERRORS, documented } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { IdParam } from '../common/params.js';
import { PaymentPlanSettingsDto, PaymentPlanSettingsResponse } from './payment-plans.dto.js';

const NotFound = documented(new EntityNotFoundError('housing_organisation'));

/** A housing organisation's payment-plan settings (docs/legal-rules.md#payment-plans-afdragsordning). */
@ApiTags('cases')
@Controller('api/v1/housing-organisations')
export class PaymentPlanSettingsController {
  constructor(@Inject(PaymentPlanService) private readonly plans: PaymentPlanService) {}

  @Get(':id/payment-plan-settings')
  @Operation({
    summary: "Get a housing organisation's payment-plan settings",
    description:
      'The grace days after an instalment falls due before the sweeper checks it (default 5), and the number of missed instalments that breaks a plan automatically (default 2). Any signed-in user: they hold no personal data.',
    ok: PaymentPlanSettingsResponse,
    errors: [NotFound],
  })
  @AnyRole()
  @ApiOkResponse({ type: PaymentPlanSettingsResponse })
  async get(@IdParam() id: string): Promise<PaymentPlanSettingsResponse> {
    return this.plans.settings(id);
  }

  @Put(':id/payment-plan-settings')
  @Operation({
    summary: "Set a housing organisation's payment-plan settings",
    description:
      'Sets the grace days (0–31) and the missed instalments that break a plan (1–12). New grace days apply to plans agreed from now on (a plan keeps the grace days it was agreed under); the number of misses applies to running plans from their next check. Administrators; audited.',
    ok: PaymentPlanSettingsResponse,
    errors: [...BODY_ERRORS, NotFound],
  })
  @Allow(Role.Administrator)
  @ApiOkResponse({ type: PaymentPlanSettingsResponse })
  async set(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: PaymentPlanSettingsDto,
  ): Promise<PaymentPlanSettingsResponse> {
    return this.plans.setSettings(actor, id, { graceDays: body.graceDays, breakAfterMisses: body.breakAfterMisses });
  }
}

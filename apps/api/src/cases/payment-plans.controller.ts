import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PaymentPlanService, Role, type Actor } from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { ApiErrors, BODY_ERRORS } from '../common/api-errors.js';
import { Idempotent } from '../common/idempotency.interceptor.js';
import { Operation } from '../common/operation.decorator.js';
import { IdParam } from '../common/params.js';
import { AgreePaymentPlanDto, EndPaymentPlanDto, PaymentPlanResponse } from './payment-plans.dto.js';

/** The landlord's side of a plan: housing caseworkers in the case's scope and administrators. */
const CASEWORK = [Role.HousingCaseworker, Role.Administrator];

const END_ERRORS = [
  ...BODY_ERRORS,
  ApiErrors.CaseNotFound,
  ApiErrors.CaseVersionConflict,
  ApiErrors.CaseClosed,
  ApiErrors.PaymentPlanNotActive,
  ApiErrors.DateInFuture,
  ApiErrors.DateBeforePaymentPlan,
];

/** Payment plans (afdragsordning, docs/legal-rules.md#payment-plans-afdragsordning) on an arrears case. */
@ApiTags('cases')
@Controller('api/v1/cases/:id/payment-plan')
export class PaymentPlansController {
  constructor(@Inject(PaymentPlanService) private readonly plans: PaymentPlanService) {}

  @Post()
  @Operation({
    summary: 'Agree a payment plan',
    description:
      "Records a payment plan (afdragsordning) agreed with the tenant: the case's balance paid in instalments (monthly by default) from the first due date, the current rent paid as well, with the housing organisation's grace days. The case moves to payment_plan_agreed and its legal steps pause (a step answers 409 PAYMENT_PLAN_ACTIVE) until the plan is completed or broken. Idempotent with an Idempotency-Key header; with the case version last read. Housing caseworkers (their organisation's departments) and administrators. Refused, with nothing changed: instalments that do not clear the amount, a first due date before the agreement or more than a year after it, an amount other than the balance, a closed case or one with a plan running.",
    ok: PaymentPlanResponse,
    errors: [
      ...BODY_ERRORS,
      ApiErrors.CaseNotFound,
      ApiErrors.CaseVersionConflict,
      ApiErrors.CaseClosed,
      ApiErrors.PaymentPlanActive,
      ApiErrors.DateInFuture,
      ApiErrors.NothingOwedForPlan,
      ApiErrors.PaymentPlanAmountInvalid,
      ApiErrors.PaymentPlanAmountNotBalance,
      ApiErrors.PaymentPlanInstalmentInvalid,
      ApiErrors.PaymentPlanInstalmentCountInvalid,
      ApiErrors.PaymentPlanDoesNotClear,
      ApiErrors.PaymentPlanTooManyInstalments,
      ApiErrors.PaymentPlanFirstDueBeforeAgreement,
      ApiErrors.PaymentPlanFirstDueTooLate,
    ],
  })
  @Allow(...CASEWORK)
  @Idempotent()
  @ApiOkResponse({ type: PaymentPlanResponse })
  async agree(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: AgreePaymentPlanDto) {
    return PaymentPlanResponse.from(
      await this.plans.agree(actor, id, {
        version: body.version,
        amountOre: body.amountOre,
        instalmentOre: body.instalmentOre,
        instalmentCount: body.instalmentCount,
        frequency: body.frequency,
        firstDueOn: body.firstDueOn as never,
        agreedOn: body.agreedOn as never,
      }),
    );
  }

  @Get()
  @Operation({
    summary: "Read the case's payment plan",
    description:
      "The running plan, or the one that ended last, with its instalments (each with its due date, moved off a non-business day, and the day from which it counts as missed after the grace days) and the case's balance against the balance the plan allows today. Housing caseworkers (their organisation's departments) and administrators.",
    ok: PaymentPlanResponse,
    errors: [ApiErrors.CaseNotFound, ApiErrors.PaymentPlanNotFound],
  })
  @Allow(...CASEWORK)
  @ApiOkResponse({ type: PaymentPlanResponse })
  async get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return PaymentPlanResponse.from(await this.plans.current(actor, id));
  }

  @Post('break')
  @Operation({
    summary: 'Record the payment plan as broken',
    description:
      "Ends the running plan as broken (misligholdt). The case goes back to registered with the earlier påkrav and the steps built on it cleared from the case (they stay on the timeline), so the legal steps resume only with a new påkrav for what is owed then. With the case version last read; idempotent with an Idempotency-Key header. Housing caseworkers (their organisation's departments) and administrators. (The sweeper will also do this after missed instalments.)",
    ok: PaymentPlanResponse,
    errors: END_ERRORS,
  })
  @Allow(...CASEWORK)
  @Idempotent()
  @HttpCode(200)
  @ApiOkResponse({ type: PaymentPlanResponse })
  async break(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: EndPaymentPlanDto) {
    return PaymentPlanResponse.from(await this.plans.break(actor, id, { version: body.version, on: body.on as never }));
  }

  @Post('complete')
  @Operation({
    summary: 'Record the payment plan as completed',
    description:
      "Ends the running plan as completed once the arrears are paid (the case's balance is 0; otherwise 409 ARREARS_NOT_PAID), and closes the case as paid. With the case version last read; idempotent with an Idempotency-Key header. Housing caseworkers (their organisation's departments) and administrators. (The sweeper will also do this when the balance reaches 0.)",
    ok: PaymentPlanResponse,
    errors: [...END_ERRORS, ApiErrors.ArrearsNotPaid],
  })
  @Allow(...CASEWORK)
  @Idempotent()
  @HttpCode(200)
  @ApiOkResponse({ type: PaymentPlanResponse })
  async complete(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: EndPaymentPlanDto) {
    return PaymentPlanResponse.from(
      await this.plans.complete(actor, id, { version: body.version, on: body.on as never }),
    );
  }
}

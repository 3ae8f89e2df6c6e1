import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  EntityNotFoundError,
  ReferralConsentMissingError,
  ReferralNotFoundError,
  ReferralPaymentPlanService,
  ReferralPersonNotTenantError,
  ReferralService,
  ReferralStepRefusedError,
  Role,
  StaleVersionError,
  UnknownReferenceError,
  type Actor,
  type ReferralOutcome,
  type ReferralStatus,
  type ServiceLevel,
} from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { ApiErrors, BODY_ERRORS, documented } from '../common/api-errors.js';
import { PaymentPlanResponse } from '../cases/payment-plans.dto.js';
import { Idempotent } from '../common/idempotency.interceptor.js';
import { Operation } from '../common/operation.decorator.js';
import { IdParam } from '../common/params.js';
import {
  CloseReferralDto,
  CreateReferralDto,
  DeclineReferralDto,
  FirstContactDto,
  ReferralListResponse,
  ReferralQuery,
  ReferralResponse,
  ReferralVersionDto,
} from './referrals.dto.js';

const REFERRERS = [Role.HousingCaseworker, Role.MunicipalSocialWorker];
const READERS = [Role.HousingCaseworker, Role.MunicipalSocialWorker, Role.DebtAdvisor];
const ADVISORS = [Role.DebtAdvisor];

const NotFound = documented(new ReferralNotFoundError());
const StaleVersion = documented(new StaleVersionError(2, 1));
const StateInvalid = documented(
  new ReferralStepRefusedError({ code: 'REFERRAL_STATE_INVALID', status: 'declined', step: 'accept' }),
);
const STEP_ERRORS = [...BODY_ERRORS, NotFound, StaleVersion, StateInvalid];

/**
 * Referrals to debt counselling (henvisning til gældsrådgivning), docs/debt-counselling.md. The
 * referrer (a housing caseworker or a municipal social worker) sends; the provider's debt advisors
 * answer and work them; every read is audited.
 */
@ApiTags('referrals')
@Controller('api/v1/referrals')
export class ReferralsController {
  constructor(
    @Inject(ReferralService) private readonly referrals: ReferralService,
    @Inject(ReferralPaymentPlanService) private readonly plans: ReferralPaymentPlanService,
  ) {}

  @Post()
  @Operation({
    summary: 'Refer a tenant to debt counselling',
    description:
      "Refers a tenant of a case in your scope to a debt-counselling provider, at a service level, and delivers it to the provider's advisors (inbox, and email to the provider's mailbox through the outbox) carrying only the tenant's name and the address; idempotent with an Idempotency-Key header. Housing caseworkers (their organisation's departments) and municipal social workers (cases their municipality may see). Refused with REFERRAL_CONSENT_MISSING, and nothing written, unless the tenant has a consent for debt-counselling naming the provider in force.",
    created: ReferralResponse,
    errors: [
      ...BODY_ERRORS,
      documented(new EntityNotFoundError('arrears_case')),
      documented(new ReferralPersonNotTenantError()),
      documented(new UnknownReferenceError('counsellingProviderId')),
      documented(new ReferralConsentMissingError()),
    ],
  })
  @Allow(...REFERRERS)
  @Idempotent()
  @ApiCreatedResponse({ type: ReferralResponse })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateReferralDto) {
    return ReferralResponse.from(
      await this.referrals.create(actor, {
        caseId: body.caseId,
        personId: body.personId,
        counsellingProviderId: body.counsellingProviderId,
        serviceLevel: body.serviceLevel as ServiceLevel,
      }),
    );
  }

  @Get()
  @Operation({
    summary: 'List referrals',
    description:
      'The referrals you may see: a debt advisor those to their own provider whose consent is in force, new first, then accepted ones whose first contact is overdue, accepted, in contact, and the finished ones; a housing caseworker those their organisation made; a municipal social worker those their municipality made. At most 500. Every referral listed is audited as read.',
    ok: ReferralListResponse,
    errors: [...BODY_ERRORS],
  })
  @Allow(...READERS)
  @ApiOkResponse({ type: ReferralListResponse })
  async list(@CurrentActor() actor: Actor, @Query() query: ReferralQuery) {
    const items = await this.referrals.list(actor, {
      ...(query.status ? { status: query.status as ReferralStatus } : {}),
      ...(query.caseId ? { caseId: query.caseId } : {}),
    });
    return { items: items.map((r) => ReferralResponse.from(r)) };
  }

  @Get(':id')
  @Operation({
    summary: 'Get a referral',
    description:
      'One referral, audited as read. Debt advisors of the provider while the consent is in force (after a withdrawal: 404 at once), and the referring organisation.',
    ok: ReferralResponse,
    errors: [NotFound],
  })
  @Allow(...READERS)
  @ApiOkResponse({ type: ReferralResponse })
  async get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return ReferralResponse.from(await this.referrals.get(actor, id));
  }

  @Get(':id/payment-plan')
  @Operation({
    summary: "The payment plan on a referral's case",
    description:
      "The case's running payment plan, or the one that ended last, with its instalments, as the landlord's caseworker sees it; read-only (the plan is agreed with the landlord). Audited as a read of the tenants' data. Debt advisors of the referral's provider while the referral's consent is in force (after a withdrawal: 404 at once).",
    ok: PaymentPlanResponse,
    errors: [NotFound, ApiErrors.CaseNotFound, ApiErrors.PaymentPlanNotFound],
  })
  @Allow(...ADVISORS)
  @ApiOkResponse({ type: PaymentPlanResponse })
  async paymentPlan(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return PaymentPlanResponse.from(await this.plans.current(actor, id));
  }

  @Post(':id/accept')
  @Operation({
    summary: 'Accept a referral',
    description:
      'The provider takes the referral on (sent → accepted), with the version last read; this acknowledges its warning, so it is not escalated. Debt advisors of the provider.',
    ok: ReferralResponse,
    errors: STEP_ERRORS,
  })
  @Allow(...ADVISORS)
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralResponse })
  async accept(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: ReferralVersionDto) {
    return ReferralResponse.from(await this.referrals.step(actor, id, body.version, { type: 'accept' }));
  }

  @Post(':id/decline')
  @Operation({
    summary: 'Decline a referral',
    description:
      'The provider declines the referral with a reason (sent → declined), shown to the referrer; this acknowledges its warning. Debt advisors of the provider.',
    ok: ReferralResponse,
    errors: [...STEP_ERRORS, documented(new ReferralStepRefusedError({ code: 'REFERRAL_REASON_MISSING' }))],
  })
  @Allow(...ADVISORS)
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralResponse })
  async decline(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: DeclineReferralDto) {
    return ReferralResponse.from(
      await this.referrals.step(actor, id, body.version, { type: 'decline', reason: body.reason }),
    );
  }

  @Post(':id/first-contact')
  @Operation({
    summary: 'Record the first contact',
    description:
      'The day the advisor first reached the tenant (accepted → in_contact): not before the acceptance, not in the future. Debt advisors of the provider.',
    ok: ReferralResponse,
    errors: [
      ...STEP_ERRORS,
      documented(
        new ReferralStepRefusedError({
          code: 'REFERRAL_DATE_IN_FUTURE',
          date: '2026-12-02' as never,
          today: '2026-12-01' as never,
        }),
      ),
      documented(
        new ReferralStepRefusedError({
          code: 'REFERRAL_DATE_BEFORE_ACCEPTANCE',
          date: '2026-11-30' as never,
          acceptedOn: '2026-12-01' as never,
        }),
      ),
    ],
  })
  @Allow(...ADVISORS)
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralResponse })
  async firstContact(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: FirstContactDto) {
    return ReferralResponse.from(
      await this.referrals.step(actor, id, body.version, { type: 'first_contact', on: body.on as never }),
    );
  }

  @Post(':id/close')
  @Operation({
    summary: 'Close a referral',
    description:
      'Closes the referral with its outcome: no_contact from accepted (no first contact happened), any other outcome after the first contact. Debt advisors of the provider.',
    ok: ReferralResponse,
    errors: [
      ...STEP_ERRORS,
      documented(new ReferralStepRefusedError({ code: 'REFERRAL_FIRST_CONTACT_MISSING', outcome: 'plan_agreed' })),
    ],
  })
  @Allow(...ADVISORS)
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralResponse })
  async close(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: CloseReferralDto) {
    return ReferralResponse.from(
      await this.referrals.step(actor, id, body.version, { type: 'close', outcome: body.outcome as ReferralOutcome }),
    );
  }
}

import { Body, Controller, Get, Inject, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RentAssistanceService, Role, type Actor } from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { ApiErrors, BODY_ERRORS } from '../common/api-errors.js';
import { Idempotent } from '../common/idempotency.interceptor.js';
import { Operation } from '../common/operation.decorator.js';
import { IdParam } from '../common/params.js';
import {
  DecideRentAssistanceDto,
  RecordRentAssistanceDto,
  RentAssistanceListResponse,
  RentAssistanceResponse,
} from './rent-assistance.dto.js';

/** The landlord's caseworker, the municipality and the tenant's debt advisor (through an open referral). */
const READERS = [Role.HousingCaseworker, Role.MunicipalSocialWorker, Role.DebtAdvisor];
/** The decision: the caseworker and the municipality, not the advisor. */
const DECIDERS = [Role.HousingCaseworker, Role.MunicipalSocialWorker];

const WHO =
  "Housing caseworkers (their organisation's departments), municipal social workers (cases their municipality may see) and debt advisors (cases with an open referral to their provider whose consent is in force); a case outside the caller's scope answers 404.";

/** Rent assistance applications (huslejehjælp, boligstøtte; docs/rent-assistance.md) on an arrears case. */
@ApiTags('cases')
@Controller('api/v1/cases/:caseId/rent-assistance-applications')
export class RentAssistanceController {
  constructor(@Inject(RentAssistanceService) private readonly applications: RentAssistanceService) {}

  @Post()
  @Operation({
    summary: 'Record a rent assistance application',
    description: `Records that the tenant applied for rent assistance (aktivloven § 81, § 81 a, § 81 b) or housing benefit (boligstøtte), pending until the decision is recorded; a line on the case timeline. Idempotent with an Idempotency-Key header. ${WHO} Refused, with nothing written: an application dated in the future, a closed case.`,
    created: RentAssistanceResponse,
    errors: [
      ...BODY_ERRORS,
      ApiErrors.CaseNotFound,
      ApiErrors.NoOpenCase,
      ApiErrors.RentAssistanceAppliedInFuture,
      ApiErrors.RentAssistanceKindInvalid,
    ],
  })
  @Allow(...READERS)
  @Idempotent()
  @ApiCreatedResponse({ type: RentAssistanceResponse })
  async record(@CurrentActor() actor: Actor, @IdParam('caseId') caseId: string, @Body() body: RecordRentAssistanceDto) {
    return RentAssistanceResponse.from(
      await this.applications.record(actor, caseId, { kind: body.kind, appliedOn: body.appliedOn as never }),
    );
  }

  @Get()
  @Operation({
    summary: "A case's rent assistance applications",
    description: `The case's applications, oldest first, with their decisions and the amounts granted; audited as a read of the tenants' data. ${WHO}`,
    ok: RentAssistanceListResponse,
    errors: [ApiErrors.CaseNotFound],
  })
  @Allow(...READERS)
  @ApiOkResponse({ type: RentAssistanceListResponse })
  async list(@CurrentActor() actor: Actor, @IdParam('caseId') caseId: string) {
    const items = await this.applications.list(actor, caseId);
    return { items: items.map((a) => RentAssistanceResponse.from(a)) };
  }

  @Patch(':applicationId')
  @Operation({
    summary: 'Record the decision on a rent assistance application',
    description:
      "Records the decision (granted with the amount, or refused), with the application version last read; a line on the case timeline, without the amount. A decision once recorded is final: another one is a correction and needs correctionReason. A granted application lets the case close with outcome rent_assistance. Housing caseworkers (their organisation's departments) and municipal social workers (cases their municipality may see); not debt advisors. Refused, with nothing changed: a decision before the application or in the future, an amount with a refusal or none with a grant, a closed case.",
    ok: RentAssistanceResponse,
    errors: [
      ...BODY_ERRORS,
      ApiErrors.CaseNotFound,
      ApiErrors.RentAssistanceNotFound,
      ApiErrors.NoOpenCase,
      ApiErrors.RentAssistanceStaleVersion,
      ApiErrors.DateInFuture,
      ApiErrors.RentAssistanceDecidedBeforeApplied,
      ApiErrors.RentAssistanceAmountRequired,
      ApiErrors.RentAssistanceAmountNotAllowed,
      ApiErrors.RentAssistanceAlreadyDecided,
      ApiErrors.RentAssistanceNotDecided,
      ApiErrors.RentAssistanceReasonMissing,
    ],
  })
  @Allow(...DECIDERS)
  @ApiOkResponse({ type: RentAssistanceResponse })
  async decide(
    @CurrentActor() actor: Actor,
    @IdParam('caseId') caseId: string,
    @IdParam('applicationId') applicationId: string,
    @Body() body: DecideRentAssistanceDto,
  ) {
    return RentAssistanceResponse.from(
      await this.applications.decide(actor, caseId, applicationId, {
        version: body.version,
        decision: body.decision,
        decidedOn: body.decidedOn as never,
        amountOre: body.amountOre ?? null,
        correctionReason: body.correctionReason ?? null,
      }),
    );
  }
}

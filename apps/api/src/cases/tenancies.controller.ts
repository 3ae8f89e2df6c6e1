import { Body, Controller, Get, Inject, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ArrearsCaseService, Role, TenancyService, type Actor } from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { ApiErrors, BODY_ERRORS } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { Idempotent } from '../common/idempotency.interceptor.js';
import { IdParam } from '../common/params.js';
import {
  AddTenantDto,
  CaseSummaryResponse,
  CreateTenancyDto,
  RegisterArrearsDto,
  RegisterArrearsResponse,
  TenancyResponse,
} from './cases.dto.js';

const CASEWORK = [Role.HousingCaseworker, Role.Administrator];

@ApiTags('cases')
@Controller('api/v1/tenancies')
export class TenanciesController {
  constructor(
    @Inject(TenancyService) private readonly tenancies: TenancyService,
    @Inject(ArrearsCaseService) private readonly cases: ArrearsCaseService,
  ) {}

  @Post()
  @Operation({
    summary: 'Register a tenancy',
    description:
      "Registers a tenancy (lejemål) in a department: address and rent; idempotent with an Idempotency-Key header. Housing caseworkers (their organisation's departments) and administrators. Refuses a department outside the caller's organisation and a tenancy already registered there (TENANCY_EXISTS names it).",
    created: TenancyResponse,
    errors: [...BODY_ERRORS, ApiErrors.UnknownDepartment, ApiErrors.TenancyExists],
  })
  @Allow(...CASEWORK)
  @Idempotent()
  async create(@CurrentActor() actor: Actor, @Body() body: CreateTenancyDto): Promise<TenancyResponse> {
    return TenancyResponse.from(await this.tenancies.create(actor, body));
  }

  @Get(':id')
  @Operation({
    summary: 'Get a tenancy',
    description:
      "One tenancy with its tenants. Housing caseworkers (their organisation's departments) and administrators.",
    ok: TenancyResponse,
    errors: [ApiErrors.TenancyNotFound],
  })
  @Allow(...CASEWORK)
  async get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<TenancyResponse> {
    return TenancyResponse.from(await this.tenancies.get(actor, id));
  }

  @Post(':id/tenants')
  @Operation({
    summary: 'Add a tenant',
    description:
      "Adds a registered person as a tenant of the tenancy. Housing caseworkers (their organisation's departments) and administrators. Refuses a person not registered in the caller's organisation.",
    created: TenancyResponse,
    errors: [...BODY_ERRORS, ApiErrors.TenancyNotFound, ApiErrors.TenantNotInOrganisation],
  })
  @Allow(...CASEWORK)
  async addTenant(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: AddTenantDto,
  ): Promise<TenancyResponse> {
    return TenancyResponse.from(await this.tenancies.addTenant(actor, id, body.personId));
  }

  /**
   * Registers unpaid rent for a due date: opens the tenancy's case, or adds to the open one.
   * 201 when a case was opened, 200 otherwise; the same registration again changes nothing.
   */
  @Post(':id/arrears')
  @Operation({
    summary: 'Register arrears',
    description:
      'Registers unpaid rent for a due date: opens the tenancy\'s case (201) or adds to the open one (200); the same registration again changes nothing (200, outcome "unchanged"). Idempotent with an Idempotency-Key header. Housing caseworkers (their organisation\'s departments) and administrators.',
    ok: RegisterArrearsResponse,
    created: RegisterArrearsResponse,
    okDescription: '200: added to the open case, or unchanged; 201: a case was opened',
    errors: [...BODY_ERRORS, ApiErrors.TenancyNotFound],
  })
  @Allow(...CASEWORK)
  @Idempotent()
  @ApiOkResponse({ type: RegisterArrearsResponse, description: 'Added to the open case (or unchanged)' })
  @ApiCreatedResponse({ type: RegisterArrearsResponse, description: 'A case was opened' })
  async registerArrears(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: RegisterArrearsDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { outcome, summary } = await this.cases.registerArrears(actor, id, {
      dueDate: body.dueDate as never,
      amountOre: body.amountOre,
    });
    response.status(outcome === 'created' ? 201 : 200);
    return { outcome, case: CaseSummaryResponse.from(summary) };
  }
}

import { Body, Controller, Get, Inject, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ArrearsCaseService, Role, TenancyService, type Actor } from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
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
  @Allow(...CASEWORK)
  @Idempotent()
  async create(@CurrentActor() actor: Actor, @Body() body: CreateTenancyDto): Promise<TenancyResponse> {
    return TenancyResponse.from(await this.tenancies.create(actor, body));
  }

  @Get(':id')
  @Allow(...CASEWORK)
  async get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<TenancyResponse> {
    return TenancyResponse.from(await this.tenancies.get(actor, id));
  }

  @Post(':id/tenants')
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

import { Body, Controller, Delete, Get, HttpCode, Inject, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PageQuery } from '@app/common';
import { HousingOrganisationService, Role } from '@app/domain';
import { AnyRole, Allow } from '../auth/access.decorators.js';
import { ApiErrors, BODY_ERRORS } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { PageResponse } from '../common/page.response.js';
import { IdParam } from '../common/params.js';
import {
  CreateHousingOrganisationDto,
  HousingOrganisationResponse,
  UpdateHousingOrganisationDto,
} from './directory.dto.js';

/** The directory is open to every signed-in user (it holds no personal data); changes are for administrators. */
@ApiTags('directory')
@Controller('api/v1/housing-organisations')
export class HousingOrganisationsController {
  constructor(@Inject(HousingOrganisationService) private readonly service: HousingOrganisationService) {}

  @Post()
  @Operation({
    summary: 'Register a housing organisation',
    description:
      'Adds a housing organisation (boligorganisation) to the directory. Administrators only. Refuses a CVR number already registered.',
    created: HousingOrganisationResponse,
    errors: [...BODY_ERRORS, ApiErrors.CvrTaken],
  })
  @Allow(Role.Administrator)
  async create(@Body() body: CreateHousingOrganisationDto): Promise<HousingOrganisationResponse> {
    return HousingOrganisationResponse.from(await this.service.create({ cvr: null, contactEmail: null, ...body }));
  }

  @Get()
  @Operation({
    summary: 'List housing organisations',
    description: 'The housing organisations in the directory, a page at a time. Any signed-in user.',
    ok: PageResponse(HousingOrganisationResponse),
    errors: [ApiErrors.ValidationFailed],
  })
  @AnyRole()
  async list(@Query() query: PageQuery) {
    const page = await this.service.list(query);
    return { items: page.items.map((o) => HousingOrganisationResponse.from(o)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Operation({
    summary: 'Get a housing organisation',
    description: 'One housing organisation by id. Any signed-in user.',
    ok: HousingOrganisationResponse,
    errors: [ApiErrors.HousingOrganisationNotFound],
  })
  @AnyRole()
  async get(@IdParam() id: string): Promise<HousingOrganisationResponse> {
    return HousingOrganisationResponse.from(await this.service.get(id));
  }

  @Patch(':id')
  @Operation({
    summary: 'Change a housing organisation',
    description:
      "Changes a housing organisation's name, CVR number or contact mailbox. Administrators only. Refuses a CVR number another organisation has.",
    ok: HousingOrganisationResponse,
    errors: [...BODY_ERRORS, ApiErrors.HousingOrganisationNotFound, ApiErrors.CvrTaken],
  })
  @Allow(Role.Administrator)
  async update(
    @IdParam() id: string,
    @Body() body: UpdateHousingOrganisationDto,
  ): Promise<HousingOrganisationResponse> {
    return HousingOrganisationResponse.from(await this.service.update(id, body));
  }

  @Delete(':id')
  @Operation({
    summary: 'Delete a housing organisation',
    description:
      'Deletes a housing organisation. Administrators only. Refused while departments, users or cases refer to it.',
    noContent: 'Deleted',
    errors: [ApiErrors.HousingOrganisationNotFound, ApiErrors.HousingOrganisationInUse],
  })
  @Allow(Role.Administrator)
  @HttpCode(204)
  async remove(@IdParam() id: string): Promise<void> {
    await this.service.remove(id);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Inject, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PageQuery } from '@app/common';
import { HousingOrganisationService, Role } from '@app/domain';
import { AnyRole, Allow } from '../auth/access.decorators.js';
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
  @Allow(Role.Administrator)
  async create(@Body() body: CreateHousingOrganisationDto): Promise<HousingOrganisationResponse> {
    return HousingOrganisationResponse.from(await this.service.create({ cvr: null, contactEmail: null, ...body }));
  }

  @Get()
  @AnyRole()
  @ApiOkResponse({ type: PageResponse(HousingOrganisationResponse) })
  async list(@Query() query: PageQuery) {
    const page = await this.service.list(query);
    return { items: page.items.map((o) => HousingOrganisationResponse.from(o)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @AnyRole()
  async get(@IdParam() id: string): Promise<HousingOrganisationResponse> {
    return HousingOrganisationResponse.from(await this.service.get(id));
  }

  @Patch(':id')
  @Allow(Role.Administrator)
  async update(
    @IdParam() id: string,
    @Body() body: UpdateHousingOrganisationDto,
  ): Promise<HousingOrganisationResponse> {
    return HousingOrganisationResponse.from(await this.service.update(id, body));
  }

  @Delete(':id')
  @Allow(Role.Administrator)
  @HttpCode(204)
  async remove(@IdParam() id: string): Promise<void> {
    await this.service.remove(id);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { PageQuery } from '@app/common';
import { MunicipalityService, Role } from '@app/domain';
import { AnyRole, Allow } from '../auth/access.decorators.js';
import { ErrorResponse } from '../common/error.response.js';
import { PageResponse } from '../common/page.response.js';
import { CreateMunicipalityDto, MunicipalityResponse, UpdateMunicipalityDto } from './municipality.dto.js';

@ApiTags('directory')
@Controller('api/v1/municipalities')
export class MunicipalitiesController {
  constructor(@Inject(MunicipalityService) private readonly municipalities: MunicipalityService) {}

  @Post()
  @Allow(Role.Administrator)
  @HttpCode(201)
  @ApiCreatedResponse({ type: MunicipalityResponse, description: 'Registered; a notice goes to its alert mailbox' })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'VALIDATION_FAILED, UNKNOWN_FIELD or MALFORMED_JSON' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'MUNICIPALITY_CODE_TAKEN' })
  async create(@Body() body: CreateMunicipalityDto): Promise<MunicipalityResponse> {
    return MunicipalityResponse.from(await this.municipalities.register(body));
  }

  @Get()
  @AnyRole()
  @ApiOkResponse({ type: PageResponse(MunicipalityResponse) })
  async list(@Query() query: PageQuery) {
    const page = await this.municipalities.list(query);
    return { items: page.items.map((m) => MunicipalityResponse.from(m)), nextCursor: page.nextCursor };
  }

  @Get(':code')
  @AnyRole()
  @ApiOkResponse({ type: MunicipalityResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'MUNICIPALITY_NOT_FOUND' })
  async get(@Param('code') code: string): Promise<MunicipalityResponse> {
    return MunicipalityResponse.from(await this.municipalities.getByCode(code));
  }

  @Patch(':code')
  @Allow(Role.Administrator)
  @ApiOkResponse({ type: MunicipalityResponse })
  async update(@Param('code') code: string, @Body() body: UpdateMunicipalityDto): Promise<MunicipalityResponse> {
    const municipality = await this.municipalities.getByCode(code);
    return MunicipalityResponse.from(await this.municipalities.update(municipality.id, body));
  }

  @Delete(':code')
  @Allow(Role.Administrator)
  @HttpCode(204)
  async remove(@Param('code') code: string): Promise<void> {
    const municipality = await this.municipalities.getByCode(code);
    await this.municipalities.remove(municipality.id);
  }
}

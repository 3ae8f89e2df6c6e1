import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PageQuery } from '@app/common';
import { MunicipalityService, Role } from '@app/domain';
import { AnyRole, Allow } from '../auth/access.decorators.js';
import { ApiErrors, BODY_ERRORS } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { PageResponse } from '../common/page.response.js';
import { CreateMunicipalityDto, MunicipalityResponse, UpdateMunicipalityDto } from './municipality.dto.js';

@ApiTags('directory')
@Controller('api/v1/municipalities')
export class MunicipalitiesController {
  constructor(@Inject(MunicipalityService) private readonly municipalities: MunicipalityService) {}

  @Post()
  @Operation({
    summary: 'Register a municipality',
    description:
      'Adds a municipality (kommune) to the directory; a notice goes to its alert mailbox. Administrators only. Refuses a municipality code already registered.',
    created: MunicipalityResponse,
    okDescription: 'Registered; a notice goes to its alert mailbox',
    errors: [...BODY_ERRORS, ApiErrors.MunicipalityCodeTaken],
  })
  @Allow(Role.Administrator)
  @HttpCode(201)
  async create(@Body() body: CreateMunicipalityDto): Promise<MunicipalityResponse> {
    return MunicipalityResponse.from(await this.municipalities.register(body));
  }

  @Get()
  @Operation({
    summary: 'List municipalities',
    description:
      'The municipalities in the directory, a page at a time, by name. Any signed-in user (the directory holds no personal data).',
    ok: PageResponse(MunicipalityResponse),
    errors: [ApiErrors.ValidationFailed],
  })
  @AnyRole()
  async list(@Query() query: PageQuery) {
    const page = await this.municipalities.list(query);
    return { items: page.items.map((m) => MunicipalityResponse.from(m)), nextCursor: page.nextCursor };
  }

  @Get(':code')
  @Operation({
    summary: 'Get a municipality',
    description: 'One municipality by its four-digit municipality code (kommunekode). Any signed-in user.',
    ok: MunicipalityResponse,
    errors: [ApiErrors.MunicipalityNotFound],
  })
  @AnyRole()
  async get(@Param('code') code: string): Promise<MunicipalityResponse> {
    return MunicipalityResponse.from(await this.municipalities.getByCode(code));
  }

  @Patch(':code')
  @Operation({
    summary: 'Change a municipality',
    description: "Changes a municipality's name or alert mailbox; the code stays. Administrators only.",
    ok: MunicipalityResponse,
    errors: [...BODY_ERRORS, ApiErrors.MunicipalityNotFound],
  })
  @Allow(Role.Administrator)
  async update(@Param('code') code: string, @Body() body: UpdateMunicipalityDto): Promise<MunicipalityResponse> {
    const municipality = await this.municipalities.getByCode(code);
    return MunicipalityResponse.from(await this.municipalities.update(municipality.id, body));
  }

  @Delete(':code')
  @Operation({
    summary: 'Delete a municipality',
    description:
      'Deletes a municipality from the directory. Administrators only. Refused while departments, persons or agreements refer to it.',
    noContent: 'Deleted',
    errors: [ApiErrors.MunicipalityNotFound, ApiErrors.MunicipalityInUse],
  })
  @Allow(Role.Administrator)
  @HttpCode(204)
  async remove(@Param('code') code: string): Promise<void> {
    const municipality = await this.municipalities.getByCode(code);
    await this.municipalities.remove(municipality.id);
  }
}

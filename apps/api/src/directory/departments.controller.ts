import { Body, Controller, Delete, Get, HttpCode, Inject, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DepartmentService, Role } from '@app/domain';
import { AnyRole, Allow } from '../auth/access.decorators.js';
import { ApiErrors, BODY_ERRORS } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { PageResponse } from '../common/page.response.js';
import { IdParam } from '../common/params.js';
import { CreateDepartmentDto, DepartmentQuery, DepartmentResponse, UpdateDepartmentDto } from './directory.dto.js';

@ApiTags('directory')
@Controller('api/v1/departments')
export class DepartmentsController {
  constructor(@Inject(DepartmentService) private readonly service: DepartmentService) {}

  @Post()
  @Operation({
    summary: 'Register a department',
    description:
      'Adds a department (afdeling) of a housing organisation, in a municipality. Administrators only. Refuses an unknown organisation or municipality and a department number the organisation already uses.',
    created: DepartmentResponse,
    errors: [...BODY_ERRORS, ApiErrors.UnknownReference, ApiErrors.DepartmentNumberTaken],
  })
  @Allow(Role.Administrator)
  async create(@Body() body: CreateDepartmentDto): Promise<DepartmentResponse> {
    return DepartmentResponse.from(await this.service.create(body));
  }

  @Get()
  @Operation({
    summary: 'List departments',
    description:
      'The departments, a page at a time, optionally of one housing organisation or in one municipality. Any signed-in user.',
    ok: PageResponse(DepartmentResponse),
    errors: [ApiErrors.ValidationFailed],
  })
  @AnyRole()
  async list(@Query() query: DepartmentQuery) {
    const { housingOrganisationId, municipalityId, ...page } = query;
    const result = await this.service.list(page, { housingOrganisationId, municipalityId });
    return { items: result.items.map((d) => DepartmentResponse.from(d)), nextCursor: result.nextCursor };
  }

  @Get(':id')
  @Operation({
    summary: 'Get a department',
    description: 'One department by id. Any signed-in user.',
    ok: DepartmentResponse,
    errors: [ApiErrors.DepartmentNotFound],
  })
  @AnyRole()
  async get(@IdParam() id: string): Promise<DepartmentResponse> {
    return DepartmentResponse.from(await this.service.get(id));
  }

  @Patch(':id')
  @Operation({
    summary: 'Change a department',
    description: "Changes a department's number, name, address or municipality. Administrators only.",
    ok: DepartmentResponse,
    errors: [...BODY_ERRORS, ApiErrors.DepartmentNotFound, ApiErrors.UnknownReference, ApiErrors.DepartmentNumberTaken],
  })
  @Allow(Role.Administrator)
  async update(@IdParam() id: string, @Body() body: UpdateDepartmentDto): Promise<DepartmentResponse> {
    return DepartmentResponse.from(await this.service.update(id, body));
  }

  @Delete(':id')
  @Operation({
    summary: 'Delete a department',
    description: 'Deletes a department. Administrators only. Refused while tenancies or users refer to it.',
    noContent: 'Deleted',
    errors: [ApiErrors.DepartmentNotFound, ApiErrors.DepartmentInUse],
  })
  @Allow(Role.Administrator)
  @HttpCode(204)
  async remove(@IdParam() id: string): Promise<void> {
    await this.service.remove(id);
  }
}

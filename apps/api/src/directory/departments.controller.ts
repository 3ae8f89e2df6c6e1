import { Body, Controller, Delete, Get, HttpCode, Inject, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DepartmentService, Role } from '@app/domain';
import { AnyRole, Allow } from '../auth/access.decorators.js';
import { PageResponse } from '../common/page.response.js';
import { IdParam } from '../common/params.js';
import { CreateDepartmentDto, DepartmentQuery, DepartmentResponse, UpdateDepartmentDto } from './directory.dto.js';

@ApiTags('directory')
@Controller('api/v1/departments')
export class DepartmentsController {
  constructor(@Inject(DepartmentService) private readonly service: DepartmentService) {}

  @Post()
  @Allow(Role.Administrator)
  async create(@Body() body: CreateDepartmentDto): Promise<DepartmentResponse> {
    return DepartmentResponse.from(await this.service.create(body));
  }

  @Get()
  @AnyRole()
  @ApiOkResponse({ type: PageResponse(DepartmentResponse) })
  async list(@Query() query: DepartmentQuery) {
    const { housingOrganisationId, municipalityId, ...page } = query;
    const result = await this.service.list(page, { housingOrganisationId, municipalityId });
    return { items: result.items.map((d) => DepartmentResponse.from(d)), nextCursor: result.nextCursor };
  }

  @Get(':id')
  @AnyRole()
  async get(@IdParam() id: string): Promise<DepartmentResponse> {
    return DepartmentResponse.from(await this.service.get(id));
  }

  @Patch(':id')
  @Allow(Role.Administrator)
  async update(@IdParam() id: string, @Body() body: UpdateDepartmentDto): Promise<DepartmentResponse> {
    return DepartmentResponse.from(await this.service.update(id, body));
  }

  @Delete(':id')
  @Allow(Role.Administrator)
  @HttpCode(204)
  async remove(@IdParam() id: string): Promise<void> {
    await this.service.remove(id);
  }
}

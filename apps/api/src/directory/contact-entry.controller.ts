import { Body, Controller, Delete, Get, HttpCode, Inject, Patch, Post, Query, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PageQuery } from '@app/common';
import {
  CounsellingProviderService,
  ProbationUnitService,
  Role,
  type CounsellingProvider,
  type DirectoryService,
  type ProbationUnit,
} from '@app/domain';
import { AnyRole, Allow } from '../auth/access.decorators.js';
import { PageResponse } from '../common/page.response.js';
import { IdParam } from '../common/params.js';
import { ContactEntryResponse, CreateContactEntryDto, UpdateContactEntryDto } from './directory.dto.js';

type ContactEntry = ProbationUnit | CounsellingProvider;

/** CRUD for directory entries that are a name and a contact mailbox. */
function contactEntryController(path: string, serviceType: Type<DirectoryService<ContactEntry>>) {
  @ApiTags('directory')
  @Controller(`api/v1/${path}`)
  class ContactEntryController {
    constructor(@Inject(serviceType) readonly service: DirectoryService<ContactEntry>) {}

    @Post()
    @Allow(Role.Administrator)
    async create(@Body() body: CreateContactEntryDto): Promise<ContactEntryResponse> {
      return ContactEntryResponse.from(await this.service.create(body));
    }

    @Get()
    @AnyRole()
    @ApiOkResponse({ type: PageResponse(ContactEntryResponse) })
    async list(@Query() query: PageQuery) {
      const page = await this.service.list(query);
      return { items: page.items.map((e) => ContactEntryResponse.from(e)), nextCursor: page.nextCursor };
    }

    @Get(':id')
    @AnyRole()
    async get(@IdParam() id: string): Promise<ContactEntryResponse> {
      return ContactEntryResponse.from(await this.service.get(id));
    }

    @Patch(':id')
    @Allow(Role.Administrator)
    async update(@IdParam() id: string, @Body() body: UpdateContactEntryDto): Promise<ContactEntryResponse> {
      return ContactEntryResponse.from(await this.service.update(id, body));
    }

    @Delete(':id')
    @Allow(Role.Administrator)
    @HttpCode(204)
    async remove(@IdParam() id: string): Promise<void> {
      await this.service.remove(id);
    }
  }
  return ContactEntryController;
}

export class ProbationUnitsController extends contactEntryController('probation-units', ProbationUnitService) {}
export class CounsellingProvidersController extends contactEntryController(
  'counselling-providers',
  CounsellingProviderService,
) {}

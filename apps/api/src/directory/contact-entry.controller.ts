import { Body, Controller, Delete, Get, HttpCode, Inject, Patch, Post, Query, type Type } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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
import { ApiErrors, BODY_ERRORS, type ApiErrorDoc } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { PageResponse } from '../common/page.response.js';
import { IdParam } from '../common/params.js';
import { ContactEntryResponse, CreateContactEntryDto, UpdateContactEntryDto } from './directory.dto.js';

type ContactEntry = ProbationUnit | CounsellingProvider;

/** How the API document names one kind of entry, and its not-found and in-use errors. */
interface EntryLabel {
  one: string;
  many: string;
  notFound: ApiErrorDoc;
  inUse: ApiErrorDoc;
}

/** CRUD for directory entries that are a name and a contact mailbox. */
function contactEntryController(path: string, serviceType: Type<DirectoryService<ContactEntry>>, label: EntryLabel) {
  @ApiTags('directory')
  @Controller(`api/v1/${path}`)
  class ContactEntryController {
    constructor(@Inject(serviceType) readonly service: DirectoryService<ContactEntry>) {}

    @Post()
    @Operation({
      summary: `Register ${label.one}`,
      description: `Adds ${label.one} (a name and a contact mailbox) to the directory. Administrators only.`,
      created: ContactEntryResponse,
      errors: BODY_ERRORS,
    })
    @Allow(Role.Administrator)
    async create(@Body() body: CreateContactEntryDto): Promise<ContactEntryResponse> {
      return ContactEntryResponse.from(await this.service.create(body));
    }

    @Get()
    @Operation({
      summary: `List ${label.many}`,
      description: `The ${label.many} in the directory, a page at a time. Any signed-in user.`,
      ok: PageResponse(ContactEntryResponse),
      errors: [ApiErrors.ValidationFailed],
    })
    @AnyRole()
    async list(@Query() query: PageQuery) {
      const page = await this.service.list(query);
      return { items: page.items.map((e) => ContactEntryResponse.from(e)), nextCursor: page.nextCursor };
    }

    @Get(':id')
    @Operation({
      summary: `Get ${label.one}`,
      description: `One of the ${label.many} by id. Any signed-in user.`,
      ok: ContactEntryResponse,
      errors: [label.notFound],
    })
    @AnyRole()
    async get(@IdParam() id: string): Promise<ContactEntryResponse> {
      return ContactEntryResponse.from(await this.service.get(id));
    }

    @Patch(':id')
    @Operation({
      summary: `Change ${label.one}`,
      description: `Changes the name or contact mailbox of one of the ${label.many}. Administrators only.`,
      ok: ContactEntryResponse,
      errors: [...BODY_ERRORS, label.notFound],
    })
    @Allow(Role.Administrator)
    async update(@IdParam() id: string, @Body() body: UpdateContactEntryDto): Promise<ContactEntryResponse> {
      return ContactEntryResponse.from(await this.service.update(id, body));
    }

    @Delete(':id')
    @Operation({
      summary: `Delete ${label.one}`,
      description: `Deletes one of the ${label.many}. Administrators only. Refused while consents or warnings refer to it.`,
      noContent: 'Deleted',
      errors: [label.notFound, label.inUse],
    })
    @Allow(Role.Administrator)
    @HttpCode(204)
    async remove(@IdParam() id: string): Promise<void> {
      await this.service.remove(id);
    }
  }
  return ContactEntryController;
}

export class ProbationUnitsController extends contactEntryController('probation-units', ProbationUnitService, {
  one: 'a probation unit',
  many: 'probation units (Kriminalforsorgen)',
  notFound: ApiErrors.ProbationUnitNotFound,
  inUse: ApiErrors.ProbationUnitInUse,
}) {}
export class CounsellingProvidersController extends contactEntryController(
  'counselling-providers',
  CounsellingProviderService,
  {
    one: 'a debt-counselling provider',
    many: 'debt-counselling providers (gældsrådgivning)',
    notFound: ApiErrors.CounsellingProviderNotFound,
    inUse: ApiErrors.CounsellingProviderInUse,
  },
) {}

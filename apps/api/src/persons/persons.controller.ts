import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ConsentService, PersonService, Role, type Actor } from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { PageResponse } from '../common/page.response.js';
import { IdParam } from '../common/params.js';
import {
  ConsentResponse,
  CreateConsentDto,
  CreatePersonDto,
  PersonListQuery,
  PersonResponse,
  PersonSearchDto,
  UpdatePersonDto,
} from './persons.dto.js';

/** Roles that may see persons at all; which persons each sees is decided by the service. */
const READERS = [
  Role.HousingCaseworker,
  Role.MunicipalSocialWorker,
  Role.DebtAdvisor,
  Role.ProbationOfficer,
  Role.Administrator,
];
const MANAGERS_OF_RECORDS = [Role.HousingCaseworker, Role.Administrator];

@ApiTags('persons')
@Controller('api/v1/persons')
export class PersonsController {
  constructor(
    @Inject(PersonService) private readonly persons: PersonService,
    @Inject(ConsentService) private readonly consents: ConsentService,
  ) {}

  @Post()
  @Allow(...MANAGERS_OF_RECORDS)
  async create(@CurrentActor() actor: Actor, @Body() body: CreatePersonDto): Promise<PersonResponse> {
    return PersonResponse.from(await this.persons.create(actor, body));
  }

  @Get()
  @Allow(...READERS)
  @ApiOkResponse({ type: PageResponse(PersonResponse) })
  async list(@CurrentActor() actor: Actor, @Query() query: PersonListQuery) {
    const { name, ...page } = query;
    const result = await this.persons.search(actor, { name }, page);
    return { items: result.items.map((p) => PersonResponse.from(p)), nextCursor: result.nextCursor };
  }

  @Post('search')
  @Allow(...READERS)
  @HttpCode(200)
  @ApiOkResponse({ type: PageResponse(PersonResponse) })
  async search(@CurrentActor() actor: Actor, @Body() body: PersonSearchDto) {
    const { cpr, name, ...page } = body;
    const result = await this.persons.search(actor, { cpr, name }, page);
    return { items: result.items.map((p) => PersonResponse.from(p)), nextCursor: result.nextCursor };
  }

  @Get(':id')
  @Allow(...READERS)
  async get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<PersonResponse> {
    return PersonResponse.from(await this.persons.get(actor, id));
  }

  @Patch(':id')
  @Allow(...MANAGERS_OF_RECORDS)
  async update(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: UpdatePersonDto,
  ): Promise<PersonResponse> {
    const { version, ...patch } = body;
    return PersonResponse.from(await this.persons.update(actor, id, version, patch));
  }

  /** Erasure on the person's request: anonymises now; refused while a case is open. */
  @Post(':id/erasure')
  @Allow(Role.Administrator)
  @HttpCode(200)
  async erase(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<PersonResponse> {
    return PersonResponse.from(await this.persons.erase(actor, id));
  }

  @Post(':id/consents')
  @Allow(...MANAGERS_OF_RECORDS)
  async addConsent(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: CreateConsentDto,
  ): Promise<ConsentResponse> {
    return ConsentResponse.from(await this.consents.record(actor, id, body));
  }

  @Get(':id/consents')
  @Allow(...READERS)
  @ApiOkResponse({ type: [ConsentResponse] })
  async listConsents(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<ConsentResponse[]> {
    return (await this.consents.list(actor, id)).map((c) => ConsentResponse.from(c));
  }

  @Post(':id/consents/:consentId/withdrawal')
  @Allow(...MANAGERS_OF_RECORDS)
  @HttpCode(200)
  async withdrawConsent(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @IdParam('consentId') consentId: string,
  ): Promise<ConsentResponse> {
    return ConsentResponse.from(await this.consents.withdraw(actor, id, consentId));
  }
}

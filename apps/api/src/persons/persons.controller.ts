import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ConsentService, PersonService, Role, type Actor } from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { ApiErrors, BODY_ERRORS } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
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
  @Operation({
    summary: 'Register a person',
    description:
      'Registers a tenant or other person with CPR number, name and address; the CPR number is stored encrypted and searchable by keyed hash only. Housing caseworkers (in their own organisation) and administrators. Refuses an invalid CPR number and a person already registered in the organisation (PERSON_EXISTS names the existing id).',
    created: PersonResponse,
    errors: [...BODY_ERRORS, ApiErrors.CprInvalid, ApiErrors.UnknownReference, ApiErrors.PersonExists],
  })
  @Allow(...MANAGERS_OF_RECORDS)
  async create(@CurrentActor() actor: Actor, @Body() body: CreatePersonDto): Promise<PersonResponse> {
    return PersonResponse.from(await this.persons.create(actor, body));
  }

  @Get()
  @Operation({
    summary: 'List persons',
    description:
      "The persons the caller may see, a page at a time, optionally by name. Each role sees only its own scope: a caseworker their organisation's tenants, a social worker, debt advisor or probation officer the persons with consent or a case in their scope. Every read is audited.",
    ok: PageResponse(PersonResponse),
    errors: [ApiErrors.ValidationFailed],
  })
  @Allow(...READERS)
  async list(@CurrentActor() actor: Actor, @Query() query: PersonListQuery) {
    const { name, ...page } = query;
    const result = await this.persons.search(actor, { name }, page);
    return { items: result.items.map((p) => PersonResponse.from(p)), nextCursor: result.nextCursor };
  }

  @Post('search')
  @Operation({
    summary: 'Search persons by CPR number',
    description:
      'Like the list, but by CPR number (in the body, so it never appears in a URL or an access log) and/or name. Every read is audited.',
    ok: PageResponse(PersonResponse),
    errors: [...BODY_ERRORS, ApiErrors.CprInvalid],
  })
  @Allow(...READERS)
  @HttpCode(200)
  async search(@CurrentActor() actor: Actor, @Body() body: PersonSearchDto) {
    const { cpr, name, ...page } = body;
    const result = await this.persons.search(actor, { cpr, name }, page);
    return { items: result.items.map((p) => PersonResponse.from(p)), nextCursor: result.nextCursor };
  }

  @Get(':id')
  @Operation({
    summary: 'Get a person',
    description:
      'One person, if in the caller’s scope (otherwise 404, so the answer does not reveal that the person exists). The read is audited.',
    ok: PersonResponse,
    errors: [ApiErrors.PersonNotFound],
  })
  @Allow(...READERS)
  async get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<PersonResponse> {
    return PersonResponse.from(await this.persons.get(actor, id));
  }

  @Patch(':id')
  @Operation({
    summary: 'Change a person',
    description:
      "Changes a person's name, address or contact details, with the version last read (optimistic locking). Housing caseworkers and administrators. Refuses a stale version and an anonymised person.",
    ok: PersonResponse,
    errors: [
      ...BODY_ERRORS,
      ApiErrors.PersonNotFound,
      ApiErrors.UnknownReference,
      ApiErrors.PersonStaleVersion,
      ApiErrors.PersonAnonymised,
    ],
  })
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
  @Operation({
    summary: 'Erase a person',
    description:
      "Erasure on the person's request (GDPR art. 17): anonymises the person now. Administrators only. Refused while the person has an open case.",
    ok: PersonResponse,
    errors: [ApiErrors.PersonNotFound, ApiErrors.PersonHasOpenCase],
  })
  @Allow(Role.Administrator)
  @HttpCode(200)
  async erase(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<PersonResponse> {
    return PersonResponse.from(await this.persons.erase(actor, id));
  }

  @Post(':id/consents')
  @Operation({
    summary: 'Record a consent',
    description:
      "Records the person's consent to share details with a recipient (municipality, debt counselling or probation), for a purpose and period. Housing caseworkers and administrators. Refuses a recipient that does not fit the purpose, an end before the start, and an anonymised person.",
    created: ConsentResponse,
    errors: [
      ...BODY_ERRORS,
      ApiErrors.PersonNotFound,
      ApiErrors.UnknownReference,
      ApiErrors.ConsentRecipientMismatch,
      ApiErrors.ConsentPeriodInvalid,
      ApiErrors.PersonAnonymised,
    ],
  })
  @Allow(...MANAGERS_OF_RECORDS)
  async addConsent(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: CreateConsentDto,
  ): Promise<ConsentResponse> {
    return ConsentResponse.from(await this.consents.record(actor, id, body));
  }

  @Get(':id/consents')
  @Operation({
    summary: "List a person's consents",
    description: 'Every consent of the person, in force, expired or withdrawn. Any role that may see the person.',
    ok: [ConsentResponse],
    errors: [ApiErrors.PersonNotFound],
  })
  @Allow(...READERS)
  async listConsents(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<ConsentResponse[]> {
    return (await this.consents.list(actor, id)).map((c) => ConsentResponse.from(c));
  }

  @Post(':id/consents/:consentId/withdrawal')
  @Operation({
    summary: 'Withdraw a consent',
    description:
      'Records that the person withdrew a consent; nothing more is shared on it from now on. Housing caseworkers and administrators.',
    ok: ConsentResponse,
    errors: [ApiErrors.PersonNotFound, ApiErrors.ConsentNotFound],
  })
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

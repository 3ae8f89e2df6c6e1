import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type IsoDate } from '@app/calendar';
import {
  CustodyConsentMissingError,
  CustodyEpisodeAlreadyOpenError,
  CustodyEpisodeClosedError,
  CustodyEpisodeInvalidError,
  CustodyEpisodeNotFoundError,
  CustodyEpisodeService,
  CustodyProbationUnitRequiredError,
  CustodyReleaseRefusedError,
  EntityNotFoundError,
  Role,
  StaleVersionError,
  UnknownReferenceError,
  type Actor,
  type ContactKind,
  type CustodyKind,
  type EpisodeContact,
  type EpisodeFacts,
} from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { BODY_ERRORS, documented } from '../common/api-errors.js';
import { Idempotent } from '../common/idempotency.interceptor.js';
import { Operation } from '../common/operation.decorator.js';
import { IdParam } from '../common/params.js';
import {
  CreateCustodyEpisodeDto,
  CustodyEpisodeListResponse,
  CustodyEpisodeQuery,
  CustodyEpisodeResponse,
  type EpisodeContactDto,
  ReleaseCustodyEpisodeDto,
  UpdateCustodyEpisodeDto,
} from './custody-episodes.dto.js';

const RECORDERS = [Role.ProbationOfficer, Role.HousingCaseworker];
const READERS = [Role.ProbationOfficer, Role.HousingCaseworker, Role.MunicipalSocialWorker];
const OFFICERS = [Role.ProbationOfficer];

const NotFound = documented(new CustodyEpisodeNotFoundError());
const StaleVersion = documented(new StaleVersionError(2, 1));
const Invalid = documented(
  new CustodyEpisodeInvalidError([{ code: 'CUSTODY_RELEASE_BEFORE_START', field: 'expectedReleaseOn' }]),
);

function contactOf(dto: EpisodeContactDto): EpisodeContact {
  return { kind: dto.kind as ContactKind, name: dto.name ?? null, phone: dto.phone ?? null, email: dto.email ?? null };
}

/**
 * Custody episodes (varetægt, afsoning) of tenants, docs/probation.md. Recorded by the probation
 * officer, or by the landlord's caseworker who learned of it, on the tenant's consent for
 * probation-cooperation; read as the consent names the reader; every read audited.
 */
@ApiTags('custody-episodes')
@Controller('api/v1/custody-episodes')
export class CustodyEpisodesController {
  constructor(@Inject(CustodyEpisodeService) private readonly episodes: CustodyEpisodeService) {}

  @Post()
  @Operation({
    summary: 'Record a custody episode',
    description:
      "Records that a tenant is in custody: kind (remand or sentence), institution, start, expected release and parole dates and sentence length where known, and the contact for post while away. Nothing about the offence. Probation officers (for their own unit) and housing caseworkers (persons of their organisation, naming the unit). Refused with CUSTODY_CONSENT_MISSING, and nothing written, unless the tenant's consent for probation-cooperation naming the probation unit is in force — and, for a caseworker, one naming their organisation too. At most one open episode per person; idempotent with an Idempotency-Key header.",
    created: CustodyEpisodeResponse,
    errors: [
      ...BODY_ERRORS,
      Invalid,
      documented(new CustodyConsentMissingError('personId')),
      documented(new CustodyEpisodeAlreadyOpenError()),
      documented(new CustodyProbationUnitRequiredError()),
      documented(new EntityNotFoundError('person')),
      documented(new UnknownReferenceError('probationUnitId')),
    ],
  })
  @Allow(...RECORDERS)
  @Idempotent()
  @ApiCreatedResponse({ type: CustodyEpisodeResponse })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateCustodyEpisodeDto) {
    return CustodyEpisodeResponse.from(
      await this.episodes.record(actor, {
        personId: body.personId,
        ...(body.probationUnitId ? { probationUnitId: body.probationUnitId } : {}),
        kind: body.kind as CustodyKind,
        institution: body.institution,
        startedOn: body.startedOn as IsoDate,
        expectedReleaseOn: (body.expectedReleaseOn ?? null) as IsoDate | null,
        paroleOn: (body.paroleOn ?? null) as IsoDate | null,
        sentenceMonths: body.sentenceMonths ?? null,
        contact: contactOf(body.contact),
      }),
    );
  }

  @Get()
  @Operation({
    summary: 'List custody episodes',
    description:
      "The episodes you may see while the tenant's consent naming the probation unit is in force: a probation officer their unit's (every field); a housing caseworker and a municipal social worker those whose consent names their organisation (away since, expected return, contact only). Open first. At most 500. Every episode listed is audited as read.",
    ok: CustodyEpisodeListResponse,
    errors: [...BODY_ERRORS],
  })
  @Allow(...READERS)
  @ApiOkResponse({ type: CustodyEpisodeListResponse })
  async list(@CurrentActor() actor: Actor, @Query() query: CustodyEpisodeQuery) {
    const items = await this.episodes.list(actor, {
      ...(query.personId ? { personId: query.personId } : {}),
      ...(query.open ? { open: query.open === 'true' } : {}),
    });
    return { items: items.map((e) => CustodyEpisodeResponse.from(e)) };
  }

  @Get(':id')
  @Operation({
    summary: 'Get a custody episode',
    description:
      'One episode, audited as read, as the consent names you (see the list). After the consent is withdrawn or expires: 404 at once, for everyone.',
    ok: CustodyEpisodeResponse,
    errors: [NotFound],
  })
  @Allow(...READERS)
  @ApiOkResponse({ type: CustodyEpisodeResponse })
  async get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return CustodyEpisodeResponse.from(await this.episodes.get(actor, id));
  }

  @Patch(':id')
  @Operation({
    summary: 'Change a custody episode',
    description:
      'Corrects or completes an open episode with the version last read (only the fields given change; null clears a date or the sentence length); the same rules as when recording. Probation officers of the unit.',
    ok: CustodyEpisodeResponse,
    errors: [...BODY_ERRORS, NotFound, StaleVersion, Invalid, documented(new CustodyEpisodeClosedError())],
  })
  @Allow(...OFFICERS)
  @ApiOkResponse({ type: CustodyEpisodeResponse })
  async update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: UpdateCustodyEpisodeDto) {
    const change: Partial<EpisodeFacts> = {
      ...(body.kind !== undefined ? { kind: body.kind as CustodyKind } : {}),
      ...(body.institution !== undefined ? { institution: body.institution } : {}),
      ...(body.startedOn !== undefined ? { startedOn: body.startedOn as IsoDate } : {}),
      ...(body.expectedReleaseOn !== undefined ? { expectedReleaseOn: body.expectedReleaseOn as IsoDate | null } : {}),
      ...(body.paroleOn !== undefined ? { paroleOn: body.paroleOn as IsoDate | null } : {}),
      ...(body.sentenceMonths !== undefined ? { sentenceMonths: body.sentenceMonths } : {}),
      ...(body.contact !== undefined ? { contact: contactOf(body.contact) } : {}),
    };
    return CustodyEpisodeResponse.from(await this.episodes.update(actor, id, body.version, change));
  }

  @Post(':id/release')
  @Operation({
    summary: 'Record the release',
    description:
      'Records the day the tenant was released (not before the start, not in the future) and closes the episode, with the version last read. Probation officers of the unit.',
    ok: CustodyEpisodeResponse,
    errors: [
      ...BODY_ERRORS,
      NotFound,
      StaleVersion,
      documented(new CustodyReleaseRefusedError({ code: 'CUSTODY_EPISODE_CLOSED' }, '2026-12-01')),
      documented(
        new CustodyReleaseRefusedError(
          { code: 'CUSTODY_RELEASE_BEFORE_START', startedOn: '2026-11-02' as IsoDate },
          '2026-11-01',
        ),
      ),
      documented(
        new CustodyReleaseRefusedError(
          { code: 'CUSTODY_RELEASE_IN_FUTURE', today: '2026-12-01' as IsoDate },
          '2026-12-02',
        ),
      ),
    ],
  })
  @Allow(...OFFICERS)
  @HttpCode(200)
  @ApiOkResponse({ type: CustodyEpisodeResponse })
  async release(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: ReleaseCustodyEpisodeDto) {
    return CustodyEpisodeResponse.from(
      await this.episodes.release(actor, id, body.version, body.releasedOn as IsoDate),
    );
  }
}

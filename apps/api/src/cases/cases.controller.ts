import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ArrearsCaseService, Role, type Actor, type CaseStage, type Transition } from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { Idempotent } from '../common/idempotency.interceptor.js';
import { PageResponse } from '../common/page.response.js';
import { IdParam } from '../common/params.js';
import { PageQuery } from '@app/common';
import {
  CaseListItemResponse,
  CaseQuery,
  CaseResponse,
  CaseSummaryResponse,
  LedgerLineResponse,
  MunicipalityNoticeDto,
  RecordPaymentDto,
  TimelineLineResponse,
  TransitionDto,
} from './cases.dto.js';

const CASEWORK = [Role.HousingCaseworker, Role.Administrator];
const READERS = [
  Role.HousingCaseworker,
  Role.MunicipalSocialWorker,
  Role.DebtAdvisor,
  Role.ProbationOfficer,
  Role.Administrator,
];

function toTransition(body: TransitionDto): Transition {
  switch (body.type) {
    case 'send_payment_demand':
      return {
        type: 'send_payment_demand',
        sentOn: body.sentOn as never,
        receivedOn: body.receivedOn as never,
        deliveryMethod: body.deliveryMethod as never,
        feeOre: body.feeOre ?? 0,
      };
    case 'schedule_eviction':
      return {
        type: 'schedule_eviction',
        decidedOn: body.decidedOn as never,
        evictionDate: body.evictionDate as never,
      };
    case 'avert':
      return { type: 'avert', on: body.on as never, reason: body.reason ?? '' };
    case 'close':
      return { type: 'close', on: body.on as never, outcome: body.outcome as never };
    default:
      return { type: body.type, on: body.on } as Transition;
  }
}

@ApiTags('cases')
@Controller('api/v1/cases')
export class CasesController {
  constructor(@Inject(ArrearsCaseService) private readonly cases: ArrearsCaseService) {}

  @Get()
  @Allow(...READERS)
  @ApiOkResponse({ type: PageResponse(CaseListItemResponse) })
  async list(@CurrentActor() actor: Actor, @Query() query: CaseQuery) {
    const { limit, cursor, stage, ...filter } = query;
    const page = await this.cases.list(
      actor,
      { ...filter, stage: stage as CaseStage[] | undefined },
      { limit, cursor },
    );
    return { items: page.items.map((c) => CaseListItemResponse.from(c)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiOkResponse({ type: CaseResponse })
  async get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return CaseResponse.from(await this.cases.detail(actor, id));
  }

  /** The ledger a page at a time, oldest debt first, each line with the balance after it. */
  @Get(':id/ledger')
  @Allow(...READERS)
  @ApiOkResponse({ type: PageResponse(LedgerLineResponse) })
  async ledger(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() page: PageQuery) {
    const result = await this.cases.ledger(actor, id, page);
    return { items: result.items.map((line) => LedgerLineResponse.from(line)), nextCursor: result.nextCursor };
  }

  /** The timeline a page at a time, in the order things happened. */
  @Get(':id/timeline')
  @Allow(...READERS)
  @ApiOkResponse({ type: PageResponse(TimelineLineResponse) })
  async timeline(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() page: PageQuery) {
    const result = await this.cases.timeline(actor, id, page);
    return { items: result.items.map((line) => TimelineLineResponse.from(line)), nextCursor: result.nextCursor };
  }

  @Post(':id/payments')
  @Allow(...CASEWORK)
  @Idempotent()
  @ApiOkResponse({ type: CaseSummaryResponse })
  async recordPayment(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: RecordPaymentDto) {
    return CaseSummaryResponse.from(
      await this.cases.recordPayment(actor, id, { amountOre: body.amountOre, paidOn: body.paidOn as never }),
    );
  }

  /** The next legal step; refused steps name their code and, where it applies, the earliest date. */
  @Post(':id/transitions')
  @Allow(...CASEWORK)
  @HttpCode(200)
  @ApiOkResponse({ type: CaseSummaryResponse })
  async transition(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: TransitionDto) {
    return CaseSummaryResponse.from(
      await this.cases.transition(actor, id, body.version, toTransition(body), body.reason),
    );
  }

  /** The notice to the municipality (almenlejeloven § 92, stk. 2), required before filing at the bailiff court. */
  @Post(':id/municipality-notice')
  @Allow(...CASEWORK)
  @Idempotent()
  @ApiOkResponse({ type: CaseSummaryResponse })
  async notifyMunicipality(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: MunicipalityNoticeDto) {
    return CaseSummaryResponse.from(await this.cases.notifyMunicipality(actor, id, body.noticeOn as never));
  }
}

import { Body, Controller, Get, Headers, HttpCode, Inject, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ArrearsCaseService,
  CaseListExportService,
  CSV_CONTENT_TYPE,
  Role,
  XLSX_EXPORT_CONTENT_TYPE,
  type Actor,
  type AvertReason,
  type CaseStage,
  type Transition,
} from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { Idempotent } from '../common/idempotency.interceptor.js';
import { ApiErrors, BODY_ERRORS } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { PageResponse } from '../common/page.response.js';
import { IdParam } from '../common/params.js';
import { PageQuery, pickLanguage } from '@app/common';
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
import { CaseExportQuery } from './case-export.dto.js';

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
      return {
        type: 'avert',
        on: body.on as never,
        reason: body.reason ?? '',
        ...(body.avertReason ? { avertReason: body.avertReason as AvertReason } : {}),
      };
    case 'close':
      return { type: 'close', on: body.on as never, outcome: body.outcome as never };
    default:
      return { type: body.type, on: body.on } as Transition;
  }
}

@ApiTags('cases')
@Controller('api/v1/cases')
export class CasesController {
  constructor(
    @Inject(ArrearsCaseService) private readonly cases: ArrearsCaseService,
    @Inject(CaseListExportService) private readonly exports: CaseListExportService,
  ) {}

  @Get()
  @Operation({
    summary: 'List cases',
    description:
      "The arrears cases the caller may see, a page at a time, most urgent deadline first; filter by stage, department or deadlines due within N days. Housing caseworkers (their organisation's departments), municipal social workers, debt advisors and probation officers (cases in their scope, with consent) and administrators; a case outside the caller's scope answers 404.",
    ok: PageResponse(CaseListItemResponse),
    errors: [ApiErrors.ValidationFailed, ApiErrors.InvalidCursor],
  })
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

  // Declared before ':id' so that "export" is not read as a case id.
  @Get('export')
  @Operation({
    summary: 'Export the case list',
    description:
      "Every case the list would show with the same filters and order, as one file: CSV the way Danish Excel opens it (';', UTF-8 BOM, decimal comma, dd-mm-yyyy, CRLF) or an .xlsx workbook with typed cells; headers and stage names in the language of Accept-Language (Danish by default); text that a spreadsheet would read as a formula is neutralised. The export is audited (one row with the format, the number of cases and the filters). At most 50,000 cases: more answer EXPORT_TOO_LARGE. Housing caseworkers (their organisation's departments), municipal social workers, debt advisors and probation officers (cases in their scope, with consent) and administrators.",
    errors: [ApiErrors.ValidationFailed, ApiErrors.ExportTooLarge],
  })
  @Allow(...READERS)
  @ApiOkResponse({
    description: 'The file, as an attachment',
    content: {
      [CSV_CONTENT_TYPE]: { schema: { type: 'string' } },
      [XLSX_EXPORT_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  async export(
    @CurrentActor() actor: Actor,
    @Query() query: CaseExportQuery,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<StreamableFile> {
    const { format = 'csv', stage, ...filter } = query;
    const file = await this.exports.export(
      actor,
      { ...filter, stage: stage as CaseStage[] | undefined },
      format,
      pickLanguage(acceptLanguage),
    );
    return new StreamableFile(file.bytes, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
      length: file.bytes.length,
    });
  }

  @Get(':id')
  @Operation({
    summary: 'Get a case',
    description:
      "One case: stage, balance, the payment demand, upcoming legal deadlines, the tenancy and its tenants, and the steps allowed from here. Housing caseworkers (their organisation's departments), municipal social workers, debt advisors and probation officers (cases in their scope, with consent) and administrators; a case outside the caller's scope answers 404.",
    ok: CaseResponse,
    errors: [ApiErrors.CaseNotFound],
  })
  @Allow(...READERS)
  @ApiOkResponse({ type: CaseResponse })
  async get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return CaseResponse.from(await this.cases.detail(actor, id));
  }

  /** The ledger a page at a time, oldest debt first, each line with the balance after it. */
  @Get(':id/ledger')
  @Operation({
    summary: "A case's ledger",
    description:
      "The ledger a page at a time, oldest debt first, each line with the balance after it. Housing caseworkers (their organisation's departments), municipal social workers, debt advisors and probation officers (cases in their scope, with consent) and administrators; a case outside the caller's scope answers 404.",
    ok: PageResponse(LedgerLineResponse),
    errors: [ApiErrors.ValidationFailed, ApiErrors.InvalidCursor, ApiErrors.CaseNotFound],
  })
  @Allow(...READERS)
  @ApiOkResponse({ type: PageResponse(LedgerLineResponse) })
  async ledger(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() page: PageQuery) {
    const result = await this.cases.ledger(actor, id, page);
    return { items: result.items.map((line) => LedgerLineResponse.from(line)), nextCursor: result.nextCursor };
  }

  /** The timeline a page at a time, in the order things happened. */
  @Get(':id/timeline')
  @Operation({
    summary: "A case's timeline",
    description:
      "What happened in the case, a page at a time, in the order it happened; each line's summary in the language of Accept-Language (Danish by default). Housing caseworkers (their organisation's departments), municipal social workers, debt advisors and probation officers (cases in their scope, with consent) and administrators; a case outside the caller's scope answers 404.",
    ok: PageResponse(TimelineLineResponse),
    errors: [ApiErrors.ValidationFailed, ApiErrors.InvalidCursor, ApiErrors.CaseNotFound],
  })
  @Allow(...READERS)
  @ApiOkResponse({ type: PageResponse(TimelineLineResponse) })
  async timeline(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Query() page: PageQuery,
    @Headers('accept-language') acceptLanguage?: string,
  ) {
    const result = await this.cases.timeline(actor, id, page, pickLanguage(acceptLanguage));
    return { items: result.items.map((line) => TimelineLineResponse.from(line)), nextCursor: result.nextCursor };
  }

  @Post(':id/payments')
  @Operation({
    summary: 'Record a payment',
    description:
      "Books a payment against the open case and recomputes its balance; idempotent with an Idempotency-Key header. Housing caseworkers (their organisation's departments) and administrators. Refuses a payment date in the future and a case that is closed.",
    ok: CaseSummaryResponse,
    errors: [...BODY_ERRORS, ApiErrors.PaymentDateInFuture, ApiErrors.CaseNotFound, ApiErrors.NoOpenCase],
  })
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
  @Operation({
    summary: 'Take the next legal step',
    description:
      "Moves the case one legal step (send the payment demand, record the deadline passed, terminate, request, schedule or record the eviction, avert, close), checked against the legal calendar and the case's own dates, with the version last read. Housing caseworkers (their organisation's departments) and administrators. A refused step answers 400 (wrong input) or 409 (not allowed now) with its code and, where waiting would help, details.earliestDate. Closing with outcome rent_assistance needs a rent assistance application on the case granted on or before the closing day (409 RENT_ASSISTANCE_NOT_GRANTED).",
    ok: CaseSummaryResponse,
    errors: [
      ...BODY_ERRORS,
      ApiErrors.CaseNotFound,
      ApiErrors.CaseVersionConflict,
      ApiErrors.CaseStageInvalid,
      ApiErrors.CaseClosed,
      ApiErrors.DateInFuture,
      ApiErrors.DateBeforePreviousStep,
      ApiErrors.PaymentDemandTooEarly,
      ApiErrors.ReceivedBeforeSent,
      ApiErrors.NothingOwed,
      ApiErrors.DeadlineNotPassed,
      ApiErrors.TerminationTooEarly,
      ApiErrors.MunicipalityNoticeMissing,
      ApiErrors.EvictionDateInvalid,
      ApiErrors.EvictionDateUnchanged,
      ApiErrors.ArrearsNotPaid,
      ApiErrors.FeeInvalid,
      ApiErrors.ReasonMissing,
      ApiErrors.PaymentPlanActive,
      ApiErrors.RentAssistanceNotGranted,
    ],
  })
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
  @Operation({
    summary: 'Notify the municipality',
    description:
      "Records the notice to the municipality (almenlejeloven § 92, stk. 2), required before filing at the bailiff court, and sends it to the municipality's alert mailbox; idempotent with an Idempotency-Key header. Housing caseworkers (their organisation's departments) and administrators. The same date again changes nothing (no second email); another date must be sent with correction: true, and is recorded on the timeline and sent as a correction. Refuses a notice date in the future or before the case's first unpaid due date, and a closed case.",
    ok: CaseSummaryResponse,
    errors: [
      ...BODY_ERRORS,
      ApiErrors.CaseNotFound,
      ApiErrors.NoOpenCase,
      ApiErrors.NoticeDateInFuture,
      ApiErrors.NoticeBeforeArrears,
      ApiErrors.NoticeDateChanged,
      ApiErrors.NoticeCorrectionWithoutNotice,
    ],
  })
  @Allow(...CASEWORK)
  @Idempotent()
  @ApiOkResponse({ type: CaseSummaryResponse })
  async notifyMunicipality(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: MunicipalityNoticeDto) {
    return CaseSummaryResponse.from(
      await this.cases.notifyMunicipality(actor, id, body.noticeOn as never, { correction: body.correction }),
    );
  }
}

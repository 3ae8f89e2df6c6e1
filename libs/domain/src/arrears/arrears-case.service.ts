import {
  contactOf,
  CustodyEpisodeRepository,
  type EpisodeContactView,
} from '../probation/custody-episode.repository.js';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { copenhagenDateOf, isIsoDate, type IsoDate } from '@app/calendar';
import { APP_CONFIG, type AppConfig } from '@app/config';
import {
  AppError,
  BatchCoalescer,
  decodeCursor,
  encodeCursor,
  HttpErrorText,
  invalidCursor,
  type Language,
  type Page,
  type PageQuery,
  type Settled,
} from '@app/common';
import { localized } from '@app/i18n';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { FIRST_DUE_YEAR, LAST_DUE_YEAR } from './import/danish-values.js';
import { type Actor, Role } from '../access/roles.js';
import { EntityNotFoundError } from '../directory/directory.errors.js';
import { WarningEngine } from '../warnings/warning-engine.service.js';
import { AuditService } from '../audit/audit.service.js';
import {
  ArrearsCaseRepository,
  stepsOf,
  type CaseListFilter,
  type CaseListRow,
  type CaseRow,
} from './arrears-case.repository.js';
import { ArrearsRegistrationService, type ClaimResult, type StoredCase } from './arrears-registration.service.js';
import {
  CaseVersionConflictError,
  DateInFutureError,
  NoOpenCaseError,
  NoticeBeforeArrearsError,
  NoticeCorrectionWithoutNoticeError,
  NoticeDateChangedError,
} from './arrears.errors.js';
import { transitionErrorDetails } from './legal-steps/case-state-machine.errors.js';
import { mayChangeCases } from './case-scope.js';
import { CaseHistoryRepository, type LedgerPageLine, type TimelineLine } from './case-history.repository.js';
import { deriveCase } from './legal-steps/case-derivation.js';
import { avertReasonFromText, type AvertReason, type OutcomeKind } from './legal-steps/case-outcome.js';
import { caseEventSummary } from './legal-steps/case-event-summary.js';
import { applyTransition, isOpenStage, type CaseStage, type Transition } from './legal-steps/case-state-machine.js';
import { LedgerRepository } from './ledger.repository.js';
import { type LedgerLine, type LedgerSummary } from './ledger-summary.js';
import { grantedForClosing } from './rent-assistance/rent-assistance-rules.js';
import { RentAssistanceNotGrantedError } from './rent-assistance/rent-assistance.errors.js';
import { RentAssistanceRepository } from './rent-assistance/rent-assistance.repository.js';
import { TenancyRepository } from './tenancy.repository.js';
import { TenancyService } from './tenancy.service.js';

/** Refusals that are wrong input rather than the wrong moment: 400, not 409. */
const INPUT_ERRORS = new Set([
  'REASON_MISSING',
  'DATE_IN_FUTURE',
  'RECEIVED_BEFORE_SENT',
  'FEE_INVALID',
  'EVICTION_DATE_INVALID',
  'EVICTION_DATE_UNCHANGED',
  'DATE_BEFORE_PREVIOUS_STEP',
]);

/**
 * A case as a command answers it: its stage, dates, balance and what comes next, without the
 * tenancy's people or the case's history (a page of its own each), so that a response stays
 * the same size however long the case has run.
 */
export interface CaseSummary {
  id: string;
  stage: CaseStage;
  outcome: string | null;
  /** The structured outcome of a closed case (docs/statistics.md#outcomes). */
  outcomeKind: OutcomeKind | null;
  outcomeReason: AvertReason | null;
  version: number;
  openedAt: Date;
  closedAt: Date | null;
  tenancyId: string;
  departmentId: string;
  municipalityId: string;
  summary: LedgerSummary;
  paymentDemand: { sentOn: string; receivedOn: string; deliveryMethod: string; feeOre: number } | null;
  terminatedOn: string | null;
  municipalityNoticeOn: string | null;
  evictionRequestedOn: string | null;
  evictionScheduledFor: string | null;
  upcomingDeadlines: { key: string; date: string; label: { da: string; en: string }; overdue: boolean }[];
  /** The first deadline has passed with its step still not taken. */
  overdue: boolean;
}

/** The case page: the summary with the tenancy and its tenants (each tenant shown is an audited read). */
export interface CaseDetail extends CaseSummary {
  tenancy: {
    id: string;
    departmentId: string;
    unit: string;
    address: string;
    postcode: string | null;
    city: string | null;
    monthlyRentOre: number;
  };
  tenants: { id: string; name: string }[];
  /**
   * For the landlord's caseworkers: a tenant away in custody, since when and whom to contact (so a
   * copy of the påkrav can go there), only when the tenant's probation-cooperation consent names
   * the landlord (docs/probation.md#arrears-while-away); otherwise, and for every other reader, null.
   */
  custody: { personId: string; since: IsoDate; contact: EpisodeContactView } | null;
}

export type LedgerPageItem = Omit<LedgerPageLine, 'sortOn'>;

/** A timeline line with its summary in the reader's language (null for a line that needs none). */
export type TimelineItem = TimelineLine & { summary: string | null };

export type CaseListItem = Omit<CaseListRow, 'openedKey' | 'sortKey'>;

/**
 * `deadlineWithinDays`: cases whose next legal date falls within this many days from today or has
 * passed (overdue), sorted by that date so that overdue cases come first.
 */
export type CaseFilter = CaseListFilter;

export interface RegisterArrears {
  dueDate: IsoDate;
  amountOre: number;
}

export type RegisterOutcome = 'created' | 'updated' | 'unchanged';

export interface RegisteredArrears {
  caseId: string;
  outcome: RegisterOutcome;
  summary: CaseSummary;
}

interface RegistrationRequest {
  actor: Actor;
  tenancyId: string;
  input: RegisterArrears;
}

/**
 * Registrations written together at most, and batches under way at once: two, one per core of
 * the machines this runs on, each on its own connection of the pool (docs/performance.md
 * "Registrations together").
 */
const REGISTRATION_BATCH_MAX = 50;
const REGISTRATION_BATCHES_IN_FLIGHT = 2;

const today = (): IsoDate => copenhagenDateOf(new Date());

/** The first due date of the rent the case was opened for: before it there was nothing to give notice of. */
function firstDueDateOf(ledger: readonly LedgerLine[]): IsoDate | null {
  const dates = ledger.flatMap((line) => (line.dueDate !== null ? [line.dueDate as IsoDate] : [])).sort();
  return dates[0] ?? null;
}

/** A ledger or timeline cursor: the key must have the page's shape and the id be a line number. */
function historyCursor(cursor: string, keyShape: (key: string) => boolean): { key: string; id: string } {
  const position = decodeCursor(cursor, 'text', 'serial');
  if (!keyShape(position.key)) {
    throw invalidCursor();
  }
  return position;
}

@Injectable()
export class ArrearsCaseService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(TenancyService) private readonly tenancies: TenancyService,
    @Inject(WarningEngine) private readonly warnings: WarningEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CaseHistoryRepository) private readonly history: CaseHistoryRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ArrearsCaseRepository) private readonly cases: ArrearsCaseRepository,
    @Inject(LedgerRepository) private readonly ledgerLines: LedgerRepository,
    @Inject(TenancyRepository) private readonly tenancyRows: TenancyRepository,
    @Inject(ArrearsRegistrationService) private readonly registration: ArrearsRegistrationService,
    @Inject(RentAssistanceRepository) private readonly rentAssistance: RentAssistanceRepository,
    @Inject(CustodyEpisodeRepository) private readonly custodyEpisodes: CustodyEpisodeRepository,
  ) {}

  /**
   * Registers unpaid rent for one due date on a tenancy: opens the case if there is none, or
   * adds to the open one. Registering the same amount for the same due date again changes
   * nothing; a different amount is booked as a correction, so the ledger stays append-only.
   *
   * Registrations on one tenancy are serialised by a row lock on the tenancy, taken before
   * anything is read. Each one therefore sees every registration committed before it: the first
   * opens the case (one per tenancy, almenlejeloven; `uq_arrears_case_open`), the others add to
   * it, and of several for one due date the one booked last is the registered amount, the
   * earlier ones staying in the ledger as the rent charge and corrections. A lock on the case
   * row cannot do this (there is no row before the case exists), and a retry on the unique
   * violation would redo the whole registration under contention. The lock is the one the
   * monthly import already takes: its `INSERT … ON CONFLICT (department_id, unit) DO UPDATE`
   * locks every existing tenancy of its batch first, so an import batch and a registration on
   * the same tenancy wait for each other instead of opening two cases or computing corrections
   * from the same old total. FOR NO KEY UPDATE is enough to conflict with that lock while leaving
   * foreign-key checks (a tenant being linked) unblocked. Lock order everywhere: tenancy, then
   * case, then persons by id.
   */
  async registerArrears(actor: Actor, tenancyId: string, input: RegisterArrears): Promise<RegisteredArrears> {
    if (!mayChangeCases(actor.principal)) throw new RoleNotAllowedError();
    assertDueYear(input.dueDate);
    return this.registrations.submit({ actor, tenancyId, input });
  }

  /**
   * Registrations arriving together are written together (group commit, docs/performance.md
   * "Registrations together"): one transaction for the batch, the write path called once per
   * caseworker in it. Under load that shares the transaction and its statements among many
   * requests; a quiet API runs each request alone, at once. A tenancy is never in two
   * registrations under way (the coalescer's key), so a batch holds one claim per tenancy, and
   * each registration still sees every one committed before it.
   */
  private readonly registrations = new BatchCoalescer<RegistrationRequest, RegisteredArrears>(
    (requests) => this.registerTogether(requests),
    { maxBatch: REGISTRATION_BATCH_MAX, maxInFlight: REGISTRATION_BATCHES_IN_FLIGHT, keyOf: (r) => r.tenancyId },
  );

  /** Registrations handed over and waiting for a batch (for one on the same tenancy, or a free one). */
  get registrationsQueued(): number {
    return this.registrations.queued;
  }

  /**
   * Writes the registrations in one transaction; a request out of its caller's scope gets its 404
   * and leaves the others be. When the transaction fails, each request is written again alone,
   * so that a failure is answered to the request it belongs to and to no other.
   */
  private async registerTogether(requests: RegistrationRequest[]): Promise<Settled<RegisteredArrears>[]> {
    try {
      return await this.dataSource.transaction((manager) => this.registerIn(manager, requests));
    } catch (error) {
      if (requests.length === 1) return [{ ok: false, error }];
      const alone: Settled<RegisteredArrears>[] = [];
      for (const request of requests) alone.push(...(await this.registerTogether([request])));
      return alone;
    }
  }

  private async registerIn(
    manager: EntityManager,
    requests: RegistrationRequest[],
  ): Promise<Settled<RegisteredArrears>[]> {
    const tenancies = await this.tenancies.lockAllInScope(manager, requests);
    const answers: Settled<RegisteredArrears>[] = new Array(requests.length);
    const byActor = new Map<string, { actor: Actor; indexes: number[] }>();
    requests.forEach((request, i) => {
      const tenancy = tenancies[i]!;
      if (tenancy instanceof EntityNotFoundError) {
        answers[i] = { ok: false, error: tenancy };
        return;
      }
      const group = byActor.get(request.actor.principal.userId) ?? { actor: request.actor, indexes: [] };
      group.indexes.push(i);
      byActor.set(request.actor.principal.userId, group);
    });
    const bookedOn = today();
    const written: { index: number; claim: ClaimResult }[] = [];
    const refreshed = new Map<string, StoredCase>();
    for (const { actor, indexes } of byActor.values()) {
      const result = await this.registration.register(
        manager,
        { actor, importId: null, bookedOn },
        indexes.map((i) => ({ tenancyId: requests[i]!.tenancyId, ...requests[i]!.input })),
      );
      result.claims.forEach((claim, k) => written.push({ index: indexes[k]!, claim }));
      for (const stored of result.refreshed) refreshed.set(stored.row.id, stored);
    }
    // The case as each answer shows it, in the registering transaction: as the registration stored
    // it when it changed a case open before; read otherwise (a new case, or nothing changed).
    const unread = written.map((w) => w.claim.caseId).filter((id) => !refreshed.has(id));
    for (const stored of await this.cases.withLedgers(manager, unread)) refreshed.set(stored.row.id, stored);
    for (const { index, claim } of written) {
      const stored = refreshed.get(claim.caseId);
      if (!stored) throw new EntityNotFoundError('arrears_case');
      const outcome: RegisterOutcome = claim.opened ? 'created' : claim.changed ? 'updated' : 'unchanged';
      answers[index] = { ok: true, value: { caseId: claim.caseId, outcome, summary: this.summaryFrom(stored) } };
    }
    return answers;
  }

  async recordPayment(
    actor: Actor,
    caseId: string,
    input: { amountOre: number; paidOn: IsoDate },
  ): Promise<CaseSummary> {
    if (!mayChangeCases(actor.principal)) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockInScope(manager, actor, caseId);
      if (row.closed_at) throw new NoOpenCaseError();
      if (input.paidOn > today()) throw new DateInFutureError('paidOn', input.paidOn, today());
      await this.ledgerLines.addPayment(manager, caseId, input.amountOre, input.paidOn, actor.principal.userId);
      await this.history.addEvents(manager, [
        {
          caseId,
          on: input.paidOn,
          type: 'payment_recorded',
          actorId: actor.principal.userId,
          details: { amountOre: input.amountOre },
        },
      ]);
      return this.summaryOfStored(await this.registration.refreshDerived(manager, [caseId]), caseId);
    });
  }

  /** Moves the case one legal step, checked against the calendar and the case's own dates. */
  async transition(
    actor: Actor,
    caseId: string,
    version: number,
    transition: Transition,
    reason?: string,
  ): Promise<CaseSummary> {
    if (!mayChangeCases(actor.principal)) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockInScope(manager, actor, caseId);
      if (row.version !== version) throw new CaseVersionConflictError(row.version, version);
      const { facts: before } = deriveCase(
        stepsOf(row),
        false,
        await this.ledgerLines.linesOf(manager, caseId),
        today(),
        this.config.calendar,
      );
      const result = applyTransition(before, transition, {
        today: today(),
        rules: this.config.calendar,
      });
      if (!result.ok) {
        const { code, text } = result.error;
        throw new AppError(code, INPUT_ERRORS.has(code) ? 400 : 409, text, transitionErrorDetails(result.error));
      }
      // The outcome records a grant: a case closes as `rent_assistance` only with one on it (docs/rent-assistance.md).
      if (
        transition.type === 'close' &&
        transition.outcome === 'rent_assistance' &&
        !grantedForClosing(await this.rentAssistance.decisionsOf(manager, caseId), transition.on)
      ) {
        throw new RentAssistanceNotGrantedError();
      }
      const facts = result.facts;
      const closed = !isOpenStage(facts.stage);
      await this.cases.recordStep(manager, caseId, {
        steps: facts,
        outcome:
          transition.type === 'close'
            ? transition.outcome
            : facts.stage === 'evicted' || facts.stage === 'averted'
              ? facts.stage
              : null,
        closed,
        // The structured outcome's reason (docs/statistics.md#outcomes): given, or read from the note's words.
        avertReason:
          transition.type === 'avert' ? (transition.avertReason ?? avertReasonFromText(transition.reason)) : null,
      });
      if (transition.type === 'send_payment_demand' && transition.feeOre > 0) {
        // The påkrav fee is itself a payment the tenant owes (a pligtig pengeydelse).
        await this.ledgerLines.addFee(manager, caseId, transition.feeOre, transition.sentOn, actor.principal.userId);
      }
      await this.history.addEvents(manager, [
        {
          caseId,
          on: result.event.on,
          type: result.event.type,
          actorId: actor.principal.userId,
          reason: reason ?? null,
          // What happened, as values: the timeline renders it in the reader's language.
          details: { ...result.event.values },
        },
      ]);
      if (closed) {
        // Persons locked in id order, as registrations and the import lock them (TenancyRepository).
        await this.tenancyRows.markTenantsInactiveWithoutOpenCase(manager, row.tenancy_id);
      }
      const refreshed = await this.registration.refreshDerived(manager, [caseId]);
      // Raising warnings writes warnings and outbox rows, never the case: its row is as refreshed.
      await this.warnings.raiseForEvents(manager, actor, [{ caseId, type: result.event.type, on: result.event.on }]);
      return this.summaryOfStored(refreshed, caseId);
    });
  }

  /**
   * Records the notice to the municipality that almenlejeloven § 92, stk. 2 requires no later
   * than the day the landlord files at the bailiff court, and queues it to the municipality's
   * alert mailbox. It carries the tenants' names and the address: nothing more.
   *
   * The notice may be given earlier than the filing, but not before any rent of the case fell
   * due (there was nothing to give notice of) nor in the future. The same date again is the same
   * notice: nothing is recorded or sent twice. Another date is refused unless it is sent as a
   * correction (`correction: true`), which replaces the date, goes on the timeline and is sent
   * to the municipality as a correction of the earlier notice.
   */
  async notifyMunicipality(
    actor: Actor,
    caseId: string,
    noticeOn: IsoDate,
    options: { correction?: boolean } = {},
  ): Promise<CaseSummary> {
    if (!mayChangeCases(actor.principal)) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockInScope(manager, actor, caseId);
      if (row.closed_at) throw new NoOpenCaseError();
      if (noticeOn > today()) throw new DateInFutureError('noticeOn', noticeOn, today());
      const firstDueDate = firstDueDateOf(await this.ledgerLines.linesOf(manager, caseId));
      if (firstDueDate !== null && noticeOn < firstDueDate) throw new NoticeBeforeArrearsError(noticeOn, firstDueDate);
      const previous = row.municipality_notice_on as IsoDate | null;
      // The same notice again: idempotent, whether or not it was sent as a correction.
      if (previous === noticeOn) return this.summaryIn(manager, actor, caseId);
      if (options.correction === true && previous === null) throw new NoticeCorrectionWithoutNoticeError();
      if (options.correction !== true && previous !== null) throw new NoticeDateChangedError(noticeOn, previous);
      const noticeId = randomUUID();
      await this.cases.recordMunicipalityNotice(manager, {
        id: noticeId,
        caseId,
        municipalityId: row.municipality_id,
        noticeOn,
        createdBy: actor.principal.userId,
        replaces: previous !== null,
      });
      await this.history.addEvents(manager, [
        previous === null
          ? {
              caseId,
              on: noticeOn,
              type: 'municipality_notified',
              actorId: actor.principal.userId,
              details: { noticeOn },
            }
          : {
              caseId,
              on: noticeOn,
              type: 'municipality_notice_corrected',
              actorId: actor.principal.userId,
              details: { noticeOn, corrects: previous },
            },
      ]);
      // The notice itself is the statutory warning rule (N1): the email to the alert mailbox, the
      // social workers' inbox items and the disclosure audit are written by the engine. A
      // correction is the same rule on the new date, its email saying which notice it corrects.
      await this.warnings.raiseForEvents(manager, actor, [
        { caseId, type: 'municipality_notified', on: noticeOn, ...(previous !== null ? { corrects: previous } : {}) },
      ]);
      // The notice is the email to the municipality's alert mailbox, not a social worker's personal copy of it.
      await this.cases.linkNoticeToAlertEmail(manager, noticeId, noticeOn);
      return this.summaryIn(manager, actor, caseId);
    });
  }

  async detail(actor: Actor, caseId: string): Promise<CaseDetail> {
    return this.dataSource.transaction((manager) => this.detailIn(manager, actor, caseId));
  }

  async summaryOf(actor: Actor, caseId: string): Promise<CaseSummary> {
    return this.dataSource.transaction((manager) => this.summaryIn(manager, actor, caseId));
  }

  /** A page of the case's ledger, each line with the balance after it; audited as a read of the tenants' data. */
  async ledger(actor: Actor, caseId: string, page: PageQuery): Promise<Page<LedgerPageItem>> {
    // A real calendar day: a date-shaped key such as 2026-02-31 would reach `::date` and fail there.
    const after = page.cursor ? historyCursor(page.cursor, isIsoDate) : null;
    return this.dataSource.transaction(async (manager) => {
      const row = await this.inScope(manager, actor, caseId);
      const lines = await this.history.ledgerPage(
        manager,
        caseId,
        after && { sortOn: after.key, id: after.id },
        page.limit + 1,
      );
      await this.auditHistoryRead(manager, actor, row, 'case-ledger');
      const items = lines.slice(0, page.limit);
      const last = items.at(-1);
      return {
        items: items.map(({ sortOn: _sortOn, ...line }) => line),
        nextCursor: lines.length > page.limit && last ? encodeCursor({ key: last.sortOn, id: last.id }) : null,
      };
    });
  }

  /**
   * A page of the case's timeline, in the order things happened, each line's summary rendered in
   * `language` from its type and values; audited like the ledger.
   */
  async timeline(
    actor: Actor,
    caseId: string,
    page: PageQuery,
    language: Language = 'da',
  ): Promise<Page<TimelineItem>> {
    const after = page.cursor ? historyCursor(page.cursor, (key) => key === 'timeline') : null;
    return this.dataSource.transaction(async (manager) => {
      const row = await this.inScope(manager, actor, caseId);
      const lines = await this.history.timelinePage(manager, caseId, after?.id ?? null, page.limit + 1);
      await this.auditHistoryRead(manager, actor, row, 'case-timeline');
      const items = lines.slice(0, page.limit);
      const last = items.at(-1);
      return {
        items: items.map((line) => ({ ...line, summary: caseEventSummary(line.type, line.details, language) })),
        nextCursor: lines.length > page.limit && last ? encodeCursor({ key: 'timeline', id: last.id }) : null,
      };
    });
  }

  async list(actor: Actor, filter: CaseFilter, page: PageQuery): Promise<Page<CaseListItem>> {
    const rows = await this.cases.list(this.dataSource.manager, actor.principal, filter, page, today());
    const items = rows.slice(0, page.limit);
    const last = items.at(-1);
    return {
      items: items.map(({ openedKey: _key, sortKey: _sort, ...item }) => item),
      nextCursor: rows.length > page.limit && last ? encodeCursor({ key: last.sortKey, id: last.id }) : null,
    };
  }

  private async inScope(manager: EntityManager, actor: Actor, caseId: string): Promise<CaseRow> {
    const row = await this.cases.findInScope(manager, actor.principal, caseId);
    if (!row) throw new EntityNotFoundError('arrears_case');
    return row;
  }

  private async summaryIn(manager: EntityManager, actor: Actor, caseId: string): Promise<CaseSummary> {
    // The case and its ledger in one round trip.
    const found = await this.cases.findInScopeWithLedger(manager, actor.principal, caseId);
    if (!found) throw new EntityNotFoundError('arrears_case');
    return this.summaryFrom(found);
  }

  /**
   * The answer of a write that refreshed the case's derived fields (`refreshDerived`): the case as
   * that stored it, read after the write's own changes, in its transaction — no read of it again.
   * The caller locked the case (or its tenancy) in the actor's scope earlier in the transaction.
   */
  private summaryOfStored(refreshed: StoredCase[], caseId: string): CaseSummary {
    const stored = refreshed.find((c) => c.row.id === caseId);
    if (!stored) throw new EntityNotFoundError('arrears_case');
    return this.summaryFrom(stored);
  }

  private summaryFrom({ row, ledger }: StoredCase): CaseSummary {
    const derived = deriveCase(stepsOf(row), row.closed_at !== null, ledger, today(), this.config.calendar);
    return {
      id: row.id,
      stage: row.stage,
      outcome: row.outcome,
      outcomeKind: row.outcome_kind,
      outcomeReason: row.outcome_reason,
      version: row.version,
      openedAt: row.opened_at,
      closedAt: row.closed_at,
      tenancyId: row.tenancy_id,
      departmentId: row.department_id,
      municipalityId: row.municipality_id,
      summary: derived.summary,
      paymentDemand: row.payment_demand_sent_on
        ? {
            sentOn: row.payment_demand_sent_on,
            receivedOn: row.payment_demand_received_on!,
            deliveryMethod: row.payment_demand_delivery!,
            feeOre: Number(row.payment_demand_fee_ore ?? 0),
          }
        : null,
      terminatedOn: row.terminated_on,
      municipalityNoticeOn: row.municipality_notice_on,
      evictionRequestedOn: row.eviction_requested_on,
      evictionScheduledFor: row.eviction_scheduled_for,
      upcomingDeadlines: derived.upcomingDeadlines,
      overdue: derived.overdue,
    };
  }

  private async detailIn(manager: EntityManager, actor: Actor, caseId: string): Promise<CaseDetail> {
    const summary = await this.summaryIn(manager, actor, caseId);
    const tenancy = await this.tenancyRows.card(manager, summary.tenancyId);
    const tenants = await this.tenancies.tenantsOf(manager, actor, summary.tenancyId, 'arrears_case', caseId);
    return { ...summary, tenancy, tenants, custody: await this.custodyOn(manager, actor, summary.tenancyId, caseId) };
  }

  /** A tenant of the case away in custody, as far as the consent names the landlord; the read is audited. */
  private async custodyOn(
    manager: EntityManager,
    actor: Actor,
    tenancyId: string,
    caseId: string,
  ): Promise<CaseDetail['custody']> {
    const { principal } = actor;
    if (principal.role !== Role.HousingCaseworker || !principal.housingOrganisationId) return null;
    const [episode] = await this.custodyEpisodes.openForTenancyAndLandlord(
      manager,
      tenancyId,
      principal.housingOrganisationId,
    );
    if (!episode) return null;
    await this.audit.record(manager, actor, [
      {
        action: 'custody_episode.read',
        entityType: 'custody_episode',
        entityId: episode.id,
        personId: episode.personId,
        details: { via: 'case', caseId },
      },
    ]);
    return { personId: episode.personId, since: episode.startedOn, contact: contactOf(episode) };
  }

  /** The ledger and the timeline are the tenants' financial history: each read is audited against them. */
  private async auditHistoryRead(
    manager: EntityManager,
    actor: Actor,
    row: CaseRow,
    via: 'case-ledger' | 'case-timeline',
  ): Promise<void> {
    const tenants = await this.history.tenantIds(manager, row.tenancy_id);
    await this.audit.record(
      manager,
      actor,
      tenants.map((personId) => ({
        action: 'person.read',
        entityType: 'arrears_case',
        entityId: row.id,
        personId,
        details: { via },
      })),
    );
  }

  private async lockInScope(manager: EntityManager, actor: Actor, caseId: string): Promise<CaseRow> {
    const row = await this.cases.findInScope(manager, actor.principal, caseId, true);
    if (!row) throw new EntityNotFoundError('arrears_case');
    return row;
  }
}

/**
 * The due dates the monthly import accepts (danish-values.ts), for one registration too: a rent
 * due in year 9999 would put the case's legal dates past the calendar's end, and every later
 * write to the case would fail.
 */
function assertDueYear(dueDate: IsoDate): void {
  const year = Number(dueDate.slice(0, 4));
  if (year >= FIRST_DUE_YEAR && year <= LAST_DUE_YEAR) return;
  const first = String(FIRST_DUE_YEAR);
  const last = String(LAST_DUE_YEAR);
  throw new AppError('VALIDATION_FAILED', 400, HttpErrorText.VALIDATION_FAILED, [
    {
      field: 'dueDate',
      rule: 'dueDateRange',
      message: localized((m) => m.imports.row.dateOutOfRange({ column: 'dueDate', first, last })),
      first,
      last,
    },
  ]);
}

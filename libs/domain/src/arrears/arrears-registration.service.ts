import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { copenhagenDateOf, type IsoDate } from '@app/calendar';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { type Actor } from '../access/roles.js';
import { QueryPlanRepository } from '../shared/query-plan.repository.js';
import { WarningEngine } from '../warnings/warning-engine.service.js';
import { ArrearsCaseRepository, stepsOf, type CaseRow } from './arrears-case.repository.js';
import { CaseHistoryRepository, type NewCaseEvent } from './case-history.repository.js';
import { deriveCase, type RecordedSteps } from './legal-steps/case-derivation.js';
import { summarizeLedger, type LedgerLine } from './ledger-summary.js';
import { LedgerRepository } from './ledger.repository.js';
import { TenancyRepository } from './tenancy.repository.js';

/** Unpaid rent for one due date on one tenancy, as a caseworker or the monthly list reports it. */
export interface ArrearsClaim {
  tenancyId: string;
  dueDate: string;
  amountOre: number;
}

/** Who registers: a caseworker through the API (`actor`), or the monthly import (`importId`, no actor). */
export interface RegistrationSource {
  actor: Actor | null;
  importId: string | null;
  /** The booking day (Copenhagen) of the registration. */
  bookedOn: IsoDate;
}

/** Per claim, in the order given: its case, whether the registration opened it, whether the ledger changed. */
export interface ClaimResult {
  caseId: string;
  opened: boolean;
  changed: boolean;
}

export interface RegistrationResult {
  claims: ClaimResult[];
  /** Cases whose arrears changed (the warning rules were evaluated for them). */
  changedCaseIds: string[];
  /** The changed cases that were open before, as now stored with their ledgers (`refreshDerived`). */
  refreshed: StoredCase[];
}

/** A case as its writer has just stored it, with its whole ledger: what the writer's answer shows. */
export interface StoredCase {
  row: CaseRow;
  ledger: LedgerLine[];
}

/**
 * Claims up to this many are written on the statements' generic plans (`QueryPlanRepository`):
 * a registration through the API is one; the monthly import's batches are thousands, and keep
 * the custom plans their sizes call for.
 */
export const GENERIC_PLAN_MAX_CLAIMS = 10;

/**
 * The one write path for arrears: a registration through the API (one claim) and a batch of the
 * monthly import (up to thousands) run this same code, set-based, in the caller's transaction.
 * The caller has locked the claims' tenancies (the API with a row lock, the import with its
 * upsert), so each registration sees every one committed before it.
 */
@Injectable()
export class ArrearsRegistrationService {
  constructor(
    @Inject(ArrearsCaseRepository) private readonly cases: ArrearsCaseRepository,
    @Inject(LedgerRepository) private readonly ledger: LedgerRepository,
    @Inject(CaseHistoryRepository) private readonly history: CaseHistoryRepository,
    @Inject(TenancyRepository) private readonly tenancies: TenancyRepository,
    @Inject(WarningEngine) private readonly warnings: WarningEngine,
    @Inject(QueryPlanRepository) private readonly plans: QueryPlanRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Opens the tenancy's case if there is none, or adds to the open one. The same amount for the
   * same due date again changes nothing; a different amount is booked as a correction, so the
   * ledger stays append-only. Then the derived figures, the timeline and the warning rules.
   */
  async register(
    manager: EntityManager,
    source: RegistrationSource,
    claims: ArrearsClaim[],
  ): Promise<RegistrationResult> {
    if (claims.length === 0) return { claims: [], changedCaseIds: [], refreshed: [] };
    // Only named statements have plans to reuse; the embedded database runs them unnamed.
    if (claims.length <= GENERIC_PLAN_MAX_CLAIMS && this.config.database.preparedStatements) {
      await this.plans.planGenerically(manager);
    }
    const today = copenhagenDateOf(new Date());
    // What a case opened now holds is what is booked on it now: on a fresh ledger, a `rent_charge`
    // for each claim that is not zero (`bookRentClaims`). Its next legal date is derived from that
    // before it is opened, so that the case is written once, with it.
    const freshLines = new Map<string, LedgerLine[]>();
    for (const claim of claims) {
      const lines = freshLines.get(claim.tenancyId) ?? [];
      if (claim.amountOre !== 0) lines.push(rentCharge(claim, source.bookedOn));
      freshLines.set(claim.tenancyId, lines);
    }
    const opening = [...freshLines].map(([tenancyId, lines]) => ({
      tenancyId,
      nextDeadlineOn: this.nextDeadlineOfOpened(lines, today),
    }));
    const tenancyIds = opening.map((t) => t.tenancyId);
    const open = new Map((await this.cases.openOrLock(manager, opening)).map((c) => [c.tenancyId, c]));
    await this.tenancies.markTenantsActive(manager, tenancyIds);
    const caseOf = (claim: ArrearsClaim) => {
      const found = open.get(claim.tenancyId);
      if (!found) throw new Error(`No open case for tenancy ${claim.tenancyId} after opening one`);
      return found;
    };
    const by = {
      bookedOn: source.bookedOn,
      source: source.importId ? ('import' as const) : ('manual' as const),
      importId: source.importId,
      createdBy: source.actor?.principal.userId ?? null,
    };
    const changed = new Set(
      await this.ledger.bookRentClaims(
        manager,
        claims.map((claim) => ({ ...claim, caseId: caseOf(claim).caseId, fresh: caseOf(claim).opened })),
        by,
      ),
    );
    const actorId = source.actor?.principal.userId ?? null;
    const provenance = source.importId ? { importId: source.importId } : {};
    const opened = [...open.values()].filter((c) => c.opened);
    const carried = await this.carryBalancesForward(manager, opened, by);
    const events: NewCaseEvent[] = [
      ...opened.map((c) => ({
        caseId: c.caseId,
        on: source.bookedOn,
        type: 'case_opened',
        actorId,
        details: source.importId ? provenance : null,
      })),
      ...carried.flatMap((move) => [
        {
          caseId: move.toCaseId,
          on: source.bookedOn,
          type: 'balance_carried_forward',
          actorId,
          details: { fromCaseId: move.fromCaseId, amountOre: move.amountOre, ...provenance },
        },
        {
          caseId: move.fromCaseId,
          on: source.bookedOn,
          type: 'balance_moved_to_new_case',
          actorId,
          details: { toCaseId: move.toCaseId, amountOre: move.amountOre, ...provenance },
        },
      ]),
      ...claims
        .filter((_, i) => changed.has(i))
        .map((claim) => ({
          caseId: caseOf(claim).caseId,
          on: source.bookedOn,
          type: 'arrears_registered',
          actorId,
          details: { dueDate: claim.dueDate, amountOre: claim.amountOre, ...provenance },
        })),
    ];
    await this.history.addEvents(manager, events);
    const changedCaseIds = [...new Set(claims.filter((_, i) => changed.has(i)).map((c) => caseOf(c).caseId))];
    // A case opened now is at its first version, stored with the date derived from its claims.
    // Only one that carried a balance forward holds more, and is derived again from everything
    // on it. One that was open before is read, and moves to its next version.
    const openedIds = new Set(opened.map((c) => c.caseId));
    const tenancyOfOpened = new Map(opened.map((c) => [c.caseId, c.tenancyId]));
    await this.cases.storeDerived(
      manager,
      // `storeDerived` writes only a date that differs from the one stored.
      carried.map((move) => ({
        caseId: move.toCaseId,
        nextDeadlineOn: this.nextDeadlineOfOpened(
          [
            { kind: 'balance_forward', amountOre: move.amountOre, dueDate: move.dueDate, bookedOn: source.bookedOn },
            ...(freshLines.get(tenancyOfOpened.get(move.toCaseId)!) ?? []),
          ],
          today,
        ),
        touched: false,
      })),
    );
    const existing = changedCaseIds.filter((id) => !openedIds.has(id));
    const refreshed = await this.refreshDerived(manager, existing, new Set(existing));
    await this.warnings.raiseForEvents(
      manager,
      source.actor,
      changedCaseIds.map((caseId) => ({ caseId, type: 'arrears_registered', on: source.bookedOn })),
    );
    // A tenant in custody cannot follow the arrears letters: the probation unit is told, on the
    // tenant's consent (docs/probation.md#arrears-while-away).
    await this.warnings.raiseCustodyArrears(manager, source.actor, changedCaseIds, source.bookedOn);
    return {
      claims: claims.map((claim, i) => ({ ...pick(caseOf(claim)), changed: changed.has(i) })),
      changedCaseIds,
      refreshed,
    };
  }

  /** The next legal date of a case just opened (registered, no step taken) holding these lines. */
  private nextDeadlineOfOpened(lines: readonly LedgerLine[], today: IsoDate): string | null {
    return deriveCase(OPENED, false, lines, today, this.config.calendar).nextDeadlineOn;
  }

  /**
   * The debt belongs to the tenancy: a case opened on a tenancy whose earlier case closed with
   * money still owed (an averted eviction, say) carries that balance forward, so the old debt
   * stays in view and in the balance the next påkrav and termination check.
   */
  private async carryBalancesForward(
    manager: EntityManager,
    opened: { caseId: string; tenancyId: string }[],
    by: Parameters<LedgerRepository['carryForward']>[2],
  ): Promise<{ fromCaseId: string; toCaseId: string; amountOre: number; dueDate: string | null }[]> {
    if (opened.length === 0) return [];
    const newCaseOf = new Map(opened.map((c) => [c.tenancyId, c.caseId]));
    const moves = (await this.ledger.closedBalances(manager, [...newCaseOf.keys()])).map((earlier) => {
      const summary = summarizeLedger(earlier.ledger);
      return {
        fromCaseId: earlier.caseId,
        toCaseId: newCaseOf.get(earlier.tenancyId)!,
        amountOre: summary.balanceOre,
        dueDate: summary.oldestUnpaidDueDate,
      };
    });
    await this.ledger.carryForward(manager, moves, by);
    return moves;
  }

  /**
   * Stores what is derived of each case (`deriveCase`: the next legal date, the first of the case
   * page's `upcomingDeadlines`), for every writer of a case alike. Returns each case as now stored
   * (its next legal date, and its version moved on when `touched`) with the ledger it was derived
   * from, read in the caller's transaction after its writes: the writer answers from it without
   * reading the case again.
   */
  async refreshDerived(
    manager: EntityManager,
    caseIds: string[],
    touched: ReadonlySet<string> = new Set(),
  ): Promise<StoredCase[]> {
    if (caseIds.length === 0) return [];
    const cases = await this.cases.withLedgers(manager, caseIds);
    const stored = await this.storeDerived(
      manager,
      cases.map(({ row, ledger }) => ({ caseId: row.id, steps: stepsOf(row), closed: row.closed_at !== null, ledger })),
      touched,
    );
    // As `storeDerived` leaves the row: the date it derived, and the version it wrote, if it wrote one.
    return cases.map(({ row, ledger }, i) => ({
      row: {
        ...row,
        next_deadline_on: stored[i]!.nextDeadlineOn,
        version: stored[i]!.version ?? row.version,
      },
      ledger,
    }));
  }

  /**
   * `refreshDerived` for a writer that already holds each case's steps as just written and its
   * ledger (the payment-plan sweep's ends): the same derivation, without reading them again.
   * Returns, in the order given, each case's next legal date and the version written (null when
   * the row was left as it was).
   */
  async storeDerived(
    manager: EntityManager,
    cases: readonly { caseId: string; steps: RecordedSteps; closed: boolean; ledger: readonly LedgerLine[] }[],
    touched: ReadonlySet<string> = new Set(),
  ): Promise<{ nextDeadlineOn: string | null; version: number | null }[]> {
    if (cases.length === 0) return [];
    const today = copenhagenDateOf(new Date());
    const derived = cases.map(({ caseId, steps, closed, ledger }) => ({
      caseId,
      nextDeadlineOn: deriveCase(steps, closed, ledger, today, this.config.calendar).nextDeadlineOn,
      touched: touched.has(caseId),
    }));
    const versions = await this.cases.storeDerived(manager, derived);
    return derived.map((d) => ({ nextDeadlineOn: d.nextDeadlineOn, version: versions.get(d.caseId) ?? null }));
  }
}

/** A case as `openOrLock` opens it: registered, no step taken yet. */
const OPENED: RecordedSteps = {
  stage: 'registered',
  paymentDemand: null,
  terminatedOn: null,
  municipalityNoticeOn: null,
  evictionRequestedOn: null,
  evictionScheduledFor: null,
};

/** A claim as `bookRentClaims` books it on a fresh ledger. */
function rentCharge(claim: ArrearsClaim, bookedOn: IsoDate): LedgerLine {
  return { kind: 'rent_charge', amountOre: claim.amountOre, dueDate: claim.dueDate, bookedOn };
}

function pick(c: { caseId: string; opened: boolean }): { caseId: string; opened: boolean } {
  return { caseId: c.caseId, opened: c.opened };
}

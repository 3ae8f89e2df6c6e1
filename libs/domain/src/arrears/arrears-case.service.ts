import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { copenhagenDateOf, isIsoDate, type IsoDate } from '@app/calendar';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AppError, decodeCursor, encodeCursor, type Page, type PageQuery } from '@app/common';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { type Actor } from '../access/roles.js';
import { EntityNotFoundError } from '../directory/directory.errors.js';
import { WarningEngine } from '../warnings/warning-engine.service.js';
import { CaseVersionConflictError, NoOpenCaseError } from './arrears.errors.js';
import { caseScope, mayChangeCases } from './case-scope.js';
import { paymentDemandFromColumns } from './payment-demand-columns.js';
import { summarizeLedger, type LedgerLine, type LedgerSummary } from './ledger-summary.js';
import { TenancyService } from './tenancy.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CaseHistoryRepository, type LedgerPageLine, type TimelineLine } from './case-history.repository.js';
import {
  applyTransition,
  isOpenStage,
  upcomingDeadlines,
  type CaseFacts,
  type CaseStage,
  type Transition,
} from './legal-steps/case-state-machine.js';

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

interface CaseRow {
  id: string;
  tenancy_id: string;
  housing_organisation_id: string;
  department_id: string;
  municipality_id: string;
  stage: CaseStage;
  outcome: string | null;
  payment_demand_sent_on: string | null;
  payment_demand_received_on: string | null;
  payment_demand_delivery: string | null;
  payment_demand_fee_ore: string | null;
  terminated_on: string | null;
  municipality_notice_on: string | null;
  eviction_requested_on: string | null;
  eviction_scheduled_for: string | null;
  next_deadline_on: string | null;
  opened_at: Date;
  closed_at: Date | null;
  version: number;
}

/**
 * A case as a command answers it: its stage, dates, balance and what comes next, without the
 * tenancy's people or the case's history (a page of its own each), so that a response stays
 * the same size however long the case has run.
 */
export interface CaseSummary {
  id: string;
  stage: CaseStage;
  outcome: string | null;
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
  upcomingDeadlines: { key: string; date: string; label: { da: string; en: string } }[];
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
}

export type LedgerPageItem = Omit<LedgerPageLine, 'sortOn'>;

export interface CaseListItem {
  id: string;
  stage: CaseStage;
  tenancyId: string;
  unit: string;
  address: string;
  departmentId: string;
  municipalityId: string;
  balanceOre: number;
  nextDeadlineOn: string | null;
  openedAt: Date;
}

export interface CaseFilter {
  stage?: CaseStage[];
  municipalityId?: string;
  departmentId?: string;
  balanceMinOre?: number;
  balanceMaxOre?: number;
  /** Cases whose next legal date falls within this many days from today. */
  deadlineWithinDays?: number;
  /** Free text on the tenancy address. */
  address?: string;
  open?: boolean;
}

export interface RegisterArrears {
  dueDate: IsoDate;
  amountOre: number;
}

export type RegisterOutcome = 'created' | 'updated' | 'unchanged';

const today = (): IsoDate => copenhagenDateOf(new Date());

/** A ledger or timeline cursor: the key must have the page's shape and the id be a line number. */
function historyCursor(cursor: string, keyShape: (key: string) => boolean): { key: string; id: string } {
  const position = decodeCursor(cursor, 'text', 'serial');
  if (!keyShape(position.key)) {
    throw new AppError(
      'INVALID_CURSOR',
      400,
      { da: 'Sidemarkøren er ugyldig. Start forfra.', en: 'The page cursor is invalid. Start from the first page.' },
      [{ field: 'cursor', rule: 'cursor', message: 'cursor is not one this API issued' }],
    );
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
  async registerArrears(
    actor: Actor,
    tenancyId: string,
    input: RegisterArrears,
  ): Promise<{ caseId: string; outcome: RegisterOutcome }> {
    if (!mayChangeCases(actor.principal)) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const tenancy = await this.tenancies.lockInScope(manager, actor, tenancyId);
      let [row] = await manager.query(
        `SELECT id FROM arrears_case WHERE tenancy_id = $1 AND closed_at IS NULL FOR UPDATE`,
        [tenancy.id],
      );
      let outcome: RegisterOutcome = 'updated';
      if (!row) {
        const id = randomUUID();
        await manager.query(
          `INSERT INTO arrears_case (id, tenancy_id, housing_organisation_id, department_id, municipality_id, stage)
           SELECT $1, t.id, t.housing_organisation_id, t.department_id, d.municipality_id, 'registered'
             FROM tenancy t JOIN department d ON d.id = t.department_id WHERE t.id = $2`,
          [id, tenancy.id],
        );
        await this.event(manager, actor, id, today(), 'case_opened');
        await this.markTenantsActive(manager, tenancy.id);
        row = { id };
        outcome = 'created';
      }
      const caseId: string = row.id;
      const [{ registered, entries }] = await manager.query(
        `SELECT coalesce(sum(amount_ore), 0)::bigint AS registered, count(*)::int AS entries
           FROM ledger_entry WHERE case_id = $1 AND source_key LIKE $2`,
        [caseId, `rent:${input.dueDate}%`],
      );
      const difference = input.amountOre - Number(registered);
      if (difference === 0) return { caseId, outcome: outcome === 'created' ? 'created' : 'unchanged' };
      await manager.query(
        `INSERT INTO ledger_entry (case_id, kind, amount_ore, due_date, booked_on, source, source_key, created_by)
         VALUES ($1, $2, $3, $4, $5, 'manual', $6, $7)`,
        [
          caseId,
          entries === 0 ? 'rent_charge' : 'correction',
          difference,
          input.dueDate,
          today(),
          entries === 0 ? `rent:${input.dueDate}` : `rent:${input.dueDate}:${entries}`,
          actor.principal.userId,
        ],
      );
      await this.event(manager, actor, caseId, today(), 'arrears_registered', null, {
        dueDate: input.dueDate,
        amountOre: input.amountOre,
      });
      await this.refreshDerived(manager, caseId);
      await this.warnings.raiseForEvents(manager, actor, [{ caseId, type: 'arrears_registered', on: today() }]);
      return { caseId, outcome };
    });
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
      if (input.paidOn > today()) {
        throw new AppError(
          'DATE_IN_FUTURE',
          400,
          { da: 'Datoen ligger i fremtiden.', en: 'The date is in the future.' },
          [{ field: 'paidOn', rule: 'notFuture', message: 'paidOn must not be in the future' }],
        );
      }
      await manager.query(
        `INSERT INTO ledger_entry (case_id, kind, amount_ore, booked_on, source, created_by) VALUES ($1, 'payment', $2, $3, 'manual', $4)`,
        [caseId, -input.amountOre, input.paidOn, actor.principal.userId],
      );
      await this.event(manager, actor, caseId, input.paidOn, 'payment_recorded', null, { amountOre: input.amountOre });
      await this.refreshDerived(manager, caseId);
      return this.summaryIn(manager, actor, caseId);
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
      if (row.version !== version) throw new CaseVersionConflictError(row.version);
      const summary = summarizeLedger(await this.ledgerLines(manager, caseId));
      const result = applyTransition(this.facts(row, summary), transition, {
        today: today(),
        rules: this.config.calendar,
      });
      if (!result.ok) {
        const { code, text, earliestDate, details } = result.error;
        throw new AppError(code, INPUT_ERRORS.has(code) ? 400 : 409, text, {
          ...details,
          ...(earliestDate ? { earliestDate } : {}),
        });
      }
      const facts = result.facts;
      const closed = !isOpenStage(facts.stage);
      await manager.query(
        `UPDATE arrears_case SET stage = $2, outcome = $3, payment_demand_sent_on = $4, payment_demand_received_on = $5,
                payment_demand_delivery = $6, payment_demand_fee_ore = $7, terminated_on = $8, eviction_requested_on = $9,
                eviction_scheduled_for = $10, closed_at = CASE WHEN $11 THEN now() ELSE NULL END,
                version = version + 1, updated_at = now()
          WHERE id = $1`,
        [
          caseId,
          facts.stage,
          transition.type === 'close'
            ? transition.outcome
            : facts.stage === 'evicted' || facts.stage === 'averted'
              ? facts.stage
              : null,
          facts.paymentDemand?.sentOn ?? null,
          facts.paymentDemand?.receivedOn ?? null,
          facts.paymentDemand?.deliveryMethod ?? null,
          facts.paymentDemand?.feeOre ?? null,
          facts.terminatedOn,
          facts.evictionRequestedOn,
          facts.evictionScheduledFor,
          closed,
        ],
      );
      if (transition.type === 'send_payment_demand' && transition.feeOre > 0) {
        // The påkrav fee is itself a payment the tenant owes (a pligtig pengeydelse).
        await manager.query(
          `INSERT INTO ledger_entry (case_id, kind, amount_ore, booked_on, source, created_by) VALUES ($1, 'fee', $2, $3, 'manual', $4)`,
          [caseId, transition.feeOre, transition.sentOn, actor.principal.userId],
        );
      }
      await this.event(manager, actor, caseId, result.event.on, result.event.type, reason ?? null, {
        summary: result.event.summary.en,
      });
      if (closed) {
        // Persons locked in id order, as registerArrears and the import lock them (see there).
        await manager.query(
          `WITH locked AS (
             SELECT p.id FROM person p JOIN tenancy_tenant t ON t.person_id = p.id
              WHERE t.tenancy_id = $1
                AND NOT EXISTS (SELECT 1 FROM tenancy_tenant tt JOIN arrears_case c ON c.tenancy_id = tt.tenancy_id
                                 WHERE tt.person_id = p.id AND c.closed_at IS NULL)
              ORDER BY p.id FOR NO KEY UPDATE OF p)
           UPDATE person p SET inactive_since = now() FROM locked WHERE p.id = locked.id`,
          [row.tenancy_id],
        );
      }
      await this.refreshDerived(manager, caseId);
      await this.warnings.raiseForEvents(manager, actor, [{ caseId, type: result.event.type, on: result.event.on }]);
      return this.summaryIn(manager, actor, caseId);
    });
  }

  /**
   * Records the notice to the municipality that almenlejeloven § 92, stk. 2 requires no later
   * than the day the landlord files at the bailiff court, and queues it to the municipality's
   * alert mailbox. It carries the tenants' names and the address: nothing more.
   */
  async notifyMunicipality(actor: Actor, caseId: string, noticeOn: IsoDate): Promise<CaseSummary> {
    if (!mayChangeCases(actor.principal)) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockInScope(manager, actor, caseId);
      if (row.closed_at) throw new NoOpenCaseError();
      if (noticeOn > today()) {
        throw new AppError(
          'DATE_IN_FUTURE',
          400,
          { da: 'Datoen ligger i fremtiden.', en: 'The date is in the future.' },
          [{ field: 'noticeOn', rule: 'notFuture', message: 'noticeOn must not be in the future' }],
        );
      }
      const noticeId = randomUUID();
      await manager.query(
        `INSERT INTO municipality_notice (id, case_id, municipality_id, notice_on, created_by) VALUES ($1, $2, $3, $4, $5)`,
        [noticeId, caseId, row.municipality_id, noticeOn, actor.principal.userId],
      );
      await manager.query(
        `UPDATE arrears_case SET municipality_notice_on = least(coalesce(municipality_notice_on, $2::date), $2::date),
                version = version + 1, updated_at = now() WHERE id = $1`,
        [caseId, noticeOn],
      );
      await this.event(manager, actor, caseId, noticeOn, 'municipality_notified');
      // The notice itself is the statutory warning rule (N1): the email to the alert mailbox, the
      // social workers' inbox items and the disclosure audit are written by the engine.
      await this.warnings.raiseForEvents(manager, actor, [{ caseId, type: 'municipality_notified', on: noticeOn }]);
      // The notice is the email to the municipality's alert mailbox, not a social worker's personal copy of it.
      await manager.query(
        `UPDATE municipality_notice n SET outbox_id = o.id
           FROM warning w JOIN outbox o ON o.warning_id = w.id JOIN municipality m ON m.id = w.recipient_id
          WHERE n.id = $1 AND w.case_id = n.case_id AND w.rule_code = 'statutory-eviction-notice'
            AND w.occurrence = $2 AND w.recipient_type = 'municipality' AND o.recipient = lower(m.alert_email)`,
        [noticeId, noticeOn],
      );
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

  /** A page of the case's timeline, in the order things happened; audited like the ledger. */
  async timeline(actor: Actor, caseId: string, page: PageQuery): Promise<Page<TimelineLine>> {
    const after = page.cursor ? historyCursor(page.cursor, (key) => key === 'timeline') : null;
    return this.dataSource.transaction(async (manager) => {
      const row = await this.inScope(manager, actor, caseId);
      const lines = await this.history.timelinePage(manager, caseId, after?.id ?? null, page.limit + 1);
      await this.auditHistoryRead(manager, actor, row, 'case-timeline');
      const items = lines.slice(0, page.limit);
      const last = items.at(-1);
      return {
        items,
        nextCursor: lines.length > page.limit && last ? encodeCursor({ key: 'timeline', id: last.id }) : null,
      };
    });
  }

  async list(actor: Actor, filter: CaseFilter, page: PageQuery): Promise<Page<CaseListItem>> {
    const scope = caseScope(actor.principal);
    if (!scope) throw new RoleNotAllowedError();
    const query = this.dataSource
      .createQueryBuilder()
      .select([
        'c.id AS id',
        'c.stage AS stage',
        'c.tenancy_id AS "tenancyId"',
        't.unit AS unit',
        't.address AS address',
        'c.department_id AS "departmentId"',
        'c.municipality_id AS "municipalityId"',
        'coalesce(l.balance, 0)::bigint AS "balanceOre"',
        'c.next_deadline_on::text AS "nextDeadlineOn"',
        'c.opened_at AS "openedAt"',
        'c.opened_at::text AS "openedKey"',
      ])
      .from('arrears_case', 'c')
      .innerJoin('tenancy', 't', 't.id = c.tenancy_id')
      .leftJoin(
        '(SELECT case_id, sum(amount_ore) AS balance FROM ledger_entry GROUP BY case_id)',
        'l',
        'l.case_id = c.id',
      )
      .where(scope.sql, scope.params);
    if (filter.open !== undefined) query.andWhere(filter.open ? 'c.closed_at IS NULL' : 'c.closed_at IS NOT NULL');
    if (filter.stage?.length) query.andWhere('c.stage IN (:...stages)', { stages: filter.stage });
    if (filter.municipalityId)
      query.andWhere('c.municipality_id = :municipalityId', { municipalityId: filter.municipalityId });
    if (filter.departmentId) query.andWhere('c.department_id = :departmentId', { departmentId: filter.departmentId });
    if (filter.balanceMinOre !== undefined)
      query.andWhere('coalesce(l.balance, 0) >= :min', { min: filter.balanceMinOre });
    if (filter.balanceMaxOre !== undefined)
      query.andWhere('coalesce(l.balance, 0) <= :max', { max: filter.balanceMaxOre });
    if (filter.deadlineWithinDays !== undefined) {
      query.andWhere('c.next_deadline_on BETWEEN :today::date AND :today::date + :days::int', {
        today: today(),
        days: filter.deadlineWithinDays,
      });
    }
    if (filter.address) {
      query.andWhere(`t.address ILIKE :address ESCAPE '\\'`, {
        address: `%${filter.address.replace(/[\\%_]/g, '\\$&')}%`,
      });
    }
    if (page.cursor) {
      const position = decodeCursor(page.cursor, 'timestamp');
      query.andWhere('(c.opened_at, c.id) > (:cursorKey::timestamptz, :cursorId::uuid)', {
        cursorKey: position.key,
        cursorId: position.id,
      });
    }
    const rows: (CaseListItem & { openedKey: string })[] = await query
      .orderBy('c.opened_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(page.limit + 1)
      .getRawMany();
    const items = rows.slice(0, page.limit);
    const last = items.at(-1);
    return {
      items: items.map(({ openedKey: _key, ...item }) => ({ ...item, balanceOre: Number(item.balanceOre) })),
      nextCursor: rows.length > page.limit && last ? encodeCursor({ key: last.openedKey, id: last.id }) : null,
    };
  }

  private async inScope(manager: EntityManager, actor: Actor, caseId: string): Promise<CaseRow> {
    const row = await this.caseQuery(manager, actor, caseId).getRawOne<CaseRow>();
    if (!row) throw new EntityNotFoundError('arrears_case');
    return row;
  }

  private async summaryIn(manager: EntityManager, actor: Actor, caseId: string): Promise<CaseSummary> {
    const row = await this.inScope(manager, actor, caseId);
    const summary = summarizeLedger(await this.ledgerLines(manager, caseId));
    return {
      id: row.id,
      stage: row.stage,
      outcome: row.outcome,
      version: row.version,
      openedAt: row.opened_at,
      closedAt: row.closed_at,
      tenancyId: row.tenancy_id,
      departmentId: row.department_id,
      municipalityId: row.municipality_id,
      summary,
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
      upcomingDeadlines: row.closed_at
        ? []
        : upcomingDeadlines(this.facts(row, summary), today(), this.config.calendar),
    };
  }

  private async detailIn(manager: EntityManager, actor: Actor, caseId: string): Promise<CaseDetail> {
    const summary = await this.summaryIn(manager, actor, caseId);
    const [tenancy] = await manager.query(
      `SELECT id, department_id AS "departmentId", unit, address, postcode, city, monthly_rent_ore::bigint AS "monthlyRentOre" FROM tenancy WHERE id = $1`,
      [summary.tenancyId],
    );
    const tenants = await this.tenancies.tenantsOf(manager, actor, summary.tenancyId, 'arrears_case', caseId);
    return { ...summary, tenancy: { ...tenancy, monthlyRentOre: Number(tenancy.monthlyRentOre) }, tenants };
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
    const row = await this.caseQuery(manager, actor, caseId).setLock('pessimistic_write').getRawOne<CaseRow>();
    if (!row) throw new EntityNotFoundError('arrears_case');
    return row;
  }

  /** The case row with its legal dates as ISO text; scoped to the actor unless none is given. */
  private caseQuery(manager: EntityManager, actor: Actor | null, caseId: string) {
    const query = manager
      .createQueryBuilder()
      .select('c.*')
      .addSelect([
        'c.payment_demand_sent_on::text AS payment_demand_sent_on',
        'c.payment_demand_received_on::text AS payment_demand_received_on',
        'c.terminated_on::text AS terminated_on',
        'c.municipality_notice_on::text AS municipality_notice_on',
        'c.eviction_requested_on::text AS eviction_requested_on',
        'c.eviction_scheduled_for::text AS eviction_scheduled_for',
      ])
      .from('arrears_case', 'c')
      .where('c.id = :caseId', { caseId });
    if (actor) {
      const scope = caseScope(actor.principal);
      if (!scope) throw new RoleNotAllowedError();
      query.andWhere(scope.sql, scope.params);
    }
    return query;
  }

  /** Every line, for the summary: the balance, months in arrears and oldest unpaid due date are derived from it. */
  private async ledgerLines(manager: EntityManager, caseId: string): Promise<LedgerLine[]> {
    const rows: { kind: LedgerLine['kind']; amount_ore: string; due_date: string | null; booked_on: string }[] =
      await manager.query(
        `SELECT kind, amount_ore::text, due_date::text, booked_on::text
           FROM ledger_entry WHERE case_id = $1 ORDER BY coalesce(due_date, booked_on), id`,
        [caseId],
      );
    return rows.map((r) => ({
      kind: r.kind,
      amountOre: Number(r.amount_ore),
      dueDate: r.due_date,
      bookedOn: r.booked_on,
    }));
  }

  private facts(row: CaseRow, summary: LedgerSummary): CaseFacts {
    return {
      stage: row.stage,
      oldestUnpaidDueDate: summary.oldestUnpaidDueDate as IsoDate | null,
      balanceOre: summary.balanceOre,
      paymentDemand: paymentDemandFromColumns(row),
      terminatedOn: row.terminated_on as IsoDate | null,
      municipalityNoticeOn: row.municipality_notice_on as IsoDate | null,
      evictionRequestedOn: row.eviction_requested_on as IsoDate | null,
      evictionScheduledFor: row.eviction_scheduled_for as IsoDate | null,
    };
  }

  /** Keeps the stored next legal date in step with the calendar, for 'due within N days'. */
  private async refreshDerived(manager: EntityManager, caseId: string): Promise<void> {
    const row = (await this.caseQuery(manager, null, caseId).getRawOne<CaseRow>())!;
    const summary = summarizeLedger(await this.ledgerLines(manager, caseId));
    const next = row.closed_at
      ? null
      : (upcomingDeadlines(this.facts(row, summary), today(), this.config.calendar)[0]?.date ?? null);
    await manager.query(`UPDATE arrears_case SET next_deadline_on = $2 WHERE id = $1`, [caseId, next]);
  }

  /**
   * A tenant of a tenancy with an open case has an open case: retention waits. Only the rows that
   * change are locked, in id order (the order every writer of `inactive_since` uses), so two
   * registrations on tenancies that share a tenant, or a registration and an import batch, cannot
   * deadlock on them.
   */
  private async markTenantsActive(manager: EntityManager, tenancyId: string): Promise<void> {
    await manager.query(
      `WITH locked AS (
         SELECT p.id FROM person p JOIN tenancy_tenant t ON t.person_id = p.id
          WHERE t.tenancy_id = $1 AND p.inactive_since IS NOT NULL
          ORDER BY p.id FOR NO KEY UPDATE OF p)
       UPDATE person p SET inactive_since = NULL FROM locked WHERE p.id = locked.id`,
      [tenancyId],
    );
  }

  private async event(
    manager: EntityManager,
    actor: Actor | null,
    caseId: string,
    on: string,
    type: string,
    reason: string | null = null,
    details: Record<string, unknown> | null = null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO case_event (case_id, on_date, type, actor_id, reason, details) VALUES ($1, $2, $3, $4, $5, $6)`,
      [caseId, on, type, actor?.principal.userId ?? null, reason, details ? JSON.stringify(details) : null],
    );
  }
}

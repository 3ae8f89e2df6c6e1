import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { copenhagenDateOf, type IsoDate } from '@app/calendar';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AppError } from '@app/common';
import { RoleNotAllowedError } from '../../access/access.errors.js';
import { type Actor, Role } from '../../access/roles.js';
import { AuditService } from '../../audit/audit.service.js';
import { EntityNotFoundError } from '../../directory/directory.errors.js';
import { ArrearsCaseRepository, stepsOf, type CaseRow, type CaseStepUpdate } from '../arrears-case.repository.js';
import { ArrearsRegistrationService } from '../arrears-registration.service.js';
import { CaseVersionConflictError } from '../arrears.errors.js';
import { CaseHistoryRepository, type NewCaseEvent } from '../case-history.repository.js';
import { mayChangeCases } from '../case-scope.js';
import { LedgerRepository } from '../ledger.repository.js';
import { TenancyRepository } from '../tenancy.repository.js';
import { deriveCase, nextDeadlineOf } from '../legal-steps/case-derivation.js';
import {
  dateBeforePreviousStep,
  PREVIOUS_STEP_NAMES,
  transitionErrorDetails,
  type TransitionError,
} from '../legal-steps/case-state-machine.errors.js';
import {
  agreePaymentPlan,
  endPaymentPlan,
  type CaseStage,
  type TransitionResult,
} from '../legal-steps/case-state-machine.js';
import { paymentPlanNotActive } from '../legal-steps/case-state-machine.errors.js';
import { PaymentPlanAmountNotBalanceError, PaymentPlanInvalidError } from './payment-plan.errors.js';
import {
  PaymentPlanRepository,
  type PaymentPlanCheck,
  type PaymentPlanRow,
  type PaymentPlanSettings,
} from './payment-plan.repository.js';
import {
  expectedBalance,
  instalmentExpectedFrom,
  instalmentSchedule,
  validatePaymentPlan,
  validatePaymentPlanSettings,
  type Instalment,
  type PaymentPlanFrequency,
  type PaymentPlanTerms,
} from './payment-plan-rules.js';

/** Wrong input rather than the wrong moment: 400, not 409 (as for the legal steps). */
const INPUT_ERRORS = new Set(['DATE_IN_FUTURE', 'DATE_BEFORE_PREVIOUS_STEP']);

export interface AgreePaymentPlan {
  /** The case version last read. */
  version: number;
  amountOre: number;
  instalmentOre: number;
  instalmentCount: number;
  frequency?: PaymentPlanFrequency;
  firstDueOn: IsoDate;
  agreedOn: IsoDate;
}

export interface EndPaymentPlan {
  version: number;
  on: IsoDate;
}

/** One instalment as the plan's page shows it: when it is due and from when the check expects it paid. */
export interface InstalmentView extends Instalment {
  expectedFrom: IsoDate;
}

/** A housing organisation's payment-plan settings. */
export interface PaymentPlanSettingsView extends PaymentPlanSettings {
  housingOrganisationId: string;
}

/** A plan with its schedule and where the case stands against it today. */
export interface PaymentPlanView extends Omit<PaymentPlanRow, 'agreedBy'> {
  agreedBy: string;
  instalments: InstalmentView[];
  caseStage: CaseStage;
  caseVersion: number;
  /** The case's balance now (the ledger). */
  balanceOre: number;
  /** What the balance should at most be today if the plan is kept (0 once ended). */
  expectedBalanceOre: number;
}

const today = (): IsoDate => copenhagenDateOf(new Date());

function refused(error: TransitionError): AppError {
  return new AppError(error.code, INPUT_ERRORS.has(error.code) ? 400 : 409, error.text, transitionErrorDetails(error));
}

/**
 * Payment plans (afdragsordning) on an arrears case: agreeing one moves the case to
 * `payment_plan_agreed` and pauses the legal steps; it ends completed (the case closes as paid) or
 * broken (the case is back at `registered` and the legal steps resume with a new påkrav). Each
 * write locks the case row first (lock order: case, then plan), as the legal steps do.
 */
@Injectable()
export class PaymentPlanService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ArrearsCaseRepository) private readonly cases: ArrearsCaseRepository,
    @Inject(LedgerRepository) private readonly ledgerLines: LedgerRepository,
    @Inject(CaseHistoryRepository) private readonly history: CaseHistoryRepository,
    @Inject(TenancyRepository) private readonly tenancyRows: TenancyRepository,
    @Inject(ArrearsRegistrationService) private readonly registration: ArrearsRegistrationService,
    @Inject(PaymentPlanRepository) private readonly plans: PaymentPlanRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async agree(actor: Actor, caseId: string, input: AgreePaymentPlan): Promise<PaymentPlanView> {
    if (!mayChangeCases(actor.principal)) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockCase(manager, actor, caseId, input.version);
      const facts = await this.factsOf(manager, row);
      // The case's own rules first (stage, date, something owed), then the plan's terms.
      const result = agreePaymentPlan(
        facts,
        {
          agreedOn: input.agreedOn,
          amountOre: input.amountOre,
          instalmentOre: input.instalmentOre,
          instalmentCount: input.instalmentCount,
          frequency: input.frequency ?? 'monthly',
          firstDueOn: input.firstDueOn,
        },
        { today: today(), rules: this.config.calendar },
      );
      if (!result.ok) throw refused(result.error);
      const terms: PaymentPlanTerms = {
        amountOre: input.amountOre,
        instalmentOre: input.instalmentOre,
        instalmentCount: input.instalmentCount,
        frequency: input.frequency ?? 'monthly',
        firstDueOn: input.firstDueOn,
        agreedOn: input.agreedOn,
        graceDays: await this.plans.graceDaysOf(manager, row.housing_organisation_id),
        currentRentAlsoDue: true,
      };
      const violation = validatePaymentPlan(terms);
      if (violation) throw new PaymentPlanInvalidError(violation);
      // The plan clears the arrears as they stand: the check later compares the ledger with it.
      if (terms.amountOre !== facts.balanceOre)
        throw new PaymentPlanAmountNotBalanceError(terms.amountOre, facts.balanceOre);
      await this.plans.insert(
        manager,
        { id: randomUUID(), caseId, ...terms, agreedBy: actor.principal.userId },
        instalmentSchedule(terms, this.config.calendar),
      );
      await this.record(manager, actor.principal.userId, row, result, null);
      return this.viewIn(manager, actor, caseId);
    });
  }

  /** Ends the running plan as broken: the case is back at `registered`, the legal steps need a new påkrav. */
  async break(actor: Actor, caseId: string, input: EndPaymentPlan): Promise<PaymentPlanView> {
    return this.end(actor, caseId, input, 'broken');
  }

  /**
   * Ends the running plan as completed: only when the arrears are paid (balance 0,
   * ARREARS_NOT_PAID otherwise); the case closes as `paid`.
   */
  async complete(actor: Actor, caseId: string, input: EndPaymentPlan): Promise<PaymentPlanView> {
    return this.end(actor, caseId, input, 'completed');
  }

  /**
   * The case's running plan, or the one that ended last, with its schedule. Like the ledger, it is
   * the tenants' financial history: each read is audited against them.
   */
  async current(actor: Actor, caseId: string): Promise<PaymentPlanView> {
    if (!mayChangeCases(actor.principal)) throw new RoleNotAllowedError();
    return this.dataSource.transaction((manager) => this.readIn(manager, actor, caseId, 'case-payment-plan'));
  }

  /**
   * The plan as `current` shows it, read in the caller's transaction by a reader whose right to it
   * the caller has checked (the debt advisor through a referral, ReferralPaymentPlanService); still
   * within the principal's case scope, and audited against the tenants with `via`.
   */
  async readIn(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    via: 'case-payment-plan' | 'referral-payment-plan',
  ): Promise<PaymentPlanView> {
    const view = await this.viewIn(manager, actor, caseId);
    const row = await this.cases.findInScope(manager, actor.principal, caseId);
    const tenants = await this.history.tenantIds(manager, row!.tenancy_id);
    await this.audit.record(
      manager,
      actor,
      tenants.map((personId) => ({
        action: 'person.read',
        entityType: 'arrears_case',
        entityId: caseId,
        personId,
        details: { via },
      })),
    );
    return view;
  }

  /**
   * The set-based missed-instalment check (`PaymentPlanRepository.checkDueInstalments`) as of
   * `on`: each instalment past its grace days checked once, whoever runs it and however often. A
   * system operation for the sweeper, not a route: it reads every running plan.
   */
  async checkDueInstalments(on: IsoDate = today()): Promise<PaymentPlanCheck[]> {
    return this.dataSource.transaction((manager) => this.plans.checkDueInstalments(manager, on));
  }

  /**
   * The sweeper's automatic ends (payment-plan-sweeper.service.ts), in its transaction: the same
   * effect as the caseworker's break or complete (the case back at `registered`, or closed as
   * `paid`; the timeline line; the derived dates), by the system (no actor). Locks the cases, then
   * the plans (the service's lock order), and only then reads the cases' ledgers, all of them in one
   * statement each: a payment committed before the locks counts, and one committed after them waits
   * for the sweep. Ends only plans still running whose case the state machine lets end on `on`, so a
   * plan ended by hand meanwhile, or by a second sweep, is left alone. Returns the plans ended.
   */
  async endForSweep(
    manager: EntityManager,
    ends: readonly { planId: string; caseId: string; outcome: 'completed' | 'broken'; missedInstalments: number }[],
    on: IsoDate,
  ): Promise<{ planId: string; caseId: string; outcome: 'completed' | 'broken' }[]> {
    if (ends.length === 0) return [];
    const cases = new Map(
      (
        await this.cases.lockForSystem(
          manager,
          ends.map((e) => e.caseId),
        )
      ).map((row) => [row.id, row]),
    );
    const running = new Map(
      (
        await this.plans.lockActive(
          manager,
          ends.map((e) => e.planId),
        )
      ).map((plan) => [plan.id, plan]),
    );
    const ledgers = await this.cases.ledgersOf(
      manager,
      ends.filter((e) => running.has(e.planId) && cases.has(e.caseId)).map((e) => e.caseId),
    );
    // The next legal date as `storeDerived` stores it for every writer (the day it is worked out on).
    const derivedOn = today();
    const ended: { planId: string; caseId: string; outcome: 'completed' | 'broken' }[] = [];
    const events: NewCaseEvent[] = [];
    const steps: { caseId: string; update: CaseStepUpdate; nextDeadlineOn: IsoDate | null }[] = [];
    const closedTenancies = new Set<string>();
    for (const end of ends) {
      const plan = running.get(end.planId);
      const row = cases.get(end.caseId);
      if (!plan || !row || plan.caseId !== end.caseId || on < plan.agreedOn) continue;
      const ledger = ledgers.get(row.id) ?? [];
      const { facts } = deriveCase(stepsOf(row), row.closed_at !== null, ledger, on, this.config.calendar);
      const result = endPaymentPlan(facts, { outcome: end.outcome, on }, { today: on, rules: this.config.calendar });
      if (!result.ok) continue;
      // As `record` does for the caseworker's end, in one statement each for all the cases; the
      // derived next date from the steps written and the ledger read above (the ends change no ledger line).
      const closed = result.facts.stage === 'closed';
      steps.push({
        caseId: row.id,
        update: { steps: result.facts, outcome: end.outcome === 'completed' ? 'paid' : null, closed },
        nextDeadlineOn: nextDeadlineOf(result.facts, closed, derivedOn, this.config.calendar),
      });
      events.push({
        caseId: row.id,
        on: result.event.on,
        type: result.event.type,
        actorId: null,
        reason: null,
        details: {
          ...result.event.values,
          automatic: true,
          ...(end.outcome === 'broken' ? { missedInstalments: end.missedInstalments } : {}),
        },
      });
      if (closed) closedTenancies.add(row.tenancy_id);
      ended.push({ planId: plan.id, caseId: end.caseId, outcome: end.outcome });
    }
    await this.plans.endMany(manager, ended, on);
    await this.cases.recordSteps(manager, steps);
    await this.history.addEvents(manager, events);
    await this.tenancyRows.markTenantsInactiveWithoutOpenCase(manager, [...closedTenancies]);
    return ended;
  }

  /** The organisation's payment-plan settings: no personal data, any signed-in user may read them. */
  async settings(housingOrganisationId: string): Promise<PaymentPlanSettingsView> {
    const settings = await this.plans.settingsOf(this.dataSource.manager, housingOrganisationId);
    if (!settings) throw new EntityNotFoundError('housing_organisation');
    return { housingOrganisationId, ...settings };
  }

  /**
   * Administrators set them (audited). New grace days apply to plans agreed from now on (a plan
   * keeps the grace days it was agreed under); the number of misses applies to running plans from
   * their next check.
   */
  async setSettings(
    actor: Actor,
    housingOrganisationId: string,
    settings: PaymentPlanSettings,
  ): Promise<PaymentPlanSettingsView> {
    if (actor.principal.role !== Role.Administrator) throw new RoleNotAllowedError();
    const violation = validatePaymentPlanSettings(settings);
    if (violation) throw new PaymentPlanInvalidError(violation);
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.plans.setSettings(manager, housingOrganisationId, settings))) {
        throw new EntityNotFoundError('housing_organisation');
      }
      await this.audit.record(manager, actor, [
        {
          action: 'housing_organisation.payment_plan_settings',
          entityType: 'housing_organisation',
          entityId: housingOrganisationId,
          details: { ...settings },
        },
      ]);
      return { housingOrganisationId, ...settings };
    });
  }

  private async end(
    actor: Actor,
    caseId: string,
    input: EndPaymentPlan,
    outcome: 'completed' | 'broken',
  ): Promise<PaymentPlanView> {
    if (!mayChangeCases(actor.principal)) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockCase(manager, actor, caseId, input.version);
      const plan = await this.plans.currentOf(manager, actor.principal, caseId, true);
      if (!plan || plan.status !== 'active') throw refused(paymentPlanNotActive(row.stage));
      if (input.on < plan.agreedOn) {
        throw refused(
          dateBeforePreviousStep('on', input.on, { name: PREVIOUS_STEP_NAMES.paymentPlan, date: plan.agreedOn }),
        );
      }
      const result = endPaymentPlan(
        await this.factsOf(manager, row),
        { outcome, on: input.on },
        { today: today(), rules: this.config.calendar },
      );
      if (!result.ok) throw refused(result.error);
      await this.plans.end(manager, plan.id, outcome, input.on, actor.principal.userId);
      await this.record(manager, actor.principal.userId, row, result, outcome === 'completed' ? 'paid' : null);
      return this.viewIn(manager, actor, caseId);
    });
  }

  private async lockCase(manager: EntityManager, actor: Actor, caseId: string, version: number): Promise<CaseRow> {
    const row = await this.cases.findInScope(manager, actor.principal, caseId, true);
    if (!row) throw new EntityNotFoundError('arrears_case');
    if (row.version !== version) throw new CaseVersionConflictError(row.version, version);
    return row;
  }

  private async factsOf(manager: EntityManager, row: CaseRow) {
    const ledger = await this.ledgerLines.linesOf(manager, row.id);
    return deriveCase(stepsOf(row), row.closed_at !== null, ledger, today(), this.config.calendar).facts;
  }

  /** The case's new stage and dates, the timeline line, and the derived next date (none while a plan runs). */
  private async record(
    manager: EntityManager,
    actorId: string,
    row: CaseRow,
    result: Extract<TransitionResult, { ok: true }>,
    outcome: string | null,
  ): Promise<void> {
    const closed = result.facts.stage === 'closed';
    await this.cases.recordStep(manager, row.id, { steps: result.facts, outcome, closed });
    await this.history.addEvents(manager, [
      {
        caseId: row.id,
        on: result.event.on,
        type: result.event.type,
        actorId,
        reason: null,
        details: { ...result.event.values },
      },
    ]);
    if (closed) await this.tenancyRows.markTenantsInactiveWithoutOpenCase(manager, row.tenancy_id);
    await this.registration.refreshDerived(manager, [row.id]);
  }

  private async viewIn(manager: EntityManager, actor: Actor, caseId: string): Promise<PaymentPlanView> {
    const row = await this.cases.findInScope(manager, actor.principal, caseId);
    if (!row) throw new EntityNotFoundError('arrears_case');
    const plan = await this.plans.currentOf(manager, actor.principal, caseId);
    if (!plan) throw new EntityNotFoundError('payment_plan');
    const instalments = await this.plans.instalmentsOf(manager, plan.id);
    const { summary } = deriveCase(
      stepsOf(row),
      row.closed_at !== null,
      await this.ledgerLines.linesOf(manager, caseId),
      today(),
      this.config.calendar,
    );
    return {
      ...plan,
      instalments: instalments.map((i) => ({ ...i, expectedFrom: instalmentExpectedFrom(i, plan.graceDays) })),
      caseStage: row.stage,
      caseVersion: row.version,
      balanceOre: summary.balanceOre,
      expectedBalanceOre:
        plan.status === 'active' ? expectedBalance(plan.amountOre, instalments, plan.graceDays, today()) : 0,
    };
  }
}

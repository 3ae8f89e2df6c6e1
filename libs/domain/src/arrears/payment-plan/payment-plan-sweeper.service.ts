import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { type PaymentPlanEvent } from '../../warnings/payment-plan-warning-planner.js';
import { WarningEngine } from '../../warnings/warning-engine.service.js';
import { planEndAfterChecks } from './payment-plan-rules.js';
import { PaymentPlanRepository, type SweptCheck } from './payment-plan.repository.js';
import { PaymentPlanService } from './payment-plan.service.js';

/** What one sweep did: instalments checked, of them missed, plans broken and completed, warnings raised. */
export interface PaymentPlanSweepResult {
  checked: number;
  missed: number;
  broken: number;
  completed: number;
  warnings: number;
}

/** Events per batch of warnings: the engine reads their cases' contexts and writes their rows in one go each. */
const WARNING_BATCH = 5000;

/**
 * Plans ended per batch: their cases and ledgers are read, and their ends written, in one go each.
 * Large: a case's ledger lines lie spread over the table (booked month after month), so reading
 * 1,000 ledgers already visits half its pages; 10,000 at once visit each page about once.
 */
const END_BATCH = 10_000;

/**
 * The payment-plan sweeper (issue 14, item 5; the worker's `payment-plan-check` job, daily): in
 * one transaction, the set-based missed-instalment check over every running plan, an urgent
 * warning for each new missed check (in batches, never per plan), the automatic end of each plan
 * whose latest check broke it (the organisation's number of misses) or found the arrears paid,
 * and the warning that a plan broke. The checks' key (plan, instalment) and the warnings' unique
 * occurrence make a second run, or a second worker at once, check, warn and end nothing again: a
 * concurrent sweep waits on the first one's new check rows and then finds them taken.
 */
@Injectable()
export class PaymentPlanSweeper {
  private readonly logger = new Logger(PaymentPlanSweeper.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PaymentPlanRepository) private readonly plans: PaymentPlanRepository,
    @Inject(PaymentPlanService) private readonly service: PaymentPlanService,
    @Inject(WarningEngine) private readonly engine: WarningEngine,
  ) {}

  /** The sweep as of `on` (the controllable clock: the worker's job passes today in Copenhagen). */
  async sweep(on: IsoDate): Promise<PaymentPlanSweepResult> {
    // How long each part took (ms), for the log: the check, the missed warnings, the ends, the broken warnings.
    const ms: Record<string, number> = {};
    let mark = performance.now();
    const lap = (part: string) => {
      const now = performance.now();
      ms[part] = Math.round(now - mark);
      mark = now;
    };
    const result = await this.dataSource.transaction(async (manager) => {
      const { checked, checks } = await this.plans.sweepDueInstalments(manager, on);
      lap('check');
      const missed = checks.filter((check) => check.missed);
      let warnings = 0;
      for (let start = 0; start < missed.length; start += WARNING_BATCH) {
        const batch = missed.slice(start, start + WARNING_BATCH);
        warnings += await this.raise(
          manager,
          batch.map((check) => ({
            kind: 'instalment-missed',
            caseId: check.caseId,
            planId: check.planId,
            instalmentNumber: check.instalmentNumber,
            dueOn: check.dueOn,
            behindByOre: check.behindByOre,
          })),
          on,
        );
      }

      lap('missedWarnings');
      const decided = decideEnds(checks);
      const ended = [];
      for (let start = 0; start < decided.length; start += END_BATCH) {
        ended.push(...(await this.service.endForSweep(manager, decided.slice(start, start + END_BATCH), on)));
      }
      lap('ends');
      const broken = ended.filter((e) => e.outcome === 'broken');
      const byPlan = new Map(decided.map((d) => [d.planId, d]));
      for (let start = 0; start < broken.length; start += WARNING_BATCH) {
        warnings += await this.raise(
          manager,
          broken.slice(start, start + WARNING_BATCH).map((end) => ({
            kind: 'plan-broken',
            caseId: end.caseId,
            planId: end.planId,
            brokenOn: on,
            missedInstalments: byPlan.get(end.planId)!.missedInstalments,
            behindByOre: byPlan.get(end.planId)!.behindByOre,
          })),
          on,
        );
      }
      lap('brokenWarnings');
      return {
        checked,
        missed: missed.length,
        broken: broken.length,
        completed: ended.length - broken.length,
        warnings,
      };
    });
    lap('commit');
    // Counts and durations only: no case, person or amount in the log.
    this.logger.log({ on, ...result, ms }, 'Payment plans checked');
    return result;
  }

  private async raise(manager: EntityManager, events: PaymentPlanEvent[], on: IsoDate): Promise<number> {
    const advisors = await this.plans.advisorsOf(manager, [...new Set(events.map((e) => e.caseId))]);
    return this.engine.raisePaymentPlanWarnings(manager, events, advisors, on);
  }
}

/** Each plan's latest new check, decided by the pure rule (`planEndAfterChecks`). */
function decideEnds(checks: readonly SweptCheck[]): {
  planId: string;
  caseId: string;
  outcome: 'completed' | 'broken';
  missedInstalments: number;
  behindByOre: number;
}[] {
  return checks.flatMap((check) => {
    if (!check.latest) return [];
    const outcome = planEndAfterChecks(
      { missedCount: check.missedCount, latest: { actualOre: check.actualOre, missed: check.missed } },
      check.breakAfterMisses,
    );
    return outcome
      ? [
          {
            planId: check.planId,
            caseId: check.caseId,
            outcome,
            missedInstalments: check.missedCount,
            behindByOre: check.behindByOre,
          },
        ]
      : [];
  });
}

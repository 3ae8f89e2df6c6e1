import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RoleNotAllowedError } from '../../access/access.errors.js';
import { type Actor, Role } from '../../access/roles.js';
import { AuditService } from '../../audit/audit.service.js';
import { aggregateByUnit, comparisonView, type ComparisonTotals, type UnitComparisonView } from './risk-comparison.js';
import { riskFeatureRow } from './risk-features.js';
import { fitRiskModel, predictEviction, type RiskModelUnfit } from './risk-model.js';
import { type ComparisonLevel, RiskModelRepository, type RiskModelFitRow } from './risk-model.repository.js';

/** Closed cases read per page while fitting. */
const PAGE = 5000;

export type RiskModelRefitResult =
  | { fitted: true; fitId: string; nCases: number; nEvents: number; expectedTotal: number; iterations: number }
  | { fitted: false; reason: RiskModelUnfit; nCases: number };

export interface RiskComparison {
  level: ComparisonLevel;
  /** The fit the comparison was computed with, or null before the first refit. */
  fit: RiskModelFitRow | null;
  units: UnitComparisonView[];
  total: ComparisonTotals | null;
}

/**
 * The risk-adjusted comparison of evictions (issue 16, item 3; docs/statistics-risk-model.md):
 * fitting the model on closed cases, scoring them, storing the fit with its per-unit actual and
 * expected evictions, and showing them to managers and administrators.
 */
@Injectable()
export class RiskModelService {
  private readonly logger = new Logger(RiskModelService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(RiskModelRepository) private readonly repository: RiskModelRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /**
   * Fits the model to the cases closed in the `windowMonths` before `asOf`, scores the same cases,
   * and stores the fit and the aggregates per municipality and housing organisation, all in one
   * repeatable-read transaction (one snapshot of the data). When no model can be fitted (too few
   * cases, no variation, separation), nothing is stored and the previous fit stays in use.
   */
  async refit(options: { asOf: Date; windowMonths: number }): Promise<RiskModelRefitResult> {
    const dataTo = options.asOf;
    const dataFrom = new Date(dataTo);
    dataFrom.setUTCMonth(dataFrom.getUTCMonth() - options.windowMonths);
    const started = Date.now();
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const rows: number[][] = [];
      const cases: { municipalityId: string; housingOrganisationId: string; evicted: boolean }[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await this.repository.closedCases(manager, { from: dataFrom, to: dataTo }, after, PAGE);
        for (const c of page) {
          rows.push(riskFeatureRow(c));
          cases.push({
            municipalityId: c.municipalityId,
            housingOrganisationId: c.housingOrganisationId,
            evicted: c.evicted,
          });
        }
        if (page.length < PAGE) break;
        after = page[page.length - 1]!.id;
      }
      const readMs = Date.now() - started;
      const result = fitRiskModel(
        rows,
        cases.map((c) => c.evicted),
      );
      if (!result.ok) {
        this.logger.warn({ reason: result.reason, cases: rows.length }, 'Risk model not refitted');
        return { fitted: false, reason: result.reason, nCases: rows.length };
      }
      const { model } = result;
      const readAndFitMs = Date.now() - started;
      const scored = cases.map((c, i) => ({ ...c, probability: predictEviction(model.coefficients, rows[i]!) }));
      const units = aggregateByUnit(scored);
      const expectedTotal = scored.reduce((s, c) => s + c.probability, 0);
      const fitId = randomUUID();
      await this.repository.insertFit(
        manager,
        {
          id: fitId,
          dataFrom,
          dataTo,
          method: model.method,
          coefficients: model.coefficients,
          nCases: model.nCases,
          nEvents: model.nEvents,
          iterations: model.iterations,
          logLikelihood: model.logLikelihood,
          expectedTotal,
        },
        units,
      );
      this.logger.log(
        {
          cases: model.nCases,
          events: model.nEvents,
          iterations: model.iterations,
          readMs,
          readAndFitMs,
          totalMs: Date.now() - started,
        },
        'Risk model refitted',
      );
      return {
        fitted: true,
        fitId,
        nCases: model.nCases,
        nEvents: model.nEvents,
        expectedTotal,
        iterations: model.iterations,
      };
    });
  }

  /**
   * The latest fit's comparison at one level. Managers and administrators; a manager sees every
   * unit (a fair comparison needs the others), as aggregates only with counts under 5 suppressed,
   * and their own unit marked. The read is audited (no person or case is in it).
   */
  async comparison(actor: Actor, level: ComparisonLevel): Promise<RiskComparison> {
    const { role } = actor.principal;
    if (role !== Role.Manager && role !== Role.Administrator) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const fit = await this.repository.latestFit(manager);
      if (!fit) return { level, fit: null, units: [], total: null };
      const rows = await this.repository.comparison(manager, fit.id, level);
      const own =
        role === Role.Manager
          ? level === 'municipality'
            ? actor.principal.municipalityId
            : actor.principal.housingOrganisationId
          : null;
      const view = comparisonView(rows, own);
      await this.audit.record(manager, actor, [
        { action: 'statistics.comparison.read', entityType: 'risk_model_fit', entityId: fit.id, details: { level } },
      ]);
      return { level, fit, ...view };
    });
  }
}

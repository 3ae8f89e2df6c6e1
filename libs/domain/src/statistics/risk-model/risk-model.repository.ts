import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type LedgerLine } from '../../arrears/ledger-summary.js';
import { type RiskCoefficient } from './risk-model.js';

export type ComparisonLevel = 'municipality' | 'housing_organisation';
export const COMPARISON_LEVELS: readonly ComparisonLevel[] = ['municipality', 'housing_organisation'];

/** One closed case as the model reads it: its units, its outcome and the facts behind its features. */
export interface RiskCaseRow {
  id: string;
  municipalityId: string;
  housingOrganisationId: string;
  evicted: boolean;
  monthlyRentOre: number;
  childrenInHousehold: number;
  earlierCases: number;
  custodyEpisode: boolean;
  referredToCounselling: boolean;
  ledgerAtRegistration: LedgerLine[];
}

export interface NewRiskModelFit {
  id: string;
  dataFrom: Date;
  dataTo: Date;
  method: string;
  coefficients: RiskCoefficient[];
  nCases: number;
  nEvents: number;
  iterations: number;
  logLikelihood: number;
  expectedTotal: number;
}

export interface RiskModelFitRow extends NewRiskModelFit {
  fittedAt: Date;
}

export interface UnitComparison {
  level: ComparisonLevel;
  unitId: string;
  nCases: number;
  actual: number;
  expected: number;
}

export interface UnitComparisonRow extends UnitComparison {
  unitName: string;
}

/**
 * The risk model's SQL: the closed cases it is fitted on, and its stored fits with their
 * per-unit aggregates (docs/statistics-risk-model.md).
 */
@Injectable()
export class RiskModelRepository {
  /**
   * Closed cases with `closed_at` in `(from, to]`, after `afterId` in id order (keyset pages; the
   * order also makes a refit's sums come out the same). Eviction: the stage `evicted` (the structured
   * outcome of issue 16, item 1, `outcome_kind = 'evicted'`, goes with that stage by its CHECK), or a
   * legacy `outcome` of `evicted`. The ledger is taken as of the day the case was opened
   * (Copenhagen); a custody episode counts if any tenant's overlapped the open case.
   */
  async closedCases(
    manager: EntityManager,
    range: { from: Date; to: Date },
    afterId: string | null,
    limit: number,
  ): Promise<RiskCaseRow[]> {
    const rows = (await manager.query(
      `SELECT c.id, c.municipality_id AS "municipalityId", c.housing_organisation_id AS "housingOrganisationId",
              (c.stage = 'evicted' OR c.outcome IS NOT DISTINCT FROM 'evicted') AS evicted,
              t.monthly_rent_ore::float8 AS "monthlyRentOre",
              COALESCE((SELECT sum(p.children_under_18) FROM tenancy_tenant tt JOIN person p ON p.id = tt.person_id
                         WHERE tt.tenancy_id = c.tenancy_id), 0)::int AS "childrenInHousehold",
              (SELECT count(*) FROM arrears_case e
                WHERE e.tenancy_id = c.tenancy_id AND e.id <> c.id AND e.opened_at < c.opened_at)::int AS "earlierCases",
              EXISTS (SELECT 1 FROM tenancy_tenant tt JOIN custody_episode ce ON ce.person_id = tt.person_id
                       WHERE tt.tenancy_id = c.tenancy_id
                         AND ce.started_on <= (c.closed_at AT TIME ZONE 'Europe/Copenhagen')::date
                         AND COALESCE(ce.released_on, (ce.closed_at AT TIME ZONE 'Europe/Copenhagen')::date, 'infinity')
                             >= (c.opened_at AT TIME ZONE 'Europe/Copenhagen')::date) AS "custodyEpisode",
              EXISTS (SELECT 1 FROM referral r WHERE r.case_id = c.id) AS "referredToCounselling",
              COALESCE((SELECT json_agg(json_build_object('kind', l.kind, 'amountOre', l.amount_ore::float8,
                                 'dueDate', l.due_date::text, 'bookedOn', l.booked_on::text) ORDER BY l.id)
                          FROM ledger_entry l
                         WHERE l.case_id = c.id
                           AND l.booked_on <= (c.opened_at AT TIME ZONE 'Europe/Copenhagen')::date), '[]'::json)
                AS "ledgerAtRegistration"
         FROM arrears_case c
         JOIN tenancy t ON t.id = c.tenancy_id
        WHERE c.closed_at IS NOT NULL AND c.closed_at > $1 AND c.closed_at <= $2
          AND ($3::uuid IS NULL OR c.id > $3::uuid)
        ORDER BY c.id
        LIMIT $4`,
      [range.from, range.to, afterId, limit],
    )) as RiskCaseRow[];
    return rows;
  }

  /** Stores a fit and its per-unit aggregates (in the caller's transaction). */
  async insertFit(manager: EntityManager, fit: NewRiskModelFit, units: readonly UnitComparison[]): Promise<void> {
    await manager.query(
      `INSERT INTO risk_model_fit (id, data_from, data_to, method, coefficients, n_cases, n_events, iterations,
                                   log_likelihood, expected_total)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10)`,
      [
        fit.id,
        fit.dataFrom,
        fit.dataTo,
        fit.method,
        JSON.stringify(fit.coefficients),
        fit.nCases,
        fit.nEvents,
        fit.iterations,
        fit.logLikelihood,
        fit.expectedTotal,
      ],
    );
    if (units.length === 0) return;
    await manager.query(
      `INSERT INTO risk_model_comparison (fit_id, level, unit_id, n_cases, actual, expected)
       SELECT $1, u.level, u.unit_id, u.n_cases, u.actual, u.expected
         FROM unnest($2::varchar[], $3::uuid[], $4::int[], $5::int[], $6::float8[])
              AS u(level, unit_id, n_cases, actual, expected)`,
      [
        fit.id,
        units.map((u) => u.level),
        units.map((u) => u.unitId),
        units.map((u) => u.nCases),
        units.map((u) => u.actual),
        units.map((u) => u.expected),
      ],
    );
  }

  /** The latest fit, or null before the first. */
  async latestFit(manager: EntityManager): Promise<RiskModelFitRow | null> {
    const rows = (await manager.query(
      `SELECT id, fitted_at AS "fittedAt", data_from AS "dataFrom", data_to AS "dataTo", method, coefficients,
              n_cases AS "nCases", n_events AS "nEvents", iterations, log_likelihood AS "logLikelihood",
              expected_total AS "expectedTotal"
         FROM risk_model_fit
        ORDER BY fitted_at DESC, id DESC
        LIMIT 1`,
    )) as RiskModelFitRow[];
    return rows[0] ?? null;
  }

  /** A fit's aggregates at one level, with the units' names, by name. */
  async comparison(manager: EntityManager, fitId: string, level: ComparisonLevel): Promise<UnitComparisonRow[]> {
    const names = level === 'municipality' ? 'municipality' : 'housing_organisation';
    return (await manager.query(
      `SELECT rc.level, rc.unit_id AS "unitId", n.name AS "unitName", rc.n_cases AS "nCases", rc.actual, rc.expected
         FROM risk_model_comparison rc
         JOIN ${names} n ON n.id = rc.unit_id
        WHERE rc.fit_id = $1 AND rc.level = $2
        ORDER BY n.name, rc.unit_id`,
      [fitId, level],
    )) as UnitComparisonRow[];
  }
}

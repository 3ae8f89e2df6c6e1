import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { type BudgetLines } from '../budget/budget-rules.js';

/** A stored budget: the household and the lines as the advisor gave them. */
export interface BudgetRow {
  id: string;
  referralId: string;
  budgetOn: IsoDate;
  adults: number;
  childBirthDates: IsoDate[];
  lines: BudgetLines;
  createdBy: string;
  createdAt: Date;
}

interface StoredBudget extends Omit<BudgetRow, 'lines'> {
  lines: { section: 'income' | 'fixed' | 'flexible'; group: string; amountOre: number; approved: boolean | null }[];
}

function toRow({ lines, ...budget }: StoredBudget): BudgetRow {
  const income: BudgetLines['income'][number][] = [];
  const fixed: BudgetLines['fixed'][number][] = [];
  const flexible: BudgetLines['flexible'][number][] = [];
  for (const line of lines) {
    if (line.section === 'income') income.push({ group: line.group as never, amountOre: line.amountOre });
    else if (line.section === 'fixed') {
      fixed.push({ group: line.group as never, amountOre: line.amountOre, approved: line.approved === true });
    } else flexible.push({ group: line.group as never, amountOre: line.amountOre });
  }
  return { ...budget, lines: { income, fixed, flexible } };
}

/**
 * `counselling_budget` and its lines: dated budgets of a referral's household. A budget is written
 * once and never changed; a new one is a new row, so the history stays. The referral's id is the
 * scope (the service has checked the caller may see the referral).
 */
@Injectable()
export class CounsellingBudgetRepository {
  async insert(manager: EntityManager, budget: Omit<BudgetRow, 'createdAt'>): Promise<void> {
    await manager.query(
      `INSERT INTO counselling_budget (id, referral_id, budget_on, adults, child_birth_dates, created_by)
       VALUES ($1, $2, $3, $4, $5::date[], $6)`,
      [budget.id, budget.referralId, budget.budgetOn, budget.adults, budget.childBirthDates, budget.createdBy],
    );
    const lines = [
      ...budget.lines.income.map((l) => ({
        section: 'income',
        group: l.group,
        amountOre: l.amountOre,
        approved: null,
      })),
      ...budget.lines.fixed.map((l) => ({
        section: 'fixed',
        group: l.group,
        amountOre: l.amountOre,
        approved: l.approved,
      })),
      ...budget.lines.flexible.map((l) => ({
        section: 'flexible',
        group: l.group,
        amountOre: l.amountOre,
        approved: null,
      })),
    ];
    if (lines.length === 0) return;
    await manager.query(
      `INSERT INTO counselling_budget_line (budget_id, position, section, group_code, amount_ore, approved)
       SELECT $1, n, section, group_code, amount_ore, approved
         FROM unnest($2::text[], $3::text[], $4::bigint[], $5::boolean[]) WITH ORDINALITY
              AS l(section, group_code, amount_ore, approved, n)`,
      [
        budget.id,
        lines.map((l) => l.section),
        lines.map((l) => l.group),
        lines.map((l) => l.amountOre),
        lines.map((l) => l.approved),
      ],
    );
  }

  /** The referral's budgets, the newest first (by budget date, then when entered), each with its lines. */
  async listOf(manager: EntityManager, referralId: string): Promise<BudgetRow[]> {
    const rows: StoredBudget[] = await manager.query(
      `SELECT b.id, b.referral_id AS "referralId", b.budget_on::text AS "budgetOn", b.adults,
              ARRAY(SELECT d::text FROM unnest(b.child_birth_dates) d) AS "childBirthDates",
              b.created_by AS "createdBy", b.created_at AS "createdAt",
              COALESCE((SELECT json_agg(json_build_object('section', l.section, 'group', l.group_code,
                                                          'amountOre', l.amount_ore::float8, 'approved', l.approved)
                                        ORDER BY l.position)
                          FROM counselling_budget_line l WHERE l.budget_id = b.id), '[]'::json) AS lines
         FROM counselling_budget b
        WHERE b.referral_id = $1
        ORDER BY b.budget_on DESC, b.created_at DESC, b.id`,
      [referralId],
    );
    return rows.map(toRow);
  }

  /** Anonymisation: the persons' budgets go, with their lines and the children's birth dates. */
  async eraseForPersons(manager: EntityManager, personIds: readonly string[]): Promise<void> {
    await manager.query(
      `DELETE FROM counselling_budget b USING referral r WHERE r.id = b.referral_id AND r.person_id = ANY($1::uuid[])`,
      [personIds],
    );
  }
}

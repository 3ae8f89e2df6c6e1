import { type INestApplication } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.factory.js';
import { businessDaysBetween, copenhagenDateOf, type IsoDate } from '@app/calendar';
import { Role, StatisticsService } from '@app/domain';
import {
  createTestDatabase,
  httpAs,
  signIn,
  testConfig,
  TestWorld,
  type SignedInUser,
  type TestDatabase,
  type WorldOrganisation,
} from '@app/testing';

interface Cell {
  value: number | null;
  suppressed: boolean;
}
interface Table {
  period: string;
  columns: { key: string; kind: string }[];
  rows: { groupId: string; groupName: string; cells: Cell[]; total: Cell | null }[];
  columnTotals: Cell[];
  total: Cell | null;
}
interface Report {
  figure: string;
  live: boolean;
  asOf: string | null;
  tables: Table[];
}

/** What the hand-written SQL says: group → column key → count. */
type Expected = Map<string, Map<string, number>>;

function pivot(rows: { group_id: string; key: string; n: number }[]): Expected {
  const expected: Expected = new Map();
  for (const r of rows) {
    const group = expected.get(r.group_id) ?? new Map<string, number>();
    group.set(r.key, (group.get(r.key) ?? 0) + Number(r.n));
    expected.set(r.group_id, group);
  }
  return expected;
}

/**
 * The table's count cells agree with the hand-written counts: a shown cell is the count; a count
 * of 1–4 is never shown; a hidden cell is never a true 0 (a zero tells nothing). Shown column
 * totals are the sums. And no line (a row with its total, a column with its total) hides exactly
 * one entry: it could be worked out by subtraction.
 */
function expectCounts(table: Table, expected: Expected, keys: readonly string[] = table.columns.map((c) => c.key)) {
  for (const key of keys) {
    const c = table.columns.findIndex((col) => col.key === key);
    expect([key, c >= 0]).toEqual([key, true]);
    let sum = 0;
    let hidden = 0;
    for (const row of table.rows) {
      const truth = expected.get(row.groupId)?.get(key) ?? 0;
      sum += truth;
      const cell = row.cells[c]!;
      const where = `${table.period} ${row.groupName} ${key}: ${truth}`;
      if (cell.suppressed) {
        hidden += 1;
        expect([where, cell.value, truth > 0]).toEqual([where, null, true]);
      } else {
        expect([where, truth > 0 && truth < 5]).toEqual([where, false]);
        expect([where, cell.value]).toEqual([where, truth]);
      }
    }
    const total = table.columnTotals[c]!;
    if (!total.suppressed) {
      expect([key, total.value]).toEqual([key, sum]);
      expect([key, 'hidden cells', hidden === 1]).toEqual([key, 'hidden cells', false]);
    } else {
      expect([key, sum > 0]).toEqual([key, true]);
    }
  }
  // Every group the hand-written SQL counts has its row.
  for (const [groupId, counts] of expected) {
    if ([...counts.entries()].some(([k, n]) => keys.includes(k) && n !== 0)) {
      expect(table.rows.map((r) => r.groupId)).toContain(groupId);
    }
  }
}

/** Nearest-rank quantile over a plain list, written independently of the domain's. */
function nearestRank(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1]!;
}

/**
 * Issue 16 items 1, 2 and 5 (docs/statistics.md): outcomes as data, the statistics API and its
 * pre-aggregation. A small known data set built through the real legal steps; every figure is
 * checked against a hand-written SQL query over the same tables for the current month by
 * department, with primary and secondary suppression; a manager of another organisation sees only
 * their own; no response carries a case's or a person's id, name or address; live before the first
 * refresh, as of the refresh afterwards.
 */
describe('statistics', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let world: TestWorld;
  let a: WorldOrganisation;
  let b: WorldOrganisation;
  let managerA: SignedInUser;
  let managerB: SignedInUser;
  let municipalManagerA: SignedInUser;
  let admin: SignedInUser;
  const today = copenhagenDateOf(new Date());
  const month = today.slice(0, 7);
  const monthStart = `${month}-01`;
  const query = `period=month&from=${today}&to=${today}&groupBy=department`;

  const get = async (user: SignedInUser, figure: string, q = query): Promise<Report> =>
    (await httpAs(api, user).get(`/api/v1/statistics/${figure}?${q}`).expect(200)).body as Report;
  const sql = <T extends object>(text: string, values: unknown[] = []) =>
    database.query<T & Record<string, unknown>>(text, values);

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.init();
    world = new TestWorld(api);
    a = await world.organisation({ departments: 2 });
    b = await world.organisation();
    const [a1, a2] = a.departments as [WorldOrganisation['departments'][0], WorldOrganisation['departments'][0]];
    const at = (stage: Parameters<TestWorld['caseAt']>[0], department: typeof a1, caseworker = a.caseworker) =>
      world.caseAt(stage, { department, caseworker });
    const times = async (n: number, make: () => Promise<unknown>) => {
      for (let i = 0; i < n; i += 1) await make();
    };
    // A1: 6 averted (the note "Betalt": paid), 2 evicted, 3 at the payment demand, 2 on a payment plan,
    // one averted with the reason given as data.
    await times(6, () => at('averted', a1));
    await times(2, () => at('evicted', a1));
    await times(3, () => at('payment_demand_sent', a1));
    await times(2, () => at('payment_plan_agreed', a1));
    const requested = await at('eviction_requested', a1);
    await world.step(a.caseworker, requested.caseId, {
      type: 'avert',
      on: today,
      reason: 'Fogeden aflyste forretningen',
      avertReason: 'rent_assistance',
    });
    // A2: 7 withdrawn, 1 evicted, 5 registered; then new arrears on a withdrawn case's tenancy.
    const withdrawn = await at('closed', a2);
    await times(6, () => at('closed', a2));
    await at('evicted', a2);
    await times(5, () => at('registered', a2));
    await world.registerArrears(a.caseworker, withdrawn.tenancy.tenancy.id, today);
    // B: 3 evicted, 6 registered.
    await times(3, () => at('evicted', b.departments[0]!, b.caseworker));
    await times(6, () => at('registered', b.departments[0]!, b.caseworker));

    managerA = await signIn(api, Role.Manager, { housingOrganisationId: a.organisation.id });
    managerB = await signIn(api, Role.Manager, { housingOrganisationId: b.organisation.id });
    municipalManagerA = await signIn(api, Role.Manager, { municipalityId: a.municipality.id });
    admin = await signIn(api, Role.Administrator);
  }, 600_000);

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('stores a structured outcome for every closed case, as the closing step said', async () => {
    const rows = await sql<{ stage: string; outcome: string; kind: string; reason: string | null; n: number }>(
      `SELECT stage, outcome, outcome_kind AS kind, outcome_reason AS reason, count(*)::int AS n
         FROM arrears_case WHERE closed_at IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    );
    expect(rows).toEqual([
      { stage: 'averted', outcome: 'averted', kind: 'averted', reason: 'paid', n: 6 },
      { stage: 'averted', outcome: 'averted', kind: 'averted', reason: 'rent_assistance', n: 1 },
      { stage: 'closed', outcome: 'withdrawn', kind: 'closed_without_proceedings', reason: null, n: 7 },
      { stage: 'evicted', outcome: 'evicted', kind: 'evicted', reason: null, n: 6 },
    ]);
    const [{ open }] = await sql<{ open: number }>(
      `SELECT count(*)::int AS open FROM arrears_case WHERE closed_at IS NULL AND outcome_kind IS NOT NULL`,
    );
    expect(open).toBe(0);
    // The CHECK refuses an outcome that does not fit the stage.
    await expect(
      sql(`UPDATE arrears_case SET outcome_kind = 'evicted' WHERE stage = 'closed' AND closed_at IS NOT NULL`),
    ).rejects.toThrow(/ck_arrears_case_outcome/);
  });

  it('answers live before the first refresh: each figure as the hand-written SQL counts it', async () => {
    const orgA = [a.organisation.id];
    const inflow = await get(managerA, 'inflow');
    expect([inflow.live, inflow.asOf]).toEqual([true, null]);
    expect(inflow.tables.map((t) => t.period)).toEqual([month]);
    expectCounts(
      inflow.tables[0]!,
      pivot(
        await sql(
          `SELECT department_id::text AS group_id, 'opened' AS key, count(*)::int AS n FROM arrears_case
            WHERE housing_organisation_id = ANY($1) AND date_trunc('month', opened_at AT TIME ZONE 'Europe/Copenhagen') = $2::date
            GROUP BY 1`,
          [orgA, monthStart],
        ),
      ),
    );

    // Every step this month: the stage at the month's end is the stage the open case is at now.
    const stages = await get(managerA, 'stages');
    expectCounts(
      stages.tables[0]!,
      pivot(
        await sql(
          `SELECT department_id::text AS group_id, stage AS key, count(*)::int AS n FROM arrears_case
            WHERE housing_organisation_id = ANY($1) AND closed_at IS NULL GROUP BY 1, 2`,
          [orgA],
        ),
      ),
    );

    // Flow: the steps into each stage are the timeline's events of that kind.
    const flow = (await get(managerA, 'flow')).tables[0]!;
    const into = new Map<string, Map<string, number>>();
    for (const row of flow.rows) {
      row.cells.forEach((cell, i) => {
        const to = flow.columns[i]!.key.split('>')[1]!;
        const group = into.get(row.groupId) ?? new Map<string, number>();
        if (!cell.suppressed) group.set(to, (group.get(to) ?? 0) + cell.value!);
        into.set(row.groupId, group);
      });
    }
    const events = pivot(
      await sql(
        `SELECT c.department_id::text AS group_id, e.type AS key, count(*)::int AS n
           FROM case_event e JOIN arrears_case c ON c.id = e.case_id
          WHERE c.housing_organisation_id = ANY($1)
            AND e.type IN ('payment_demand_sent', 'terminated', 'eviction_requested', 'evicted', 'averted', 'closed')
          GROUP BY 1, 2`,
        [orgA],
      ),
    );
    const shownTotals = new Map(flow.columns.map((c, i) => [c.key, flow.columnTotals[i]!]));
    for (const type of ['payment_demand_sent', 'terminated', 'eviction_requested', 'evicted', 'averted', 'closed']) {
      const columnTotal = [...shownTotals].filter(([key]) => key.endsWith(`>${type}`));
      const all = [...events.values()].reduce((sum, g) => sum + (g.get(type) ?? 0), 0);
      if (columnTotal.every(([, cell]) => !cell.suppressed)) {
        expect([type, columnTotal.reduce((sum, [, cell]) => sum + cell.value!, 0)]).toEqual([type, all]);
      }
    }
    expect(flow.columns.map((c) => c.key)).toEqual(
      expect.arrayContaining(['registered>payment_demand_sent', 'eviction_scheduled>evicted', 'registered>closed']),
    );

    const outcomes = (await get(managerA, 'outcomes')).tables[0]!;
    const expectedOutcomes = pivot(
      await sql(
        `SELECT department_id::text AS group_id,
                CASE outcome_kind WHEN 'averted' THEN 'averted_' || outcome_reason ELSE outcome_kind END AS key,
                count(*)::int AS n
           FROM arrears_case
          WHERE housing_organisation_id = ANY($1) AND closed_at IS NOT NULL
            AND date_trunc('month', closed_at AT TIME ZONE 'Europe/Copenhagen') = $2::date
          GROUP BY 1, 2`,
        [orgA, monthStart],
      ),
    );
    expectCounts(outcomes, expectedOutcomes, [
      'evicted',
      'averted_paid',
      'averted_payment_plan',
      'averted_rent_assistance',
      'averted_moved_out',
      'averted_other',
      'closed_without_proceedings',
    ]);
    // A1: evicted 2 and rent assistance 1 hidden (primary); A2: evicted 1 hidden, and one more of its row
    // (secondary: otherwise its total 8 would give it away). The evicted column's total (3) is hidden too.
    const [a1, a2] = a.departments.map((d) => outcomes.rows.find((r) => r.groupId === d.id)!);
    const col = (key: string) => outcomes.columns.findIndex((c) => c.key === key);
    expect(a1!.cells[col('evicted')]!.suppressed).toBe(true);
    expect(a1!.cells[col('averted_rent_assistance')]!.suppressed).toBe(true);
    expect(a2!.cells[col('evicted')]!.suppressed).toBe(true);
    expect(a2!.cells[col('closed_without_proceedings')]).toEqual({ value: null, suppressed: true });
    expect(a2!.total).toEqual({ value: 8, suppressed: false });
    expect(outcomes.columnTotals[col('evicted')]!.suppressed).toBe(true);
    const [{ tenancies, evicted }] = await sql<{ tenancies: number; evicted: number }>(
      `SELECT (SELECT count(*)::int FROM tenancy WHERE housing_organisation_id = $1) AS tenancies,
              (SELECT count(*)::int FROM arrears_case WHERE housing_organisation_id = $1 AND outcome_kind = 'evicted') AS evicted`,
      [a.organisation.id],
    );
    // Over the organisation the rate rests on the hidden total 3: hidden as well.
    expect(outcomes.columnTotals[col('evicted_per_1000_tenancies')]!.suppressed).toBe(evicted < 5);
    expect(tenancies).toBeGreaterThan(0);

    // Time to act: registered → payment demand, in business days, against the dates read by hand.
    const timeToAct = (await get(managerA, 'time-to-act')).tables[0]!;
    const demands = await sql<{ department_id: string; opened_on: string; sent_on: string }>(
      `SELECT c.department_id::text, min(e.on_date) FILTER (WHERE e.type = 'case_opened')::text AS opened_on,
              min(e.on_date) FILTER (WHERE e.type = 'payment_demand_sent')::text AS sent_on
         FROM arrears_case c JOIN case_event e ON e.case_id = c.id
        WHERE c.housing_organisation_id = $1 GROUP BY c.id, c.department_id
       HAVING min(e.on_date) FILTER (WHERE e.type = 'payment_demand_sent') IS NOT NULL`,
      [a.organisation.id],
    );
    const days = demands.map((d) => Math.max(0, businessDaysBetween(d.opened_on as IsoDate, d.sent_on as IsoDate)));
    const tcol = (key: string) => timeToAct.columns.findIndex((c) => c.key === key);
    expect(timeToAct.columnTotals[tcol('arrears_to_payment_demand.n')]).toEqual({
      value: demands.length,
      suppressed: false,
    });
    expect(timeToAct.columnTotals[tcol('arrears_to_payment_demand.median')]!.value).toBe(nearestRank(days, 0.5));
    expect(timeToAct.columnTotals[tcol('arrears_to_payment_demand.p90')]!.value).toBe(nearestRank(days, 0.9));
    // And per group, where its count is shown (the quantiles per group and over all, from the histograms). By
    // department both of A's are hidden (A2's few would show through A1's); by organisation A's row is shown.
    const byOrganisation = (await get(managerA, 'time-to-act', query.replace('=department', '=housing_organisation')))
      .tables[0]!;
    let shownMedians = 0;
    for (const [table, groupOf] of [
      [timeToAct, (d: (typeof demands)[number]) => d.department_id],
      [byOrganisation, () => a.organisation.id],
    ] as const) {
      for (const row of table.rows) {
        if (row.cells[tcol('arrears_to_payment_demand.n')]!.suppressed) continue;
        const own = days.filter((_, i) => groupOf(demands[i]!) === row.groupId);
        for (const [key, q] of [
          ['arrears_to_payment_demand.median', 0.5],
          ['arrears_to_payment_demand.p90', 0.9],
        ] as const) {
          const want = { value: own.length ? nearestRank(own, q) : null, suppressed: false };
          expect([row.groupName, key, row.cells[tcol(key)]]).toEqual([row.groupName, key, want]);
        }
        if (own.length > 0) shownMedians += 1;
      }
    }
    expect(shownMedians).toBeGreaterThan(0);
    expectCounts(
      timeToAct,
      pivot(demands.map((d) => ({ group_id: d.department_id, key: 'arrears_to_payment_demand.n', n: 1 }))),
      ['arrears_to_payment_demand.n'],
    );

    // Payment plans: 2 agreed in A1, none in A2: hidden, and so is the column total (it would be the 2).
    const plans = (await get(managerA, 'payment-plans')).tables[0]!;
    expectCounts(
      plans,
      pivot(
        await sql(
          `SELECT c.department_id::text AS group_id, k.key, count(*)::int AS n
             FROM payment_plan p JOIN arrears_case c ON c.id = p.case_id
             CROSS JOIN LATERAL (VALUES ('agreed', p.agreed_on), ('completed', p.completed_on), ('broken', p.broken_on)) k(key, on_date)
            WHERE c.housing_organisation_id = $1 AND date_trunc('month', k.on_date) = $2::date
            GROUP BY 1, 2`,
          [a.organisation.id, monthStart],
        ),
      ),
    );
    expect(plans.columnTotals[0]).toEqual({ value: null, suppressed: true });

    const repeat = (await get(managerA, 'repeat-arrears')).tables[0]!;
    expectCounts(
      repeat,
      pivot(
        await sql(
          `SELECT c.department_id::text AS group_id, k.key, count(*)::int AS n
             FROM arrears_case c
             CROSS JOIN LATERAL (SELECT 'closed' AS key UNION ALL SELECT 'new_arrears_12m' WHERE EXISTS (
                 SELECT 1 FROM arrears_case later WHERE later.tenancy_id = c.tenancy_id
                    AND later.opened_at > c.closed_at AND later.opened_at <= c.closed_at + interval '12 months')) k
            WHERE c.housing_organisation_id = $1 AND c.closed_at IS NOT NULL
              AND c.stage <> 'evicted' AND c.outcome IS DISTINCT FROM 'moved_out'
              AND date_trunc('month', c.closed_at AT TIME ZONE 'Europe/Copenhagen') = $2::date
            GROUP BY 1, 2`,
          [a.organisation.id, monthStart],
        ),
      ),
    );

    const warnings = (await get(managerA, 'warnings')).tables[0]!;
    expectCounts(
      warnings,
      pivot(
        await sql(
          `SELECT c.department_id::text AS group_id, k.key, count(*)::int AS n
             FROM warning w JOIN arrears_case c ON c.id = w.case_id
             CROSS JOIN LATERAL (SELECT 'sent' AS key
                UNION ALL SELECT 'undelivered' WHERE w.undelivered_at IS NOT NULL
                UNION ALL SELECT 'escalated' WHERE w.escalation_level > 0
                UNION ALL SELECT 'acknowledged_in_time'
                 WHERE (w.acknowledged_at AT TIME ZONE 'Europe/Copenhagen')::date <= w.acknowledge_by) k
            WHERE c.housing_organisation_id = $1
              AND date_trunc('month', w.created_at AT TIME ZONE 'Europe/Copenhagen') = $2::date
            GROUP BY 1, 2`,
          [a.organisation.id, monthStart],
        ),
      ),
    );
  });

  it('shows a manager only their own organisation or municipality, and names no case or person', async () => {
    const figures = [
      'inflow',
      'stages',
      'flow',
      'outcomes',
      'time-to-act',
      'payment-plans',
      'repeat-arrears',
      'warnings',
    ];
    const forbidden = [
      ...(await sql<{ v: string }>(`SELECT id::text AS v FROM arrears_case`)).map((r) => r.v),
      ...(await sql<{ v: string }>(`SELECT id::text AS v FROM tenancy UNION ALL SELECT address FROM tenancy`)).map(
        (r) => r.v,
      ),
      ...(await sql<{ v: string }>(`SELECT id::text AS v FROM person`)).map((r) => r.v),
      'Lejer ',
    ];
    for (const figure of figures) {
      const ofA = await get(managerA, figure);
      const ofB = await get(managerB, figure);
      const groupsOf = (r: Report) => new Set(r.tables.flatMap((t) => t.rows.map((row) => row.groupId)));
      for (const id of groupsOf(ofB)) expect(b.departments.map((d) => d.id)).toContain(id);
      for (const id of groupsOf(ofA)) expect(a.departments.map((d) => d.id)).toContain(id);
      // Asking for the other organisation by filter finds nothing.
      const across = await get(managerA, figure, `${query}&housingOrganisationId=${b.organisation.id}`);
      expect(across.tables.flatMap((t) => t.rows)).toEqual([]);
      for (const report of [ofA, ofB]) {
        const body = JSON.stringify(report);
        for (const value of forbidden) expect([figure, body.includes(value)]).toEqual([figure, false]);
      }
    }
    // A municipality's manager sees its departments (A's are in A's municipality), by municipality too.
    const byMunicipality = await get(municipalManagerA, 'inflow', `${query.replace('department', 'municipality')}`);
    expect(byMunicipality.tables[0]!.rows.map((r) => r.groupId)).toEqual([a.municipality.id]);
  });

  it('refuses a reversed range with a stable code', async () => {
    const response = await httpAs(api, admin)
      .get(`/api/v1/statistics/inflow?period=month&from=2026-03-01&to=2026-01-01&groupBy=department`)
      .expect(400);
    expect(response.body.code).toBe('STATISTICS_RANGE_INVALID');
    const bad = await httpAs(api, admin).get(`/api/v1/statistics/inflow?period=week&from=x&to=y&groupBy=person`);
    expect(bad.status).toBe(400);
  });

  it('answers from the materialised view after a refresh, with its time, until the next one', async () => {
    const live = await get(admin, 'outcomes', `${query}&housingOrganisationId=${a.organisation.id}`);
    const { refreshedAt } = await api.get(StatisticsService).refresh();
    const refreshed = await get(admin, 'outcomes', `${query}&housingOrganisationId=${a.organisation.id}`);
    expect([refreshed.live, refreshed.asOf]).toEqual([false, refreshedAt.toISOString()]);
    expect(refreshed.tables).toEqual(live.tables);
    for (const figure of ['inflow', 'stages', 'flow', 'time-to-act', 'payment-plans', 'repeat-arrears', 'warnings']) {
      const [{ count }] = await sql<{ count: number }>(`SELECT count(*)::int AS count FROM statistics_monthly`);
      expect(count).toBeGreaterThan(0);
      const fromView = await get(managerA, figure);
      expect(fromView.live).toBe(false);
      // The same figures as live (the live view is the materialised view's definition).
      await sql(`DELETE FROM statistics_refresh`);
      const again = await get(managerA, figure);
      expect(again.live).toBe(true);
      expect([figure, fromView.tables]).toEqual([figure, again.tables]);
      await api.get(StatisticsService).refresh();
    }
    // Time to act by quarter and by year reads histograms summed per period (migration 1764810000000): as
    // live, and — every case is of this month — the current period's figures are this month's.
    const byMonth = (await get(managerA, 'time-to-act')).tables[0]!;
    const lastYear = `${Number(today.slice(0, 4)) - 1}-01-01`;
    for (const period of ['quarter', 'year']) {
      const periodQuery = `period=${period}&from=${lastYear}&to=${today}&groupBy=department`;
      const fromView = await get(managerA, 'time-to-act', periodQuery);
      expect(fromView.live).toBe(false);
      expect(fromView.tables.length).toBeGreaterThan(1);
      const current = fromView.tables[fromView.tables.length - 1]!;
      expect([period, current.rows, current.columnTotals]).toEqual([period, byMonth.rows, byMonth.columnTotals]);
      expect(current.columnTotals.some((cell) => !cell.suppressed && (cell.value ?? 0) > 0)).toBe(true);
      await sql(`DELETE FROM statistics_refresh`);
      const again = await get(managerA, 'time-to-act', periodQuery);
      expect(again.live).toBe(true);
      expect([period, fromView.tables]).toEqual([period, again.tables]);
      await api.get(StatisticsService).refresh();
    }
    // A case opened after the refresh shows only after the next one.
    const before = (await get(managerB, 'inflow')).tables[0]!.columnTotals[0]!.value;
    await world.caseAt('registered', { department: b.departments[0]!, caseworker: b.caseworker });
    expect((await get(managerB, 'inflow')).tables[0]!.columnTotals[0]!.value).toBe(before);
    await api.get(StatisticsService).refresh();
    expect((await get(managerB, 'inflow')).tables[0]!.columnTotals[0]!.value).toBe(before! + 1);
    // A second refresh is CONCURRENTLY (the view stays readable) and changes nothing.
    await api.get(StatisticsService).refresh();
  });
});

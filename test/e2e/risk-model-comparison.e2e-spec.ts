import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createWorker } from '../../apps/worker/src/worker.factory.js';
import {
  Role,
  riskFeatureRow,
  sigmoid,
  type LedgerLine,
  type Municipality,
  type RiskModelRefitResult,
} from '@app/domain';
import { type AnyQueue, JobName, MAINTENANCE_QUEUE } from '@app/queue';
import {
  clearRedisPrefix,
  createTestDatabase,
  eventually,
  httpAs,
  signIn,
  type SignedInUser,
  testConfig,
  TestWorld,
  type TestDatabase,
  uniqueQueuePrefix,
} from '@app/testing';

function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/** mulberry32: the synthetic population is the same on every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const isoDay = (at: Date) => at.toISOString().slice(0, 10);
/** The model the population is drawn from (RISK_FEATURES order). */
const TRUE_BETA = [-3.2, 0.3, 0.2, 0.5, 0.6, 0.9, -0.8];
/** Municipality 2 evicts more than its case mix predicts: its ratio comes out above 1. */
const MUNICIPALITY_2_EXTRA = 0.7;

interface Unit {
  organisationId: string;
  departmentId: string;
  municipalityId: string;
  cases: number;
  extra: number;
  /** The first this many cases end in eviction whatever was drawn (so a small unit has evictions to hide). */
  forced: number;
}

/**
 * Issue 16, item 3, end to end: a synthetic population of closed cases (seeded, written by SQL
 * for speed) in four municipalities and five housing organisations; the worker's
 * `risk-model-refit` job fits the model and stores the fit and the per-unit aggregates; actual and
 * expected evictions per municipality and per housing organisation sum to the national totals (and
 * expected equals actual nationally, as a fitted logit with an intercept must); the same cut-off
 * refits the same; the comparison route shows ratios, marks the manager's own unit, suppresses
 * the small unit's evictions (and one more unit's, against the total), and carries no person or case.
 */
describe('the risk-adjusted comparison (worker job, real PostgreSQL)', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  const prefix = uniqueQueuePrefix();
  const asOf = new Date(Date.now() + 60_000);
  let admin: SignedInUser;
  let manager: SignedInUser;
  const units: Unit[] = [];
  const municipalities: string[] = [];
  /** Who recorded the seeded consents, referrals and custody episodes, and to whom. */
  let recorder: { userId: string; providerId: string; probationUnitId: string };
  /** Whether arrears_case has the structured outcome columns (issue 16, item 1), which closed cases then need. */
  let structuredOutcomes = false;

  async function refit(at: Date): Promise<RiskModelRefitResult> {
    const queue = worker.get<AnyQueue>(MAINTENANCE_QUEUE);
    const { id } = await queue.add(JobName.RiskModelRefit, { asOf: at.toISOString() });
    return eventually(
      async () => {
        const job = await queue.getJob(id!);
        const state = await job?.getState();
        if (state === 'failed') throw new Error(`risk-model-refit failed: ${job!.failedReason}`);
        return state === 'completed' ? (job!.returnvalue as RiskModelRefitResult) : undefined;
      },
      60_000,
      'the risk-model-refit job',
    );
  }

  /** Writes `unit.cases` closed cases with ledgers, tenants and outcomes drawn from TRUE_BETA. */
  async function seed(unit: Unit, random: () => number): Promise<void> {
    const tenancies: unknown[][] = [[], [], [], [], [], []];
    const persons: unknown[][] = [[], [], [], []];
    const cases: unknown[][] = [[], [], [], [], [], [], [], [], []];
    const ledger: unknown[][] = [[], [], [], [], []];
    // consent: id, person, purpose, recipient type, recipient, given at
    const consents: unknown[][] = [[], [], [], [], [], []];
    // referral: id, case, person, consent, sent on
    const referrals: unknown[][] = [[], [], [], [], []];
    // custody episode: id, person, consent, started on, released on
    const episodes: unknown[][] = [[], [], [], [], []];
    let made = 0;
    let n = 0;
    while (made < unit.cases) {
      const tenancyId = randomUUID();
      const rentOre = 400_000 + Math.floor(random() * 400_000);
      const children = random() < 0.35 ? 1 + Math.floor(random() * 3) : 0;
      tenancies.forEach((column, i) =>
        column.push([tenancyId, unit.organisationId, unit.departmentId, `S-${++n}`, `Syntetisk vej ${n}`, rentOre][i]),
      );
      const personId = randomUUID();
      [personId, unit.organisationId, 'Syntetisk lejer', children].forEach((v, i) => persons[i]!.push(v));
      // One in four tenancies has had a case before this one.
      const caseCount = random() < 0.25 ? 2 : 1;
      for (let k = 0; k < caseCount && made < unit.cases; k++, made++) {
        const caseId = randomUUID();
        const openedAt = new Date(asOf.getTime() - (k === 0 && caseCount === 2 ? 700 : 400 - random() * 300) * DAY);
        const closedAt = new Date(openedAt.getTime() + 60 * DAY);
        const months = 1 + Math.floor(random() * 6);
        const lines: LedgerLine[] = [];
        for (let m = months; m >= 1; m--) {
          const due = isoDay(new Date(openedAt.getTime() - m * 30 * DAY));
          lines.push({ kind: 'rent_charge', amountOre: rentOre, dueDate: due, bookedOn: due });
        }
        if (random() < 0.5) {
          const paid = -Math.floor(rentOre * random() * 0.9);
          if (paid < 0) lines.push({ kind: 'payment', amountOre: paid, dueDate: null, bookedOn: isoDay(openedAt) });
        }
        const referred = random() < 0.15;
        const custody = random() < 0.05;
        if (referred) {
          const consentId = randomUUID();
          const sentOn = isoDay(new Date(openedAt.getTime() + 5 * DAY));
          [consentId, personId, 'debt-counselling', 'counselling_provider', recorder.providerId, openedAt].forEach(
            (v, i) => consents[i]!.push(v),
          );
          [randomUUID(), caseId, personId, consentId, sentOn].forEach((v, i) => referrals[i]!.push(v));
        }
        if (custody) {
          const consentId = randomUUID();
          [consentId, personId, 'probation-cooperation', 'probation_unit', recorder.probationUnitId, openedAt].forEach(
            (v, i) => consents[i]!.push(v),
          );
          // Away for 30 days while the case was open.
          const startedOn = isoDay(new Date(openedAt.getTime() + 10 * DAY));
          const releasedOn = isoDay(new Date(openedAt.getTime() + 40 * DAY));
          [randomUUID(), personId, consentId, startedOn, releasedOn].forEach((v, i) => episodes[i]!.push(v));
        }
        const row = riskFeatureRow({
          ledgerAtRegistration: lines,
          monthlyRentOre: rentOre,
          childrenInHousehold: children,
          earlierCases: k,
          custodyEpisode: custody,
          referredToCounselling: referred,
        });
        const p = sigmoid(row.reduce((s, v, j) => s + v * TRUE_BETA[j]!, 0) + unit.extra);
        const evicted = random() < p || made < unit.forced;
        [
          caseId,
          tenancyId,
          unit.organisationId,
          unit.departmentId,
          unit.municipalityId,
          evicted ? 'evicted' : 'closed',
          evicted ? null : 'paid',
          openedAt,
          closedAt,
        ].forEach((v, i) => cases[i]!.push(v));
        for (const line of lines) {
          [caseId, line.kind, line.amountOre, line.dueDate, line.bookedOn].forEach((v, i) => ledger[i]!.push(v));
        }
      }
    }
    await database.query(
      `INSERT INTO tenancy (id, housing_organisation_id, department_id, unit, address, monthly_rent_ore)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::varchar[], $6::bigint[])`,
      tenancies,
    );
    await database.query(
      `INSERT INTO person (id, housing_organisation_id, name, children_under_18)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::int[])`,
      persons,
    );
    await database.query(
      `INSERT INTO tenancy_tenant (tenancy_id, person_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
      [tenancies[0], persons[0]],
    );
    // With the structured outcomes of issue 16, item 1 (helper S1's migration), closed cases need theirs.
    const outcomeColumns = structuredOutcomes ? ', outcome_kind, outcome_reason' : '';
    const outcomeValues = structuredOutcomes
      ? `, CASE WHEN u.stage = 'evicted' THEN 'evicted' ELSE 'averted' END,
           CASE WHEN u.stage = 'evicted' THEN NULL ELSE 'paid' END`
      : '';
    await database.query(
      `INSERT INTO arrears_case (id, tenancy_id, housing_organisation_id, department_id, municipality_id, stage, outcome,
                                 opened_at, closed_at${outcomeColumns})
       SELECT u.*${outcomeValues}
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::varchar[], $7::varchar[],
                     $8::timestamptz[], $9::timestamptz[])
              AS u(id, tenancy_id, housing_organisation_id, department_id, municipality_id, stage, outcome, opened_at, closed_at)`,
      cases,
    );
    await database.query(
      `INSERT INTO ledger_entry (case_id, kind, amount_ore, due_date, booked_on)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::bigint[], $4::date[], $5::date[])`,
      ledger,
    );
    await database.query(
      `INSERT INTO consent (id, person_id, purpose, recipient_type, recipient_id, given_at, recorded_by)
       SELECT *, $7::uuid FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::uuid[], $6::timestamptz[])`,
      [...consents, recorder.userId],
    );
    await database.query(
      `INSERT INTO referral (id, case_id, person_id, consent_id, sent_on, counselling_provider_id, referred_by,
                             referring_housing_organisation_id, service_level)
       SELECT *, $6::uuid, $7::uuid, $8::uuid, 'quick_advice'
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::date[])`,
      [...referrals, recorder.providerId, recorder.userId, unit.organisationId],
    );
    await database.query(
      `INSERT INTO custody_episode (id, person_id, consent_id, started_on, released_on, probation_unit_id, recorded_by,
                                    kind, institution, contact_kind, closed_at, closed_reason)
       SELECT u.*, $6::uuid, $7::uuid, 'remand', 'Vestre Fængsel', 'probation_officer', u.released_on::timestamptz, 'released'
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::date[], $5::date[])
              AS u(id, person_id, consent_id, started_on, released_on)`,
      [...episodes, recorder.probationUnitId, recorder.userId],
    );
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({
      database,
      queue: 'redis',
      prefix,
      // Only the jobs the test enqueues run.
      env: { WARNING_SWEEP_EVERY_MS: String(24 * 3600_000), RISK_MODEL_REFIT_CRON: '0 3 29 2 *' },
    });
    api = await createApi(config);
    await api.init();
    worker = await createWorker(config);
    const world = new TestWorld(api);
    structuredOutcomes =
      (
        await database.query(
          `SELECT 1 FROM information_schema.columns WHERE table_name = 'arrears_case' AND column_name = 'outcome_kind'`,
        )
      ).length > 0;
    recorder = {
      userId: (await world.admin()).user.id,
      providerId: (await world.counsellingProvider()).id,
      probationUnitId: (await world.probationUnit()).id,
    };
    const created: Municipality[] = [];
    for (let i = 0; i < 4; i++) created.push(await world.municipality());
    municipalities.push(...created.map((m) => m.id));
    // [municipality, cases, extra log-odds, forced evictions]: the fourth organisation is too small to
    // show its evictions (1–4), the fifth (smallest shown) is hidden as well so the total does not give
    // the fourth away.
    const plan: [number, number, number, number][] = [
      [0, 1200, 0, 0],
      [0, 800, 0, 0],
      [1, 1000, MUNICIPALITY_2_EXTRA, 0],
      [2, 12, 0, 2],
      [3, 300, 0, 0],
    ];
    const random = seededRandom(1618);
    for (const [m, cases, extra, forced] of plan) {
      const { organisation, departments } = await world.organisation({ municipality: created[m]! });
      const unit = {
        organisationId: organisation.id,
        departmentId: departments[0]!.id,
        municipalityId: municipalities[m]!,
        cases,
        extra,
        forced,
      };
      units.push(unit);
      await seed(unit, random);
    }
    // Statistics for the planner, as autovacuum keeps them in production: without them it plans the
    // per-case subqueries for empty tables.
    await database.query('ANALYZE');
    admin = await signIn(api, Role.Administrator);
    manager = await signIn(api, Role.Manager, { housingOrganisationId: units[2]!.organisationId });
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await database?.drop();
    await clearRedisPrefix(prefix);
  });

  it('answers with no fit before the first refit', async () => {
    const body = (await httpAs(api, admin).get('/api/v1/statistics/comparison?level=municipality').expect(200)).body;
    expect(body).toEqual({ level: 'municipality', asOf: null, live: false, fit: null, units: [], total: null });
  });

  it('refits through the worker job and stores the fit with its coefficients, data range and counts', async () => {
    const result = await refit(asOf);
    const [truth] = await database.query<{ cases: number; events: number }>(
      `SELECT count(*)::int AS cases, count(*) FILTER (WHERE stage = 'evicted')::int AS events
         FROM arrears_case WHERE closed_at IS NOT NULL AND closed_at <= $1 AND closed_at > $1::timestamptz - interval '36 months'`,
      [asOf],
    );
    expect(truth!.cases).toBe(3312);
    expect(result).toMatchObject({ fitted: true, nCases: truth!.cases, nEvents: truth!.events });

    const [fit] = await database.query<{
      coefficients: { name: string; estimate: number | null; standardError: number | null }[];
      n_cases: number;
      n_events: number;
      expected_total: number;
      method: string;
      data_to: Date;
      data_from: Date;
    }>(`SELECT * FROM risk_model_fit`);
    expect(fit!.n_cases).toBe(truth!.cases);
    expect(fit!.n_events).toBe(truth!.events);
    expect(fit!.method).toBe('newton-raphson-irls/1');
    expect(fit!.data_to.getTime()).toBe(asOf.getTime());
    expect(fit!.data_from.getTime()).toBeLessThan(asOf.getTime() - 1090 * DAY);
    expect(fit!.coefficients.map((c) => c.name)).toEqual([
      'intercept',
      'months_in_arrears',
      'arrears_to_rent',
      'children_in_household',
      'earlier_cases',
      'custody_episode',
      'referred_to_counselling',
    ]);
    // The eviction risk rises with the arrears, children and custody, and falls with a referral, as drawn.
    const byName = Object.fromEntries(fit!.coefficients.map((c) => [c.name, c]));
    for (const c of fit!.coefficients) expect(c.standardError).toBeGreaterThan(0);
    expect(byName.custody_episode!.estimate!).toBeGreaterThan(0);
    expect(byName.referred_to_counselling!.estimate!).toBeLessThan(0);
    expect(byName.months_in_arrears!.estimate! + byName.arrears_to_rent!.estimate!).toBeGreaterThan(0.2);
    expect(byName.children_in_household!.estimate!).toBeGreaterThan(0);
    // A logit with an intercept fitted by maximum likelihood predicts as many events as there were.
    expect(fit!.expected_total).toBeCloseTo(truth!.events, 4);
  });

  it('sums actual and expected per municipality and per housing organisation to the national totals', async () => {
    const [fit] = await database.query<{ id: string; n_cases: number; n_events: number; expected_total: number }>(
      `SELECT id, n_cases, n_events, expected_total FROM risk_model_fit`,
    );
    for (const level of ['municipality', 'housing_organisation']) {
      const [sums] = await database.query<{ cases: number; actual: number; expected: number; units: number }>(
        `SELECT sum(n_cases)::int AS cases, sum(actual)::int AS actual, sum(expected) AS expected, count(*)::int AS units
           FROM risk_model_comparison WHERE fit_id = $1 AND level = $2`,
        [fit!.id, level],
      );
      expect(sums!.units).toBe(level === 'municipality' ? 4 : 5);
      expect(sums!.cases).toBe(fit!.n_cases);
      expect(sums!.actual).toBe(fit!.n_events);
      expect(sums!.expected).toBeCloseTo(fit!.expected_total, 6);
    }
    // Each unit's actual is the hand-counted evictions of its closed cases.
    const check = await database.query<{ stored: number; counted: number }>(
      `SELECT rc.actual AS stored,
              (SELECT count(*) FROM arrears_case c WHERE c.municipality_id = rc.unit_id AND c.stage = 'evicted')::int AS counted
         FROM risk_model_comparison rc WHERE rc.fit_id = $1 AND rc.level = 'municipality'`,
      [fit!.id],
    );
    for (const row of check) expect(row.stored).toBe(row.counted);
  });

  it('refits the same coefficients from the same cut-off over the same data', async () => {
    await refit(asOf);
    const fits = await database.query<{ coefficients: unknown; expected_total: number }>(
      `SELECT coefficients, expected_total FROM risk_model_fit ORDER BY fitted_at`,
    );
    expect(fits).toHaveLength(2);
    expect(fits[1]!.coefficients).toEqual(fits[0]!.coefficients);
    expect(fits[1]!.expected_total).toBe(fits[0]!.expected_total);
  });

  it('shows a manager every municipality with ratio, interval and group, the small one suppressed', async () => {
    const body = (await httpAs(api, manager).get('/api/v1/statistics/comparison?level=municipality').expect(200)).body;
    expect(body.live).toBe(false);
    expect(body.asOf).toBe(body.fit.fittedAt);
    expect(body.units).toHaveLength(4);
    const [m1, m2, m3, m4] = municipalities.map((id) => body.units.find((u: { unitId: string }) => u.unitId === id));
    // The municipality that evicts more than its case mix predicts.
    expect(m2.ratio).toBeGreaterThan(1.2);
    expect(['higher', 'significantly_higher']).toContain(m2.group);
    expect(m2.lower).toBeLessThan(m2.ratio);
    expect(m2.upper).toBeGreaterThan(m2.ratio);
    expect(m1.ratio).toBeLessThan(1);
    // 12 cases: the evictions (under 5) are hidden, and so its ratio; one more is hidden against the total.
    expect(m3.actual).toEqual({ value: null, suppressed: true });
    expect(m3).toMatchObject({ ratio: null, lower: null, upper: null, group: null });
    expect(m4.actual).toEqual({ value: null, suppressed: true });
    expect(m4.ratio).toBeNull();
    expect(m4.cases).toEqual({ value: 300, suppressed: false });
    expect(body.units.filter((u: { actual: { suppressed: boolean } }) => u.actual.suppressed)).toHaveLength(2);
    expect(body.total.actual.value).toBe(body.fit.nEvents);
    expect(body.total.expected).toBeCloseTo(body.fit.nEvents, 4);
    // Aggregates only: no case, tenancy or person id anywhere in the answer.
    const text = JSON.stringify(body);
    const ids = await database.query<{ id: string }>(
      `SELECT id::text FROM arrears_case UNION ALL SELECT id::text FROM person UNION ALL SELECT id::text FROM tenancy`,
    );
    expect(ids.some(({ id }) => text.includes(id))).toBe(false);
    expect(text).not.toContain('Syntetisk');
  });

  it("marks the manager's own housing organisation, and audits the read", async () => {
    const body = (
      await httpAs(api, manager).get('/api/v1/statistics/comparison?level=housing_organisation').expect(200)
    ).body;
    expect(body.units).toHaveLength(5);
    const own = body.units.filter((u: { own: boolean }) => u.own);
    expect(own.map((u: { unitId: string }) => u.unitId)).toEqual([units[2]!.organisationId]);
    const sum = body.units.reduce((s: number, u: { expected: number }) => s + u.expected, 0) as number;
    expect(sum).toBeCloseTo(body.total.expected, 6);
    const audit = await database.query<{ action: string; actor_id: string }>(
      `SELECT action, actor_id FROM audit_log WHERE action = 'statistics.comparison.read' AND actor_id = $1`,
      [manager.user.id],
    );
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('exports the comparison as CSV for Danish Excel: BOM, ";", decimal comma, "<5" where the JSON hides', async () => {
    const body = (await httpAs(api, manager).get('/api/v1/statistics/comparison?level=municipality').expect(200)).body;
    const response = await request(api.getHttpServer())
      .get('/api/v1/statistics/comparison/export?level=municipality&format=csv')
      .set('Authorization', manager.bearer)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="statistik-sammenligning-municipality-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = response.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').slice(0, -1);
    expect(lines[0]!.split(';')).toEqual([
      'Kommune',
      'Egen enhed',
      'Lukkede sager',
      'Faktiske udsættelser',
      'Forventede udsættelser',
      'Forhold (faktisk/forventet)',
      '95 %-interval, nedre',
      '95 %-interval, øvre',
      'Gruppe',
    ]);
    expect(lines).toHaveLength(1 + 4 + 1);
    const byName = new Map(lines.slice(1).map((line) => [line.split(';')[0], line.split(';')]));
    const comma = (n: number) => n.toFixed(2).replace('.', ',');
    for (const unit of body.units as Array<{
      unitName: string;
      actual: { value: number | null; suppressed: boolean };
      cases: { value: number | null; suppressed: boolean };
      expected: number;
      ratio: number | null;
      lower: number | null;
      upper: number | null;
    }>) {
      const line = byName.get(unit.unitName)!;
      expect(line[2]).toBe(unit.cases.suppressed ? '<5' : String(unit.cases.value));
      expect(line[3]).toBe(unit.actual.suppressed ? '<5' : String(unit.actual.value));
      expect(line[4]).toBe(comma(unit.expected));
      expect(line[5]).toBe(unit.ratio === null ? '' : comma(unit.ratio));
      expect(line[6]).toBe(unit.lower === null ? '' : comma(unit.lower));
      expect(line[7]).toBe(unit.upper === null ? '' : comma(unit.upper));
    }
    // the two municipalities whose evictions are hidden: "<5", never 0, and no ratio
    const hidden = lines.slice(1).filter((line) => line.split(';')[3] === '<5');
    expect(hidden).toHaveLength(2);
    for (const line of hidden) expect(line.split(';').slice(5)).toEqual(['', '', '', '']);
    const m2 = body.units.find((u: { unitId: string }) => u.unitId === municipalities[1]);
    expect(byName.get(m2.unitName)![8]).toMatch(/^(Højere|Markant højere) end forventet$/);
    expect(byName.get('I alt')![3]).toBe(String(body.total.actual.value));
  });

  it('exports the comparison as an .xlsx that reads back to the same values, and audits each export', async () => {
    const before = await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'statistics.comparison.read' AND actor_id = $1`,
      [manager.user.id],
    );
    const body = (
      await httpAs(api, manager).get('/api/v1/statistics/comparison?level=housing_organisation').expect(200)
    ).body;
    const response = await request(api.getHttpServer())
      .get('/api/v1/statistics/comparison/export?level=housing_organisation&format=xlsx')
      .set('Authorization', manager.bearer)
      .set('Accept-Language', 'en')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Comparison', 'About the figures']);
    const rows = new Map<string, unknown[]>();
    workbook.getWorksheet('Comparison')!.eachRow((row, n) => {
      const values = (row.values as unknown[]).slice(1);
      if (n > 1) rows.set(String(values[0]), values);
    });
    expect(rows.size).toBe(5 + 1);
    for (const unit of body.units as Array<{
      unitName: string;
      own: boolean;
      actual: { value: number | null; suppressed: boolean };
      expected: number;
    }>) {
      const values = rows.get(unit.unitName)!;
      expect(values[3]).toBe(unit.actual.suppressed ? '<5' : unit.actual.value);
      expect(values[4]).toBeCloseTo(unit.expected, 6);
    }
    const after = await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'statistics.comparison.read' AND actor_id = $1`,
      [manager.user.id],
    );
    expect(after[0]!.n).toBe(before[0]!.n + 2);
    const bad = await httpAs(api, manager).get('/api/v1/statistics/comparison/export?level=department').expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses an unknown level or field as a validation error', async () => {
    const bad = await httpAs(api, admin).get('/api/v1/statistics/comparison?level=department').expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    await httpAs(api, admin).get('/api/v1/statistics/comparison').expect(400);
    const extra = await httpAs(api, admin).get('/api/v1/statistics/comparison?level=municipality&x=1').expect(400);
    expect(extra.body.code).toBeDefined();
  });
});

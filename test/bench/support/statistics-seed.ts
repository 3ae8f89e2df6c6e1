import pg from 'pg';
import { type TestDatabase } from '@app/testing';

/** Municipalities, housing organisations and departments the cases spread over. */
export const STATISTICS_MUNICIPALITIES = 10;
export const STATISTICS_ORGANISATIONS = 40;
const DEPARTMENTS_PER_ORGANISATION = 10;
const COUNSELLING_PROVIDERS = 4;
/** The months the cases' timelines span, ending yesterday. */
export const STATISTICS_MONTHS = 36;
/** Of every five cases one is a second case of a tenancy whose first case closed without eviction. */
const REPEAT_SHARE = 0.2;

export interface StatisticsSeed {
  cases: number;
  events: number;
  warnings: number;
  paymentPlans: number;
  referrals: number;
  notices: number;
  municipalityIds: string[];
  organisationIds: string[];
  /** The first day of the timelines and the last (yesterday). */
  from: string;
  to: string;
}

/**
 * A country's worth of arrears cases for the statistics benchmark, written set-based (a handful of
 * statements over generate_series; 1,000,000 cases take minutes where the factories would take days).
 *
 * 10 municipalities, 40 housing organisations of ten departments each (an organisation's departments in
 * several municipalities), 4 counselling providers. Cases open evenly over the last 36 months; every case
 * follows the legal road as the state machine would take it, each step a few days to weeks after the one
 * before, and stops where yesterday finds it (so the recent cases are open at every stage):
 * - registered → (12 % never get a påkrav: closed paid or withdrawn within weeks or months);
 * - påkrav → 30 % paid (closed `paid`), 20 % a payment plan (completed → closed `payment_plan`; broken →
 *   back to registered, later closed `moved_out` or `paid`), 50 % past the deadline;
 * - past the deadline → a quarter paid, the rest terminated, with the § 92 notice to the municipality; then
 *   averted (by reason: paid, payment plan, rent assistance, moved out, other), or eviction requested, then
 *   averted or scheduled, then evicted or averted just before the day.
 * Each step is a `case_event` row as the services write them (`case_opened`, `arrears_registered`,
 * `payment_demand_sent`, …, `averted` with its reason, `closed` with its outcome), and the case row carries
 * the stage, outcome, dates and `closed_at` of its last step. One case in five is the second case of a
 * tenancy whose first one was paid (the "new arrears within 12 months" figure); payment plans, § 92 notices
 * (`municipality_notice`), referrals to counselling (with their consent; first contact for most) and
 * warnings to the municipality (`arrears-registered`, `payment-demand-sent`, `statutory-eviction-notice`;
 * acknowledged in time, late, escalated or undelivered) are rows of their own.
 *
 * Deterministic: every choice is a hash of the case number (`hashint8`), not `random()`, so two runs of the
 * same size hold the same figures. Nobody here has a CPR number; names are "Lejer <n>".
 */
export async function seedStatistics(target: TestDatabase, cases: number): Promise<StatisticsSeed> {
  // One session of its own, with the foreign-key triggers off while it writes (`session_replication_role =
  // replica`, as a restore does): the rows are made consistent here, and at 1,000,000 cases the per-row lookups
  // would be most of the time. CHECK constraints and unique indexes still hold every row.
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  await client.query(`SET session_replication_role = replica`);
  const database = {
    query: async <T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]> =>
      (await client.query<T>(text, values)).rows,
  };
  try {
    return await seedIn(database, cases);
  } finally {
    await client.end();
  }
}

async function seedIn(
  database: { query<T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]> },
  cases: number,
): Promise<StatisticsSeed> {
  const [{ base, cut }] = await database.query<{ base: string; cut: string }>(
    `SELECT to_char(date_trunc('month', current_date) - make_interval(months => $1::int), 'YYYY-MM-DD') AS base,
            to_char(current_date - 1, 'YYYY-MM-DD') AS cut`,
    [STATISTICS_MONTHS],
  );
  // u(i, k): the k-th uniform number in [0, 1) of case i.
  await database.query(
    `CREATE FUNCTION bench_u(i bigint, k int) RETURNS float8 IMMUTABLE PARALLEL SAFE LANGUAGE sql
       AS $$ SELECT (hashint8(i * 64 + k) & 2147483647)::float8 / 2147483648.0 $$`,
  );
  try {
    const municipalityIds = (
      await database.query<{ id: string }>(
        `INSERT INTO municipality (id, code, name, alert_email)
         SELECT gen_random_uuid(), lpad((900 + m)::text, 3, '0'), 'Statistikkommune ' || m, 'varsler-' || m || '@stat.bench'
           FROM generate_series(1, $1::int) AS m ORDER BY m
         RETURNING id`,
        [STATISTICS_MUNICIPALITIES],
      )
    ).map((r) => r.id);
    const organisationIds = (
      await database.query<{ id: string }>(
        `INSERT INTO housing_organisation (id, name)
         SELECT gen_random_uuid(), 'Statistik Bolig ' || o FROM generate_series(1, $1::int) AS o ORDER BY o
         RETURNING id`,
        [STATISTICS_ORGANISATIONS],
      )
    ).map((r) => r.id);
    // Department d of organisation o lies in municipality (o + d / 3) mod 10: four municipalities per organisation.
    await database.query(
      `CREATE UNLOGGED TABLE bench_department AS
       SELECT row_number() OVER (ORDER BY o.ord, d) AS n, gen_random_uuid() AS id, o.id AS organisation_id,
              ($2::uuid[])[1 + (o.ord::int + d / 3) % cardinality($2::uuid[])] AS municipality_id, d
         FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord), generate_series(1, $3::int) AS d`,
      [organisationIds, municipalityIds, DEPARTMENTS_PER_ORGANISATION],
    );
    await database.query(
      `INSERT INTO department (id, housing_organisation_id, municipality_id, number, name, address)
       SELECT id, organisation_id, municipality_id, 'S' || d, 'Afdeling S' || d, 'Statistikvej ' || n FROM bench_department`,
    );
    const providerIds = (
      await database.query<{ id: string }>(
        `INSERT INTO counselling_provider (id, name, contact_email)
         SELECT gen_random_uuid(), 'Gældsrådgivning ' || p, 'raad-' || p || '@stat.bench' FROM generate_series(1, $1::int) AS p
         RETURNING id`,
        [COUNSELLING_PROVIDERS],
      )
    ).map((r) => r.id);
    // The caseworker the rows that need an author name (plans agreed, referrals, consents): it never signs in.
    const [{ id: authorId }] = await database.query<{ id: string }>(
      `INSERT INTO app_user (id, email, name, role, password_hash, housing_organisation_id)
       VALUES (gen_random_uuid(), 'statistik-forfatter@stat.bench', 'Statistik forfatter', 'housing_caseworker', '!', $1)
       RETURNING id`,
      [organisationIds[0]],
    );

    // The plan of every case: its tenancy and department, and the day of each step on its road (null when
    // the road does not pass there). Steps after `cut` are dropped below.
    await database.query(
      `CREATE UNLOGGED TABLE bench_case AS
       WITH n AS (
         SELECT i,
                floor($1::int * $4::float8)::int AS repeats,
                CASE WHEN i > $1::int - floor($1::int * $4::float8)::int THEN i - ($1::int - floor($1::int * $4::float8)::int) ELSE i END AS tenancy_n,
                ($3::date - $2::date) AS span
           FROM generate_series(1, $1::int) AS i),
       o AS (
         SELECT n.*,
                i <= repeats AS repeat_first,
                i > $1::int - repeats AS second,
                CASE WHEN i <= repeats THEN $2::date + floor(bench_u(i, 1) * least(300, span / 3))::int
                     WHEN i > $1::int - repeats THEN $2::date + span / 2 + floor(bench_u(i, 1) * (span / 2 - 5))::int
                     ELSE $2::date + floor(bench_u(i, 1) * (span - 3))::int END AS opened_on,
                CASE WHEN i <= repeats THEN 0.1 ELSE bench_u(i, 4) END AS road
           FROM n),
       d AS (
         SELECT o.*, o.opened_on + 3 + floor(bench_u(i, 3) * 12)::int AS demand_day,
                (repeat_first OR bench_u(i, 2) < 0.88) AS demanded
           FROM o),
       s AS (
         SELECT d.*,
                CASE WHEN demanded THEN demand_day END AS demand_on,
                CASE WHEN demanded AND road >= 0.30 AND road < 0.50 THEN demand_day + 7 + floor(bench_u(i, 5) * 13)::int END AS plan_agreed_on,
                CASE WHEN demanded AND road >= 0.50 THEN demand_day + 15 + floor(bench_u(i, 5) * 5)::int END AS deadline_on
           FROM d),
       t AS (
         SELECT s.*,
                CASE WHEN plan_agreed_on IS NULL THEN NULL WHEN bench_u(i, 6) < 0.7 THEN 'completed' ELSE 'broken' END AS plan_road,
                CASE WHEN deadline_on IS NOT NULL AND bench_u(i, 6) >= 0.25 THEN deadline_on + 2 + floor(bench_u(i, 7) * 8)::int END AS terminated_on
           FROM s),
       u AS (
         SELECT t.*,
                -- Most plans run three to six months, one in seven a year.
                CASE WHEN plan_road = 'completed' THEN plan_agreed_on + 90 + floor(bench_u(i, 7) * 90)::int
                                                       + CASE WHEN bench_u(i, 8) < 0.15 THEN 180 ELSE 0 END
                     WHEN plan_road = 'broken' THEN plan_agreed_on + 30 + floor(bench_u(i, 7) * 90)::int END AS plan_end_on,
                terminated_on + floor(bench_u(i, 8) * 5)::int AS notice_on,
                CASE WHEN bench_u(i, 9) >= 0.30 THEN terminated_on + 10 + floor(bench_u(i, 10) * 20)::int END AS requested_on
           FROM t),
       v AS (
         SELECT u.*,
                CASE WHEN requested_on IS NOT NULL AND bench_u(i, 11) >= 0.35 THEN requested_on + 14 + floor(bench_u(i, 12) * 16)::int END AS scheduled_on
           FROM u),
       w AS (
         SELECT v.*, scheduled_on + 14 + floor(bench_u(i, 13) * 26)::int AS eviction_for FROM v),
       x AS (
         SELECT w.*,
                CASE WHEN scheduled_on IS NOT NULL AND bench_u(i, 14) < 0.45 THEN eviction_for END AS evicted_on,
                CASE WHEN terminated_on IS NULL THEN NULL
                     WHEN requested_on IS NULL THEN terminated_on + 10 + floor(bench_u(i, 10) * 30)::int
                     WHEN scheduled_on IS NULL THEN requested_on + 5 + floor(bench_u(i, 12) * 25)::int
                     WHEN bench_u(i, 14) >= 0.45 THEN eviction_for - 1 - floor(bench_u(i, 15) * 9)::int END AS averted_on,
                CASE WHEN NOT demanded THEN opened_on + 5 + floor(bench_u(i, 6) * 35)::int
                                            + CASE WHEN bench_u(i, 5) < 0.6 THEN 0 ELSE 60 + floor(bench_u(i, 9) * 120)::int END
                     WHEN demanded AND road < 0.30 THEN demand_day + 5 + floor(bench_u(i, 5) * 15)::int
                     WHEN plan_road = 'completed' THEN plan_end_on
                     WHEN plan_road = 'broken' THEN plan_end_on + 30 + floor(bench_u(i, 9) * 60)::int
                     WHEN deadline_on IS NOT NULL AND terminated_on IS NULL THEN deadline_on + 5 + floor(bench_u(i, 7) * 25)::int
                END AS closed_on,
                CASE WHEN NOT demanded THEN CASE WHEN bench_u(i, 7) < 0.7 THEN 'paid' ELSE 'withdrawn' END
                     WHEN road < 0.30 THEN CASE WHEN bench_u(i, 7) < 0.85 THEN 'paid' ELSE 'moved_out' END
                     WHEN plan_road = 'completed' THEN 'payment_plan'
                     WHEN plan_road = 'broken' THEN CASE WHEN bench_u(i, 10) < 0.5 THEN 'moved_out' ELSE 'paid' END
                     ELSE 'paid' END AS closed_outcome,
                (ARRAY['paid', 'payment_plan', 'rent_assistance', 'moved_out', 'other'])[
                  CASE WHEN bench_u(i, 16) < 0.40 THEN 1 WHEN bench_u(i, 16) < 0.55 THEN 2 WHEN bench_u(i, 16) < 0.80 THEN 3
                       WHEN bench_u(i, 16) < 0.90 THEN 4 ELSE 5 END] AS averted_reason
           FROM w)
       SELECT x.i, x.tenancy_n, x.repeat_first, x.second, gen_random_uuid() AS case_id,
              1 + (x.tenancy_n::bigint * 7919) % (SELECT count(*) FROM bench_department)::int AS department_n,
              x.opened_on,
              -- Only the steps up to yesterday happened.
              nullif(least(x.demand_on, $3::date + 1), $3::date + 1) AS demand_on,
              nullif(least(x.plan_agreed_on, $3::date + 1), $3::date + 1) AS plan_agreed_on,
              nullif(least(x.plan_end_on, $3::date + 1), $3::date + 1) AS plan_end_on,
              x.plan_road,
              nullif(least(x.deadline_on, $3::date + 1), $3::date + 1) AS deadline_on,
              nullif(least(x.terminated_on, $3::date + 1), $3::date + 1) AS terminated_on,
              nullif(least(x.notice_on, $3::date + 1), $3::date + 1) AS notice_on,
              nullif(least(x.requested_on, $3::date + 1), $3::date + 1) AS requested_on,
              nullif(least(x.scheduled_on, $3::date + 1), $3::date + 1) AS scheduled_on,
              x.eviction_for,
              nullif(least(x.evicted_on, $3::date + 1), $3::date + 1) AS evicted_on,
              nullif(least(x.averted_on, $3::date + 1), $3::date + 1) AS averted_on,
              nullif(least(x.closed_on, $3::date + 1), $3::date + 1) AS closed_on,
              x.closed_outcome, x.averted_reason,
              1 + floor(bench_u(x.i, 17) * 3)::int AS months_owed,
              floor(bench_u(x.i, 18) * 4)::int AS children,
              bench_u(x.i, 19) AS referral_draw,
              bench_u(x.i, 20) AS warning_draw,
              bench_u(x.i, 21) AS ack_draw
         FROM x`,
      [cases, base, cut, REPEAT_SHARE],
    );
    await database.query(`ALTER TABLE bench_case ADD PRIMARY KEY (i)`);
    // Where each case stands after its last step, and when it closed.
    await database.query(
      `CREATE UNLOGGED TABLE bench_state AS
       SELECT i,
              CASE WHEN evicted_on IS NOT NULL THEN 'evicted'
                   WHEN averted_on IS NOT NULL THEN 'averted'
                   WHEN closed_on IS NOT NULL THEN 'closed'
                   WHEN scheduled_on IS NOT NULL THEN 'eviction_scheduled'
                   WHEN requested_on IS NOT NULL THEN 'eviction_requested'
                   WHEN terminated_on IS NOT NULL THEN 'terminated'
                   WHEN deadline_on IS NOT NULL THEN 'deadline_passed'
                   WHEN plan_end_on IS NOT NULL AND plan_road = 'broken' THEN 'registered'
                   WHEN plan_agreed_on IS NOT NULL THEN 'payment_plan_agreed'
                   WHEN demand_on IS NOT NULL THEN 'payment_demand_sent'
                   ELSE 'registered' END AS stage,
              CASE WHEN evicted_on IS NOT NULL THEN 'evicted' WHEN averted_on IS NOT NULL THEN 'averted'
                   WHEN closed_on IS NOT NULL THEN closed_outcome END AS outcome,
              -- The structured outcome (docs/statistics.md#outcomes): a close paid, on a plan, with rent assistance
              -- or moved out averted the eviction for that reason; withdrawn is closed without proceedings.
              CASE WHEN evicted_on IS NOT NULL THEN 'evicted' WHEN averted_on IS NOT NULL THEN 'averted'
                   WHEN closed_on IS NOT NULL AND closed_outcome = 'withdrawn' THEN 'closed_without_proceedings'
                   WHEN closed_on IS NOT NULL THEN 'averted' END AS outcome_kind,
              CASE WHEN evicted_on IS NOT NULL THEN NULL WHEN averted_on IS NOT NULL THEN averted_reason
                   WHEN closed_on IS NOT NULL AND closed_outcome <> 'withdrawn' THEN closed_outcome END AS outcome_reason,
              coalesce(evicted_on, averted_on, closed_on) AS ended_on,
              CASE WHEN plan_agreed_on IS NULL THEN NULL
                   WHEN plan_end_on IS NULL THEN 'active'
                   WHEN plan_road = 'completed' THEN 'completed' ELSE 'broken' END AS plan_status
         FROM bench_case`,
    );
    await database.query(`ALTER TABLE bench_state ADD PRIMARY KEY (i)`);

    // Tenancies (one per first case), each with one tenant.
    await database.query(
      `WITH t AS (
         SELECT c.tenancy_n, gen_random_uuid() AS tenancy_id, gen_random_uuid() AS person_id, d.id AS department_id,
                d.organisation_id, d.municipality_id, c.children
           FROM bench_case c JOIN bench_department d ON d.n = c.department_n
          WHERE NOT c.second),
       tenancies AS (
         INSERT INTO tenancy (id, housing_organisation_id, department_id, unit, address, postcode, city, monthly_rent_ore)
         SELECT tenancy_id, organisation_id, department_id, 'SU-' || tenancy_n, 'Statistikvej ' || tenancy_n, '8000', 'Aarhus C',
                500000 + (tenancy_n % 7) * 50000
           FROM t),
       persons AS (
         INSERT INTO person (id, housing_organisation_id, municipality_id, name, address, children_under_18, inactive_since)
         SELECT person_id, organisation_id, municipality_id, 'Lejer ' || tenancy_n, 'Statistikvej ' || tenancy_n, children, NULL
           FROM t),
       tenants AS (INSERT INTO tenancy_tenant (tenancy_id, person_id) SELECT tenancy_id, person_id FROM t)
       SELECT 1`,
    );
    await database.query(
      `CREATE UNLOGGED TABLE bench_tenancy AS
       SELECT (regexp_replace(t.unit, '^SU-', ''))::int AS tenancy_n, t.id AS tenancy_id, tt.person_id, t.monthly_rent_ore,
              t.housing_organisation_id, t.department_id, d.municipality_id
         FROM tenancy t JOIN tenancy_tenant tt ON tt.tenancy_id = t.id JOIN department d ON d.id = t.department_id
        WHERE t.unit LIKE 'SU-%'`,
    );
    await database.query(`ALTER TABLE bench_tenancy ADD PRIMARY KEY (tenancy_n)`);

    // The cases, as their last step left them (a broken plan cleared the legal dates, as the state machine does).
    await database.query(
      `INSERT INTO arrears_case (id, tenancy_id, housing_organisation_id, department_id, municipality_id, stage, outcome,
                                 outcome_kind, outcome_reason,
                                 payment_demand_sent_on, payment_demand_received_on, payment_demand_delivery, payment_demand_fee_ore,
                                 terminated_on, municipality_notice_on, eviction_requested_on, eviction_scheduled_for,
                                 opened_at, closed_at, updated_at)
       SELECT c.case_id, t.tenancy_id, t.housing_organisation_id, t.department_id, t.municipality_id, s.stage, s.outcome,
              s.outcome_kind, s.outcome_reason,
              CASE WHEN NOT broke THEN c.demand_on END, CASE WHEN NOT broke THEN c.demand_on + 2 END,
              CASE WHEN c.demand_on IS NOT NULL AND NOT broke THEN 'registered_and_ordinary' END,
              CASE WHEN c.demand_on IS NOT NULL AND NOT broke THEN 30000 END,
              c.terminated_on, c.notice_on, c.requested_on, CASE WHEN c.scheduled_on IS NOT NULL THEN c.eviction_for END,
              (c.opened_on + time '09:00') AT TIME ZONE 'Europe/Copenhagen',
              (s.ended_on + time '15:00') AT TIME ZONE 'Europe/Copenhagen',
              now()
         FROM bench_case c JOIN bench_state s USING (i) JOIN bench_tenancy t USING (tenancy_n),
              LATERAL (SELECT c.plan_road = 'broken' AND c.plan_end_on IS NOT NULL AS broke) AS b`,
    );
    // The rent owed: one to three months before the case opened.
    await database.query(
      `INSERT INTO ledger_entry (case_id, kind, amount_ore, due_date, booked_on, source, source_key)
       SELECT c.case_id, 'rent_charge', t.monthly_rent_ore, m::date, c.opened_on, 'manual', 'rent:' || m::date
         FROM bench_case c JOIN bench_tenancy t USING (tenancy_n),
              generate_series(date_trunc('month', c.opened_on) - make_interval(months => c.months_owed - 1),
                              date_trunc('month', c.opened_on), '1 month') AS m`,
    );
    // The timelines: one row per step, on its day, in the order the steps were taken.
    const [{ events }] = await database.query<{ events: number }>(
      `WITH e AS (
         INSERT INTO case_event (case_id, at, on_date, type, actor_id, reason, details)
         SELECT c.case_id, (x.on_date + x.at_time) AT TIME ZONE 'Europe/Copenhagen', x.on_date, x.type, NULL, x.reason, x.details
           FROM bench_case c JOIN bench_state s USING (i) JOIN bench_tenancy t USING (tenancy_n),
                LATERAL (VALUES
                  (c.opened_on, time '09:00', 'case_opened', NULL::text, NULL::jsonb),
                  (c.opened_on, time '09:01', 'arrears_registered', NULL,
                   jsonb_build_object('dueDate', to_char(date_trunc('month', c.opened_on), 'YYYY-MM-DD'),
                                      'amountOre', t.monthly_rent_ore * c.months_owed)),
                  (c.demand_on, time '10:00', 'payment_demand_sent', NULL,
                   jsonb_build_object('sentOn', c.demand_on, 'deliveryMethod', 'registered_and_ordinary')),
                  (c.plan_agreed_on, time '10:00', 'payment_plan_agreed', NULL, jsonb_build_object('on', c.plan_agreed_on)),
                  (CASE WHEN c.plan_road = 'completed' THEN c.plan_end_on END, time '10:00', 'payment_plan_completed', NULL,
                   jsonb_build_object('on', c.plan_end_on)),
                  (CASE WHEN c.plan_road = 'broken' THEN c.plan_end_on END, time '10:00', 'payment_plan_broken', NULL,
                   jsonb_build_object('on', c.plan_end_on)),
                  (c.deadline_on, time '10:00', 'deadline_passed', NULL, jsonb_build_object('on', c.deadline_on)),
                  (c.terminated_on, time '10:00', 'terminated', NULL, jsonb_build_object('on', c.terminated_on)),
                  (c.notice_on, time '11:00', 'municipality_notified', NULL, jsonb_build_object('noticeOn', c.notice_on)),
                  (c.requested_on, time '10:00', 'eviction_requested', NULL, jsonb_build_object('on', c.requested_on)),
                  (c.scheduled_on, time '10:00', 'eviction_scheduled', NULL,
                   jsonb_build_object('decidedOn', c.scheduled_on, 'evictionDate', c.eviction_for)),
                  (c.evicted_on, time '15:00', 'evicted', NULL, jsonb_build_object('on', c.evicted_on)),
                  (c.averted_on, time '15:00', 'averted', c.averted_reason,
                   jsonb_build_object('on', c.averted_on, 'avertReason', c.averted_reason)),
                  (CASE WHEN s.stage = 'closed' AND c.plan_road IS DISTINCT FROM 'completed' THEN c.closed_on END,
                   time '15:00', 'closed', NULL, jsonb_build_object('on', c.closed_on, 'outcome', c.closed_outcome))
                ) AS x(on_date, at_time, type, reason, details)
          -- Each case's steps come in the order they were taken (the VALUES above are in that order), so the ids
          -- follow the timeline as the services write it; no sort of the whole set is needed.
          WHERE x.on_date IS NOT NULL
         RETURNING 1)
       SELECT count(*)::int AS events FROM e`,
    );
    // The § 92 notices to the municipality.
    const [{ notices }] = await database.query<{ notices: number }>(
      `WITH n AS (
         INSERT INTO municipality_notice (id, case_id, municipality_id, notice_on, created_by)
         SELECT gen_random_uuid(), c.case_id, t.municipality_id, c.notice_on, $1
           FROM bench_case c JOIN bench_tenancy t USING (tenancy_n) WHERE c.notice_on IS NOT NULL
         RETURNING 1)
       SELECT count(*)::int AS notices FROM n`,
      [authorId],
    );
    // Payment plans: six monthly instalments of the arrears, status as of yesterday.
    const [{ plans }] = await database.query<{ plans: number }>(
      `WITH p AS (
         INSERT INTO payment_plan (id, case_id, status, amount_ore, instalment_ore, instalment_count, frequency, first_due_on,
                                   grace_days, agreed_on, agreed_by, completed_on, broken_on, ended_by)
         SELECT gen_random_uuid(), c.case_id, s.plan_status, t.monthly_rent_ore * c.months_owed * 6,
                t.monthly_rent_ore * c.months_owed, 6, 'monthly', c.plan_agreed_on + 10, 5, c.plan_agreed_on, $1,
                CASE WHEN s.plan_status = 'completed' THEN c.plan_end_on END,
                CASE WHEN s.plan_status = 'broken' THEN c.plan_end_on END,
                CASE WHEN s.plan_status <> 'active' THEN $1::uuid END
           FROM bench_case c JOIN bench_state s USING (i) JOIN bench_tenancy t USING (tenancy_n)
          WHERE c.plan_agreed_on IS NOT NULL
         RETURNING 1)
       SELECT count(*)::int AS plans FROM p`,
      [authorId],
    );
    // Referrals to debt counselling for 15 % of the cases with a påkrav, each on a consent of the tenant's:
    // accepted after 1–3 days for most, first contact 1–15 days later for most of those.
    await database.query(
      `CREATE UNLOGGED TABLE bench_referral AS
       SELECT c.i, c.case_id, t.person_id, t.housing_organisation_id, gen_random_uuid() AS referral_id, gen_random_uuid() AS consent_id,
              ($1::uuid[])[1 + c.i % cardinality($1::uuid[])] AS provider_id,
              c.demand_on + 2 + floor(bench_u(c.i, 22) * 8)::int AS sent_on,
              bench_u(c.i, 23) AS draw
         FROM bench_case c JOIN bench_tenancy t USING (tenancy_n)
        WHERE c.demand_on IS NOT NULL AND c.referral_draw < 0.15`,
      [providerIds],
    );
    await database.query(
      `INSERT INTO consent (id, person_id, purpose, recipient_type, recipient_id, given_at, recorded_by)
       SELECT consent_id, person_id, 'debt-counselling', 'counselling_provider', provider_id,
              (sent_on + time '09:00') AT TIME ZONE 'Europe/Copenhagen', $1
         FROM bench_referral WHERE sent_on <= $2::date`,
      [authorId, cut],
    );
    const [{ referrals }] = await database.query<{ referrals: number }>(
      `WITH r AS (
         INSERT INTO referral (id, case_id, person_id, counselling_provider_id, consent_id, referred_by,
                               referring_housing_organisation_id, service_level, status, sent_on, accepted_on, first_contact_on)
         SELECT referral_id, case_id, person_id, provider_id, consent_id, $1, housing_organisation_id,
                (ARRAY['quick_advice', 'light_casework', 'full_casework'])[1 + i % 3],
                CASE WHEN contact_on IS NOT NULL THEN 'in_contact' WHEN accepted_on IS NOT NULL THEN 'accepted' ELSE 'sent' END,
                sent_on, accepted_on, contact_on
           FROM (SELECT b.*,
                        nullif(least(CASE WHEN draw < 0.85 THEN sent_on + 1 + floor(draw * 10)::int % 3 END, $2::date + 1), $2::date + 1) AS accepted_on,
                        nullif(least(CASE WHEN draw < 0.70 THEN sent_on + 4 + floor(draw * 1000)::int % 15 END, $2::date + 1), $2::date + 1) AS contact_on
                   FROM bench_referral b WHERE sent_on <= $2::date) AS r
         RETURNING 1)
       SELECT count(*)::int AS referrals FROM r`,
      [authorId, cut],
    );
    // Warnings to the case's municipality: at registration (60 % of cases), at the påkrav (40 % of those with one)
    // and the statutory § 92 notice (every notice). Acknowledged within the deadline for most, late for some,
    // escalated when not in time, a few undelivered.
    const [{ warnings }] = await database.query<{ warnings: number }>(
      `WITH raised AS (
         SELECT c.i, c.case_id, t.municipality_id, t.housing_organisation_id, x.rule_code, x.occurrence, x.raised_on, x.urgency, x.k
           FROM bench_case c JOIN bench_tenancy t USING (tenancy_n),
                LATERAL (VALUES
                  ('arrears-registered', 'case', CASE WHEN c.warning_draw < 0.60 THEN c.opened_on END, 'normal', 1),
                  ('payment-demand-sent', to_char(c.demand_on, 'YYYY-MM-DD'),
                   CASE WHEN c.warning_draw < 0.40 THEN c.demand_on END, 'normal', 2),
                  ('statutory-eviction-notice', to_char(c.notice_on, 'YYYY-MM-DD'), c.notice_on, 'urgent', 3)
                ) AS x(rule_code, occurrence, raised_on, urgency, k)
          WHERE x.raised_on IS NOT NULL),
       timed AS (
         SELECT r.*, r.raised_on + CASE WHEN r.urgency = 'urgent' THEN 1 ELSE 3 END AS acknowledge_by,
                bench_u(r.i, 30 + r.k) AS a
           FROM raised r),
       w AS (
         INSERT INTO warning (id, rule_code, rule_version, case_id, occurrence, recipient_type, recipient_id, sender_organisation_id,
                              urgency, data, created_at, acknowledge_by, acknowledged_at, escalation_level, escalated_at, undelivered_at)
         SELECT gen_random_uuid(), rule_code, 1, case_id, occurrence, 'municipality', municipality_id, housing_organisation_id,
                urgency, '{}'::jsonb, (raised_on + time '10:05') AT TIME ZONE 'Europe/Copenhagen', acknowledge_by,
                CASE WHEN ack_on <= $1::date THEN (ack_on + time '13:00') AT TIME ZONE 'Europe/Copenhagen' END,
                CASE WHEN ack_on IS NULL OR ack_on > acknowledge_by THEN CASE WHEN acknowledge_by < $1::date THEN 1 ELSE 0 END ELSE 0 END,
                CASE WHEN (ack_on IS NULL OR ack_on > acknowledge_by) AND acknowledge_by < $1::date
                     THEN (acknowledge_by + 1 + time '07:00') AT TIME ZONE 'Europe/Copenhagen' END,
                CASE WHEN a >= 0.97 THEN (raised_on + time '10:30') AT TIME ZONE 'Europe/Copenhagen' END
           FROM (SELECT timed.*,
                        CASE WHEN a < 0.70 THEN raised_on + floor(a * 100)::int % (acknowledge_by - raised_on + 1)
                             WHEN a < 0.90 THEN acknowledge_by + 1 + floor(a * 1000)::int % 10 END AS ack_on
                   FROM timed) AS y
         RETURNING 1)
       SELECT count(*)::int AS warnings FROM w`,
      [cut],
    );
    return {
      cases,
      events,
      warnings,
      paymentPlans: plans,
      referrals,
      notices,
      municipalityIds,
      organisationIds,
      from: base,
      to: cut,
    };
  } finally {
    await database.query(
      'DROP TABLE IF EXISTS bench_case, bench_state, bench_tenancy, bench_department, bench_referral; DROP FUNCTION IF EXISTS bench_u',
    );
  }
}

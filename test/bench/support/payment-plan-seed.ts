import {
  addDays,
  copenhagenDateOf,
  dateParts,
  isoDateFromParts,
  type CalendarRules,
  type IsoDate,
} from '@app/calendar';
import { instalmentExpectedFrom, instalmentSchedule, type Instalment } from '@app/domain';
import { type TestDatabase } from '@app/testing';

/** Municipalities and housing organisations (five departments each) the plans spread over. */
const MUNICIPALITIES = 5;
const ORGANISATIONS = 10;
const DEPARTMENTS_PER_ORGANISATION = 5;
/** A year of monthly instalments. */
export const INSTALMENTS = 12;
/** The organisations' grace days (the default), copied onto every plan. */
export const GRACE_DAYS = 5;
/** The instalment whose grace days run out on the check date: the plans' eleventh month. */
export const LATEST_DUE = 11;
const RENT_ORE = 650_000;
/** The sweeper's warnings the cooperation agreements switch on for the municipality (voluntary warnings). */
const PAYMENT_PLAN_WARNINGS = ['payment-plan-instalment-missed', 'payment-plan-broken'];

/**
 * What a plan's tenant did, by plan number `i` (1…n), as `i % 100`: 0–1 paid the rent but no
 * instalment since the ninth (two missed, the tenth already recorded so by an earlier sweep),
 * 2–3 since the tenth (the eleventh missed), 4–13 paid the whole plan off with the eleventh,
 * 14–23 paid half the last instalment early, and the rest paid rent and instalment every month.
 */
export const SHARES = { twoMissed: 2, oneMissed: 2, paidOff: 10, ahead: 10 } as const;

export interface PaymentPlanSeed {
  plans: number;
  instalments: number;
  ledgerLines: number;
  /** Checks recorded by the (simulated) earlier sweeps: instalments 1 … LATEST_DUE − 1 of every plan. */
  earlierChecks: number;
  /** The day the check runs: the first day the eleventh instalment counts as missed when unpaid. */
  checkOn: IsoDate;
  firstDueOn: IsoDate;
  /** Plans by what their tenant did (see SHARES). */
  twoMissed: number;
  oneMissed: number;
  paidOff: number;
  ahead: number;
}

function monthsBefore(date: IsoDate, months: number): IsoDate {
  const { year, month } = dateParts(date);
  const index = year * 12 + (month - 1) - months;
  return isoDateFromParts(Math.floor(index / 12), (index % 12) + 1, 1);
}

/**
 * The first due date (the 1st of a month, with the rent) such that the eleventh instalment's grace
 * days have run by today at the latest, and the check date: the first day they have.
 */
function datesOf(rules: Partial<CalendarRules>): { firstDueOn: IsoDate; checkOn: IsoDate; schedule: Instalment[] } {
  const today = copenhagenDateOf(new Date());
  for (let back = LATEST_DUE - 1; ; back++) {
    const firstDueOn = monthsBefore(today, back);
    const schedule = instalmentSchedule(
      { amountOre: INSTALMENTS, instalmentOre: 1, instalmentCount: INSTALMENTS, frequency: 'monthly', firstDueOn },
      rules,
    );
    const checkOn = instalmentExpectedFrom(schedule[LATEST_DUE - 1]!, GRACE_DAYS);
    if (checkOn <= today) return { firstDueOn, checkOn, schedule };
  }
}

function countOf(plans: number, from: number, to: number): number {
  let n = 0;
  for (let i = 1; i <= plans; i++) if (i % 100 >= from && i % 100 < to) n++;
  return n;
}

/**
 * `plans` cases at `payment_plan_agreed`, each with an active monthly plan of twelve instalments
 * (the first on the 1st, eleven months before the check date), written set-based: tenancy, one
 * tenant, the case, its plan and schedule (the real `instalmentSchedule`, holidays moved), its
 * ledger (three months' rent before the plan with a part payment leaving exactly the plan's
 * amount, then every month's rent and a payment of rent plus instalment, or rent only once the
 * tenant stopped paying the instalments), its timeline (opened, plan agreed), and the checks of
 * instalments 1–10 as the daily sweeps before would have recorded them (the balance on each
 * check date). Every housing organisation has a caseworker (the warnings' and the plans'
 * `agreed_by`), every municipality a social worker and a cooperation agreement with each
 * organisation switching the missed-instalment and broken-plan warnings on. Nothing in the ledger after the check date.
 */
export async function seedPaymentPlans(
  database: TestDatabase,
  plans: number,
  rules: Partial<CalendarRules>,
): Promise<PaymentPlanSeed> {
  const { firstDueOn, checkOn, schedule } = datesOf(rules);
  const agreedOn = addDays(firstDueOn, -21);

  const municipalityIds = (
    await database.query<{ id: string }>(
      `INSERT INTO municipality (id, code, name, alert_email)
       SELECT gen_random_uuid(), lpad((600 + m)::text, 3, '0'), 'Plankommune ' || m, 'varsler-' || m || '@plan.bench.test'
         FROM generate_series(1, $1::int) AS m
       RETURNING id`,
      [MUNICIPALITIES],
    )
  ).map((r) => r.id);
  const organisationIds = (
    await database.query<{ id: string }>(
      `INSERT INTO housing_organisation (id, name, payment_plan_grace_days)
       SELECT gen_random_uuid(), 'Plan Bolig ' || o, $2 FROM generate_series(1, $1::int) AS o
       RETURNING id`,
      [ORGANISATIONS, GRACE_DAYS],
    )
  ).map((r) => r.id);
  await database.query(
    `INSERT INTO department (id, housing_organisation_id, municipality_id, number, name, address)
     SELECT gen_random_uuid(), o.id, ($2::uuid[])[1 + (o.ord::int + d) % cardinality($2::uuid[])],
            'P' || d, 'Afdeling P' || d, 'Planvej ' || d
       FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord), generate_series(1, $3::int) AS d`,
    [organisationIds, municipalityIds, DEPARTMENTS_PER_ORGANISATION],
  );
  // The warnings' recipients: one caseworker per organisation (all departments), one social worker per municipality.
  await database.query(
    `INSERT INTO app_user (id, email, name, role, password_hash, housing_organisation_id)
     SELECT gen_random_uuid(), 'sagsbehandler-' || o.ord || '@plan.bench.test', 'Sagsbehandler ' || o.ord,
            'housing_caseworker', 'x', o.id
       FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord)`,
    [organisationIds],
  );
  await database.query(
    `INSERT INTO app_user (id, email, name, role, password_hash, municipality_id)
     SELECT gen_random_uuid(), 'socialraadgiver-' || m.ord || '@plan.bench.test', 'Socialrådgiver ' || m.ord,
            'municipal_social_worker', 'x', m.id
       FROM unnest($1::uuid[]) WITH ORDINALITY AS m(id, ord)`,
    [municipalityIds],
  );
  await database.query(
    `INSERT INTO cooperation_agreement (id, municipality_id, housing_organisation_id, enabled_warnings, valid_from)
     SELECT DISTINCT ON (d.municipality_id, d.housing_organisation_id)
            gen_random_uuid(), d.municipality_id, d.housing_organisation_id, $1::text[], DATE '2000-01-01'
       FROM department d`,
    [PAYMENT_PLAN_WARNINGS],
  );

  // Plan i goes to department i mod |departments|; its amount is 12 instalments less up to 60 kr.
  await database.query(
    `WITH d AS (SELECT d.id, d.housing_organisation_id, d.municipality_id,
                       row_number() OVER (ORDER BY d.id) AS ord, u.id AS caseworker_id
                  FROM department d
                  JOIN app_user u ON u.housing_organisation_id = d.housing_organisation_id
                                 AND u.role = 'housing_caseworker'
                 WHERE d.number LIKE 'P%'),
          n AS (SELECT i, gen_random_uuid() AS tenancy_id, gen_random_uuid() AS person_id,
                       gen_random_uuid() AS case_id, gen_random_uuid() AS plan_id,
                       1 + i % (SELECT count(*) FROM d) AS department,
                       50000 + (i % 10) * 10000 AS instalment_ore, (i % 7) * 1000 AS short_ore
                  FROM generate_series(1, $1::int) AS i),
          rows AS (SELECT n.*, d.id AS department_id, d.housing_organisation_id AS organisation_id,
                          d.municipality_id, d.caseworker_id
                     FROM n JOIN d ON d.ord = n.department),
          tenancies AS (
            INSERT INTO tenancy (id, housing_organisation_id, department_id, unit, address, postcode, city, monthly_rent_ore)
            SELECT tenancy_id, organisation_id, department_id, 'PP-' || i, 'Planvej ' || i, '8000', 'Aarhus C', $2
              FROM rows),
          persons AS (
            INSERT INTO person (id, housing_organisation_id, municipality_id, name, address, children_under_18, inactive_since)
            SELECT person_id, organisation_id, municipality_id, 'Lejer ' || i, 'Planvej ' || i, i % 3, NULL FROM rows),
          tenants AS (INSERT INTO tenancy_tenant (tenancy_id, person_id) SELECT tenancy_id, person_id FROM rows),
          cases AS (
            INSERT INTO arrears_case (id, tenancy_id, housing_organisation_id, department_id, municipality_id, stage, opened_at)
            SELECT case_id, tenancy_id, organisation_id, department_id, municipality_id, 'payment_plan_agreed',
                   ($3::date - 75) + time '09:00' + make_interval(secs => i % 30000)
              FROM rows)
     INSERT INTO payment_plan (id, case_id, amount_ore, instalment_ore, instalment_count, frequency, first_due_on,
                               grace_days, agreed_on, agreed_by, created_at, updated_at)
     SELECT plan_id, case_id, $4 * instalment_ore - short_ore, instalment_ore, $4, 'monthly', $5::date,
            $6, $3::date, caseworker_id, $3::date + time '12:00', $3::date + time '12:00'
       FROM rows`,
    [plans, RENT_ORE, agreedOn, INSTALMENTS, firstDueOn, GRACE_DAYS],
  );
  await database.query(
    `INSERT INTO payment_plan_instalment (plan_id, number, nominal_due_on, due_on, amount_ore)
     SELECT p.id, s.number, s.nominal_due_on, s.due_on,
            CASE WHEN s.number = p.instalment_count THEN p.amount_ore - (p.instalment_count - 1) * p.instalment_ore
                 ELSE p.instalment_ore END
       FROM payment_plan p,
            unnest($1::int[], $2::date[], $3::date[]) AS s(number, nominal_due_on, due_on)
      -- Stored as agreed: each plan's schedule together, plan after plan (not in key order).
      ORDER BY p.ctid, s.number`,
    [schedule.map((s) => s.number), schedule.map((s) => s.nominalDueOn), schedule.map((s) => s.dueOn)],
  );

  // The tenant's behaviour, from the unit number: how many instalments paid, and what of the last one early.
  const behaviour = `(SELECT p.id AS plan_id, p.case_id, p.amount_ore, p.instalment_ore,
            CASE WHEN split_part(t.unit, '-', 2)::int % 100 < ${SHARES.twoMissed} THEN ${LATEST_DUE - 2}
                 WHEN split_part(t.unit, '-', 2)::int % 100 < ${SHARES.twoMissed + SHARES.oneMissed} THEN ${LATEST_DUE - 1}
                 ELSE ${LATEST_DUE} END AS paid,
            CASE WHEN split_part(t.unit, '-', 2)::int % 100 < ${SHARES.twoMissed + SHARES.oneMissed} THEN 0
                 WHEN split_part(t.unit, '-', 2)::int % 100
                        < ${SHARES.twoMissed + SHARES.oneMissed + SHARES.paidOff} THEN 2
                 WHEN split_part(t.unit, '-', 2)::int % 100
                        < ${SHARES.twoMissed + SHARES.oneMissed + SHARES.paidOff + SHARES.ahead} THEN 1
                 ELSE 0 END AS last_halves
       FROM payment_plan p JOIN arrears_case c ON c.id = p.case_id JOIN tenancy t ON t.id = c.tenancy_id)`;
  const [{ lines }] = await database.query<{ lines: number }>(
    `WITH b AS ${behaviour},
          s AS (SELECT * FROM unnest($1::int[], $2::date[], $3::date[]) AS s(number, nominal_due_on, due_on)
                 WHERE s.number <= $4),
          l AS (
            INSERT INTO ledger_entry (case_id, kind, amount_ore, due_date, booked_on, source, source_key)
            SELECT * FROM (
            -- Three months' rent before the plan, and the part payment that left the plan's amount owed.
            SELECT b.case_id, 'rent_charge', $5::bigint, m::date, m::date, 'manual', 'rent:' || m::date
              FROM b, generate_series($6::date - interval '3 months', $6::date - interval '1 month', '1 month') AS m
            UNION ALL
            SELECT b.case_id, 'payment', -(3 * $5::bigint - b.amount_ore), NULL, $7::date - 10, 'manual', NULL FROM b
            UNION ALL
            -- A year of rent, each month's by the check date.
            SELECT b.case_id, 'rent_charge', $5::bigint, s.nominal_due_on, s.nominal_due_on, 'manual',
                   'rent:' || s.nominal_due_on
              FROM b, s
            UNION ALL
            -- Each month's payment on its due date: the rent and, while the tenant keeps the plan, the instalment.
            SELECT b.case_id, 'payment', -($5::bigint + CASE WHEN s.number <= b.paid THEN b.instalment_ore ELSE 0 END),
                   NULL, s.due_on, 'manual', NULL
              FROM b, s
            UNION ALL
            SELECT b.case_id, 'payment',
                   -((b.amount_ore - ($4 * b.instalment_ore)) * b.last_halves / 2), NULL, $8::date, 'manual', NULL
              FROM b WHERE b.last_halves > 0
            -- Stored as booked, day after day (each case's lines spread over the table, as a year of bookings leaves them).
            ) AS lines (case_id, kind, amount_ore, due_date, booked_on, source, source_key) ORDER BY booked_on
            RETURNING 1)
     SELECT count(*)::int AS lines FROM l`,
    [
      schedule.map((s) => s.number),
      schedule.map((s) => s.nominalDueOn),
      schedule.map((s) => s.dueOn),
      LATEST_DUE,
      RENT_ORE,
      firstDueOn,
      agreedOn,
      schedule[LATEST_DUE - 1]!.dueOn,
    ],
  );
  // The checks the daily sweeps recorded before: each earlier instalment on the first day after its
  // grace days, against the balance then (the tenant had paid min(k, paid) instalments by then).
  const [{ checks }] = await database.query<{ checks: number }>(
    `WITH b AS ${behaviour},
          c AS (
            INSERT INTO payment_plan_check (plan_id, instalment_number, checked_on, expected_ore, actual_ore,
                                            behind_by_ore, missed, created_at)
            SELECT b.plan_id, i.number, i.due_on + $2::int + 1, x.expected_ore, x.actual_ore,
                   GREATEST(0, x.actual_ore - x.expected_ore), x.actual_ore > x.expected_ore,
                   (i.due_on + $2::int + 1) + time '03:00'
              FROM b JOIN payment_plan_instalment i ON i.plan_id = b.plan_id AND i.number < $1,
                   LATERAL (SELECT GREATEST(0, b.amount_ore - i.number * b.instalment_ore) AS expected_ore,
                                   b.amount_ore - LEAST(i.number, b.paid) * b.instalment_ore AS actual_ore) AS x
             ORDER BY i.number
            RETURNING 1)
     SELECT count(*)::int AS checks FROM c`,
    [LATEST_DUE, GRACE_DAYS],
  );
  await database.query(
    `INSERT INTO case_event (case_id, at, on_date, type, details)
     SELECT c.id, c.opened_at, c.opened_at::date, 'case_opened', NULL FROM arrears_case c
       JOIN payment_plan p ON p.case_id = c.id
     UNION ALL
     SELECT p.case_id, p.created_at, p.agreed_on, 'payment_plan_agreed',
            jsonb_build_object('agreedOn', p.agreed_on::text, 'amountOre', p.amount_ore,
                               'instalmentOre', p.instalment_ore, 'instalmentCount', p.instalment_count,
                               'frequency', p.frequency, 'firstDueOn', p.first_due_on::text, 'fromStage', 'registered')
       FROM payment_plan p`,
  );
  // As autovacuum would soon after such a load: statistics, and the visibility map for index-only scans.
  for (const table of [
    'arrears_case',
    'tenancy',
    'person',
    'tenancy_tenant',
    'payment_plan',
    'payment_plan_instalment',
    'payment_plan_check',
    'ledger_entry',
    'case_event',
  ]) {
    await database.query(`VACUUM (ANALYZE) ${table}`);
  }
  return {
    plans,
    instalments: plans * INSTALMENTS,
    ledgerLines: lines,
    earlierChecks: checks,
    checkOn,
    firstDueOn,
    twoMissed: countOf(plans, 0, SHARES.twoMissed),
    oneMissed: countOf(plans, SHARES.twoMissed, SHARES.twoMissed + SHARES.oneMissed),
    paidOff: countOf(plans, SHARES.twoMissed + SHARES.oneMissed, SHARES.twoMissed + SHARES.oneMissed + SHARES.paidOff),
    ahead: countOf(
      plans,
      SHARES.twoMissed + SHARES.oneMissed + SHARES.paidOff,
      SHARES.twoMissed + SHARES.oneMissed + SHARES.paidOff + SHARES.ahead,
    ),
  };
}

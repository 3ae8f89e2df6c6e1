import { type INestApplicationContext } from '@nestjs/common';
import {
  addDays,
  copenhagenDateOf,
  earliestPaymentDemandDate,
  earliestTerminationDate,
  type IsoDate,
} from '@app/calendar';
import { ArrearsCaseService, type Department } from '@app/domain';
import { actorOf, dueDateMonthsAgo, type TestDatabase, type WorldUser, type TestWorld } from '@app/testing';

/** Municipalities, housing organisations and departments the bulk of the cases spread over. */
const MUNICIPALITIES = 5;
const ORGANISATIONS = 20;
const DEPARTMENTS_PER_ORGANISATION = 5;
/** Ledger lines and timeline events of each bulk case: three months of rent, opened and registered. */
const BULK_MONTHS = 3;

export interface BulkSeed {
  cases: number;
  ledgerLines: number;
  events: number;
}

/**
 * `cases` cases written set-based (a handful of statements, where the factories would take hours
 * at 100,000): 20 housing organisations of five departments each in five municipalities, plus the
 * departments of `extraDepartments` (the signed-in caseworker's own organisation, so that its
 * indexes hold its share too). Each case has its tenancy and one tenant (`person` and
 * `tenancy_tenant`, as the schema requires), three months of rent in its ledger and a timeline
 * of its opening and the three registrations, as a registration writes them. The bulk tenants
 * have no CPR: its three columns are null together (`ck_person_cpr_parts`), as for a person
 * registered without one; only the target case's tenants, made through the real PersonService,
 * carry an encrypted CPR. Municipality codes 001–005: TestWorld's are 101–999, so they never meet.
 */
export async function seedBulkCases(
  database: TestDatabase,
  cases: number,
  extraDepartments: Pick<Department, 'id' | 'housingOrganisationId' | 'municipalityId'>[],
): Promise<BulkSeed> {
  const municipalityIds = (
    await database.query<{ id: string }>(
      `INSERT INTO municipality (id, code, name, alert_email)
       SELECT gen_random_uuid(), lpad(m::text, 3, '0'), 'Benchkommune ' || m, 'varsler-' || m || '@bench.test'
         FROM generate_series(1, $1::int) AS m
       RETURNING id`,
      [MUNICIPALITIES],
    )
  ).map((r) => r.id);
  const organisationIds = (
    await database.query<{ id: string }>(
      `INSERT INTO housing_organisation (id, name)
       SELECT gen_random_uuid(), 'Bench Bolig ' || o FROM generate_series(1, $1::int) AS o
       RETURNING id`,
      [ORGANISATIONS],
    )
  ).map((r) => r.id);
  const departments = await database.query<{ id: string; housing_organisation_id: string; municipality_id: string }>(
    `INSERT INTO department (id, housing_organisation_id, municipality_id, number, name, address)
     SELECT gen_random_uuid(), o.id, ($2::uuid[])[1 + (o.ord::int + d) % cardinality($2::uuid[])],
            'B' || d, 'Afdeling B' || d, 'Benchvej ' || d
       FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord), generate_series(1, $3::int) AS d
     RETURNING id, housing_organisation_id, municipality_id`,
    [organisationIds, municipalityIds, DEPARTMENTS_PER_ORGANISATION],
  );
  const all = [
    ...departments.map((d) => ({
      id: d.id,
      housingOrganisationId: d.housing_organisation_id,
      municipalityId: d.municipality_id,
    })),
    ...extraDepartments,
  ];
  // Case i goes to department i mod |departments|: an even spread, every organisation with thousands at full size.
  await database.query(
    `WITH d AS (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) WITH ORDINALITY AS d(id, organisation_id, municipality_id, ord)),
          n AS (SELECT i, gen_random_uuid() AS tenancy_id, gen_random_uuid() AS person_id, gen_random_uuid() AS case_id,
                       1 + i % cardinality($1::uuid[]) AS department
                  FROM generate_series(1, $4::int) AS i),
          rows AS (SELECT n.*, d.id AS department_id, d.organisation_id, d.municipality_id
                     FROM n JOIN d ON d.ord = n.department),
          tenancies AS (
            INSERT INTO tenancy (id, housing_organisation_id, department_id, unit, address, postcode, city, monthly_rent_ore)
            SELECT tenancy_id, organisation_id, department_id, 'BU-' || i, 'Benchvej ' || i, '8000', 'Aarhus C', 650000
              FROM rows),
          persons AS (
            INSERT INTO person (id, housing_organisation_id, municipality_id, name, address, inactive_since)
            SELECT person_id, organisation_id, municipality_id, 'Lejer ' || i, 'Benchvej ' || i, NULL FROM rows),
          tenants AS (INSERT INTO tenancy_tenant (tenancy_id, person_id) SELECT tenancy_id, person_id FROM rows)
     INSERT INTO arrears_case (id, tenancy_id, housing_organisation_id, department_id, municipality_id, stage, opened_at)
     SELECT case_id, tenancy_id, organisation_id, department_id, municipality_id, 'registered',
            now() - make_interval(mins => i)
       FROM rows`,
    [all.map((d) => d.id), all.map((d) => d.housingOrganisationId), all.map((d) => d.municipalityId), cases],
  );
  // The ledgers and timelines of every case but the target (which is not made yet), in two statements.
  const [{ lines }] = await database.query<{ lines: number }>(
    `WITH l AS (
       INSERT INTO ledger_entry (case_id, kind, amount_ore, due_date, booked_on, source, source_key)
       SELECT c.id, 'rent_charge', 650000, m::date, m::date, 'manual', 'rent:' || m::date
         FROM arrears_case c,
              generate_series(DATE '2025-01-01', DATE '2025-01-01' + make_interval(months => $1::int - 1), '1 month') AS m
       RETURNING 1)
     SELECT count(*)::int AS lines FROM l`,
    [BULK_MONTHS],
  );
  const [{ events }] = await database.query<{ events: number }>(
    `WITH e AS (
       INSERT INTO case_event (case_id, at, on_date, type, details)
       SELECT c.id, c.opened_at, DATE '2025-01-01', 'case_opened', NULL FROM arrears_case c
       UNION ALL
       SELECT c.id, c.opened_at, m::date, 'arrears_registered',
              jsonb_build_object('dueDate', m::date::text, 'amountOre', 650000)
         FROM arrears_case c,
              generate_series(DATE '2025-01-01', DATE '2025-01-01' + make_interval(months => $1::int - 1), '1 month') AS m
       RETURNING 1)
     SELECT count(*)::int AS events FROM e`,
    [BULK_MONTHS],
  );
  return { cases, ledgerLines: lines, events };
}

export interface TargetCase {
  caseId: string;
  address: string;
  tenantNames: string[];
  /** The 24 due dates of its rent, oldest first. */
  dueDates: IsoDate[];
  balanceOre: number;
  events: number;
}

export const TARGET_MONTHS = 24;
const RENT_ORE = 650_000;
/** The tenant pays part of each month's rent: the arrears grow by 1,500 kr. a month. */
const PAYMENT_ORE = 500_000;

/**
 * The case the page opens, made through the real services (ArrearsCaseService, PersonService
 * with its CPR encryption), so every row is one production writes: two tenants with a CPR, 24
 * months of rent registered and part-paid month by month, and the legal steps of the last half
 * year (påkrav, deadline, termination, the § 92 notice, the eviction request and its date) on
 * the earliest days the calendar allows, all in the order they happened. Registrations book on
 * the day they are made; afterwards their ledger lines and timeline events are dated to the
 * month they were registered in, as if the case had been worked month by month for two years.
 */
export async function seedTargetCase(
  app: INestApplicationContext,
  world: TestWorld,
  database: TestDatabase,
  where: { department: Department; caseworker: WorldUser },
  /** Another case like it (its own address and tenants), for openings that must not find it cached. */
  variant = 0,
): Promise<TargetCase> {
  const number = 24 + variant;
  const address = `Målestokvej ${number}, 2. th.`;
  const tenantNames =
    variant === 0 ? ['Karen Målestok', 'Jens Målestok'] : [`Karen Målestok ${number}`, `Jens Målestok ${number}`];
  const serial = String(1234 + variant).padStart(4, '0');
  const { tenancy } = await world.tenancy(where.department, {
    caseworker: where.caseworker,
    tenancy: { unit: `${number}-2-TH`, address, monthlyRentOre: RENT_ORE },
    tenants: [
      { name: tenantNames[0], address, cpr: `120386${serial}` },
      { name: tenantNames[1], address, cpr: `010170${serial}` },
    ],
  });
  const cases = app.get(ArrearsCaseService);
  const actor = actorOf(where.caseworker.user);
  const today = copenhagenDateOf(new Date());
  const dueDates = Array.from({ length: TARGET_MONTHS }, (_, i) => dueDateMonthsAgo(TARGET_MONTHS - 1 - i));
  const paidOn = (due: IsoDate): IsoDate => {
    const day = addDays(due, 9);
    return day > today ? today : day;
  };
  // The påkrav for the rent due six months ago, and every later step on the first day it may be taken.
  const demandFor = dueDates[TARGET_MONTHS - 6]!;
  const sentOn = earliestPaymentDemandDate(demandFor);
  const terminatedOn = earliestTerminationDate(sentOn);
  const evictionDecidedOn = addDays(terminatedOn, 30);

  let caseId: string | undefined;
  const step = async (transition: Parameters<ArrearsCaseService['transition']>[3]) => {
    const { version } = await cases.summaryOf(actor, caseId!);
    await cases.transition(actor, caseId!, version, transition);
  };
  const actions: { on: IsoDate; run: () => Promise<unknown> }[] = [];
  for (const due of dueDates) {
    actions.push({
      on: due,
      run: async () => {
        caseId = (await cases.registerArrears(actor, tenancy.id, { dueDate: due, amountOre: RENT_ORE })).caseId;
      },
    });
    actions.push({
      on: paidOn(due),
      run: () => cases.recordPayment(actor, caseId!, { amountOre: PAYMENT_ORE, paidOn: paidOn(due) }),
    });
  }
  actions.push(
    {
      on: sentOn,
      run: () =>
        step({
          type: 'send_payment_demand',
          sentOn,
          receivedOn: sentOn,
          deliveryMethod: 'hand_delivered',
          feeOre: 0,
        }),
    },
    { on: terminatedOn, run: () => step({ type: 'mark_deadline_passed', on: terminatedOn }) },
    { on: terminatedOn, run: () => step({ type: 'terminate', on: terminatedOn }) },
    { on: terminatedOn, run: () => cases.notifyMunicipality(actor, caseId!, terminatedOn) },
    { on: terminatedOn, run: () => step({ type: 'request_eviction', on: terminatedOn }) },
    {
      on: evictionDecidedOn,
      run: () => step({ type: 'schedule_eviction', decidedOn: evictionDecidedOn, evictionDate: addDays(today, 21) }),
    },
  );
  // A stable sort: on one day, the rent before the payment before the steps, each in the order given.
  actions.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  for (const action of actions) await action.run();

  // Dated as worked month by month: each registration on its due date, the opening on the first.
  await database.query(`UPDATE ledger_entry SET booked_on = due_date WHERE case_id = $1 AND kind = 'rent_charge'`, [
    caseId,
  ]);
  await database.query(
    `UPDATE case_event SET on_date = CASE type WHEN 'arrears_registered' THEN (details->>'dueDate')::date
                                              WHEN 'case_opened' THEN $2::date ELSE on_date END
      WHERE case_id = $1`,
    [caseId, dueDates[0]],
  );
  await database.query(`UPDATE case_event SET at = on_date + time '12:00' WHERE case_id = $1`, [caseId]);
  await database.query(`UPDATE arrears_case SET opened_at = $2::date + time '12:00' WHERE id = $1`, [
    caseId,
    dueDates[0],
  ]);
  const [{ events }] = await database.query<{ events: number }>(
    `SELECT count(*)::int AS events FROM case_event WHERE case_id = $1`,
    [caseId],
  );
  return {
    caseId: caseId!,
    address,
    tenantNames,
    dueDates,
    balanceOre: TARGET_MONTHS * (RENT_ORE - PAYMENT_ORE),
    events,
  };
}

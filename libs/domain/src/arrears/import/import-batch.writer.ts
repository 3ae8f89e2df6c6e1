import { type EntityManager } from 'typeorm';

/** A validated row, resolved to ids and with its CPR number already encrypted. */
export interface ResolvedRow {
  rowNumber: number;
  departmentId: string;
  municipalityId: string;
  unit: string;
  address: string;
  postcode: string | null;
  city: string | null;
  tenantName: string;
  cprCiphertext: Buffer | null;
  cprKeyId: string | null;
  cprIndex: string | null;
  monthlyRentOre: number;
  arrearsOre: number;
  dueDate: string;
  childrenUnder18: number | null;
  /** The earliest day a payment demand may be sent for this due date (from the legal calendar). */
  earliestDemandOn: string;
}

export interface BatchResult {
  changedRows: number;
  /** Cases whose arrears changed: the warning rules are evaluated for them in the same transaction. */
  changedCaseIds: string[];
}

/**
 * Writes one batch of arrears-list rows with set-based SQL in the caller's transaction:
 * tenancies, tenants, cases, ledger and timeline. Every step compares with what
 * is already there, so a row that was imported before changes nothing.
 */
export async function writeImportBatch(
  manager: EntityManager,
  context: { importId: string; organisationId: string; bookedOn: string },
  rows: ResolvedRow[],
): Promise<BatchResult> {
  if (rows.length === 0) return { changedRows: 0, changedCaseIds: [] };
  await manager.query(`
    CREATE TEMP TABLE IF NOT EXISTS import_staging (
      row_number int, department_id uuid, municipality_id uuid, unit text, address text, postcode text, city text,
      tenant_name text, cpr_ciphertext bytea, cpr_key_id text, cpr_index char(64), monthly_rent_ore bigint,
      arrears_ore bigint, due_date date, children int, earliest_demand_on date,
      tenancy_id uuid, person_id uuid, new_person boolean NOT NULL DEFAULT false, case_id uuid,
      new_case boolean NOT NULL DEFAULT false, changed boolean NOT NULL DEFAULT false
    ) ON COMMIT DELETE ROWS`);
  const column = <T>(pick: (row: ResolvedRow) => T) => rows.map(pick);
  await manager.query(
    `INSERT INTO import_staging (row_number, department_id, municipality_id, unit, address, postcode, city, tenant_name,
                                 cpr_ciphertext, cpr_key_id, cpr_index, monthly_rent_ore, arrears_ore, due_date, children, earliest_demand_on)
     SELECT * FROM unnest($1::int[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                          $9::bytea[], $10::text[], $11::char(64)[], $12::bigint[], $13::bigint[], $14::date[], $15::int[], $16::date[])`,
    [
      column((r) => r.rowNumber),
      column((r) => r.departmentId),
      column((r) => r.municipalityId),
      column((r) => r.unit),
      column((r) => r.address),
      column((r) => r.postcode),
      column((r) => r.city),
      column((r) => r.tenantName),
      column((r) => r.cprCiphertext),
      column((r) => r.cprKeyId),
      column((r) => r.cprIndex),
      column((r) => r.monthlyRentOre),
      column((r) => r.arrearsOre),
      column((r) => r.dueDate),
      column((r) => r.childrenUnder18),
      column((r) => r.earliestDemandOn),
    ],
  );
  // Typed like the columns it is matched against (char(64) for the blind index), so joins use
  // their indexes; and analysed, so the planner knows the batch's size.
  await manager.query(`ANALYZE import_staging`);
  const org = context.organisationId;

  // Tenancies: new ones inserted, changed ones updated, identical ones left alone. DO UPDATE also
  // locks every existing tenancy of the batch, identical ones too, until the batch commits, before
  // anything else is read: that is the lock a registration through the API takes first
  // (ArrearsCaseService.registerArrears), so the two never book on one tenancy at once.
  await manager.query(
    `INSERT INTO tenancy (id, housing_organisation_id, department_id, unit, address, postcode, city, monthly_rent_ore)
     SELECT DISTINCT ON (department_id, unit) gen_random_uuid(), $1, department_id, unit, address, postcode, city, monthly_rent_ore
       FROM import_staging ORDER BY department_id, unit, row_number DESC
     ON CONFLICT (department_id, unit) DO UPDATE
        SET address = EXCLUDED.address, postcode = EXCLUDED.postcode, city = EXCLUDED.city,
            monthly_rent_ore = EXCLUDED.monthly_rent_ore, updated_at = now()
      WHERE (tenancy.address, tenancy.postcode, tenancy.city, tenancy.monthly_rent_ore)
            IS DISTINCT FROM (EXCLUDED.address, EXCLUDED.postcode, EXCLUDED.city, EXCLUDED.monthly_rent_ore)`,
    [org],
  );
  // Tenants: by CPR (blind index) within the organisation; without one, by name on the tenancy.
  await manager.query(
    `INSERT INTO person (id, housing_organisation_id, municipality_id, name, cpr_ciphertext, cpr_key_id, cpr_index,
                         address, postcode, city, children_under_18, inactive_since)
     SELECT DISTINCT ON (cpr_index) gen_random_uuid(), $1, municipality_id, tenant_name, cpr_ciphertext, cpr_key_id, cpr_index,
            address, postcode, city, coalesce(children, 0), NULL
       FROM import_staging WHERE cpr_index IS NOT NULL ORDER BY cpr_index, row_number DESC
     ON CONFLICT (housing_organisation_id, cpr_index) WHERE cpr_index IS NOT NULL DO NOTHING`,
    [org],
  );
  // Look-ups row by row through the unique indexes (an equality on a unique index is the plan
  // whatever the statistics say). As joins, the planner scanned the whole table once per batch,
  // and the tables grow with every batch.
  await manager.query(
    `UPDATE import_staging s
        SET tenancy_id = (SELECT t.id FROM tenancy t WHERE t.department_id = s.department_id AND t.unit = s.unit),
            person_id = (SELECT p.id FROM person p WHERE p.housing_organisation_id = $1 AND p.cpr_index = s.cpr_index)`,
    [org],
  );
  await manager.query(
    `UPDATE import_staging s SET person_id = p.id
       FROM tenancy_tenant tt JOIN person p ON p.id = tt.person_id
      WHERE s.person_id IS NULL AND tt.tenancy_id = s.tenancy_id AND p.name = s.tenant_name AND p.anonymised_at IS NULL`,
  );
  await manager.query(
    `WITH newcomers AS (
       SELECT tenancy_id, tenant_name, gen_random_uuid() AS id
         FROM (SELECT DISTINCT tenancy_id, tenant_name FROM import_staging WHERE person_id IS NULL) d)
     UPDATE import_staging s SET person_id = n.id, new_person = true
       FROM newcomers n WHERE s.person_id IS NULL AND s.tenancy_id = n.tenancy_id AND s.tenant_name = n.tenant_name`,
  );
  await manager.query(
    `INSERT INTO person (id, housing_organisation_id, municipality_id, name, address, postcode, city, children_under_18, inactive_since)
     SELECT DISTINCT ON (person_id) person_id, $1, municipality_id, tenant_name, address, postcode, city, coalesce(children, 0), NULL
       FROM import_staging WHERE new_person ORDER BY person_id, row_number DESC`,
    [org],
  );
  await manager.query(
    `INSERT INTO tenancy_tenant (tenancy_id, person_id) SELECT DISTINCT tenancy_id, person_id FROM import_staging
     ON CONFLICT DO NOTHING`,
  );

  // One open case per tenancy: a new one starts its timeline; an open one is found by its index.
  await manager.query(
    `WITH opened AS (
       INSERT INTO arrears_case (id, tenancy_id, housing_organisation_id, department_id, municipality_id, stage, next_deadline_on)
       SELECT gen_random_uuid(), tenancy_id, $1, department_id, municipality_id, 'registered', min(earliest_demand_on)
         FROM import_staging GROUP BY tenancy_id, department_id, municipality_id
       ON CONFLICT (tenancy_id) WHERE closed_at IS NULL DO NOTHING
       RETURNING id, tenancy_id),
     staged AS (
       UPDATE import_staging s SET case_id = o.id, new_case = true FROM opened o WHERE s.tenancy_id = o.tenancy_id)
     INSERT INTO case_event (case_id, on_date, type, details)
     SELECT id, $2::date, 'case_opened', jsonb_build_object('importId', $3::text) FROM opened`,
    [org, context.bookedOn, context.importId],
  );
  await manager.query(
    `UPDATE import_staging s
        SET case_id = (SELECT c.id FROM arrears_case c WHERE c.tenancy_id = s.tenancy_id AND c.closed_at IS NULL)
      WHERE NOT s.new_case`,
  );

  // The ledger: what the list says is unpaid for each due date, against what is already booked
  // (nothing, for a case opened just now). Rows whose amount changed are marked for the timeline,
  // the warning rules and the case's deadline.
  const [{ changedRows }]: { changedRows: number }[] = await manager.query(
    `WITH booked AS (
       SELECT s.row_number, s.case_id, s.due_date, s.arrears_ore, b.have, b.entries
         FROM import_staging s
        CROSS JOIN LATERAL (
          SELECT coalesce(sum(l.amount_ore), 0) AS have, count(*) AS entries FROM ledger_entry l
           WHERE NOT s.new_case AND l.case_id = s.case_id AND l.due_date = s.due_date AND l.source_key LIKE 'rent:%') b),
     changed AS (SELECT * FROM booked WHERE arrears_ore <> have),
     inserted AS (
       INSERT INTO ledger_entry (case_id, kind, amount_ore, due_date, booked_on, source, source_key, import_id)
       SELECT case_id, CASE WHEN entries = 0 THEN 'rent_charge' ELSE 'correction' END, arrears_ore - have, due_date, $1::date,
              'import', 'rent:' || due_date || CASE WHEN entries = 0 THEN '' ELSE ':' || entries END, $2::uuid
         FROM changed),
     marked AS (UPDATE import_staging s SET changed = true FROM changed c WHERE s.row_number = c.row_number)
     SELECT count(*)::int AS "changedRows" FROM changed`,
    [context.bookedOn, context.importId],
  );
  if (changedRows > 0) {
    await manager.query(
      `INSERT INTO case_event (case_id, on_date, type, details)
       SELECT case_id, $1::date, 'arrears_registered',
              jsonb_build_object('dueDate', due_date, 'amountOre', arrears_ore, 'importId', $2::text)
         FROM import_staging WHERE changed`,
      [context.bookedOn, context.importId],
    );
    // A case opened in this batch already has the earliest date and its first version.
    await manager.query(
      `UPDATE arrears_case c SET next_deadline_on = least(c.next_deadline_on, s.earliest), version = version + 1, updated_at = now()
         FROM (SELECT case_id, min(earliest_demand_on) AS earliest FROM import_staging WHERE changed AND NOT new_case GROUP BY case_id) s
        WHERE c.id = s.case_id`,
    );
  }
  // People with an open case are not due for retention. Locked in id order, as a registration
  // through the API locks its tenants, so the two cannot deadlock on people they share.
  await manager.query(
    `WITH locked AS (
       SELECT id FROM person WHERE id IN (SELECT person_id FROM import_staging) AND inactive_since IS NOT NULL
        ORDER BY id FOR NO KEY UPDATE)
     UPDATE person p SET inactive_since = NULL FROM locked WHERE p.id = locked.id`,
  );
  const changedCaseIds: string[] =
    changedRows > 0
      ? (await manager.query(`SELECT DISTINCT case_id FROM import_staging WHERE changed`)).map(
          (row: { case_id: string }) => row.case_id,
        )
      : [];
  return { changedRows, changedCaseIds };
}

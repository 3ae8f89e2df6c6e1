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
}

/**
 * Writes one batch of arrears-list rows with set-based SQL in the caller's transaction:
 * tenancies, tenants, cases, ledger, timeline and outbox events. Every step compares with what
 * is already there, so a row that was imported before changes nothing.
 */
export async function writeImportBatch(
  manager: EntityManager,
  context: { importId: string; organisationId: string; bookedOn: string },
  rows: ResolvedRow[],
): Promise<BatchResult> {
  if (rows.length === 0) return { changedRows: 0 };
  await manager.query(`
    CREATE TEMP TABLE IF NOT EXISTS import_staging (
      row_number int, department_id uuid, municipality_id uuid, unit text, address text, postcode text, city text,
      tenant_name text, cpr_ciphertext bytea, cpr_key_id text, cpr_index char(64), monthly_rent_ore bigint,
      arrears_ore bigint, due_date date, children int, earliest_demand_on date,
      tenancy_id uuid, person_id uuid, new_person boolean NOT NULL DEFAULT false, case_id uuid
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

  // Tenancies: new ones inserted, changed ones updated, identical ones left alone.
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
  await manager.query(
    `UPDATE import_staging s SET tenancy_id = t.id FROM tenancy t WHERE t.department_id = s.department_id AND t.unit = s.unit`,
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
  await manager.query(
    `UPDATE import_staging s SET person_id = p.id FROM person p
      WHERE s.cpr_index IS NOT NULL AND p.housing_organisation_id = $1 AND p.cpr_index = s.cpr_index`,
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

  // One open case per tenancy.
  const opened: { id: string }[] = await manager.query(
    `INSERT INTO arrears_case (id, tenancy_id, housing_organisation_id, department_id, municipality_id, stage, next_deadline_on)
     SELECT gen_random_uuid(), tenancy_id, $1, department_id, municipality_id, 'registered', min(earliest_demand_on)
       FROM import_staging GROUP BY tenancy_id, department_id, municipality_id
     ON CONFLICT (tenancy_id) WHERE closed_at IS NULL DO NOTHING
     RETURNING id`,
    [org],
  );
  await manager.query(
    `UPDATE import_staging s SET case_id = c.id FROM arrears_case c WHERE c.tenancy_id = s.tenancy_id AND c.closed_at IS NULL`,
  );
  if (opened.length > 0) {
    await manager.query(
      `INSERT INTO case_event (case_id, on_date, type, details)
       SELECT id, $2::date, 'case_opened', jsonb_build_object('importId', $3::text) FROM unnest($1::uuid[]) AS id`,
      [opened.map((c) => c.id), context.bookedOn, context.importId],
    );
  }

  // The ledger: what the list says is unpaid for each due date, against what is already booked.
  const changed: { case_id: string; row_number: number }[] = await manager.query(
    `WITH booked AS (
       SELECT s.row_number, s.case_id, s.due_date, s.arrears_ore,
              coalesce(sum(l.amount_ore), 0) AS have, count(l.id) AS entries
         FROM import_staging s
         LEFT JOIN ledger_entry l ON l.case_id = s.case_id AND l.due_date = s.due_date
                                 AND l.source_key LIKE 'rent:%'
        GROUP BY s.row_number, s.case_id, s.due_date, s.arrears_ore),
     inserted AS (
       INSERT INTO ledger_entry (case_id, kind, amount_ore, due_date, booked_on, source, source_key, import_id)
       SELECT case_id, CASE WHEN entries = 0 THEN 'rent_charge' ELSE 'correction' END, arrears_ore - have, due_date, $1::date,
              'import', 'rent:' || due_date || CASE WHEN entries = 0 THEN '' ELSE ':' || entries END, $2::uuid
         FROM booked WHERE arrears_ore <> have
       RETURNING case_id, due_date, amount_ore)
     SELECT b.case_id, b.row_number FROM booked b JOIN inserted i ON i.case_id = b.case_id AND i.due_date = b.due_date`,
    [context.bookedOn, context.importId],
  );
  if (changed.length > 0) {
    await manager.query(
      `INSERT INTO case_event (case_id, on_date, type, details)
       SELECT s.case_id, $2::date, 'arrears_registered',
              jsonb_build_object('dueDate', s.due_date, 'amountOre', s.arrears_ore, 'importId', $3::text)
         FROM import_staging s WHERE s.row_number = ANY($1::int[])`,
      [changed.map((c) => c.row_number), context.bookedOn, context.importId],
    );
    await manager.query(
      `INSERT INTO outbox (id, topic, channel, payload)
       SELECT gen_random_uuid(), 'case.arrears-registered', 'event',
              jsonb_build_object('caseId', s.case_id, 'dueDate', s.due_date, 'amountOre', s.arrears_ore)
         FROM import_staging s WHERE s.row_number = ANY($1::int[])`,
      [changed.map((c) => c.row_number)],
    );
    await manager.query(
      `UPDATE arrears_case c SET next_deadline_on = least(c.next_deadline_on, s.earliest), version = version + 1, updated_at = now()
         FROM (SELECT case_id, min(earliest_demand_on) AS earliest FROM import_staging WHERE row_number = ANY($1::int[]) GROUP BY case_id) s
        WHERE c.id = s.case_id`,
      [changed.map((c) => c.row_number)],
    );
  }
  // People with an open case are not due for retention.
  await manager.query(
    `UPDATE person SET inactive_since = NULL WHERE id IN (SELECT person_id FROM import_staging) AND inactive_since IS NOT NULL`,
  );
  return { changedRows: new Set(changed.map((c) => c.row_number)).size };
}

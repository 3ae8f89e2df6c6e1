import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { ArrearsRegistrationService } from '../arrears-registration.service.js';

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
}

/**
 * Stages one batch of arrears-list rows and writes their tenancies and tenants with set-based SQL
 * in the caller's transaction; returns each row's tenancy by row number. Every step compares with
 * what is already there, so a row that was imported before changes nothing. The arrears
 * themselves are registered by the one write path (ArrearsRegistrationService).
 */
export async function stageTenanciesAndTenants(
  manager: EntityManager,
  organisationId: string,
  rows: ResolvedRow[],
): Promise<Map<number, string>> {
  await manager.query(`
    CREATE TEMP TABLE IF NOT EXISTS import_staging (
      row_number int, department_id uuid, municipality_id uuid, unit text, address text, postcode text, city text,
      tenant_name text, cpr_ciphertext bytea, cpr_key_id text, cpr_index char(64), monthly_rent_ore bigint,
      arrears_ore bigint, due_date date, children int,
      tenancy_id uuid, person_id uuid, new_person boolean NOT NULL DEFAULT false
    ) ON COMMIT DELETE ROWS`);
  const column = <T>(pick: (row: ResolvedRow) => T) => rows.map(pick);
  await manager.query(
    `INSERT INTO import_staging (row_number, department_id, municipality_id, unit, address, postcode, city, tenant_name,
                                 cpr_ciphertext, cpr_key_id, cpr_index, monthly_rent_ore, arrears_ore, due_date, children)
     SELECT * FROM unnest($1::int[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                          $9::bytea[], $10::text[], $11::char(64)[], $12::bigint[], $13::bigint[], $14::date[], $15::int[])`,
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
    ],
  );
  // Typed like the columns it is matched against (char(64) for the blind index), so joins use
  // their indexes; and analysed, so the planner knows the batch's size.
  await manager.query(`ANALYZE import_staging`);
  const org = organisationId;

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

  const staged: { row_number: number; tenancy_id: string }[] = await manager.query(
    `SELECT row_number, tenancy_id FROM import_staging ORDER BY row_number`,
  );
  return new Map(staged.map((r) => [r.row_number, r.tenancy_id]));
}

export interface BatchContext {
  importId: string;
  organisationId: string;
  bookedOn: IsoDate;
}

export interface BatchResult {
  changedRows: number;
  /** Cases whose arrears changed: the warning rules were evaluated for them in the same transaction. */
  changedCaseIds: string[];
}

/**
 * Writes one batch of the monthly list in the caller's transaction: its tenancies and tenants
 * (the import's own part), then its arrears through the same registration as the API's.
 */
@Injectable()
export class ImportBatchWriter {
  constructor(@Inject(ArrearsRegistrationService) private readonly registration: ArrearsRegistrationService) {}

  async write(manager: EntityManager, context: BatchContext, rows: ResolvedRow[]): Promise<BatchResult> {
    if (rows.length === 0) return { changedRows: 0, changedCaseIds: [] };
    const tenancyOf = await stageTenanciesAndTenants(manager, context.organisationId, rows);
    const { claims, changedCaseIds } = await this.registration.register(
      manager,
      { actor: null, importId: context.importId, bookedOn: context.bookedOn },
      rows.map((row) => ({
        tenancyId: tenancyOf.get(row.rowNumber)!,
        dueDate: row.dueDate,
        amountOre: row.arrearsOre,
      })),
    );
    return { changedRows: claims.filter((c) => c.changed).length, changedCaseIds };
  }
}

import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type ArrearsFileFormat, type RowProblem } from './arrears-file-parser.js';
import { type ArrearsFileErrorDetail } from './arrears-file.errors.js';
import { type TextEncodingName } from './text-encoding.js';

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
async function stageTenanciesAndTenants(
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

/** An import as its page shows it. */
export interface ImportRow {
  id: string;
  housingOrganisationId: string;
  fileName: string | null;
  format: ArrearsFileFormat;
  encoding: TextEncodingName | null;
  status: 'received' | 'processing' | 'completed' | 'failed';
  sizeBytes: number;
  totalRows: number;
  changedRows: number;
  unchangedRows: number;
  failedRows: number;
  attempts: number;
  /** `details` is absent in a reason stored before it was recorded. */
  error: { code: string; text: { da: string; en: string }; details?: ArrearsFileErrorDetail[] } | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface ImportProblemRow {
  rowNumber: number;
  field: string;
  column: string | null;
  code: string;
  message: { da: string; en: string };
}

/** An import's columns as {@link ImportRow} names them. */
const IMPORT_COLUMNS = `id, housing_organisation_id AS "housingOrganisationId", file_name AS "fileName", format, encoding,
  status, size_bytes::int AS "sizeBytes", total_rows AS "totalRows", changed_rows AS "changedRows",
  unchanged_rows AS "unchangedRows", failed_rows AS "failedRows", attempts, error, created_at AS "createdAt",
  started_at AS "startedAt", finished_at AS "finishedAt"`;

/**
 * The arrears import aggregate: the stored upload (its chunks), its status and counts, its row
 * problems, and the staging of a batch's tenancies and tenants. Each method runs on the manager
 * it is given (a transaction's, or the data source's).
 */
@Injectable()
export class ArrearsImportRepository {
  async organisationExists(manager: EntityManager, organisationId: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM housing_organisation WHERE id = $1`, [organisationId]);
    return rows.length > 0;
  }

  async create(
    manager: EntityManager,
    row: { id: string; organisationId: string; createdBy: string; fileName: string | null; format: ArrearsFileFormat },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO arrears_import (id, housing_organisation_id, created_by, file_name, format, status)
       VALUES ($1, $2, $3, $4, $5, 'received')`,
      [row.id, row.organisationId, row.createdBy, row.fileName, row.format],
    );
  }

  async addChunk(manager: EntityManager, importId: string, seq: number, data: Buffer): Promise<void> {
    await manager.query(`INSERT INTO arrears_import_chunk (import_id, seq, data) VALUES ($1, $2, $3)`, [
      importId,
      seq,
      data,
    ]);
  }

  /** What the upload turned out to be, once all of it is stored. */
  async setReceived(
    manager: EntityManager,
    importId: string,
    file: { sizeBytes: number; format: ArrearsFileFormat; encoding: TextEncodingName | null },
  ): Promise<void> {
    await manager.query(`UPDATE arrears_import SET size_bytes = $2, format = $3, encoding = $4 WHERE id = $1`, [
      importId,
      file.sizeBytes,
      file.format,
      file.encoding,
    ]);
  }

  async setEncoding(manager: EntityManager, importId: string, encoding: TextEncodingName): Promise<void> {
    await manager.query(`UPDATE arrears_import SET encoding = $2 WHERE id = $1`, [importId, encoding]);
  }

  /** One stored chunk of the file, or undefined past the last. */
  async chunk(manager: EntityManager, importId: string, seq: number): Promise<Buffer | undefined> {
    const [row] = await manager.query(`SELECT data FROM arrears_import_chunk WHERE import_id = $1 AND seq = $2`, [
      importId,
      seq,
    ]);
    return row?.data as Buffer | undefined;
  }

  /** The import, if it belongs to `organisationId` (any organisation when null). */
  async find(manager: EntityManager, id: string, organisationId: string | null): Promise<ImportRow | undefined> {
    const [row] = await manager.query(
      `SELECT ${IMPORT_COLUMNS}
         FROM arrears_import WHERE id = $1 AND ($2::uuid IS NULL OR housing_organisation_id = $2)`,
      [id, organisationId],
    );
    return row;
  }

  /**
   * The imports of `organisationId` (any organisation when null), newest first, optionally only
   * those of `filterOrganisationId`; `after` is the keyset position (created_at as text, id) of
   * the previous page's last row. Each row carries its own position as `createdKey`.
   */
  async list(
    manager: EntityManager,
    organisationId: string | null,
    filterOrganisationId: string | null,
    after: { key: string; id: string } | null,
    limit: number,
  ): Promise<(ImportRow & { createdKey: string })[]> {
    return manager.query(
      `SELECT ${IMPORT_COLUMNS}, created_at::text AS "createdKey"
         FROM arrears_import
        WHERE ($1::uuid IS NULL OR housing_organisation_id = $1)
          AND ($2::uuid IS NULL OR housing_organisation_id = $2)
          AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT $5`,
      [organisationId, filterOrganisationId, after?.key ?? null, after?.id ?? null, limit],
    );
  }

  /** Problems after row `afterRow`, in row order. */
  async problems(manager: EntityManager, id: string, afterRow: number, limit: number): Promise<ImportProblemRow[]> {
    return manager.query(
      `SELECT row_number AS "rowNumber", field, column_header AS "column", code,
              json_build_object('da', message_da, 'en', message_en) AS message
         FROM arrears_import_problem WHERE import_id = $1 AND row_number > $2 ORDER BY row_number, field LIMIT $3`,
      [id, afterRow, limit],
    );
  }

  /**
   * Starts an attempt: an unfinished import with attempts left becomes `processing` with one more
   * attempt counted; one with none left becomes `failed` with `error`. Undefined for a finished import.
   */
  async beginAttempt(
    manager: EntityManager,
    importId: string,
    maxAttempts: number,
    error: object,
  ): Promise<{ attempts: number; run: boolean } | undefined> {
    const [row] = await manager.query(
      `WITH current AS (SELECT id, attempts FROM arrears_import WHERE id = $1 AND status IN ('received', 'processing') FOR UPDATE),
       failed AS (
         UPDATE arrears_import i SET status = 'failed', finished_at = now(), error = $3
           FROM current WHERE i.id = current.id AND current.attempts >= $2 RETURNING i.attempts),
       started AS (
         UPDATE arrears_import i SET status = 'processing', started_at = now(), attempts = i.attempts + 1
           FROM current WHERE i.id = current.id AND current.attempts < $2 RETURNING i.attempts)
       SELECT attempts, true AS run FROM started UNION ALL SELECT attempts, false FROM failed`,
      [importId, maxAttempts, JSON.stringify(error)],
    );
    return row;
  }

  /** Imports not finished (received, or being processed), oldest first. */
  async unfinished(manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM arrears_import WHERE status IN ('received', 'processing') ORDER BY created_at`,
    );
    return rows.map((r) => r.id);
  }

  /** Ends an unfinished import as failed, with the reason the caseworker reads. */
  async fail(manager: EntityManager, importId: string, error: object): Promise<void> {
    await manager.query(
      `UPDATE arrears_import SET status = 'failed', finished_at = now(), error = $2
        WHERE id = $1 AND status IN ('received', 'processing')`,
      [importId, JSON.stringify(error)],
    );
  }

  /** A failed attempt with attempts left: the import waits for the next. */
  async backToReceived(manager: EntityManager, importId: string): Promise<void> {
    await manager.query(`UPDATE arrears_import SET status = 'received' WHERE id = $1 AND status = 'processing'`, [
      importId,
    ]);
  }

  async complete(manager: EntityManager, importId: string): Promise<void> {
    await manager.query(`UPDATE arrears_import SET status = 'completed', finished_at = now() WHERE id = $1`, [
      importId,
    ]);
  }

  /** A new attempt starts its report afresh. */
  async resetReport(manager: EntityManager, importId: string): Promise<void> {
    await manager.query(`DELETE FROM arrears_import_problem WHERE import_id = $1`, [importId]);
    await manager.query(
      `UPDATE arrears_import SET total_rows = 0, changed_rows = 0, unchanged_rows = 0, failed_rows = 0, error = NULL WHERE id = $1`,
      [importId],
    );
  }

  /** The organisation's departments by number (lower-case), as the file names them. */
  async departments(
    manager: EntityManager,
    organisationId: string,
  ): Promise<Map<string, { id: string; municipalityId: string }>> {
    const rows: { number: string; id: string; municipality_id: string }[] = await manager.query(
      `SELECT number, id, municipality_id FROM department WHERE housing_organisation_id = $1`,
      [organisationId],
    );
    return new Map(rows.map((d) => [d.number.toLowerCase(), { id: d.id, municipalityId: d.municipality_id }]));
  }

  /** A batch's problems, and its part of the import's counts (added to those written before). */
  async writeReport(
    manager: EntityManager,
    importId: string,
    rowProblems: RowProblem[],
    counts: { total: number; changed: number; failed: number },
  ): Promise<void> {
    if (rowProblems.length > 0) {
      await manager.query(
        `INSERT INTO arrears_import_problem (import_id, row_number, field, column_header, code, message_da, message_en)
         SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
        [
          importId,
          rowProblems.map((p) => p.rowNumber),
          rowProblems.map((p) => p.field),
          rowProblems.map((p) => p.column),
          rowProblems.map((p) => p.code),
          rowProblems.map((p) => p.message.da),
          rowProblems.map((p) => p.message.en),
        ],
      );
    }
    // Added to, not set: batches written at once commit in any order.
    await manager.query(
      `UPDATE arrears_import
          SET total_rows = total_rows + $2, changed_rows = changed_rows + $3, failed_rows = failed_rows + $4,
              unchanged_rows = unchanged_rows + ($2::int - $3::int - $4::int)
        WHERE id = $1`,
      [importId, counts.total, counts.changed, counts.failed],
    );
  }

  /**
   * Stages a batch of rows and writes their tenancies and tenants with set-based SQL in the
   * caller's transaction; returns each row's tenancy by row number.
   */
  stageTenanciesAndTenants(
    manager: EntityManager,
    organisationId: string,
    rows: ResolvedRow[],
  ): Promise<Map<number, string>> {
    return stageTenanciesAndTenants(manager, organisationId, rows);
  }
}

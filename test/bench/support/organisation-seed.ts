import { randomUUID } from 'node:crypto';
import { type TestDatabase } from '@app/testing';

export interface SeededOrganisation {
  municipalityId: string;
  organisationId: string;
  departmentId: string;
  /** In the order they were made. */
  tenancyIds: string[];
}

/**
 * The world the API load benchmarks register on, written set-based (thousands of tenancies in
 * one statement, where the factories would take minutes): Aarhus, one housing organisation with
 * one department, an agreement that raises the `arrears-registered` warning from the first øre,
 * and `tenancies` tenancies with one tenant each (not yet active: a first registration marks them).
 */
export async function seedOrganisationWithTenancies(
  database: TestDatabase,
  tenancies: number,
): Promise<SeededOrganisation> {
  const [municipalityId, organisationId, departmentId] = [randomUUID(), randomUUID(), randomUUID()];
  await database.query(
    `INSERT INTO municipality (id, code, name, alert_email) VALUES ($1, '751', 'Aarhus', 'alerts@aarhus.dk')`,
    [municipalityId],
  );
  await database.query(`INSERT INTO housing_organisation (id, name) VALUES ($1, 'Bench Bolig')`, [organisationId]);
  await database.query(
    `INSERT INTO department (id, housing_organisation_id, municipality_id, number, name, address)
     VALUES ($1, $2, $3, 'D1', 'D1', 'Aarhus')`,
    [departmentId, organisationId, municipalityId],
  );
  await database.query(
    `INSERT INTO cooperation_agreement (id, municipality_id, housing_organisation_id, enabled_warnings, arrears_threshold_ore, valid_from)
     VALUES (gen_random_uuid(), $1, $2, '{arrears-registered}', 0, DATE '2000-01-01')`,
    [municipalityId, organisationId],
  );
  const tenancyIds = (
    await database.query<{ id: string }>(
      `WITH n AS (SELECT i, gen_random_uuid() AS tenancy_id, gen_random_uuid() AS person_id
                    FROM generate_series(1, $4::int) AS i),
            tenancies AS (
              INSERT INTO tenancy (id, housing_organisation_id, department_id, unit, address, monthly_rent_ore)
              SELECT tenancy_id, $1, $2, 'U-' || i, 'Testvej ' || i, 650000 FROM n),
            persons AS (
              INSERT INTO person (id, housing_organisation_id, municipality_id, name)
              SELECT person_id, $1, $3, 'Lejer ' || i FROM n),
            tenants AS (INSERT INTO tenancy_tenant (tenancy_id, person_id) SELECT tenancy_id, person_id FROM n)
       SELECT tenancy_id AS id FROM n ORDER BY i`,
      [organisationId, departmentId, municipalityId, tenancies],
    )
  ).map((r) => r.id);
  return { municipalityId, organisationId, departmentId, tenancyIds };
}

import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { Department } from '../directory/department.entity.js';
import { Tenancy } from './tenancy.entity.js';

interface TenancyRow {
  id: string;
  housing_organisation_id: string;
  department_id: string;
  unit: string;
  address: string;
  postcode: string | null;
  city: string | null;
  monthly_rent_ore: string;
  start_date: string | null;
  created_at: Date;
  updated_at: Date;
}

/** The one mapper from a `tenancy` row to the entity. */
function toTenancy(row: TenancyRow): Tenancy {
  return Object.assign(new Tenancy(), {
    id: row.id,
    housingOrganisationId: row.housing_organisation_id,
    departmentId: row.department_id,
    unit: row.unit,
    address: row.address,
    postcode: row.postcode,
    city: row.city,
    monthlyRentOre: Number(row.monthly_rent_ore),
    startDate: row.start_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** The tenancy as a case page shows it. */
export interface TenancyCard {
  id: string;
  departmentId: string;
  unit: string;
  address: string;
  postcode: string | null;
  city: string | null;
  monthlyRentOre: number;
}

/**
 * Tenancies and their tenants' retention state, in the caller's transaction. Lock order
 * everywhere: tenancy, then case, then persons by id.
 */
@Injectable()
export class TenancyRepository {
  /**
   * Serialises registrations on a tenancy. FOR NO KEY UPDATE conflicts with the import's upsert
   * (which locks every tenancy of its batch) while leaving foreign-key checks unblocked.
   */
  async lock(manager: EntityManager, tenancyId: string): Promise<Tenancy | undefined> {
    return (await this.lockAll(manager, [tenancyId])).get(tenancyId);
  }

  /** The tenancies, locked in id order (so that two lockers of overlapping sets never deadlock); absent ones left out. */
  async lockAll(manager: EntityManager, tenancyIds: string[]): Promise<Map<string, Tenancy>> {
    const rows: TenancyRow[] = await manager.query(
      `SELECT id, housing_organisation_id, department_id, unit, address, postcode, city, monthly_rent_ore::text,
              start_date::text, created_at, updated_at
         FROM tenancy WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`,
      [tenancyIds],
    );
    return new Map(rows.map((row) => [row.id, toTenancy(row)]));
  }

  async find(manager: EntityManager, tenancyId: string): Promise<Tenancy | undefined> {
    return (await manager.findOneBy(Tenancy, { id: tenancyId })) ?? undefined;
  }

  async findByUnit(manager: EntityManager, departmentId: string, unit: string): Promise<Tenancy | undefined> {
    return (await manager.findOneBy(Tenancy, { departmentId, unit })) ?? undefined;
  }

  async insert(manager: EntityManager, tenancy: Omit<Tenancy, 'createdAt' | 'updatedAt'>): Promise<void> {
    await manager.insert(Tenancy, manager.create(Tenancy, tenancy));
  }

  /** The department a tenancy is created in (scope is checked by the caller). */
  async department(manager: EntityManager, departmentId: string): Promise<Department | undefined> {
    return (await manager.findOneBy(Department, { id: departmentId })) ?? undefined;
  }

  async personInOrganisation(manager: EntityManager, personId: string, organisationId: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM person WHERE id = $1 AND housing_organisation_id = $2`, [
      personId,
      organisationId,
    ]);
    return rows.length > 0;
  }

  /** Links a tenant; linking one again changes nothing. */
  async addTenant(manager: EntityManager, tenancyId: string, personId: string): Promise<void> {
    await manager.query(`INSERT INTO tenancy_tenant (tenancy_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      tenancyId,
      personId,
    ]);
    // A tenant of a tenancy with an open case has an open case: retention waits.
    await manager.query(
      `UPDATE person SET inactive_since = NULL WHERE id = $1
          AND EXISTS (SELECT 1 FROM arrears_case WHERE tenancy_id = $2 AND closed_at IS NULL)`,
      [personId, tenancyId],
    );
  }

  /** The tenants' ids and names, by name. */
  async tenants(manager: EntityManager, tenancyId: string): Promise<{ id: string; name: string }[]> {
    return manager.query(
      `SELECT p.id, p.name FROM tenancy_tenant t JOIN person p ON p.id = t.person_id WHERE t.tenancy_id = $1 ORDER BY p.name`,
      [tenancyId],
    );
  }

  async card(manager: EntityManager, tenancyId: string): Promise<TenancyCard> {
    const [row] = await manager.query(
      `SELECT id, department_id AS "departmentId", unit, address, postcode, city, monthly_rent_ore::bigint AS "monthlyRentOre"
         FROM tenancy WHERE id = $1`,
      [tenancyId],
    );
    return { ...row, monthlyRentOre: Number(row.monthlyRentOre) };
  }

  /**
   * A tenant of a tenancy with an open case has an open case: retention waits. Only the rows
   * that change are locked, in id order (the order every writer of `inactive_since` uses), so two
   * registrations on tenancies that share a tenant, or a registration and an import batch, cannot
   * deadlock on them.
   */
  async markTenantsActive(manager: EntityManager, tenancyIds: string[]): Promise<void> {
    if (tenancyIds.length === 0) return;
    await manager.query(
      `WITH locked AS (
         SELECT p.id FROM person p
          WHERE p.id IN (SELECT person_id FROM tenancy_tenant WHERE tenancy_id = ANY($1::uuid[]))
            AND p.inactive_since IS NOT NULL
          ORDER BY p.id FOR NO KEY UPDATE OF p)
       UPDATE person p SET inactive_since = NULL FROM locked WHERE p.id = locked.id`,
      [tenancyIds],
    );
  }

  /** The tenancy's (or the tenancies') case closed: its tenants with no other open case become due for retention. */
  async markTenantsInactiveWithoutOpenCase(
    manager: EntityManager,
    tenancyId: string | readonly string[],
  ): Promise<void> {
    const tenancyIds = typeof tenancyId === 'string' ? [tenancyId] : [...tenancyId];
    if (tenancyIds.length === 0) return;
    await manager.query(
      `WITH locked AS (
         SELECT p.id FROM person p
          WHERE p.id IN (SELECT t.person_id FROM tenancy_tenant t WHERE t.tenancy_id = ANY($1::uuid[]))
            AND NOT EXISTS (SELECT 1 FROM tenancy_tenant tt JOIN arrears_case c ON c.tenancy_id = tt.tenancy_id
                             WHERE tt.person_id = p.id AND c.closed_at IS NULL)
          ORDER BY p.id FOR NO KEY UPDATE OF p)
       UPDATE person p SET inactive_since = now() FROM locked WHERE p.id = locked.id`,
      [tenancyIds],
    );
  }
}

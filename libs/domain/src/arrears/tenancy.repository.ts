import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';

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
  async lock(manager: EntityManager, tenancyId: string): Promise<void> {
    await manager.query(`SELECT 1 FROM tenancy WHERE id = $1 FOR NO KEY UPDATE`, [tenancyId]);
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

  /** The tenancy's case closed: its tenants with no other open case become due for retention. */
  async markTenantsInactiveWithoutOpenCase(manager: EntityManager, tenancyId: string): Promise<void> {
    await manager.query(
      `WITH locked AS (
         SELECT p.id FROM person p JOIN tenancy_tenant t ON t.person_id = p.id
          WHERE t.tenancy_id = $1
            AND NOT EXISTS (SELECT 1 FROM tenancy_tenant tt JOIN arrears_case c ON c.tenancy_id = tt.tenancy_id
                             WHERE tt.person_id = p.id AND c.closed_at IS NULL)
          ORDER BY p.id FOR NO KEY UPDATE OF p)
       UPDATE person p SET inactive_since = now() FROM locked WHERE p.id = locked.id`,
      [tenancyId],
    );
  }
}

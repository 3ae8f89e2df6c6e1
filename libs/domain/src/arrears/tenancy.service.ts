import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { type Actor, Role } from '../access/roles.js';
import { AuditService } from '../audit/audit.service.js';
import { Department } from '../directory/department.entity.js';
import { EntityNotFoundError, UnknownReferenceError } from '../directory/directory.errors.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { TenancyExistsError, TenantNotInOrganisationError } from './arrears.errors.js';
import { mayChangeCases } from './case-scope.js';
import { Tenancy } from './tenancy.entity.js';

export interface CreateTenancy {
  departmentId: string;
  unit: string;
  address: string;
  postcode?: string | null;
  city?: string | null;
  monthlyRentOre: number;
  startDate?: string | null;
}

export interface TenancyView extends Tenancy {
  tenants: { id: string; name: string }[];
}

@Injectable()
export class TenancyService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateTenancy): Promise<TenancyView> {
    if (!mayChangeCases(actor.principal)) throw new RoleNotAllowedError();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const department = await this.departmentInScope(manager, actor, input.departmentId);
        const existing = await manager.findOneBy(Tenancy, { departmentId: department.id, unit: input.unit });
        if (existing) throw new TenancyExistsError(existing.id);
        const tenancy = manager.create(Tenancy, {
          id: randomUUID(),
          housingOrganisationId: department.housingOrganisationId,
          departmentId: department.id,
          unit: input.unit,
          address: input.address,
          postcode: input.postcode ?? null,
          city: input.city ?? null,
          monthlyRentOre: input.monthlyRentOre,
          startDate: input.startDate ?? null,
        });
        await manager.insert(Tenancy, tenancy);
        return this.view(manager, actor, tenancy.id);
      });
    } catch (error) {
      // Two creations of one unit at the same moment (or the import creating it meanwhile): both
      // pass the check above, the unique constraint lets one through. It has committed by the
      // time the other is refused, so the loser's 409 can name the tenancy, as the check does.
      if (isUniqueViolation(error)) {
        const [winner] = await this.dataSource.query(`SELECT id FROM tenancy WHERE department_id = $1 AND unit = $2`, [
          input.departmentId,
          input.unit,
        ]);
        throw new TenancyExistsError(winner?.id ?? '');
      }
      throw error;
    }
  }

  async get(actor: Actor, id: string): Promise<TenancyView> {
    return this.dataSource.transaction((manager) => this.view(manager, actor, id));
  }

  /** Links a person (registered by the same organisation) as a tenant of the tenancy. */
  async addTenant(actor: Actor, tenancyId: string, personId: string): Promise<TenancyView> {
    if (!mayChangeCases(actor.principal)) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      // After a registration that is opening the tenancy's case, not beside it: otherwise neither
      // sees the other's uncommitted row, and the new tenant stays due for retention with an open case.
      const tenancy = await this.lockInScope(manager, actor, tenancyId);
      const person = await manager.query(`SELECT 1 FROM person WHERE id = $1 AND housing_organisation_id = $2`, [
        personId,
        tenancy.housingOrganisationId,
      ]);
      if (person.length === 0) throw new TenantNotInOrganisationError();
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
      await this.audit.record(manager, actor, [
        { action: 'tenancy.add-tenant', entityType: 'tenancy', entityId: tenancyId, personId },
      ]);
      return this.view(manager, actor, tenancyId);
    });
  }

  /** A tenancy the caller may work on: their organisation's (and departments'), or any for administrators. */
  async inScope(manager: EntityManager, actor: Actor, id: string): Promise<Tenancy> {
    const tenancy = await manager.findOneBy(Tenancy, { id });
    const { principal } = actor;
    const visible =
      tenancy &&
      (principal.role === Role.Administrator ||
        (principal.role === Role.HousingCaseworker &&
          tenancy.housingOrganisationId === principal.housingOrganisationId &&
          (principal.departmentIds.length === 0 || principal.departmentIds.includes(tenancy.departmentId))));
    if (!visible) throw new EntityNotFoundError('tenancy');
    return tenancy;
  }

  /**
   * The tenancy, in scope, locked for the rest of the transaction: registrations of arrears and
   * new tenants on one tenancy (and the import's batches, whose upsert takes the same row lock)
   * run one after the other. See ArrearsCaseService.registerArrears.
   */
  async lockInScope(manager: EntityManager, actor: Actor, id: string): Promise<Tenancy> {
    const tenancy = await this.inScope(manager, actor, id);
    await manager.query(`SELECT 1 FROM tenancy WHERE id = $1 FOR NO KEY UPDATE`, [tenancy.id]);
    return tenancy;
  }

  private async departmentInScope(manager: EntityManager, actor: Actor, departmentId: string): Promise<Department> {
    const department = await manager.findOneBy(Department, { id: departmentId });
    const { principal } = actor;
    const visible =
      department &&
      (principal.role === Role.Administrator ||
        (department.housingOrganisationId === principal.housingOrganisationId &&
          (principal.departmentIds.length === 0 || principal.departmentIds.includes(department.id))));
    if (!visible) throw new UnknownReferenceError('departmentId');
    return department;
  }

  private async view(manager: EntityManager, actor: Actor, id: string): Promise<TenancyView> {
    const tenancy = await this.inScope(manager, actor, id);
    return { ...tenancy, tenants: await this.tenantsOf(manager, actor, id, 'tenancy') };
  }

  /** The tenants' names: personal data, so each one shown is audited as a read. */
  async tenantsOf(
    manager: EntityManager,
    actor: Actor,
    tenancyId: string,
    via: 'tenancy' | 'arrears_case',
    entityId = tenancyId,
  ): Promise<{ id: string; name: string }[]> {
    const tenants: { id: string; name: string }[] = await manager.query(
      `SELECT p.id, p.name FROM tenancy_tenant t JOIN person p ON p.id = t.person_id WHERE t.tenancy_id = $1 ORDER BY p.name`,
      [tenancyId],
    );
    await this.audit.record(
      manager,
      actor,
      tenants.map((t) => ({
        action: 'person.read',
        entityType: via,
        entityId,
        personId: t.id,
        details: { via: via === 'tenancy' ? 'tenancy' : 'case' },
      })),
    );
    return tenants;
  }
}

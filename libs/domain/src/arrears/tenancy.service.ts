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
import { type Tenancy } from './tenancy.entity.js';
import { TenancyRepository } from './tenancy.repository.js';
import { ArrearsCaseRepository, type TenancyCaseRow } from './arrears-case.repository.js';

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
  /** Every case of the tenancy the caller may see, oldest first: the debt belongs to the tenancy. */
  cases: TenancyCaseRow[];
}

@Injectable()
export class TenancyService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(TenancyRepository) private readonly tenancies: TenancyRepository,
    @Inject(ArrearsCaseRepository) private readonly caseRows: ArrearsCaseRepository,
  ) {}

  async create(actor: Actor, input: CreateTenancy): Promise<TenancyView> {
    if (!mayChangeCases(actor.principal)) throw new RoleNotAllowedError();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const department = await this.departmentInScope(manager, actor, input.departmentId);
        const existing = await this.tenancies.findByUnit(manager, department.id, input.unit);
        if (existing) throw new TenancyExistsError(existing.id);
        const tenancy = {
          id: randomUUID(),
          housingOrganisationId: department.housingOrganisationId,
          departmentId: department.id,
          unit: input.unit,
          address: input.address,
          postcode: input.postcode ?? null,
          city: input.city ?? null,
          monthlyRentOre: input.monthlyRentOre,
          startDate: input.startDate ?? null,
        };
        await this.tenancies.insert(manager, tenancy);
        return this.view(manager, actor, tenancy.id);
      });
    } catch (error) {
      // Two creations of one unit at the same moment (or the import creating it meanwhile): both
      // pass the check above, the unique constraint lets one through. It has committed by the
      // time the other is refused, so the loser's 409 can name the tenancy, as the check does.
      if (isUniqueViolation(error)) {
        const winner = await this.tenancies.findByUnit(this.dataSource.manager, input.departmentId, input.unit);
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
      if (!(await this.tenancies.personInOrganisation(manager, personId, tenancy.housingOrganisationId))) {
        throw new TenantNotInOrganisationError();
      }
      // A tenant of a tenancy with an open case has an open case: retention waits.
      await this.tenancies.addTenant(manager, tenancyId, personId);
      await this.audit.record(manager, actor, [
        { action: 'tenancy.add-tenant', entityType: 'tenancy', entityId: tenancyId, personId },
      ]);
      return this.view(manager, actor, tenancyId);
    });
  }

  /** A tenancy the caller may work on: their organisation's (and departments'), or any for administrators. */
  async inScope(manager: EntityManager, actor: Actor, id: string): Promise<Tenancy> {
    return this.visibleOrNotFound(actor, await this.tenancies.find(manager, id));
  }

  private visibleOrNotFound(actor: Actor, tenancy: Tenancy | undefined): Tenancy {
    if (!tenancy || !visibleTo(actor, tenancy)) throw new EntityNotFoundError('tenancy');
    return tenancy;
  }

  /**
   * The tenancy, in scope, locked for the rest of the transaction: registrations of arrears and
   * new tenants on one tenancy (and the import's batches, whose upsert takes the same row lock)
   * run one after the other. See ArrearsCaseService.registerArrears.
   */
  async lockInScope(manager: EntityManager, actor: Actor, id: string): Promise<Tenancy> {
    // Read and locked in one statement (one round trip); a tenancy out of scope is locked until
    // the transaction ends with the 404, which changes nothing.
    return this.visibleOrNotFound(actor, await this.tenancies.lock(manager, id));
  }

  /**
   * `lockInScope` for several callers at once, in one statement: each tenancy asked for locked,
   * and each request answered with its tenancy or, out of its actor's scope, the 404 of its own.
   */
  async lockAllInScope(
    manager: EntityManager,
    requests: readonly { actor: Actor; tenancyId: string }[],
  ): Promise<(Tenancy | EntityNotFoundError)[]> {
    const locked = await this.tenancies.lockAll(manager, [...new Set(requests.map((r) => r.tenancyId))]);
    return requests.map(({ actor, tenancyId }) => {
      const tenancy = locked.get(tenancyId);
      return tenancy && visibleTo(actor, tenancy) ? tenancy : new EntityNotFoundError('tenancy');
    });
  }

  private async departmentInScope(manager: EntityManager, actor: Actor, departmentId: string): Promise<Department> {
    const department = await this.tenancies.department(manager, departmentId);
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
    return {
      ...tenancy,
      tenants: await this.tenantsOf(manager, actor, id, 'tenancy'),
      cases: await this.caseRows.ofTenancy(manager, actor.principal, id),
    };
  }

  /** The tenants' names: personal data, so each one shown is audited as a read. */
  async tenantsOf(
    manager: EntityManager,
    actor: Actor,
    tenancyId: string,
    via: 'tenancy' | 'arrears_case',
    entityId = tenancyId,
  ): Promise<{ id: string; name: string }[]> {
    const tenants = await this.tenancies.tenants(manager, tenancyId);
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

/** A tenancy the actor may work on: their organisation's (and departments'), or any for administrators. */
function visibleTo({ principal }: Actor, tenancy: Tenancy): boolean {
  return (
    principal.role === Role.Administrator ||
    (principal.role === Role.HousingCaseworker &&
      tenancy.housingOrganisationId === principal.housingOrganisationId &&
      (principal.departmentIds.length === 0 || principal.departmentIds.includes(tenancy.departmentId)))
  );
}

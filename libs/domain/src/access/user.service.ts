import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { type Page, type PageQuery } from '@app/common';
import { AuditService } from '../audit/audit.service.js';
import { CounsellingProviderRepository } from '../directory/counselling-provider.repository.js';
import { DepartmentRepository } from '../directory/department.repository.js';
import { type DirectoryEntryRepository, type DirectoryRow } from '../directory/directory-entry.repository.js';
import { EntityNotFoundError, UnknownReferenceError } from '../directory/directory.errors.js';
import { HousingOrganisationRepository } from '../directory/housing-organisation.repository.js';
import { MunicipalityRepository } from '../directory/municipality.repository.js';
import { ProbationUnitRepository } from '../directory/probation-unit.repository.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { EmailTakenError, RoleNotAllowedError, ScopeMismatchError } from './access.errors.js';
import { AuthService } from './auth.service.js';
import { PasswordService } from './password.service.js';
import { type Actor, Role } from './roles.js';
import { type User } from './user.entity.js';
import { UserRepository } from './user.repository.js';
import { mayManageUsers, userScope } from './user-scope.js';

export interface UserScopeInput {
  municipalityId?: string | null;
  housingOrganisationId?: string | null;
  probationUnitId?: string | null;
  counsellingProviderId?: string | null;
  departmentIds?: string[];
}

export interface CreateUser extends UserScopeInput {
  email: string;
  name: string;
  role: Role;
  password: string;
  language?: 'da' | 'en';
  teamLead?: boolean;
}

export interface UpdateUser {
  name?: string;
  language?: 'da' | 'en';
  teamLead?: boolean;
  departmentIds?: string[];
}

/** Which organisation field each role's scope comes from (manager: one of two). */
const SCOPE_FIELDS: Record<Role, (keyof UserScopeInput)[]> = {
  administrator: [],
  housing_caseworker: ['housingOrganisationId'],
  municipal_social_worker: ['municipalityId'],
  debt_advisor: ['counsellingProviderId'],
  probation_officer: ['probationUnitId'],
  manager: ['housingOrganisationId', 'municipalityId'],
};
const ORGANISATION_FIELDS = [
  'municipalityId',
  'housingOrganisationId',
  'probationUnitId',
  'counsellingProviderId',
] as const;
type OrganisationField = (typeof ORGANISATION_FIELDS)[number];

@Injectable()
export class UserService {
  /** The directory table each organisation field refers to. */
  private readonly organisations: Record<OrganisationField, DirectoryEntryRepository<DirectoryRow>>;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(UserRepository) private readonly users: UserRepository,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(DepartmentRepository) private readonly departments: DepartmentRepository,
    @Inject(MunicipalityRepository) municipalities: MunicipalityRepository,
    @Inject(HousingOrganisationRepository) housingOrganisations: HousingOrganisationRepository,
    @Inject(ProbationUnitRepository) probationUnits: ProbationUnitRepository,
    @Inject(CounsellingProviderRepository) counsellingProviders: CounsellingProviderRepository,
  ) {
    this.organisations = {
      municipalityId: municipalities,
      housingOrganisationId: housingOrganisations,
      probationUnitId: probationUnits,
      counsellingProviderId: counsellingProviders,
    };
  }

  /** `actor` is null for the command line (the first administrator). */
  async create(actor: Actor | null, input: CreateUser): Promise<User> {
    if (!mayManageUsers(actor)) throw new RoleNotAllowedError();
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.validateScope(manager, input.role, input);
        const email = input.email.trim().toLowerCase();
        if (await this.users.emailExists(manager, email)) throw new EmailTakenError();
        const id = randomUUID();
        await this.users.insert(manager, {
          id,
          email,
          name: input.name,
          role: input.role,
          passwordHash,
          language: input.language ?? 'da',
          teamLead: input.teamLead ?? false,
          tokensValidAfter: new Date(Date.now() - 1000),
          municipalityId: input.municipalityId ?? null,
          housingOrganisationId: input.housingOrganisationId ?? null,
          probationUnitId: input.probationUnitId ?? null,
          counsellingProviderId: input.counsellingProviderId ?? null,
        });
        await this.users.replaceDepartments(manager, id, input.departmentIds ?? []);
        await this.audit.record(manager, actor, [
          { action: 'user.create', entityType: 'user', entityId: id, details: { role: input.role } },
        ]);
        return this.load(manager, actor, id);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new EmailTakenError();
      throw error;
    }
  }

  /** The users the actor may see: every user for an administrator, otherwise only themselves. */
  async list(actor: Actor, page: PageQuery, filter: { role?: Role } = {}): Promise<Page<User>> {
    return this.users.page(this.dataSource.manager, userScope(actor), page, filter);
  }

  /** One user; another user than oneself is not found unless the actor is an administrator. */
  async get(actor: Actor, id: string): Promise<User> {
    return this.load(this.dataSource.manager, actor, id);
  }

  async update(actor: Actor, id: string, patch: UpdateUser): Promise<User> {
    if (!mayManageUsers(actor)) throw new RoleNotAllowedError();
    const updated = await this.dataSource.transaction(async (manager) => {
      // Changes of one user run one after the other: replaceDepartments replaces the set (delete,
      // then insert), and two replacements at once would leave the union of both sets.
      await this.users.lock(manager, id);
      const user = await this.load(manager, actor, id);
      const { departmentIds, ...fields } = patch;
      await this.users.update(manager, id, fields);
      if (departmentIds !== undefined) {
        await this.validateScope(manager, user.role, {
          housingOrganisationId: user.housingOrganisationId,
          departmentIds,
        });
        await this.users.replaceDepartments(manager, id, departmentIds);
      }
      await this.audit.record(manager, actor, [
        { action: 'user.update', entityType: 'user', entityId: id, details: { fields: Object.keys(patch) } },
      ]);
      return this.load(manager, actor, id);
    });
    // New departments scope the user's next request, however soon.
    this.auth.sessionChanged(id);
    return updated;
  }

  /** Disabling signs the user out everywhere at once. */
  async setDisabled(actor: Actor, id: string, disabled: boolean): Promise<User> {
    if (!mayManageUsers(actor)) throw new RoleNotAllowedError();
    const user = await this.dataSource.transaction(async (manager) => {
      await this.load(manager, actor, id);
      await this.users.setDisabled(manager, id, disabled);
      if (disabled) await this.auth.revokeAllForUser(manager, id);
      await this.audit.record(manager, actor, [
        { action: disabled ? 'user.disable' : 'user.enable', entityType: 'user', entityId: id },
      ]);
      return this.load(manager, actor, id);
    });
    this.auth.sessionChanged(id);
    return user;
  }

  /** An administrator sets a new password (the user forgot theirs); existing sessions end. */
  async resetPassword(actor: Actor, id: string, password: string): Promise<void> {
    if (!mayManageUsers(actor)) throw new RoleNotAllowedError();
    const passwordHash = await this.passwords.hash(password);
    await this.dataSource.transaction(async (manager) => {
      await this.load(manager, actor, id);
      await this.users.setPassword(manager, id, passwordHash);
      await this.auth.revokeAllForUser(manager, id);
      await this.audit.record(manager, actor, [{ action: 'user.reset-password', entityType: 'user', entityId: id }]);
    });
    this.auth.sessionChanged(id);
  }

  private async load(manager: EntityManager, actor: Actor | null, id: string): Promise<User> {
    const user = await this.users.findOne(manager, userScope(actor), id);
    if (!user) throw new EntityNotFoundError('user');
    return user;
  }

  private async validateScope(manager: EntityManager, role: Role, input: UserScopeInput): Promise<void> {
    const allowed = SCOPE_FIELDS[role];
    const given = ORGANISATION_FIELDS.filter((f) => input[f]);
    const fits = role === Role.Administrator ? given.length === 0 : given.length === 1 && allowed.includes(given[0]!);
    if (!fits) throw new ScopeMismatchError(role, allowed);
    for (const field of given) {
      if (!(await this.organisations[field].exists(manager, input[field]!))) throw new UnknownReferenceError(field);
    }
    const departmentIds = input.departmentIds ?? [];
    if (departmentIds.length > 0) {
      if (role !== Role.HousingCaseworker) throw new ScopeMismatchError(role, allowed);
      const departments = await this.departments.findByIds(manager, departmentIds);
      const ownOrganisation = departments.every((d) => d.housingOrganisationId === input.housingOrganisationId);
      if (departments.length !== new Set(departmentIds).size || !ownOrganisation) {
        throw new UnknownReferenceError('departmentIds');
      }
    }
  }
}

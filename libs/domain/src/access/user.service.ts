import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppError, type Page, type PageQuery } from '@app/common';
import { AuditService } from '../audit/audit.service.js';
import { Department } from '../directory/department.entity.js';
import { DuplicateError, EntityNotFoundError, UnknownReferenceError } from '../directory/directory.errors.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { keysetPage } from '../shared/keyset-page.js';
import { AuthService } from './auth.service.js';
import { PasswordService } from './password.service.js';
import { type Actor, Role } from './roles.js';
import { User } from './user.entity.js';

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
const TABLE_FOR_FIELD: Record<(typeof ORGANISATION_FIELDS)[number], string> = {
  municipalityId: 'municipality',
  housingOrganisationId: 'housing_organisation',
  probationUnitId: 'probation_unit',
  counsellingProviderId: 'counselling_provider',
};

export class ScopeMismatchError extends AppError {
  constructor(role: Role, expected: string[]) {
    const fields = expected.length ? expected.join(' or ') : 'no organisation';
    super(
      'SCOPE_MISMATCH',
      400,
      {
        da: `Rollen ${role} skal knyttes til præcis ét af: ${fields}.`,
        en: `The role ${role} must be linked to exactly one of: ${fields}.`,
      },
      [{ field: 'role', rule: 'scope', message: `${role} takes ${fields}` }],
    );
  }
}

@Injectable()
export class UserService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async create(actor: Actor | null, input: CreateUser): Promise<User> {
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.validateScope(manager, input.role, input);
        const email = input.email.trim().toLowerCase();
        if (await manager.existsBy(User, { email })) throw this.emailTaken();
        const id = randomUUID();
        const scope = Object.fromEntries(ORGANISATION_FIELDS.map((f) => [f, input[f] ?? null]));
        await manager.insert(User, {
          id,
          email,
          name: input.name,
          role: input.role,
          passwordHash,
          language: input.language ?? 'da',
          teamLead: input.teamLead ?? false,
          tokensValidAfter: new Date(Date.now() - 1000),
          ...scope,
        });
        await this.setDepartments(manager, id, input.departmentIds ?? []);
        await this.audit.record(manager, actor, [
          { action: 'user.create', entityType: 'user', entityId: id, details: { role: input.role } },
        ]);
        return this.load(manager, id);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw this.emailTaken();
      throw error;
    }
  }

  async list(page: PageQuery, filter: { role?: Role } = {}): Promise<Page<User>> {
    const query = this.dataSource.getRepository(User).createQueryBuilder('u').leftJoinAndSelect('u.departments', 'd');
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    return keysetPage(query, 'email', (u) => u.email, page);
  }

  async get(id: string): Promise<User> {
    return this.load(this.dataSource.manager, id);
  }

  async update(actor: Actor, id: string, patch: UpdateUser): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      // Changes of one user run one after the other: setDepartments replaces the set (delete,
      // then insert), and two replacements at once would leave the union of both sets.
      await manager.query(`SELECT 1 FROM app_user WHERE id = $1 FOR NO KEY UPDATE`, [id]);
      const user = await this.load(manager, id);
      const { departmentIds, ...fields } = patch;
      if (Object.keys(fields).length > 0) await manager.update(User, { id }, fields);
      if (departmentIds !== undefined) {
        await this.validateScope(manager, user.role, {
          housingOrganisationId: user.housingOrganisationId,
          departmentIds,
        });
        await this.setDepartments(manager, id, departmentIds);
      }
      await this.audit.record(manager, actor, [
        { action: 'user.update', entityType: 'user', entityId: id, details: { fields: Object.keys(patch) } },
      ]);
      return this.load(manager, id);
    });
  }

  /** Disabling signs the user out everywhere at once. */
  async setDisabled(actor: Actor, id: string, disabled: boolean): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      await this.load(manager, id);
      await manager.query(
        disabled
          ? `UPDATE app_user SET disabled_at = now(), tokens_valid_after = now(), updated_at = now() WHERE id = $1`
          : `UPDATE app_user SET disabled_at = NULL, updated_at = now() WHERE id = $1`,
        [id],
      );
      if (disabled) await this.auth.revokeAllForUser(manager, id);
      await this.audit.record(manager, actor, [
        { action: disabled ? 'user.disable' : 'user.enable', entityType: 'user', entityId: id },
      ]);
      return this.load(manager, id);
    });
  }

  /** An administrator sets a new password (the user forgot theirs); existing sessions end. */
  async resetPassword(actor: Actor, id: string, password: string): Promise<void> {
    const passwordHash = await this.passwords.hash(password);
    await this.dataSource.transaction(async (manager) => {
      await this.load(manager, id);
      await manager.query(
        `UPDATE app_user SET password_hash = $2, tokens_valid_after = now(), updated_at = now() WHERE id = $1`,
        [id, passwordHash],
      );
      await this.auth.revokeAllForUser(manager, id);
      await this.audit.record(manager, actor, [{ action: 'user.reset-password', entityType: 'user', entityId: id }]);
    });
  }

  private async load(manager: EntityManager, id: string): Promise<User> {
    const user = await manager.findOne(User, { where: { id }, relations: { departments: true } });
    if (!user) throw new EntityNotFoundError('user');
    return user;
  }

  private async validateScope(manager: EntityManager, role: Role, input: UserScopeInput): Promise<void> {
    const allowed = SCOPE_FIELDS[role];
    const given = ORGANISATION_FIELDS.filter((f) => input[f]);
    const fits = role === Role.Administrator ? given.length === 0 : given.length === 1 && allowed.includes(given[0]!);
    if (!fits) throw new ScopeMismatchError(role, allowed);
    for (const field of given) {
      const rows = await manager.query(`SELECT 1 FROM ${TABLE_FOR_FIELD[field]} WHERE id = $1`, [input[field]]);
      if (rows.length === 0) throw new UnknownReferenceError(field);
    }
    const departmentIds = input.departmentIds ?? [];
    if (departmentIds.length > 0) {
      if (role !== Role.HousingCaseworker) throw new ScopeMismatchError(role, allowed);
      const departments = await manager.findBy(Department, { id: In(departmentIds) });
      const ownOrganisation = departments.every((d) => d.housingOrganisationId === input.housingOrganisationId);
      if (departments.length !== new Set(departmentIds).size || !ownOrganisation) {
        throw new UnknownReferenceError('departmentIds');
      }
    }
  }

  private async setDepartments(manager: EntityManager, userId: string, departmentIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM user_department WHERE user_id = $1`, [userId]);
    if (departmentIds.length > 0) {
      await manager.query(
        `INSERT INTO user_department (user_id, department_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [userId, departmentIds],
      );
    }
  }

  private emailTaken(): DuplicateError {
    return new DuplicateError('EMAIL_TAKEN', 'email', {
      da: 'Der findes allerede en bruger med denne e-mail.',
      en: 'A user with this email already exists.',
    });
  }
}

import { Injectable } from '@nestjs/common';
import { type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type Page, type PageQuery } from '@app/common';
import { keysetPage } from '../shared/keyset-page.sql.js';
import { type Role } from './roles.js';
import { User } from './user.entity.js';
import { type UserScope } from './user-scope.js';

/** A user row to insert; departments are written with `replaceDepartments`. */
export type NewUser = Omit<User, 'departments' | 'disabledAt' | 'createdAt' | 'updatedAt'>;

/** What signing in checks. */
export interface UserCredentials {
  id: string;
  email: string;
  role: string;
  passwordHash: string;
  disabledAt: Date | null;
}

/** The fields an administrator changes in place. */
export type UserPatch = Partial<Pick<User, 'name' | 'language' | 'teamLead'>>;

/** `app_user` and `user_department`: staff accounts and the departments a caseworker is limited to. */
@Injectable()
export class UserRepository {
  /** The user with their departments, if the scope lets the caller see them. */
  findOne(manager: EntityManager, scope: UserScope, id: string): Promise<User | null> {
    return this.scoped(manager, scope).andWhere('u.id = :id', { id }).getOne();
  }

  /** A page by email. */
  page(manager: EntityManager, scope: UserScope, page: PageQuery, filter: { role?: Role } = {}): Promise<Page<User>> {
    const query = this.scoped(manager, scope);
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    return keysetPage(query, 'email', (u) => u.email, page);
  }

  emailExists(manager: EntityManager, email: string): Promise<boolean> {
    return manager.existsBy(User, { email });
  }

  async insert(manager: EntityManager, user: NewUser): Promise<void> {
    await manager.insert(User, user);
  }

  /** Makes changes of one user run one after the other, until the transaction ends. */
  async lock(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`SELECT 1 FROM app_user WHERE id = $1 FOR NO KEY UPDATE`, [id]);
  }

  async update(manager: EntityManager, id: string, patch: UserPatch): Promise<void> {
    if (Object.keys(patch).length > 0) await manager.update(User, { id }, patch);
  }

  /** Disabling also refuses every access token issued until now. */
  async setDisabled(manager: EntityManager, id: string, disabled: boolean): Promise<void> {
    await manager.query(
      disabled
        ? `UPDATE app_user SET disabled_at = now(), tokens_valid_after = now(), updated_at = now() WHERE id = $1`
        : `UPDATE app_user SET disabled_at = NULL, updated_at = now() WHERE id = $1`,
      [id],
    );
  }

  /** A new password also refuses every access token issued until now. */
  async setPassword(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.query(
      `UPDATE app_user SET password_hash = $2, tokens_valid_after = now(), updated_at = now() WHERE id = $1`,
      [id, passwordHash],
    );
  }

  /** Replaces the user's departments with exactly these. */
  async replaceDepartments(manager: EntityManager, userId: string, departmentIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM user_department WHERE user_id = $1`, [userId]);
    if (departmentIds.length > 0) {
      await manager.query(
        `INSERT INTO user_department (user_id, department_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [userId, departmentIds],
      );
    }
  }

  /** The account signing in with this (normalised) email, if any. */
  async credentialsByEmail(manager: EntityManager, email: string): Promise<UserCredentials | undefined> {
    return this.credentials(manager, `email = $1`, email);
  }

  /** The caller's own account, to check their current password. */
  async ownCredentials(manager: EntityManager, userId: string): Promise<UserCredentials | undefined> {
    return this.credentials(manager, `id = $1`, userId);
  }

  private async credentials(
    manager: EntityManager,
    condition: 'email = $1' | 'id = $1',
    value: string,
  ): Promise<UserCredentials | undefined> {
    const [row]: {
      id: string;
      email: string;
      role: string;
      password_hash: string;
      disabled_at: Date | null;
    }[] = await manager.query(`SELECT id, email, role, password_hash, disabled_at FROM app_user WHERE ${condition}`, [
      value,
    ]);
    return (
      row && {
        id: row.id,
        email: row.email,
        role: row.role,
        passwordHash: row.password_hash,
        disabledAt: row.disabled_at,
      }
    );
  }

  private scoped(manager: EntityManager, scope: UserScope): SelectQueryBuilder<User> {
    const query = manager.getRepository(User).createQueryBuilder('u').leftJoinAndSelect('u.departments', 'd');
    if (scope.kind === 'own') query.andWhere('u.id = :ownUserId', { ownUserId: scope.userId });
    return query;
  }
}

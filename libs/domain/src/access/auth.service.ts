import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AuditService } from '../audit/audit.service.js';
import { InvalidCredentialsError, TokenInvalidError } from './access.errors.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordService } from './password.service.js';
import { isRole, type Actor, type Principal } from './roles.js';

export interface TokenPair {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
}

interface AccessClaims {
  sub: string;
  role: string;
  /** Refresh-token family the access token was issued with; logging out revokes it. */
  fam: string;
  typ: 'access';
  /** Issued-at in milliseconds: `iat` has whole seconds, too coarse to order against a revocation. */
  ims: number;
}

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

@Injectable()
export class AuthService {
  private readonly jwt: JwtService;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(LoginThrottleService) private readonly throttle: LoginThrottleService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.jwt = new JwtService({
      secret: config.auth.jwtSecret,
      signOptions: { algorithm: 'HS256', expiresIn: config.auth.accessTtlS },
      verifyOptions: { algorithms: ['HS256'] },
    });
  }

  async login(email: string, password: string, sourceIp: string | null, requestId: string): Promise<TokenPair> {
    const normalized = email.trim().toLowerCase();
    await this.throttle.assertAllowed(normalized, sourceIp);
    const user: { id: string; role: string; password_hash: string; disabled_at: Date | null } | undefined = (
      await this.dataSource.query(`SELECT id, role, password_hash, disabled_at FROM app_user WHERE email = $1`, [
        normalized,
      ])
    )[0];
    const valid = await this.passwords.verify(user?.password_hash, password);
    if (!user || !valid || user.disabled_at) {
      await this.throttle.recordFailure(normalized, sourceIp);
      await this.audit.record(this.dataSource.manager, null, [
        {
          action: 'auth.login-failed',
          entityType: 'user',
          entityId: user?.id ?? null,
          details: { sourceIp, requestId },
        },
      ]);
      throw new InvalidCredentialsError();
    }
    await this.throttle.recordSuccess(normalized);
    return this.dataSource.transaction((manager) => this.issue(manager, user.id, user.role, randomUUID()));
  }

  /**
   * Exchanges a refresh token for a new pair (rotation). A token presented a second time means
   * it was copied: the whole family is revoked, the thief's copy and the owner's alike.
   */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const row:
        | {
            user_id: string;
            family_id: string;
            used_at: Date | null;
            revoked_at: Date | null;
            expired: boolean;
            role: string;
            disabled_at: Date | null;
          }
        | undefined = (
        await manager.query(
          `SELECT r.user_id, r.family_id, r.used_at, r.revoked_at, r.expires_at < now() AS expired, u.role, u.disabled_at
             FROM refresh_token r JOIN app_user u ON u.id = r.user_id
            WHERE r.token_hash = $1 FOR UPDATE OF r`,
          [sha256(refreshToken)],
        )
      )[0];
      if (!row) return { error: new TokenInvalidError('TOKEN_INVALID') };
      if (row.revoked_at || row.disabled_at) return { error: new TokenInvalidError('TOKEN_REVOKED') };
      if (row.used_at) {
        await this.revokeFamily(manager, row.family_id);
        return { error: new TokenInvalidError('REFRESH_TOKEN_REUSED') };
      }
      if (row.expired) return { error: new TokenInvalidError('TOKEN_EXPIRED') };
      await manager.query(`UPDATE refresh_token SET used_at = now() WHERE token_hash = $1`, [sha256(refreshToken)]);
      return { pair: await this.issue(manager, row.user_id, row.role, row.family_id) };
    });
    if ('error' in outcome) throw outcome.error;
    return outcome.pair;
  }

  /** Ends the session the access token belongs to. */
  async logout(familyId: string): Promise<void> {
    await this.revokeFamily(this.dataSource.manager, familyId);
  }

  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const [row] = await this.dataSource.query(`SELECT email, password_hash FROM app_user WHERE id = $1`, [
      actor.principal.userId,
    ]);
    if (!row || !(await this.passwords.verify(row.password_hash, currentPassword))) {
      throw new InvalidCredentialsError();
    }
    const passwordHash = await this.passwords.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE app_user SET password_hash = $2, tokens_valid_after = now(), updated_at = now() WHERE id = $1`,
        [actor.principal.userId, passwordHash],
      );
      await this.revokeAllForUser(manager, actor.principal.userId);
      await this.audit.record(manager, actor, [
        { action: 'auth.password-changed', entityType: 'user', entityId: actor.principal.userId },
      ]);
    });
  }

  async revokeAllForUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [
      userId,
    ]);
  }

  /**
   * Checks an access token and loads who it speaks for, fresh from the database, so a disabled
   * user, a changed password or a logout takes effect at once rather than when the token expires.
   */
  async authenticate(accessToken: string): Promise<{ principal: Principal; familyId: string }> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(accessToken);
    } catch (error) {
      throw new TokenInvalidError((error as Error).name === 'TokenExpiredError' ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID');
    }
    if (
      claims.typ !== 'access' ||
      typeof claims.sub !== 'string' ||
      typeof claims.fam !== 'string' ||
      typeof claims.ims !== 'number'
    ) {
      throw new TokenInvalidError('TOKEN_INVALID');
    }
    const row:
      | {
          id: string;
          role: string;
          housing_organisation_id: string | null;
          municipality_id: string | null;
          probation_unit_id: string | null;
          counselling_provider_id: string | null;
          disabled_at: Date | null;
          valid_after: number;
          department_ids: string[];
          family_revoked: boolean;
        }
      | undefined = (
      await this.dataSource.query(
        `SELECT u.id, u.role, u.housing_organisation_id, u.municipality_id, u.probation_unit_id,
                u.counselling_provider_id, u.disabled_at, (extract(epoch FROM u.tokens_valid_after) * 1000)::bigint AS valid_after,
                coalesce(array_agg(ud.department_id) FILTER (WHERE ud.department_id IS NOT NULL), '{}') AS department_ids,
                EXISTS (SELECT 1 FROM refresh_token r WHERE r.family_id = $2 AND r.revoked_at IS NOT NULL) AS family_revoked
           FROM app_user u LEFT JOIN user_department ud ON ud.user_id = u.id
          WHERE u.id = $1 GROUP BY u.id`,
        [claims.sub, claims.fam],
      )
    )[0];
    if (!row || !isRole(row.role)) throw new TokenInvalidError('TOKEN_INVALID');
    if (row.disabled_at || row.family_revoked || claims.ims < Number(row.valid_after)) {
      throw new TokenInvalidError('TOKEN_REVOKED');
    }
    return {
      familyId: claims.fam,
      principal: {
        userId: row.id,
        role: row.role,
        housingOrganisationId: row.housing_organisation_id,
        municipalityId: row.municipality_id,
        probationUnitId: row.probation_unit_id,
        counsellingProviderId: row.counselling_provider_id,
        departmentIds: row.department_ids,
      },
    };
  }

  private async issue(manager: EntityManager, userId: string, role: string, familyId: string): Promise<TokenPair> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(Date.now() + this.config.auth.refreshTtlS * 1000);
    await manager.query(
      `INSERT INTO refresh_token (id, user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [randomUUID(), userId, familyId, sha256(refreshToken), refreshExpiresAt],
    );
    const accessToken = await this.jwt.signAsync({ sub: userId, role, fam: familyId, typ: 'access', ims: Date.now() });
    return { accessToken, expiresIn: this.config.auth.accessTtlS, refreshToken, refreshExpiresAt };
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [
      familyId,
    ]);
  }
}

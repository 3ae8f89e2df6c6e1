import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, createSecretKey, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AuditService } from '../audit/audit.service.js';
import { InvalidCredentialsError, TokenInvalidError } from './access.errors.js';
import { AuthSessionRepository } from './auth-session.repository.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordService } from './password.service.js';
import { SessionStateCache } from './session-state-cache.js';
import { isRole, type Actor, type Principal } from './roles.js';
import { UserRepository } from './user.repository.js';

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
    @Inject(UserRepository) private readonly users: UserRepository,
    @Inject(AuthSessionRepository) private readonly sessions: AuthSessionRepository,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(LoginThrottleService) private readonly throttle: LoginThrottleService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SessionStateCache) private readonly sessionStates: SessionStateCache,
  ) {
    this.jwt = new JwtService({
      // A key object, not the string: given a string, jsonwebtoken first tries it as a PEM public
      // (or private) key on every verify (and sign), and the exception that attempt throws cost
      // about a tenth of the API's CPU under load. HS256 with the same secret bytes either way.
      secret: createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8')),
      signOptions: { algorithm: 'HS256', expiresIn: config.auth.accessTtlS },
      verifyOptions: { algorithms: ['HS256'] },
    });
  }

  async login(email: string, password: string, sourceIp: string | null, requestId: string): Promise<TokenPair> {
    const normalized = email.trim().toLowerCase();
    await this.throttle.assertAllowed(normalized, sourceIp);
    const user = await this.users.credentialsByEmail(this.dataSource.manager, normalized);
    const valid = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !valid || user.disabledAt) {
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
      const row = await this.sessions.lockByHash(manager, sha256(refreshToken));
      if (!row) return { error: new TokenInvalidError('TOKEN_INVALID') };
      if (row.revokedAt || row.disabledAt) return { error: new TokenInvalidError('TOKEN_REVOKED') };
      if (row.usedAt) {
        await this.sessions.revokeFamily(manager, row.familyId);
        return { error: new TokenInvalidError('REFRESH_TOKEN_REUSED'), revoked: row.userId };
      }
      if (row.expired) return { error: new TokenInvalidError('TOKEN_EXPIRED') };
      await this.sessions.markUsed(manager, sha256(refreshToken));
      return { pair: await this.issue(manager, row.userId, row.role, row.familyId) };
    });
    if ('revoked' in outcome && outcome.revoked) this.sessionChanged(outcome.revoked);
    if ('error' in outcome) throw outcome.error;
    return outcome.pair;
  }

  /**
   * Ends the session a refresh token belongs to (the browser's sign-out, which holds the refresh
   * token in a cookie and may hold no valid access token any more). An unknown token ends nothing.
   */
  async logoutByRefreshToken(refreshToken: string): Promise<void> {
    const userId = await this.dataSource.transaction(async (manager) => {
      const row = await this.sessions.lockByHash(manager, sha256(refreshToken));
      if (row) await this.sessions.revokeFamily(manager, row.familyId);
      return row?.userId;
    });
    if (userId) this.sessionChanged(userId);
  }

  /** Ends the session the access token belongs to. */
  async logout(actor: Actor, familyId: string): Promise<void> {
    await this.sessions.revokeFamily(this.dataSource.manager, familyId);
    this.sessionChanged(actor.principal.userId);
  }

  /**
   * A committed change to the user's account, departments or sessions, made by this process: its
   * session state cache forgets them now, without waiting for PostgreSQL's notification, so that
   * the next request of theirs, however soon, is checked against the change. Call it after the
   * transaction has committed (before, a request in between could keep the old state again).
   */
  sessionChanged(userId: string): void {
    this.sessionStates.forgetUser(userId);
  }

  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const own = await this.users.ownCredentials(this.dataSource.manager, actor.principal.userId);
    if (!own || !(await this.passwords.verify(own.passwordHash, currentPassword))) {
      throw new InvalidCredentialsError();
    }
    const passwordHash = await this.passwords.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.users.setPassword(manager, actor.principal.userId, passwordHash);
      await this.revokeAllForUser(manager, actor.principal.userId);
      await this.audit.record(manager, actor, [
        { action: 'auth.password-changed', entityType: 'user', entityId: actor.principal.userId },
      ]);
    });
    this.sessionChanged(actor.principal.userId);
  }

  /**
   * Ends every session of the user (a changed password, a disabled account), in the caller's
   * transaction; the caller calls `sessionChanged` once it has committed.
   */
  async revokeAllForUser(manager: EntityManager, userId: string): Promise<void> {
    await this.sessions.revokeAllForUser(manager, userId);
  }

  /**
   * Checks an access token and loads who it speaks for, as the database holds it now, so a
   * disabled user, a changed password or a logout takes effect at once rather than when the token
   * expires. The state may come from `SessionStateCache`, which PostgreSQL's notifications keep
   * as fresh as a read.
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
    const row = await this.sessionStates.lookup(claims.sub, claims.fam, () =>
      this.sessions.session(claims.sub, claims.fam),
    );
    if (!row || !isRole(row.role)) throw new TokenInvalidError('TOKEN_INVALID');
    if (row.disabledAt || row.familyRevoked || claims.ims < row.tokensValidAfterMs) {
      throw new TokenInvalidError('TOKEN_REVOKED');
    }
    return {
      familyId: claims.fam,
      principal: {
        userId: row.userId,
        role: row.role,
        housingOrganisationId: row.housingOrganisationId,
        municipalityId: row.municipalityId,
        probationUnitId: row.probationUnitId,
        counsellingProviderId: row.counsellingProviderId,
        departmentIds: row.departmentIds,
      },
    };
  }

  private async issue(manager: EntityManager, userId: string, role: string, familyId: string): Promise<TokenPair> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(Date.now() + this.config.auth.refreshTtlS * 1000);
    await this.sessions.insert(manager, {
      id: randomUUID(),
      userId,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: refreshExpiresAt,
    });
    const accessToken = await this.jwt.signAsync({ sub: userId, role, fam: familyId, typ: 'access', ims: Date.now() });
    return { accessToken, expiresIn: this.config.auth.accessTtlS, refreshToken, refreshExpiresAt };
  }
}

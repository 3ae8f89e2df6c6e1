import { Inject, Injectable } from '@nestjs/common';
import pg from 'pg';
import { DataSource, type EntityManager } from 'typeorm';

/** A refresh token as rotation reads it, with its user's role and state. */
export interface RefreshTokenState {
  userId: string;
  familyId: string;
  usedAt: Date | null;
  revokedAt: Date | null;
  expired: boolean;
  role: string;
  disabledAt: Date | null;
}

/** Who an access token speaks for, loaded fresh, and whether its session is still open. */
export interface SessionState {
  userId: string;
  role: string;
  housingOrganisationId: string | null;
  municipalityId: string | null;
  probationUnitId: string | null;
  counsellingProviderId: string | null;
  departmentIds: string[];
  disabledAt: Date | null;
  /** Access tokens issued before this instant (epoch milliseconds) are refused. */
  tokensValidAfterMs: number;
  familyRevoked: boolean;
}

export interface NewRefreshToken {
  id: string;
  userId: string;
  familyId: string;
  tokenHash: string;
  expiresAt: Date;
}

/**
 * Sessions: `refresh_token` rows, one family per sign-in (every token rotated from it), and the
 * check an access token passes on every request.
 */
@Injectable()
export class AuthSessionRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, token: NewRefreshToken): Promise<void> {
    await manager.query(
      `INSERT INTO refresh_token (id, user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [token.id, token.userId, token.familyId, token.tokenHash, token.expiresAt],
    );
  }

  /** The token with this hash, locked until the transaction ends, so one presentation wins. */
  async lockByHash(manager: EntityManager, tokenHash: string): Promise<RefreshTokenState | undefined> {
    const [row]: {
      user_id: string;
      family_id: string;
      used_at: Date | null;
      revoked_at: Date | null;
      expired: boolean;
      role: string;
      disabled_at: Date | null;
    }[] = await manager.query(
      `SELECT r.user_id, r.family_id, r.used_at, r.revoked_at, r.expires_at < now() AS expired, u.role, u.disabled_at
         FROM refresh_token r JOIN app_user u ON u.id = r.user_id
        WHERE r.token_hash = $1 FOR UPDATE OF r`,
      [tokenHash],
    );
    return (
      row && {
        userId: row.user_id,
        familyId: row.family_id,
        usedAt: row.used_at,
        revokedAt: row.revoked_at,
        expired: row.expired,
        role: row.role,
        disabledAt: row.disabled_at,
      }
    );
  }

  async markUsed(manager: EntityManager, tokenHash: string): Promise<void> {
    await manager.query(`UPDATE refresh_token SET used_at = now() WHERE token_hash = $1`, [tokenHash]);
  }

  async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [
      familyId,
    ]);
  }

  async revokeAllForUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [
      userId,
    ]);
  }

  /** One statement, since it runs on every authenticated request. */
  async session(userId: string, familyId: string): Promise<SessionState | undefined> {
    const [row]: {
      id: string;
      role: string;
      housing_organisation_id: string | null;
      municipality_id: string | null;
      probation_unit_id: string | null;
      counselling_provider_id: string | null;
      disabled_at: Date | null;
      valid_after: string;
      department_ids: string[];
      family_revoked: boolean;
    }[] = await this.dataSource.query(
      `SELECT u.id, u.role, u.housing_organisation_id, u.municipality_id, u.probation_unit_id,
              u.counselling_provider_id, u.disabled_at, (extract(epoch FROM u.tokens_valid_after) * 1000)::bigint AS valid_after,
              coalesce(array_agg(ud.department_id) FILTER (WHERE ud.department_id IS NOT NULL), '{}') AS department_ids,
              EXISTS (SELECT 1 FROM refresh_token r WHERE r.family_id = $2 AND r.revoked_at IS NOT NULL) AS family_revoked
         FROM app_user u LEFT JOIN user_department ud ON ud.user_id = u.id
        WHERE u.id = $1 GROUP BY u.id`,
      [userId, familyId],
    );
    return (
      row && {
        userId: row.id,
        role: row.role,
        housingOrganisationId: row.housing_organisation_id,
        municipalityId: row.municipality_id,
        probationUnitId: row.probation_unit_id,
        counsellingProviderId: row.counselling_provider_id,
        departmentIds: row.department_ids,
        disabledAt: row.disabled_at,
        tokensValidAfterMs: Number(row.valid_after),
        familyRevoked: row.family_revoked,
      }
    );
  }
}

/** The channel the triggers of migration SessionStateNotifications1764820000000 notify, with a user id. */
export const SESSION_STATE_CHANNEL = 'session_state_changed';

export interface SessionChangeHandlers {
  /** A change to this user's account, departments or sessions was committed. */
  changed(userId: string): void;
  /** The connection failed or closed: changes from now on go unheard. */
  lost(error?: Error): void;
}

/**
 * A connection of its own (outside the pool: LISTEN needs a session that stays) that hears every
 * committed change to the state `AuthSessionRepository.session` reads. Resolves once it listens;
 * rejects (after calling `lost`) when it could not. End the returned client to stop.
 */
export async function openSessionChangeFeed(url: string, handlers: SessionChangeHandlers): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    application_name: 'eviction-prevention-session-listener',
    connectionTimeoutMillis: 10_000,
  });
  let ended = false;
  const lost = (error?: Error) => {
    if (ended) return;
    ended = true;
    handlers.lost(error);
    client.end().catch(() => undefined);
  };
  client.on('error', lost);
  client.on('end', () => lost());
  client.on('notification', (message) => {
    if (message.channel === SESSION_STATE_CHANNEL && message.payload) handlers.changed(message.payload);
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${SESSION_STATE_CHANNEL}`);
  } catch (error) {
    lost(error as Error);
    throw error;
  }
  return client;
}

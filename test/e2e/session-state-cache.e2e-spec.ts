import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApi } from '../../apps/api/src/api.factory.js';
import { AuthService, Role, SessionChangeListener, SessionStateCache, UserService } from '@app/domain';
import {
  actorOf,
  createTestDatabase,
  eventually,
  signIn,
  TEST_PASSWORD,
  testConfig,
  TestWorld,
  type SignedInUser,
  type TestDatabase,
} from '@app/testing';

/** The session (refresh-token family) an access token was issued in: its `fam` claim. */
function familyOf(user: SignedInUser): string {
  const payload = JSON.parse(Buffer.from(user.accessToken.split('.')[1]!, 'base64url').toString('utf8')) as {
    fam: string;
  };
  return payload.fam;
}

/**
 * The session state cache (libs/domain/src/access/session-state-cache.ts) as a bearer token meets
 * it: kept for a minute here (the longest allowed), so that anything these tests see refused was refused because
 * PostgreSQL told the API of the change, made as another process would make it (straight in the
 * database), not because the entry ran out.
 */
describe('the session state cache', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let cache: SessionStateCache;
  let admin: SignedInUser;
  const me = (user: SignedInUser) => request(api.getHttpServer()).get('/api/v1/me').set('Authorization', user.bearer);

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres', env: { AUTH_SESSION_CACHE_MS: '60000' } }));
    await api.init();
    cache = api.get(SessionStateCache);
    admin = await signIn(api, Role.Administrator);
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('answers from what it keeps: a change PostgreSQL does not announce is not seen', async () => {
    expect(cache.active).toBe(true);
    const user = await signIn(api, Role.Administrator);
    await me(user).expect(200);
    // Triggers off for this one statement's session (as a replica applies changes): no notification.
    await database.query(`BEGIN;
      SET LOCAL session_replication_role = replica;
      UPDATE app_user SET disabled_at = now() WHERE id = '${user.user.id}';
      COMMIT`);
    await me(user).expect(200);
    // What the API reads afresh refuses it: the kept state was what answered.
    cache.forgetUser(user.user.id);
    expect((await me(user).expect(401)).body.code).toBe('TOKEN_REVOKED');
  });

  it.each([
    [
      'the user is disabled',
      (id: string) => database.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [id]),
    ],
    [
      'their sessions are revoked',
      (id: string) => database.query(`UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1`, [id]),
    ],
    [
      'their tokens are declared invalid (a password set elsewhere)',
      (id: string) => database.query(`UPDATE app_user SET tokens_valid_after = now() WHERE id = $1`, [id]),
    ],
  ])('refuses a token it has seen once told %s in the database, by another process', async (_what, change) => {
    const user = await signIn(api, Role.Administrator);
    await me(user).expect(200);
    await me(user).expect(200);
    const heard = cache.nextChangeOf(user.user.id);
    await change(user.user.id);
    await heard;
    expect((await me(user).expect(401)).body.code).toBe('TOKEN_REVOKED');
  });

  it('scopes the next request by the departments a user has now, once told they changed', async () => {
    const { organisation, departments } = await new TestWorld(api).organisation();
    const department = departments[0]!;
    const user = await signIn(api, Role.Manager, { housingOrganisationId: organisation.id });
    const auth = api.get(AuthService);
    expect((await auth.authenticate(user.accessToken)).principal.departmentIds).toEqual([]);

    let heard = cache.nextChangeOf(user.user.id);
    await database.query(`INSERT INTO user_department (user_id, department_id) VALUES ($1, $2)`, [
      user.user.id,
      department.id,
    ]);
    await heard;
    expect((await auth.authenticate(user.accessToken)).principal.departmentIds).toEqual([department.id]);

    heard = cache.nextChangeOf(user.user.id);
    await database.query(`DELETE FROM user_department WHERE user_id = $1`, [user.user.id]);
    await heard;
    expect((await auth.authenticate(user.accessToken)).principal.departmentIds).toEqual([]);
  });

  describe('keeps nothing of a user once a change the API itself made has returned', () => {
    // The write forgets the user as it commits (AuthService.sessionChanged); PostgreSQL's notification,
    // over the listener's own connection, mostly arrives first and repeats it, but nothing promises it will.
    const warm = async (): Promise<SignedInUser> => {
      const user = await signIn(api, Role.Administrator);
      await me(user).expect(200);
      expect(cache.sessionsHeld(user.user.id)).toBe(1);
      return user;
    };
    const adminActor = () => actorOf(admin.user);

    it.each<[string, (user: SignedInUser) => Promise<unknown>]>([
      ['disabled', (user) => api.get(UserService).setDisabled(adminActor(), user.user.id, true)],
      [
        'given a new password by an administrator',
        (user) => api.get(UserService).resetPassword(adminActor(), user.user.id, 'another-long-passphrase-1'),
      ],
      [
        'changing their own password',
        (user) => api.get(AuthService).changePassword(actorOf(user.user), TEST_PASSWORD, 'another-long-passphrase-2'),
      ],
      ['signing out', (user) => api.get(AuthService).logout(actorOf(user.user), familyOf(user))],
      ['signing out with the refresh token', (user) => api.get(AuthService).logoutByRefreshToken(user.refreshToken)],
    ])('%s', async (_what, change) => {
      const user = await warm();
      await change(user);
      expect(cache.sessionsHeld(user.user.id)).toBe(0);
      expect((await me(user).expect(401)).body.code).toBe('TOKEN_REVOKED');
    });

    it('given other departments', async () => {
      const { organisation, departments } = await new TestWorld(api).organisation({ departments: 2 });
      const user = await signIn(api, Role.HousingCaseworker, {
        housingOrganisationId: organisation.id,
        departmentIds: [departments[0]!.id],
      });
      await me(user).expect(200);
      expect(cache.sessionsHeld(user.user.id)).toBe(1);
      await api.get(UserService).update(adminActor(), user.user.id, { departmentIds: [departments[1]!.id] });
      expect(cache.sessionsHeld(user.user.id)).toBe(0);
      const auth = api.get(AuthService);
      expect((await auth.authenticate(user.accessToken)).principal.departmentIds).toEqual([departments[1]!.id]);
    });

    it('a refresh token used twice', async () => {
      const user = await warm();
      const http = () => request(api.getHttpServer()).post('/api/v1/auth/refresh');
      await http().send({ refreshToken: user.refreshToken }).expect(200);
      expect(cache.sessionsHeld(user.user.id)).toBe(1);
      await expect(api.get(AuthService).refresh(user.refreshToken)).rejects.toMatchObject({
        code: 'REFRESH_TOKEN_REUSED',
      });
      expect(cache.sessionsHeld(user.user.id)).toBe(0);
      expect((await me(user).expect(401)).body.code).toBe('TOKEN_REVOKED');
    });
  });

  it('reads on every request while its connection is lost, and keeps state again once it listens again', async () => {
    const listener = api.get(SessionChangeListener);
    const pid = listener.backendPid;
    expect(pid).toEqual(expect.any(Number));
    await database.query(`SELECT pg_terminate_backend($1)`, [pid]);
    await eventually(() => (cache.active ? undefined : true), 15_000, 'the cache to be suspended');

    // Unheard while suspended: a revocation now is seen because every request reads.
    const user = await signIn(api, Role.Administrator);
    await me(user).expect(200);
    await database.query(`UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1`, [user.user.id]);
    expect((await me(user).expect(401)).body.code).toBe('TOKEN_REVOKED');

    await eventually(
      () => (cache.active && listener.backendPid !== undefined && listener.backendPid !== pid ? true : undefined),
      15_000,
      'the listener to listen again',
    );
    const next = await signIn(api, Role.Administrator);
    await me(next).expect(200);
    const heard = cache.nextChangeOf(next.user.id);
    await database.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [next.user.id]);
    await heard;
    expect((await me(next).expect(401)).body.code).toBe('TOKEN_REVOKED');
  });
});

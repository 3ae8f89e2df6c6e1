import { type INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { createApi } from '../../apps/api/src/api.factory.js';
import { Role } from '@app/domain';
import {
  createTestDatabase,
  signIn,
  TEST_PASSWORD,
  TEST_SECRETS,
  testConfig,
  type SignedInUser,
  type TestDatabase,
} from '@app/testing';

/** Authentication through HTTP: tokens that are expired, tampered, revoked or reused get nowhere. */
describe('authentication', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let admin: SignedInUser;
  const http = () => request(api.getHttpServer());
  const me = (bearer: string) => http().get('/api/v1/me').set('Authorization', bearer);

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.init();
    admin = await signIn(api, Role.Administrator);
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('signs in and answers /me with the user, never the password hash', async () => {
    const response = await me(admin.bearer).expect(200);
    expect(response.body).toMatchObject({ id: admin.user.id, role: 'administrator', email: admin.user.email });
    expect(JSON.stringify(response.body)).not.toMatch(/argon2|password/i);
  });

  it('refuses requests without a token, and wrong passwords, with stable codes', async () => {
    expect((await http().get('/api/v1/me').expect(401)).body.code).toBe('AUTHENTICATION_REQUIRED');
    const wrong = await http().post('/api/v1/auth/login').send({ email: admin.user.email, password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    const unknown = await http().post('/api/v1/auth/login').send({ email: 'nobody@test.dk', password: 'whatever' });
    expect(unknown.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses an expired token', async () => {
    const jwt = new JwtService({ secret: TEST_SECRETS.AUTH_JWT_SECRET });
    const past = Math.floor(Date.now() / 1000) - 3600;
    const token = await jwt.signAsync({
      sub: admin.user.id,
      role: 'administrator',
      fam: '00000000-0000-4000-8000-000000000000',
      typ: 'access',
      ims: (past - 900) * 1000,
      iat: past - 900,
      exp: past,
    });
    expect((await me(`Bearer ${token}`).expect(401)).body.code).toBe('TOKEN_EXPIRED');
  });

  it('refuses a tampered token and one signed with another key', async () => {
    const [header, payload, signature] = admin.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'administrator', sub: claims.sub })).toString(
      'base64url',
    );
    const flipped = signature!.slice(0, -2) + (signature!.endsWith('AA') ? 'BB' : 'AA');
    expect((await me(`Bearer ${header}.${forged}.${flipped}`).expect(401)).body.code).toBe('TOKEN_INVALID');
    const other = await new JwtService({ secret: 'another-secret-another-secret-another-secret' }).signAsync({
      sub: admin.user.id,
      role: 'administrator',
      fam: 'x',
      typ: 'access',
    });
    expect((await me(`Bearer ${other}`).expect(401)).body.code).toBe('TOKEN_INVALID');
    expect((await me('Bearer not.a.jwt').expect(401)).body.code).toBe('TOKEN_INVALID');
  });

  it('revokes the session on logout: the access token and its refresh token stop working', async () => {
    const user = await signIn(api, Role.Manager, {
      housingOrganisationId: (await createOrganisation()).id,
    });
    await me(user.bearer).expect(200);
    await http().post('/api/v1/auth/logout').set('Authorization', user.bearer).expect(204);
    expect((await me(user.bearer).expect(401)).body.code).toBe('TOKEN_REVOKED');
    const refresh = await http().post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(401);
    expect(refresh.body.code).toBe('TOKEN_REVOKED');
  });

  it('rotates refresh tokens, and a reused one revokes the whole family', async () => {
    const user = await signIn(api, Role.Administrator);
    const first = await http().post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(200);
    expect(first.body.refreshToken).not.toBe(user.refreshToken);
    await me(`Bearer ${first.body.accessToken}`).expect(200);

    // The original token again: someone copied it. Everyone in the family is signed out.
    const reuse = await http().post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(401);
    expect(reuse.body.code).toBe('REFRESH_TOKEN_REUSED');
    const next = await http().post('/api/v1/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(401);
    expect(next.body.code).toBe('TOKEN_REVOKED');
    expect((await me(`Bearer ${first.body.accessToken}`).expect(401)).body.code).toBe('TOKEN_REVOKED');

    // Another session of the same user is not in that family and keeps working.
    const other = await http().post('/api/v1/auth/login').send({ email: user.user.email, password: TEST_PASSWORD });
    await me(`Bearer ${other.body.accessToken}`).expect(200);
  });

  it('signs a disabled user out at once, and lets them in again when enabled', async () => {
    const user = await signIn(api, Role.Administrator);
    await http().post(`/api/v1/users/${user.user.id}/disable`).set('Authorization', admin.bearer).expect(200);
    expect((await me(user.bearer).expect(401)).body.code).toBe('TOKEN_REVOKED');
    const login = await http().post('/api/v1/auth/login').send({ email: user.user.email, password: TEST_PASSWORD });
    expect(login.body.code).toBe('INVALID_CREDENTIALS');
    await http().post(`/api/v1/users/${user.user.id}/enable`).set('Authorization', admin.bearer).expect(200);
    await http().post('/api/v1/auth/login').send({ email: user.user.email, password: TEST_PASSWORD }).expect(200);
  });

  it('changes a password: old sessions end, the new password works, weak ones are refused', async () => {
    const user = await signIn(api, Role.Administrator);
    const weak = await http()
      .post('/api/v1/auth/password')
      .set('Authorization', user.bearer)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'short' })
      .expect(400);
    expect(weak.body.code).toBe('PASSWORD_TOO_WEAK');
    await http()
      .post('/api/v1/auth/password')
      .set('Authorization', user.bearer)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'a-much-longer-password' })
      .expect(204);
    expect((await me(user.bearer).expect(401)).body.code).toBe('TOKEN_REVOKED');
    await http().post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(401);
    await http().post('/api/v1/auth/login').send({ email: user.user.email, password: TEST_PASSWORD }).expect(401);
    await http()
      .post('/api/v1/auth/login')
      .send({ email: user.user.email, password: 'a-much-longer-password' })
      .expect(200);
  });

  it('slows down repeated failures per account, with a cap so nobody is locked out for good', async () => {
    const user = await signIn(api, Role.Administrator);
    const attempt = (password: string) => http().post('/api/v1/auth/login').send({ email: user.user.email, password });
    for (let i = 0; i < 4; i++) expect((await attempt('wrong')).status).toBe(401);
    expect((await attempt('wrong')).status).toBe(401); // the fifth failure starts the delay
    const throttled = await attempt(TEST_PASSWORD);
    expect(throttled.status).toBe(429);
    expect(throttled.body.code).toBe('LOGIN_THROTTLED');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);

    // Many more failures never block for longer than the cap (15 minutes).
    await database.query(`UPDATE login_throttle SET failures = 40, blocked_until = now() WHERE key = $1`, [
      `account:${user.user.email}`,
    ]);
    await attempt('wrong');
    const [row] = await database.query<{ seconds: number }>(
      `SELECT extract(epoch FROM blocked_until - now())::int AS seconds FROM login_throttle WHERE key = $1`,
      [`account:${user.user.email}`],
    );
    expect(row!.seconds).toBeLessThanOrEqual(15 * 60);
    expect(row!.seconds).toBeGreaterThan(14 * 60);

    // When the block has passed, the right password gets in and clears the count.
    await database.query(`UPDATE login_throttle SET blocked_until = now() - interval '1 second' WHERE key = $1`, [
      `account:${user.user.email}`,
    ]);
    await attempt(TEST_PASSWORD).expect(200);
    const rows = await database.query(`SELECT 1 FROM login_throttle WHERE key = $1`, [`account:${user.user.email}`]);
    expect(rows).toHaveLength(0);
  });

  async function createOrganisation(): Promise<{ id: string }> {
    const response = await http()
      .post('/api/v1/housing-organisations')
      .set('Authorization', admin.bearer)
      .send({ name: `Org ${Math.random()}` })
      .expect(201);
    return response.body;
  }
});

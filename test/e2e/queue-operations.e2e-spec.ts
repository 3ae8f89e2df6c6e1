import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApi } from '../../apps/api/src/api.factory.js';
import { createWorker } from '../../apps/worker/src/worker.factory.js';
import {
  ALL_ROLES,
  CounsellingProviderService,
  HousingOrganisationService,
  MunicipalityService,
  ProbationUnitService,
  Role,
  type CreateUser,
} from '@app/domain';
import { type AnyQueue, JobName, MAINTENANCE_QUEUE, NOTIFICATION_QUEUE, QueueBackend, QueueName } from '@app/queue';
import {
  clearRedisPrefix,
  createTestDatabase,
  eventually,
  signIn,
  testConfig,
  uniqueQueuePrefix,
  type SignedInUser,
  type TestDatabase,
} from '@app/testing';

const BOARD = '/admin/queues';
const BOARD_API = '/admin/queues/api/queues';
const NON_ADMIN_ROLES = ALL_ROLES.filter((role) => role !== Role.Administrator);

/** Bull Board and queue health, on each queue backend: only administrators see the board. */
describe.each(['redis', 'postgres'] as const)('queue operations (%s queues)', (queue) => {
  let database: TestDatabase;
  let api: INestApplication;
  let admin: SignedInUser;
  const others = {} as Record<Role, SignedInUser>;
  const prefix = uniqueQueuePrefix();
  const config = () => testConfig({ database, queue, prefix });
  const http = () => request(api.getHttpServer());

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(config());
    await api.init();
    admin = await signIn(api, Role.Administrator);
    const municipality = await api
      .get(MunicipalityService)
      .register({ code: '751', name: 'Aarhus', alertEmail: 'a@k.dk' });
    const organisation = await api
      .get(HousingOrganisationService)
      .create({ name: 'Bolig', cvr: null, contactEmail: null });
    const unit = await api.get(ProbationUnitService).create({ name: 'KF', contactEmail: 'kf@k.dk' });
    const provider = await api.get(CounsellingProviderService).create({ name: 'Råd', contactEmail: 'r@k.dk' });
    const scopes: Record<Role, Partial<CreateUser>> = {
      administrator: {},
      housing_caseworker: { housingOrganisationId: organisation.id },
      municipal_social_worker: { municipalityId: municipality.id },
      debt_advisor: { counsellingProviderId: provider.id },
      probation_officer: { probationUnitId: unit.id },
      manager: { housingOrganisationId: organisation.id },
    };
    for (const role of NON_ADMIN_ROLES) others[role] = await signIn(api, role, scopes[role]);
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await database?.drop();
    if (queue === 'redis') await clearRedisPrefix(prefix);
  });

  const openSession = async (bearer: string, headers: Record<string, string> = {}) => {
    const response = await http().post('/admin/session').set('Authorization', bearer).set(headers).expect(204);
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? [])[0];
    expect(cookie).toBeDefined();
    return cookie!;
  };
  const cookiePair = (setCookie: string) => setCookie.split(';')[0]!;

  it('refuses anonymous callers with 401 in the error shape, Danish by default and English on request', async () => {
    for (const path of [BOARD, BOARD_API, `${BOARD}/static/favicon.ico`]) {
      const response = await http().get(path).expect(401);
      expect(response.body).toEqual({
        statusCode: 401,
        code: 'AUTHENTICATION_REQUIRED',
        message: 'Du skal logge ind.',
        details: [],
        requestId: expect.any(String),
      });
    }
    const english = await http().get(BOARD).set('Accept-Language', 'en').expect(401);
    expect(english.body.message).toBe('You must sign in.');
    const forged = await http().get(BOARD).set('Authorization', 'Bearer not-a-token').expect(401);
    expect(forged.body.code).toBe('TOKEN_INVALID');
    const forgedCookie = await http().get(BOARD).set('Cookie', 'ep_admin_session=not-a-token').expect(401);
    expect(forgedCookie.body.code).toBe('TOKEN_INVALID');
  });

  it.each(NON_ADMIN_ROLES)('refuses %s with 403, by header and by cookie, and gives no session', async (role) => {
    const caller = others[role];
    for (const path of [BOARD, BOARD_API]) {
      const response = await http().get(path).set('Authorization', caller.bearer).expect(403);
      expect(response.body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
      expect(response.body.requestId).toEqual(expect.any(String));
    }
    await http().get(BOARD).set('Cookie', `ep_admin_session=${caller.accessToken}`).expect(403);
    // The board's actions are behind the same door as its pages.
    await http().put(`${BOARD_API}/${QueueName.Maintenance}/pause`).set('Authorization', caller.bearer).expect(403);
    const session = await http().post('/admin/session').set('Authorization', caller.bearer).expect(403);
    expect(session.body.code).toBe('ROLE_NOT_ALLOWED');
    expect(session.headers['set-cookie']).toBeUndefined();
  });

  it('shows the board to an administrator with the bearer header', async () => {
    const page = await http().get(BOARD).set('Authorization', admin.bearer).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('<html');
    const board = await http().get(BOARD_API).set('Authorization', admin.bearer).expect(200);
    const names = (board.body.queues as { name: string }[]).map((q) => q.name);
    expect(names).toEqual(expect.arrayContaining([QueueName.Notifications, QueueName.Maintenance]));
    await http().put(`${BOARD_API}/${QueueName.Maintenance}/pause`).set('Authorization', admin.bearer).expect(200);
    expect(await api.get<AnyQueue>(MAINTENANCE_QUEUE).isPaused()).toBe(true);
    await http().put(`${BOARD_API}/${QueueName.Maintenance}/resume`).set('Authorization', admin.bearer).expect(200);
    expect(await api.get<AnyQueue>(MAINTENANCE_QUEUE).isPaused()).toBe(false);
  });

  it('sets the admin cookie only for a bearer header, and the cookie alone opens the board', async () => {
    await http().post('/admin/session').expect(401);
    const setCookie = await openSession(admin.bearer);
    expect(setCookie).toMatch(/^ep_admin_session=[\w-]+\.[\w-]+\.[\w-]+;/);
    expect(setCookie).toMatch(/; Path=\/admin(;|$)/);
    expect(setCookie).toMatch(/; HttpOnly(;|$)/);
    expect(setCookie).toMatch(/; SameSite=Strict(;|$)/);
    expect(setCookie).not.toMatch(/; Secure/);
    // It expires with the access token (its `exp` claim), not when the browser closes.
    const { exp } = JSON.parse(Buffer.from(admin.accessToken.split('.')[1]!, 'base64url').toString()) as {
      exp: number;
    };
    expect(Date.parse(/; Expires=([^;]+)/.exec(setCookie)![1]!)).toBe(exp * 1000);
    expect(exp * 1000).toBeGreaterThan(Date.now());

    const cookie = cookiePair(setCookie);
    // A cookie cannot renew itself: a new one takes the bearer header again.
    await http().post('/admin/session').set('Cookie', cookie).expect(401);
    const page = await http().get(BOARD).set('Cookie', cookie).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain(`<base href="${BOARD}/"`);
    // A browser sends the cookie for the page's scripts too (they live under the same path).
    const script = /src="(static\/js\/main[^"]+)"/.exec(page.text)![1]!;
    await http().get(`${BOARD}/${script}`).expect(401);
    const asset = await http().get(`${BOARD}/${script}`).set('Cookie', cookie).expect(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    const board = await http().get(BOARD_API).set('Cookie', `theme=dark; ${cookie}`).expect(200);
    expect((board.body.queues as { name: string }[]).map((q) => q.name)).toContain(QueueName.Notifications);
    // The cookie is for the admin pages only: the API still wants the bearer header.
    expect((await http().get('/api/v1/me').set('Cookie', cookie).expect(401)).body.code).toBe(
      'AUTHENTICATION_REQUIRED',
    );
  });

  it('marks the cookie Secure behind https', async () => {
    expect(await openSession(admin.bearer, { 'X-Forwarded-Proto': 'https' })).toMatch(/; Secure(;|$)/);
  });

  it('stops honouring the cookie once its session is signed out', async () => {
    const session = await signIn(api, Role.Administrator);
    const cookie = cookiePair(await openSession(session.bearer));
    await http().get(BOARD_API).set('Cookie', cookie).expect(200);
    await http().post('/api/v1/auth/logout').set('Authorization', session.bearer).expect(204);
    expect((await http().get(BOARD_API).set('Cookie', cookie).expect(401)).body.code).toBe('TOKEN_REVOKED');
  });

  it('reports waiting, active, delayed, failed and stalled jobs per queue in /health', async () => {
    const notifications = api.get<AnyQueue>(NOTIFICATION_QUEUE);
    for (const jobId of ['held', 'stalls', 'waits']) {
      await notifications.add(JobName.SendEmail, { outboxId: jobId }, { jobId });
    }
    await notifications.add(JobName.SendEmail, { outboxId: 'later' }, { jobId: 'later', delay: 3_600_000 });
    // Two workers each take a job and then neither work on it nor renew its lock. One lock
    // lasts the whole test (a busy worker); the other runs out at once (a worker that died).
    const base = config();
    const workerWithLock = (lockDurationMs: number) =>
      new QueueBackend({ ...base, queue: { ...base.queue, lockDurationMs } }).createWorker(
        QueueName.Notifications,
        async () => undefined,
      );
    const busy = workerWithLock(600_000);
    const dead = workerWithLock(100);
    try {
      expect((await busy.getNextJob('busy-worker'))?.id).toBe('held');
      expect((await dead.getNextJob('dead-worker'))?.id).toBe('stalls');
      const queueDetails = await eventually(
        async () => {
          const body = (await http().get('/health').expect(200)).body;
          return body.details.queue.notifications.stalled > 0 ? body.details.queue : undefined;
        },
        10_000,
        "the dead worker's lock to expire",
      );
      expect(queueDetails).toEqual({
        status: 'up',
        backend: queue,
        notifications: { waiting: 1, active: 2, delayed: 1, failed: 0, stalled: 1 },
        maintenance: { waiting: 0, active: 0, delayed: 0, failed: 0, stalled: 0 },
        // The last probe's time: /health reads what the API's probe timer found.
        checkedAt: expect.any(String),
        ageMs: expect.any(Number),
      });
    } finally {
      await Promise.all([busy.close(), dead.close()]);
    }
  });

  // Last: the worker schedules its maintenance jobs, which the counts above must not see.
  it('shows on the board that a worker serves each queue while one runs, and none once it stops', async () => {
    const hasWorkers = async () =>
      Object.fromEntries(
        (
          (await http().get(BOARD_API).set('Authorization', admin.bearer).expect(200)).body.queues as {
            name: string;
            hasWorkers: boolean | null;
          }[]
        ).map((q) => [q.name, q.hasWorkers]),
      );
    const worker = await createWorker(config());
    try {
      const seen = await eventually(
        async () => {
          const now = await hasWorkers();
          return Object.values(now).every((v) => v === true) ? now : undefined;
        },
        20_000,
        'the board to see the worker',
      );
      expect(Object.keys(seen).length).toBeGreaterThanOrEqual(2);
    } finally {
      await worker.close();
    }
    await eventually(
      async () => (Object.values(await hasWorkers()).every((v) => v === false) ? true : undefined),
      20_000,
      'the board to see no worker',
    );
  });
});

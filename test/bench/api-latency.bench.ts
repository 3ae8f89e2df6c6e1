import { seedOrganisationWithTenancies } from './support/organisation-seed.js';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  clearRedisPrefix,
  createTestDatabase,
  eventually,
  startProcess,
  stopProcess,
  testEnv,
  uniqueQueuePrefix,
  type RunningProcess,
  type TestDatabase,
} from '@app/testing';
import { report, size } from './support/bench.js';

const CONNECTIONS = size(50, 4);
const SECONDS = size(20, 2);
/** Untimed load before each timed one, so both sides are measured warm (JIT, pools, caches). */
const WARMUP_SECONDS = size(3, 1);
/** Tenancies the registrations spread over; every other one starts with an open case. */
const TENANCIES = size(2_000, 20);
/** Cases already in the caseworker's organisation, each with a few ledger lines, before the case list is read. */
const LISTED_CASES = size(5_000, 50);
const LEDGER_LINES_PER_CASE = 3;
const SEEDED_DUE_DATE = '2025-06-01';

interface LoadResult {
  answered: number;
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
}

interface LoadSpec {
  url: string;
  kind: 'register' | 'bare-insert' | 'case-list' | 'bare-select';
  token?: string;
  tenancyIds?: string[];
}

/** A port nothing listens on now, for a server to take. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The end of what the servers under load printed, for a failure's message. */
let serverOutput = (): string => '';

const scratch = mkdtempSync(join(tmpdir(), 'api-latency-'));

/** Runs `support/load.mjs` (autocannon in a plain Node process): a warm-up, then the timed load. */
async function load(spec: LoadSpec): Promise<LoadResult> {
  const script = new URL('./support/load.mjs', import.meta.url).pathname;
  const run = async (seconds: number) => {
    const file = join(scratch, `${spec.kind}-${randomUUID()}.json`);
    writeFileSync(file, JSON.stringify({ ...spec, connections: CONNECTIONS, seconds }));
    const { stdout } = await promisify(execFile)(process.execPath, [script, file], {
      env: { PATH: process.env.PATH ?? '' },
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(stdout.trim().split('\n').pop()!) as LoadResult;
  };
  const warm = await run(WARMUP_SECONDS);
  if (Object.keys(failures(warm)).length > 0) {
    throw new Error(`${spec.kind} warm-up: ${JSON.stringify(failures(warm))}; the servers said:\n${serverOutput()}`);
  }
  return run(SECONDS);
}

/** What went wrong in a load, if anything: answers other than 2xx, and requests never answered. */
function failures(result: LoadResult): Partial<LoadResult> {
  const wrong: Partial<LoadResult> = {};
  if (result.non2xx > 0) Object.assign(wrong, { non2xx: result.non2xx, statuses: result.statuses });
  if (result.errors > 0) wrong.errors = result.errors;
  if (result.timeouts > 0) wrong.timeouts = result.timeouts;
  return wrong;
}

/**
 * The API under 50 connections for 20 s per figure, each beside its floor: a minimal NestJS app
 * on the same Express adapter doing one statement per request through a `pg` pool of the API's
 * size (support/bare-api.mjs). Both are real processes on the same PostgreSQL; the load comes
 * from a third (support/load.mjs). The ratios are the figures: absolute rates move with the
 * machine. Under `npm test` it runs a couple of seconds on a few connections, and asserts only
 * that every request was answered with a 2xx.
 *
 * `BENCH_PROFILE_DIR=/tmp/prof npm run bench -- api-latency`: CPU profiles of the API during
 * each timed load (support/cpu-profile.mjs), summarised by support/profile-summary.mjs.
 */
describe(`API latency (${CONNECTIONS} connections, ${SECONDS} s per figure)`, () => {
  let database: TestDatabase;
  let api: RunningProcess | undefined;
  let bare: RunningProcess | undefined;
  const prefix = uniqueQueuePrefix();

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await stopProcess(api);
    await stopProcess(bare);
    await database?.drop();
    await clearRedisPrefix(prefix);
    rmSync(scratch, { recursive: true, force: true });
  });

  it(
    'registers arrears and lists cases within a small multiple of one bare statement, answering every request with a 2xx',
    async () => {
      // The figure is the request path's: request logs nobody reads would only compete for the cores.
      // Without info logs the API does not print its port, so it gets one chosen here.
      const [apiPort, barePort] = [await freePort(), await freePort()];
      // DATABASE_POOL_SIZE, when set, sizes both pools (the API's and the floor's): to try another size.
      const pool: Record<string, string> = process.env.DATABASE_POOL_SIZE
        ? { DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE }
        : {};
      const env = testEnv({
        database,
        queue: 'redis',
        prefix,
        // The shipped health-probe interval: the tests' 200 ms would add a probe of every service five times a second.
        env: { LOG_LEVEL: 'warn', PORT: String(apiPort), HEALTH_PROBE_INTERVAL_MS: '10000', ...pool },
      });
      // The first LISTED_CASES tenancies get a case with ledger lines here, the rest are registered on through the API.
      const { municipalityId, organisationId, departmentId, tenancyIds } = await seedOrganisationWithTenancies(
        database,
        LISTED_CASES + TENANCIES,
      );
      const [listed, registered] = [tenancyIds.slice(0, LISTED_CASES), tenancyIds.slice(LISTED_CASES)];
      await database.query(
        `WITH cases AS (
           INSERT INTO arrears_case (id, tenancy_id, housing_organisation_id, department_id, municipality_id, stage, opened_at)
           SELECT gen_random_uuid(), t.id, $2, $3, $4, 'registered', now() - make_interval(mins => t.ord::int)
             FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, ord)
           RETURNING id)
         INSERT INTO ledger_entry (case_id, kind, amount_ore, due_date, booked_on, source, source_key)
         SELECT cases.id, 'rent_charge', 650000, d::date, d::date, 'manual', 'rent:' || d::date
           FROM cases, generate_series(DATE '2025-01-01', DATE '2025-01-01' + make_interval(months => $5::int - 1), '1 month') AS d`,
        [listed, organisationId, departmentId, municipalityId, LEDGER_LINES_PER_CASE],
      );
      await database.query('ANALYZE');

      const profileDir = process.env.BENCH_PROFILE_DIR;
      const preload = new URL('./support/cpu-profile.mjs', import.meta.url).pathname;
      api = startProcess(
        'dist/apps/api/src/main.js',
        { ...env, ...(profileDir ? { CPU_PROFILE_DIR: profileDir } : {}) },
        profileDir ? ['--import', preload] : [],
      );
      bare = startProcess(new URL('./support/bare-api.mjs', import.meta.url).pathname, {
        ...env,
        BARE_PORT: String(barePort),
        BARE_SEEDED_ROWS: String(LISTED_CASES),
      });
      serverOutput = () => `${api?.output().slice(-4_000)}\n${bare?.output().slice(-2_000)}`;
      const base = `http://127.0.0.1:${apiPort}`;
      const bareBase = `http://127.0.0.1:${barePort}`;
      const listening = (url: string, who: RunningProcess) =>
        eventually(
          () =>
            fetch(url).then(
              () => true,
              () => undefined,
            ),
          60_000,
          `${url} to listen`,
        ).catch((error: Error) => {
          throw new Error(`${error.message}; it said:\n${who.output()}`);
        });
      await listening(`${base}/health`, api);
      await listening(`${bareBase}/bare/select`, bare);

      await promisify(execFile)(
        process.execPath,
        ['dist/apps/api/src/cli/create-admin.js', '--email', 'admin@bench.dk', '--name', 'Admin'],
        { env: { ...process.env, ...env, ADMIN_PASSWORD: 'bench-admin-password' } },
      );
      const call = async (path: string, body: unknown, token?: string) => {
        const response = await fetch(`${base}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(body),
        });
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      };
      const signIn = async (email: string, password: string) =>
        (await call('/api/v1/auth/login', { email, password })).body.accessToken as string;
      const admin = await signIn('admin@bench.dk', 'bench-admin-password');
      const user = await call(
        '/api/v1/users',
        {
          email: 'sagsbehandler@bench.dk',
          name: 'Sagsbehandler',
          role: 'housing_caseworker',
          password: 'bench-caseworker-password',
          housingOrganisationId: organisationId,
        },
        admin,
      );
      expect(user.status).toBe(201);
      const token = await signIn('sagsbehandler@bench.dk', 'bench-caseworker-password');

      // Every other registered-on tenancy starts with an open case, opened through the API.
      const seeded = registered.filter((_, i) => i % 2 === 1);
      for (let i = 0; i < seeded.length; i += 8) {
        const answers = await Promise.all(
          seeded
            .slice(i, i + 8)
            .map((id) =>
              call(`/api/v1/tenancies/${id}/arrears`, { dueDate: SEEDED_DUE_DATE, amountOre: 650_000 }, token),
            ),
        );
        expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
      }

      // Floor first, then the system, for each pair: both see the same machine within a minute.
      const bareInsert = await load({ url: bareBase, kind: 'bare-insert', tenancyIds: registered });
      if (profileDir) api.child.kill('SIGWINCH');
      const register = await load({ url: base, kind: 'register', token, tenancyIds: registered });
      if (profileDir) api.child.kill('SIGWINCH');
      const bareSelect = await load({ url: bareBase, kind: 'bare-select' });
      if (profileDir) api.child.kill('SIGWINCH');
      const caseList = await load({ url: base, kind: 'case-list', token });
      if (profileDir) {
        api.child.kill('SIGWINCH');
        await eventually(
          () => (readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile')).length >= 2 ? true : undefined),
          30_000,
          'the CPU profiles',
        );
      }

      report('register_arrears_per_s', register.perSecond, 'requests/s');
      report('register_arrears_p50_ms', register.p50, 'ms');
      report('register_arrears_p99_ms', register.p99, 'ms');
      report('bare_insert_per_s', bareInsert.perSecond, 'requests/s');
      report('bare_insert_p99_ms', bareInsert.p99, 'ms');
      report('register_arrears_vs_bare_insert', bareInsert.perSecond / register.perSecond, 'x');
      report('case_list_per_s', caseList.perSecond, 'requests/s');
      report('case_list_p50_ms', caseList.p50, 'ms');
      report('case_list_p99_ms', caseList.p99, 'ms');
      report('bare_select_per_s', bareSelect.perSecond, 'requests/s');
      report('bare_select_p99_ms', bareSelect.p99, 'ms');
      report('case_list_vs_bare_select', bareSelect.perSecond / caseList.perSecond, 'x');
      const loads = { register, bareInsert, caseList, bareSelect };
      const names = {
        register: 'register_arrears',
        bareInsert: 'bare_insert',
        caseList: 'case_list',
        bareSelect: 'bare_select',
      };
      for (const [name, result] of Object.entries(loads)) {
        // Answers other than 2xx, and requests that got no answer at all.
        report(
          `${names[name as keyof typeof names]}_non_2xx`,
          result.non2xx + result.errors + result.timeouts,
          'responses',
        );
      }

      // Every request was answered, with a 2xx; the figures above are only printed, never asserted.
      expect(Object.fromEntries(Object.entries(loads).map(([name, result]) => [name, failures(result)]))).toEqual({
        register: {},
        bareInsert: {},
        caseList: {},
        bareSelect: {},
      });
      for (const result of Object.values(loads)) expect(result.answered).toBeGreaterThan(0);
      // The registrations did their work: each accepted one was a real transaction on the ledger.
      const [{ lines }] = await database.query<{ lines: number }>(
        `SELECT count(*)::int AS lines FROM ledger_entry WHERE created_by IS NOT NULL`,
      );
      expect(lines).toBeGreaterThan(seeded.length);
    },
    size(15 * 60_000, 4 * 60_000),
  );
});

import { seedOrganisationWithTenancies } from './support/organisation-seed.js';
import autocannon from 'autocannon';
import { execFile } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
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

const TENANCIES = size(300, 20);
const CONNECTIONS = size(50, 10);
const SECONDS = size(20, 1);
/** Due dates the load registers; half the tenancies already have a case with the month before. */
const DUE_DATES = ['2025-07-01', '2025-08-01', '2025-09-01', '2025-10-01', '2025-11-01', '2025-12-01'];
const SEEDED_DUE_DATE = '2025-06-01';

/** One registration sent, and what became of it. */
interface Sent {
  tenancyId: string;
  dueDate: string;
  amountOre: number;
  /** Order of events in this process: when the request was built, and when its answer came. */
  sentAt: number;
  answeredAt?: number;
  status?: number;
}

/** A port nothing listens on now, for the API to take. */
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

/** Requests in a row that go to one tenancy: sent within moments of each other by different connections. */
const PER_TENANCY = 5;

/**
 * Tenancy, due date and amount of the i-th request, reproducible. Each run of PER_TENANCY requests
 * goes to one tenancy (as five caseworkers at once did when the issue was found), the runs spread
 * over all tenancies; the due dates and amounts vary from request to request, so within a run some
 * register the same due date with different amounts and some different due dates.
 */
function registrationFor(i: number, tenancyIds: string[]): Omit<Sent, 'sentAt'> {
  const tenancy = Math.imul(Math.floor(i / PER_TENANCY) + 1, 2654435761) >>> 0;
  const spread = Math.imul(i + 1, 2246822519) >>> 0;
  return {
    tenancyId: tenancyIds[tenancy % tenancyIds.length]!,
    dueDate: DUE_DATES[(spread >>> 16) % DUE_DATES.length]!,
    amountOre: 100_000 + ((i * 7919) % 9_000) * 100,
  };
}

/**
 * Registrations that were lost, per tenancy and due date, judged from what the clients saw alone.
 * The ledger lines of one due date, in booking order, add up to running totals: each one is the
 * amount of one registration, since each registration books the difference to what it found.
 * - Every accepted (2xx) registration must be one of the running totals (it was booked).
 * - The last total is the registered amount now. It must be the amount of a registration that
 *   can have been booked last: one answered after every accepted one of the key was sent (a
 *   registration booked later than all others was answered after each of them was sent), or one
 *   whose answer never came (cut off at the end of the run; it may or may not have been booked).
 */
function lostRegistrations(sent: Sent[], lines: { key: string; amount: number }[]): number {
  const totals = new Map<string, number[]>();
  for (const line of lines) {
    const running = totals.get(line.key) ?? [];
    running.push((running.at(-1) ?? 0) + line.amount);
    totals.set(line.key, running);
  }
  const byKey = new Map<string, Sent[]>();
  for (const s of sent) {
    const key = `${s.tenancyId} ${s.dueDate}`;
    byKey.set(key, [...(byKey.get(key) ?? []), s]);
  }
  let lost = 0;
  for (const [key, registrations] of byKey) {
    const accepted = registrations.filter((r) => r.status !== undefined && r.status >= 200 && r.status < 300);
    if (accepted.length === 0) continue;
    const running = new Set(totals.get(key) ?? []);
    lost += accepted.filter((r) => !running.has(r.amountOre)).length;
    const lastSent = Math.max(...accepted.map((r) => r.sentAt));
    const mayBeLast = registrations.filter(
      (r) => r.status === undefined || (accepted.includes(r) && r.answeredAt! > lastSent),
    );
    const registered = totals.get(key)?.at(-1);
    if (!mayBeLast.some((r) => r.amountOre === registered)) lost += 1;
  }
  return lost;
}

/**
 * A busy Monday morning on register-arrears: 50 connections for 20 s against the real API process
 * (from dist, PostgreSQL, Redis queues), each request a different registration, spread over fresh
 * tenancies (the first registrations race to open their case) and tenancies with an open case,
 * several due dates each, amounts changing so most registrations book a correction. Every request
 * is recorded; afterwards every accepted amount must be in the ledger. The issue that follows
 * compares the rate with a bare INSERT route; here the figures are printed, and only correctness
 * is asserted (no 5xx, nothing lost), never a time.
 */
describe(`register-arrears under load (${CONNECTIONS} connections, ${SECONDS} s)`, () => {
  let database: TestDatabase;
  let api: RunningProcess | undefined;
  const prefix = uniqueQueuePrefix();

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await stopProcess(api);
    await database?.drop();
    await clearRedisPrefix(prefix);
  });

  it(
    'books every accepted registration and answers none with a 5xx',
    async () => {
      // The figure is the write path's: request logs nobody reads would only compete for the cores.
      // Without info logs the API does not print its port, so it gets one chosen here.
      const port = await freePort();
      const env = testEnv({ database, queue: 'redis', prefix, env: { LOG_LEVEL: 'warn', PORT: String(port) } });
      const { organisationId, tenancyIds } = await seedOrganisationWithTenancies(database, TENANCIES);

      api = startProcess('dist/apps/api/src/main.js', env);
      const base = `http://127.0.0.1:${port}`;
      await eventually(
        () =>
          fetch(`${base}/health`).then(
            () => true,
            () => undefined,
          ),
        60_000,
        'the API to listen',
      );
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

      let clock = 0;
      const sent: Sent[] = [];
      // Every other tenancy starts with an open case, through the API like any registration.
      for (const tenancyId of tenancyIds.filter((_, i) => i % 2 === 1)) {
        const registration: Sent = { tenancyId, dueDate: SEEDED_DUE_DATE, amountOre: 650_000, sentAt: ++clock };
        sent.push(registration);
        const answer = await call(
          `/api/v1/tenancies/${tenancyId}/arrears`,
          { dueDate: registration.dueDate, amountOre: registration.amountOre },
          token,
        );
        Object.assign(registration, { status: answer.status, answeredAt: ++clock });
        expect(answer.status).toBe(201);
      }

      // Each connection has one request in flight: its context names the registration it carries.
      const result = await autocannon({
        url: base,
        connections: CONNECTIONS,
        duration: SECONDS,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        requests: [
          {
            method: 'POST',
            setupRequest: (request, context) => {
              const registration: Sent = { ...registrationFor(sent.length, tenancyIds), sentAt: ++clock };
              sent.push(registration);
              (context as { current?: Sent }).current = registration;
              return {
                ...request,
                path: `/api/v1/tenancies/${registration.tenancyId}/arrears`,
                body: JSON.stringify({ dueDate: registration.dueDate, amountOre: registration.amountOre }),
              };
            },
            onResponse: (status, _body, context) => {
              Object.assign((context as { current: Sent }).current, { status, answeredAt: ++clock });
            },
          },
        ],
      });
      // Requests cut off at the end are still being served: let the API finish them before counting.
      await eventually(
        async () => {
          const [{ busy }] = await database.query<{ busy: number }>(
            `SELECT count(*)::int AS busy FROM pg_stat_activity
              WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`,
          );
          return busy === 0 ? true : undefined;
        },
        60_000,
        'the API to finish its requests',
      );

      const lines = await database.query<{ key: string; amount: number; kind: string; first: boolean }>(
        `SELECT c.tenancy_id || ' ' || l.due_date AS key, l.amount_ore::int AS amount, l.kind,
                row_number() OVER (PARTITION BY l.case_id, l.due_date ORDER BY l.id) = 1 AS first
           FROM ledger_entry l JOIN arrears_case c ON c.id = l.case_id
          WHERE l.source_key LIKE 'rent:%' ORDER BY l.id`,
      );
      const answered = sent.filter((s) => s.status !== undefined).length - tenancyIds.length / 2;
      const serverErrors = sent.filter((s) => s.status !== undefined && s.status >= 500).length;
      const lost = lostRegistrations(sent, lines);
      report('register_arrears_requests', answered, 'requests');
      report('register_arrears_per_s', answered / result.duration, 'requests/s');
      report('register_arrears_5xx', serverErrors, 'responses');
      report('register_arrears_lost', lost, 'registrations');
      if (serverErrors > 0) process.stdout.write(api.output().slice(0, 4_000));

      expect(serverErrors).toBe(0);
      expect(lost).toBe(0);
      // The check is not blind: without the first line booked (a seeded case's rent charge) it sees a loss.
      expect(lostRegistrations(sent, lines.slice(1))).toBeGreaterThan(0);
      // Nothing else was refused either, and every load request was answered or cut off at the end.
      expect(sent.filter((s) => s.status !== undefined && (s.status < 200 || s.status >= 300))).toEqual([]);
      expect(sent.filter((s) => s.status === undefined).length).toBeLessThanOrEqual(CONNECTIONS);
      // Per due date one rent charge, then corrections; one open case per tenancy.
      expect(lines.filter((l) => (l.kind === 'rent_charge') !== l.first)).toEqual([]);
      const [{ doubled }] = await database.query<{ doubled: number }>(
        `SELECT count(*)::int AS doubled FROM (SELECT tenancy_id FROM arrears_case GROUP BY tenancy_id HAVING count(*) > 1) d`,
      );
      expect(doubled).toBe(0);
    },
    size(10 * 60_000, 3 * 60_000),
  );
});

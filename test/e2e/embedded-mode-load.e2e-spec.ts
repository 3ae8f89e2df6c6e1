import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../libs/database/src/embedded-postgres.js';
import { eventually, SmtpSink, startProcess, stopProcess, TEST_SECRETS, type RunningProcess } from '@app/testing';

const run = promisify(execFile);
/** A minute, as the issue asks; shorter with EMBEDDED_LOAD_SECONDS for a quick local run. */
const LOAD_SECONDS = Number(process.env.EMBEDDED_LOAD_SECONDS ?? 60);
const PROTOCOL_TROUBLE = /bind message|prepared statement|protocol|portal|unnamed|Unhandled error|Escaped error/i;

/**
 * The embedded mode (`npm start` with no servers): the API, the worker and BullMQ's PostgreSQL
 * backend all on one PGlite session through the embedded server. Under a minute of concurrent
 * registrations (each raising a warning email), imports and reads, no client may see another's
 * protocol state, nothing may fail, and every warning is delivered exactly once.
 */
describe('embedded mode under concurrent load', () => {
  let dataDir: string;
  let embedded: EmbeddedPostgres;
  let sink: SmtpSink;
  let api: RunningProcess | undefined;
  let worker: RunningProcess | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ep-embedded-load-'));
    embedded = await startEmbeddedPostgres(join(dataDir, 'pglite'));
    sink = await SmtpSink.start();
  }, 60_000);

  afterAll(async () => {
    await stopProcess(api);
    await stopProcess(worker);
    await sink?.close();
    await embedded?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it(
    `serves ${LOAD_SECONDS} s of registrations, imports and reads without a protocol error, each warning once`,
    async () => {
      const env = {
        ...TEST_SECRETS,
        DATABASE_URL: embedded.url,
        DATABASE_MODE: 'embedded',
        REDIS_URL: '',
        SMTP_URL: sink.url,
        DATA_DIR: dataDir,
        PORT: '0',
        LOG_LEVEL: 'warn',
        MIGRATIONS_RUN: 'false',
        MAIL_BACKOFF_MS: '200',
      };
      await run(process.execPath, ['dist/libs/database/src/migrate.cli.js'], { env: { ...process.env, ...env } });
      await run(
        process.execPath,
        ['dist/apps/api/src/cli/create-admin.js', '--email', 'admin@test.dk', '--name', 'Admin'],
        { env: { ...process.env, ...env, ADMIN_PASSWORD: 'admin-password-123' } },
      );
      api = startProcess('dist/apps/api/src/main.js', { ...env, LOG_LEVEL: 'info' });
      worker = startProcess('dist/apps/worker/src/main.js', env);
      const base = await eventually(
        () => /API listening on (http:\/\/localhost:\d+)/.exec(api!.output())?.[1],
        60_000,
        'the API to listen',
      );
      const call = async (method: string, path: string, token?: string, body?: unknown, type = 'application/json') => {
        const response = await fetch(`${base}${path}`, {
          method,
          headers: { 'Content-Type': type, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
          body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        });
        return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, never> };
      };
      const login = async (email: string, password: string) =>
        (await call('POST', '/api/v1/auth/login', undefined, { email, password })).body.accessToken as string;

      const admin = await login('admin@test.dk', 'admin-password-123');
      const municipality = (
        await call('POST', '/api/v1/municipalities', admin, { code: '751', name: 'Aarhus', alertEmail: 'v@aarhus.dk' })
      ).body;
      const organisation = (await call('POST', '/api/v1/housing-organisations', admin, { name: 'Bolig' })).body;
      const department = (
        await call('POST', '/api/v1/departments', admin, {
          housingOrganisationId: organisation.id,
          municipalityId: municipality.id,
          number: '1',
          name: 'Parken',
          address: 'Aarhus',
        })
      ).body;
      // Every new arrears case is a warning to the municipality: an email per case.
      await call('PUT', '/api/v1/cooperation-agreements', admin, {
        municipalityId: municipality.id,
        housingOrganisationId: organisation.id,
        enabledWarnings: ['arrears-registered'],
        arrearsThresholdOre: 0,
        evictionReminderBusinessDays: 10,
        validFrom: '2020-01-01',
      });
      await call('POST', '/api/v1/users', admin, {
        email: 'cw@test.dk',
        name: 'Caseworker',
        role: 'housing_caseworker',
        password: 'caseworker-password',
        housingOrganisationId: organisation.id,
      });
      const caseworker = await login('cw@test.dk', 'caseworker-password');

      const statuses = new Map<number, number>();
      const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const until = Date.now() + LOAD_SECONDS * 1000;
      let unit = 0;
      let imports = 0;
      const registrations = async () => {
        while (Date.now() < until) {
          const tenancy = await call('POST', '/api/v1/tenancies', caseworker, {
            departmentId: department.id,
            unit: `A-${++unit}`,
            address: `Parkvej ${unit}`,
            monthlyRentOre: 650_000,
          });
          count(tenancy.status);
          if (tenancy.status !== 201) continue;
          for (const dueDate of ['2026-09-01', '2026-10-01']) {
            count(
              (
                await call('POST', `/api/v1/tenancies/${tenancy.body.id}/arrears`, caseworker, {
                  dueDate,
                  amountOre: 650_000,
                })
              ).status,
            );
          }
        }
      };
      const importer = async () => {
        while (Date.now() < until) {
          const n = ++imports;
          const rows = Array.from(
            { length: 20 },
            (_, i) => `1;I${n}-${i};Skovvej ${n}-${i};8000;Aarhus C;Lejer ${n}-${i};;6.500,00;6.500,00;01-10-2026`,
          );
          const file = ['Afdeling;Lejemål;Adresse;Postnr;By;Navn;CPR;Husleje;Restance;Forfaldsdato', ...rows].join(
            '\r\n',
          );
          const upload = await call('POST', '/api/v1/arrears-imports', caseworker, file, 'text/csv');
          count(upload.status);
          if (upload.status === 202) {
            const done = await eventually(
              async () => {
                const view = await call('GET', `/api/v1/arrears-imports/${upload.body.id}`, caseworker);
                return ['completed', 'failed'].includes(view.body.status) ? view.body : undefined;
              },
              120_000,
              'the import to finish',
            );
            expect([done.status, done.failedRows]).toEqual(['completed', 0]);
          }
        }
      };
      const reader = async () => {
        while (Date.now() < until) {
          const list = await call('GET', '/api/v1/cases?limit=20', caseworker);
          count(list.status);
          const first = (list.body.items as { id: string }[] | undefined)?.[0];
          if (first) count((await call('GET', `/api/v1/cases/${first.id}`, caseworker)).status);
        }
      };
      await Promise.all([registrations(), registrations(), importer(), reader(), reader()]);

      // Nothing failed, and the load was real: cases from both paths.
      expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
      const db = new pg.Client({ connectionString: embedded.url });
      await db.connect();
      try {
        const [{ cases, imported }] = (
          await db.query(
            `SELECT count(*)::int AS cases, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ledger_entry l
                    WHERE l.case_id = c.id AND l.source = 'import'))::int AS imported FROM arrears_case c`,
          )
        ).rows;
        expect(cases).toBeGreaterThan(imported);
        expect(imported).toBeGreaterThan(0);
        // Every warning email reaches the sink, each exactly once.
        const outbox = await eventually(
          async () => {
            const { rows } = await db.query<{ id: string; status: string }>(
              `SELECT id, status FROM outbox WHERE channel = 'email'`,
            );
            return rows.length > 0 && rows.every((r) => r.status === 'sent') ? rows : undefined;
          },
          180_000,
          'every outbox email to be sent',
        );
        const warnings = (await db.query(`SELECT count(*)::int AS n FROM warning`)).rows[0].n as number;
        expect(warnings).toBeGreaterThanOrEqual(cases);
        await sink.waitFor(outbox.length, 60_000);
        for (const { id } of outbox) expect([id, sink.countFor(id)]).toEqual([id, 1]);
        expect(sink.received).toHaveLength(outbox.length);
      } finally {
        await db.end();
      }
      const logs = api.output() + worker.output();
      expect(logs.split('\n').filter((line) => PROTOCOL_TROUBLE.test(line))).toEqual([]);
    },
    (LOAD_SECONDS + 400) * 1000,
  );
});

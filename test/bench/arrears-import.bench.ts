import { type INestApplicationContext, Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { NestFactory } from '@nestjs/core';
import { CliModule } from '../../apps/api/src/cli/cli.module.js';
import { ArrearsImportService, Role, type Actor } from '@app/domain';
import { QueueModule } from '@app/queue';
import {
  clearRedisPrefix,
  createTestDatabase,
  eventually,
  startProcess,
  stopProcess,
  testConfig,
  testEnv,
  uniqueQueuePrefix,
  type RunningProcess,
  type TestDatabase,
} from '@app/testing';
import { report, SinkProcess, size, timed } from './support/bench.js';

const N = size(100_000, 200);
const DEPARTMENTS = 20;

/** A valid CPR number for row i (day and month from i, century digit 4 → born 1937–1999). */
function cprFor(i: number): string {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
  const year = String(40 + (i % 60)).padStart(2, '0');
  return `${day}${month}${year}4${String(i % 1000).padStart(3, '0')}`;
}

function csvRows(): string[] {
  const rows = ['Afdeling;Lejemål;Adresse;Postnr;By;Navn;CPR;Husleje;Restance;Forfaldsdato;Børn'];
  for (let i = 0; i < N; i++) {
    const cpr = i % 2 === 0 ? cprFor(i) : '';
    rows.push(
      `D${i % DEPARTMENTS};U-${i};Testvej ${i};8000;Aarhus C;Lejer ${i};${cpr};6.500,00;${(3000 + (i % 500)).toLocaleString('da-DK')},50;01-10-2026;${i % 3}`,
    );
  }
  return rows;
}

async function seedOrganisation(
  database: TestDatabase,
): Promise<{ organisationId: string; municipalityId: string; departmentIds: string[] }> {
  const organisationId = randomUUID();
  const municipalityId = randomUUID();
  await database.query(
    `INSERT INTO municipality (id, code, name, alert_email) VALUES ($1, '751', 'Aarhus', 'v@aarhus.dk')`,
    [municipalityId],
  );
  await database.query(`INSERT INTO housing_organisation (id, name) VALUES ($1, 'Bench Bolig')`, [organisationId]);
  const departmentIds: string[] = [];
  for (let d = 0; d < DEPARTMENTS; d++) {
    const id = randomUUID();
    departmentIds.push(id);
    await database.query(
      `INSERT INTO department (id, housing_organisation_id, municipality_id, number, name, address) VALUES ($1, $2, $3, $4, $4, 'Aarhus')`,
      [id, organisationId, municipalityId, `D${d}`],
    );
  }
  // The municipality hears of every new arrears case: the import raises a warning and its email per case.
  await database.query(
    `INSERT INTO cooperation_agreement (id, municipality_id, housing_organisation_id, enabled_warnings, arrears_threshold_ore, valid_from)
     VALUES ($1, $2, $3, '{arrears-registered}', 0, '2020-01-01')`,
    [randomUUID(), municipalityId, organisationId],
  );
  return { organisationId, municipalityId, departmentIds };
}

/** Lines per write to the COPY stream. */
const COPY_CHUNK_LINES = 5_000;

/**
 * COPY one table from rows already rendered as COPY text. The lines go out in large chunks:
 * one stream write (and one CopyData message) per line made the baseline measure Node's stream
 * overhead, about a third of its time, rather than PostgreSQL's.
 */
async function copy(client: pg.Client, table: string, columns: string[], lines: string[]): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  const chunks: string[] = [];
  for (let i = 0; i < lines.length; i += COPY_CHUNK_LINES) {
    chunks.push(lines.slice(i, i + COPY_CHUNK_LINES).join('\n') + '\n');
  }
  await pipeline(Readable.from(chunks), stream);
}

/**
 * The monthly arrears list end to end (stored upload → parse → validate → encrypt CPR →
 * tenancies, tenants, cases, ledger, timeline, the arrears-registered warning with its email in the
 * outbox and the disclosure audit), against COPY of the same rows
 * into the same tables in the same run; and the same import once more with the emails left in the
 * outbox (`import_without_delivery_vs_copy`), which shows what the write path costs and what
 * sending the emails beside it does.
 */
describe(`arrears import benchmark (${N} rows)`, () => {
  let importDb: TestDatabase;
  let quietDb: TestDatabase;
  let copyDb: TestDatabase;
  const contexts: INestApplicationContext[] = [];
  let worker: RunningProcess | undefined;
  let sink: SinkProcess | undefined;
  const prefixes: string[] = [];

  beforeAll(async () => {
    importDb = await createTestDatabase();
    quietDb = await createTestDatabase();
    copyDb = await createTestDatabase();
    sink = await SinkProcess.start();
  });

  afterAll(async () => {
    await stopProcess(worker);
    for (const context of contexts) await context.close();
    sink?.stop();
    await importDb?.drop();
    await quietDb?.drop();
    await copyDb?.drop();
    for (const prefix of prefixes) await clearRedisPrefix(prefix);
  });

  /**
   * The file imported into `database` by a real worker process; returns the seconds from the
   * upload until the import has completed. `delivering`: the worker also relays and sends the
   * warnings' emails while it imports, as deployed; without, its outbox relay waits an hour
   * between polls, so the emails stay in the outbox and the figure is the write path's alone.
   */
  async function importInto(database: TestDatabase, rows: string[], delivering: boolean): Promise<number> {
    const prefix = uniqueQueuePrefix();
    prefixes.push(prefix);
    const { organisationId } = await seedOrganisation(database);
    // As deployed: BullMQ on Redis, and the emails sent to an SMTP sink in a process of its own.
    const options = { database, queue: 'redis' as const, prefix, smtpUrl: sink!.url };
    // The domain services without a worker, for the upload (which queues the import's job) and
    // for reading the result.
    @Module({ imports: [CliModule.forRoot(testConfig(options)), QueueModule] })
    class UploadModule {}
    const context = await NestFactory.createApplicationContext(UploadModule, { logger: false });
    contexts.push(context);
    const imports = context.get(ArrearsImportService);
    const actor: Actor = {
      principal: {
        userId: randomUUID(),
        role: Role.Administrator,
        housingOrganisationId: null,
        departmentIds: [],
        municipalityId: null,
        probationUnitId: null,
        counsellingProviderId: null,
      },
      requestId: 'bench',
      sourceIp: null,
    };
    await database.query(
      `INSERT INTO app_user (id, email, name, role, password_hash) VALUES ($1, 'bench@x.dk', 'Bench', 'administrator', 'x')`,
      [actor.principal.userId],
    );
    // Processing runs in a real worker process (Jest's module sandbox slows parsing several-fold).
    // BENCH_CPU_PROF=<dir> writes the worker's CPU profile there (node --cpu-prof), to see where the time goes.
    const profile = process.env.BENCH_CPU_PROF;
    worker = startProcess(
      'dist/apps/worker/src/main.js',
      testEnv({ ...options, env: { LOG_LEVEL: 'info', OUTBOX_POLL_MS: delivering ? '250' : String(3_600_000) } }),
      profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [],
    );
    await eventually(() => (/Worker running/.test(worker!.output()) ? true : undefined), 30_000, 'the worker');
    const seconds = await timed(async () => {
      const view = await imports.receive(
        actor,
        { format: 'csv', fileName: 'bench.csv', housingOrganisationId: organisationId },
        Readable.from(rows.map((r) => r + '\n')),
      );
      const done = await eventually(
        async () => {
          const current = await imports.get(actor, view.id);
          return current.status === 'completed' || current.status === 'failed' ? current : undefined;
        },
        30 * 60_000,
        'the import',
      );
      expect(done).toMatchObject({ status: 'completed', changedRows: N, failedRows: 0 });
    });
    await stopProcess(worker);
    worker = undefined;
    const [written] = await database.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM arrears_case)::int AS cases, (SELECT count(*) FROM ledger_entry)::int AS ledger,
              (SELECT count(*) FROM case_event)::int AS events, (SELECT count(*) FROM warning)::int AS warnings,
              (SELECT count(*) FROM outbox)::int AS outbox, (SELECT count(*) FROM audit_log WHERE action = 'person.disclose')::int AS disclosed`,
    );
    expect(written).toEqual({ cases: N, ledger: N, events: 3 * N, warnings: N, outbox: N, disclosed: N });
    if (!delivering) {
      // Nothing was relayed: the emails wait in the outbox, none lost.
      const [pending] = await database.query<{ pending: number }>(
        `SELECT count(*)::int AS pending FROM outbox WHERE status = 'pending'`,
      );
      expect(pending!.pending).toBe(N);
    }
    return seconds;
  }

  it('measures rows/s for the import and for COPY', async () => {
    const rows = csvRows();
    const importSeconds = await importInto(importDb, rows, true);

    // The same rows, COPYed into the same tables of a second database.
    const seeded = await seedOrganisation(copyDb);
    const tenancy: string[] = [];
    const person: string[] = [];
    const tenant: string[] = [];
    const arrearsCase: string[] = [];
    const ledger: string[] = [];
    const events: string[] = [];
    const warnings: string[] = [];
    const outbox: string[] = [];
    const disclosed: string[] = [];
    for (let i = 0; i < N; i++) {
      const [t, p, c] = [randomUUID(), randomUUID(), randomUUID()];
      const department = seeded.departmentIds[i % DEPARTMENTS];
      tenancy.push(`${t}\t${seeded.organisationId}\t${department}\tU-${i}\tTestvej ${i}\t8000\tAarhus C\t650000`);
      person.push(`${p}\t${seeded.organisationId}\t${seeded.municipalityId}\tLejer ${i}\tTestvej ${i}\t${i % 3}`);
      tenant.push(`${t}\t${p}`);
      arrearsCase.push(`${c}\t${t}\t${seeded.organisationId}\t${department}\t${seeded.municipalityId}\tregistered`);
      ledger.push(`${c}\trent_charge\t${300_050 + (i % 500) * 100}\t2026-10-01\t2026-11-25\timport\trent:2026-10-01`);
      events.push(
        `${c}\t2026-11-25\tcase_opened`,
        `${c}\t2026-11-25\tarrears_registered`,
        `${c}\t2026-11-25\twarning_raised`,
      );
      const w = randomUUID();
      const data = `{"kind":"arrears-registered","reference":"SAG-${c.slice(0, 8)}","senderName":"Bench Bolig","tenantNames":["Lejer ${i}"],"address":"Testvej ${i}, 8000 Aarhus C","eventOn":"2026-11-25"}`;
      warnings.push(
        `${w}\tarrears-registered\t1\t${c}\tcase\tmunicipality\t${seeded.municipalityId}\t${seeded.organisationId}\t${i % 3 ? 'urgent' : 'normal'}\t${data}\t{${p}}\t2026-11-27`,
      );
      outbox.push(
        `${randomUUID()}\twarning.arrears-registered\temail\t{"channel":"email","template":"warning","to":"v@aarhus.dk","locale":"da","data":${data}}\tpending\t${w}\tv@aarhus.dk`,
      );
      disclosed.push(`person.disclose\twarning\t${w}\t${p}`);
    }
    const client = new pg.Client({ connectionString: copyDb.url });
    await client.connect();
    const copySeconds = await timed(async () => {
      await client.query('BEGIN');
      await copy(
        client,
        'tenancy',
        ['id', 'housing_organisation_id', 'department_id', 'unit', 'address', 'postcode', 'city', 'monthly_rent_ore'],
        tenancy,
      );
      await copy(
        client,
        'person',
        ['id', 'housing_organisation_id', 'municipality_id', 'name', 'address', 'children_under_18'],
        person,
      );
      await copy(client, 'tenancy_tenant', ['tenancy_id', 'person_id'], tenant);
      await copy(
        client,
        'arrears_case',
        ['id', 'tenancy_id', 'housing_organisation_id', 'department_id', 'municipality_id', 'stage'],
        arrearsCase,
      );
      await copy(
        client,
        'ledger_entry',
        ['case_id', 'kind', 'amount_ore', 'due_date', 'booked_on', 'source', 'source_key'],
        ledger,
      );
      await copy(client, 'case_event', ['case_id', 'on_date', 'type'], events);
      await copy(
        client,
        'warning',
        [
          'id',
          'rule_code',
          'rule_version',
          'case_id',
          'occurrence',
          'recipient_type',
          'recipient_id',
          'sender_organisation_id',
          'urgency',
          'data',
          'person_ids',
          'acknowledge_by',
        ],
        warnings,
      );
      await copy(client, 'outbox', ['id', 'topic', 'channel', 'payload', 'status', 'warning_id', 'recipient'], outbox);
      await copy(client, 'audit_log', ['action', 'entity_type', 'entity_id', 'person_id'], disclosed);
      await client.query('COMMIT');
    });
    await client.end();

    // The write path alone: the same import, with the emails left in the outbox.
    const quietSeconds = await importInto(quietDb, rows, false);

    const importRate = N / importSeconds;
    const copyRate = N / copySeconds;
    const quietRate = N / quietSeconds;
    report('import_rows_per_s', importRate, 'rows/s');
    report('copy_rows_per_s', copyRate, 'rows/s');
    report('import_vs_copy', copyRate / importRate, 'x');
    report('import_without_delivery_rows_per_s', quietRate, 'rows/s');
    report('import_without_delivery_vs_copy', copyRate / quietRate, 'x');
  });
});

import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApi } from '../../apps/api/src/api.factory.js';
import {
  addDays,
  copenhagenDateOf,
  earliestPaymentDemandDate,
  earliestTerminationDate,
  type IsoDate,
} from '@app/calendar';
import { ArrearsImportService, Role } from '@app/domain';
import { createTestDatabase, signIn, testConfig, type SignedInUser, type TestDatabase } from '@app/testing';

// The case's first rent is long past; the new arrears fall due today, so the earliest påkrav
// day for them is still ahead: the date the two paths used to disagree on.
const DUE = '2026-09-01' as IsoDate;
const DEMAND_ON = earliestPaymentDemandDate(DUE);
const RECEIVED_ON = addDays(DEMAND_ON, 1);
const TERMINATE_ON = earliestTerminationDate(RECEIVED_ON);
const FILED_ON = addDays(TERMINATE_ON, 3);
const TODAY = copenhagenDateOf(new Date());
const NEW_ARREARS = { dueDate: TODAY, amountOre: 700_000 };

/** The open stages, and a tenancy with no case yet (the registration opens it). */
const STAGES = [
  'no case yet',
  'registered',
  'payment_demand_sent',
  'deadline_passed',
  'terminated',
  'eviction_requested',
  'eviction_scheduled',
] as const;
type Stage = (typeof STAGES)[number];

interface World {
  departmentId: string;
  tenancyId: string;
  personId: string;
  unit: string;
  tenantName: string;
  caseId?: string;
}

type Row = Record<string, unknown>;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * The same new arrears registered on two identical cases, one through the API and one through
 * the monthly import, leave identical rows: the case, its ledger, its timeline, its warnings and
 * their outbox rows, every column compared except ids and timestamps. Where a row says who wrote
 * it (the ledger line's source, import and author, the timeline line's actor and import), the
 * two differ by design; those columns are checked on their own.
 */
describe('one write path for arrears: the API and the import write the same rows', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let caseworker: SignedInUser;
  let municipalityId: string;
  let importId: string;
  const viaApi = new Map<Stage, World>();
  const viaImport = new Map<Stage, World>();
  const timestampColumns = new Map<string, Set<string>>();
  const http = () => request(api.getHttpServer());
  const post = (user: SignedInUser, path: string, body: object) =>
    http().post(path).set('Authorization', user.bearer).send(body);

  async function world(departmentId: string, stage: Stage): Promise<World> {
    const unit = `${STAGES.indexOf(stage)}-01`;
    const tenantName = `Lejer ${unit}`;
    const personId = (
      await post(caseworker, '/api/v1/persons', {
        name: tenantName,
        address: `Parkvej ${unit}`,
        municipalityId,
      }).expect(201)
    ).body.id;
    const tenancyId = (
      await post(caseworker, '/api/v1/tenancies', {
        departmentId,
        unit,
        address: `Parkvej ${unit}`,
        postcode: '2650',
        city: 'Hvidovre',
        monthlyRentOre: 650_000,
      }).expect(201)
    ).body.id;
    await post(caseworker, `/api/v1/tenancies/${tenancyId}/tenants`, { personId }).expect(201);
    const made: World = { departmentId, tenancyId, personId, unit, tenantName };
    if (stage === 'no case yet') return made;
    const opened = await post(caseworker, `/api/v1/tenancies/${tenancyId}/arrears`, {
      dueDate: DUE,
      amountOre: 650_000,
    }).expect(201);
    const caseId: string = opened.body.case.id;
    let version: number = opened.body.case.version;
    const step = async (body: object) => {
      const response = await post(caseworker, `/api/v1/cases/${caseId}/transitions`, { version, ...body });
      expect([response.status, response.body.code]).toEqual([200, undefined]);
      version = response.body.version;
    };
    const path: Stage[] = [...STAGES.slice(2, STAGES.indexOf(stage) + 1)];
    for (const next of path) {
      if (next === 'payment_demand_sent') {
        await step({
          type: 'send_payment_demand',
          sentOn: DEMAND_ON,
          receivedOn: RECEIVED_ON,
          deliveryMethod: 'registered_and_ordinary',
          feeOre: 31_400,
        });
      } else if (next === 'deadline_passed') {
        await step({ type: 'mark_deadline_passed', on: TERMINATE_ON });
      } else if (next === 'terminated') {
        await step({ type: 'terminate', on: TERMINATE_ON });
      } else if (next === 'eviction_requested') {
        const notified = await post(caseworker, `/api/v1/cases/${caseId}/municipality-notice`, {
          noticeOn: FILED_ON,
        }).expect(201);
        version = notified.body.version;
        await step({ type: 'request_eviction', on: FILED_ON });
      } else if (next === 'eviction_scheduled') {
        // The fogedret's date is ahead: the case's next legal date.
        await step({ type: 'schedule_eviction', decidedOn: TODAY, evictionDate: addDays(TODAY, 20) });
      }
    }
    return { ...made, caseId };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres', env: { LOG_LEVEL: 'silent' } }));
    await api.init();
    const admin = await signIn(api, Role.Administrator);
    municipalityId = (
      await post(admin, '/api/v1/municipalities', { code: '167', name: 'Hvidovre', alertEmail: 'v@hvidovre.dk' })
    ).body.id;
    const organisationId = (await post(admin, '/api/v1/housing-organisations', { name: 'Hvidovre Bolig' })).body.id;
    // Two departments alike in everything but their number: one for each path.
    const department = async (number: string) =>
      (
        await post(admin, '/api/v1/departments', {
          housingOrganisationId: organisationId,
          municipalityId,
          number,
          name: 'Strandparken',
          address: 'Strandvej 1-99, 2650 Hvidovre',
        }).expect(201)
      ).body.id as string;
    const [apiDepartment, importDepartment] = [await department('1'), await department('2')];
    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisationId });
    for (const stage of STAGES) {
      viaApi.set(stage, await world(apiDepartment, stage));
      viaImport.set(stage, await world(importDepartment, stage));
    }

    // The same arrears, through each door.
    for (const stage of STAGES) {
      const registered = await post(
        caseworker,
        `/api/v1/tenancies/${viaApi.get(stage)!.tenancyId}/arrears`,
        NEW_ARREARS,
      );
      expect(registered.status).toBe(stage === 'no case yet' ? 201 : 200);
      viaApi.get(stage)!.caseId = registered.body.case.id;
    }
    const [y, m, d] = TODAY.split('-');
    const csv = [
      'Afdeling;Lejemål;Adresse;Postnr;By;Navn;CPR;Husleje;Restance;Forfaldsdato;Børn',
      ...STAGES.map((stage) => {
        const w = viaImport.get(stage)!;
        return `2;${w.unit};Parkvej ${w.unit};2650;Hvidovre;${w.tenantName};;6.500,00;7.000,00;${d}-${m}-${y};`;
      }),
    ].join('\r\n');
    importId = (
      await http()
        .post('/api/v1/arrears-imports')
        .set('Authorization', caseworker.bearer)
        .set('Content-Type', 'text/csv; charset=utf-8')
        .send(csv + '\r\n')
        .expect(202)
    ).body.id;
    const processed = await api.get(ArrearsImportService).process(importId);
    expect(processed).toMatchObject({ status: 'completed', totalRows: STAGES.length, changedRows: STAGES.length });
    for (const stage of STAGES) {
      const [found] = await database.query<{ id: string }>(
        `SELECT id FROM arrears_case WHERE tenancy_id = $1 AND closed_at IS NULL`,
        [viaImport.get(stage)!.tenancyId],
      );
      viaImport.get(stage)!.caseId = found!.id;
    }

    const columns = await database.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type LIKE 'timestamp%'`,
    );
    for (const { table_name, column_name } of columns) {
      timestampColumns.set(table_name, (timestampColumns.get(table_name) ?? new Set()).add(column_name));
    }
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  /** Ids of the world named by role, other ids as <uuid>, timestamps and the row's own id left out. */
  function normalise(table: string, rows: Row[], w: World): Row[] {
    const ids: [string, string][] = [
      [w.caseId!, '<case>'],
      [w.tenancyId, '<tenancy>'],
      [w.personId, '<tenant>'],
      [w.departmentId, '<department>'],
    ];
    // Replaced after every id is, so that a short value never matches inside a random uuid.
    const texts: [string, string][] = [
      [w.unit, '<unit>'],
      // The case's reference (SAG-…) is made from its id.
      [w.caseId!.slice(0, 8).toUpperCase(), '<case-ref>'],
    ];
    return rows.map((row) => {
      const kept = Object.fromEntries(
        Object.entries(row).filter(([column]) => column !== 'id' && !timestampColumns.get(table)?.has(column)),
      );
      let text = JSON.stringify(kept);
      for (const [value, name] of ids) text = text.split(value).join(name);
      text = text.replace(UUID, '<uuid>');
      for (const [value, name] of texts) text = text.split(value).join(name);
      // The two paths' departments differ by their number only (see above), which the § 92 email names.
      text = text.replace(/"departmentName":"[^"]*"/g, '"departmentName":"<department-name>"');
      return JSON.parse(text) as Row;
    });
  }

  /** Everything the registration can have written about the world's case, in a stable order. */
  async function rowsOf(w: World) {
    const one = async (table: string, statement: string, sort = false) => {
      const rows = normalise(table, await database.query<Row>(statement, [w.caseId]), w);
      return sort ? rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : rows;
    };
    return {
      case: await one('arrears_case', `SELECT * FROM arrears_case WHERE id = $1`),
      ledger: await one('ledger_entry', `SELECT * FROM ledger_entry WHERE case_id = $1 ORDER BY id`),
      timeline: await one('case_event', `SELECT * FROM case_event WHERE case_id = $1 ORDER BY id`),
      warnings: await one('warning', `SELECT * FROM warning WHERE case_id = $1`, true),
      outbox: await one(
        'outbox',
        `SELECT o.* FROM outbox o JOIN warning w ON w.id = o.warning_id WHERE w.case_id = $1`,
        true,
      ),
      tenantActive: (
        await database.query<{ active: boolean }>(`SELECT inactive_since IS NULL AS active FROM person WHERE id = $1`, [
          w.personId,
        ])
      )[0]!.active,
    };
  }

  /** Who wrote each line: set aside from the comparison, and returned to be checked. */
  function provenance(rows: Awaited<ReturnType<typeof rowsOf>>) {
    const ledger = rows.ledger.map(({ source, import_id, created_by, ...rest }) => ({
      rest,
      by: { source, import_id, created_by },
    }));
    const timeline = rows.timeline.map(({ actor_id, details, ...rest }) => {
      const { importId: fromImport, ...ownDetails } = (details ?? {}) as Row;
      // A line with nothing to say but which import wrote it says nothing, as the API's.
      const said = details === null || Object.keys(ownDetails).length === 0 ? null : ownDetails;
      return {
        rest: { ...rest, details: said } as Row,
        by: { actor_id, importId: fromImport },
      };
    });
    return {
      compared: {
        ...rows,
        ledger: ledger.map((l) => l.rest),
        timeline: timeline.map((t) => t.rest),
      },
      ledgerBy: ledger.map((l) => l.by),
      timelineBy: timeline.map((t) => t.by),
    };
  }

  it.each(STAGES)('writes the same rows for a case in stage %s', async (stage) => {
    const fromApi = provenance(await rowsOf(viaApi.get(stage)!));
    const fromImport = provenance(await rowsOf(viaImport.get(stage)!));
    expect(fromImport.compared).toEqual(fromApi.compared);
    expect(fromApi.compared.case).toHaveLength(1);

    // The lines this registration wrote: the last ledger line, and the timeline from the case's
    // opening (a new case) or the registration on.
    expect(fromApi.ledgerBy.at(-1)).toEqual({ source: 'manual', import_id: null, created_by: '<uuid>' });
    expect(fromImport.ledgerBy.at(-1)).toEqual({ source: 'import', import_id: '<uuid>', created_by: null });
    const written = (by: { actor_id: unknown; importId: unknown }[]) => by.slice(stage === 'no case yet' ? 0 : -1);
    const registeredAt = (rows: typeof fromApi) =>
      rows.compared.timeline.findLastIndex((line) => line.type === 'arrears_registered');
    const apiLines = written(fromApi.timelineBy.slice(0, registeredAt(fromApi) + 1));
    const importLines = written(fromImport.timelineBy.slice(0, registeredAt(fromImport) + 1));
    expect(apiLines.every((line) => line.actor_id === '<uuid>' && line.importId === undefined)).toBe(true);
    expect(importLines.every((line) => line.actor_id === null && line.importId === '<uuid>')).toBe(true);
    // Lines before this registration were written by the same caseworker in both worlds.
    expect(fromImport.timelineBy.slice(0, registeredAt(fromImport) + 1 - importLines.length)).toEqual(
      fromApi.timelineBy.slice(0, registeredAt(fromApi) + 1 - apiLines.length),
    );
  });

  it('gives a terminated case no påkrav date for new arrears, through either door', async () => {
    const nextOf = async (w: World) =>
      (
        await database.query<{ next: string | null; stage: string }>(
          `SELECT next_deadline_on::text AS next, stage FROM arrears_case WHERE id = $1`,
          [w.caseId],
        )
      )[0];
    expect(await nextOf(viaApi.get('terminated')!)).toEqual({ next: null, stage: 'terminated' });
    expect(await nextOf(viaImport.get('terminated')!)).toEqual({ next: null, stage: 'terminated' });
    // Where a date is ahead, both store it, and it is the case page's first upcoming deadline.
    for (const stage of ['no case yet', 'eviction_scheduled'] as const) {
      for (const w of [viaApi.get(stage)!, viaImport.get(stage)!]) {
        const page = (await http().get(`/api/v1/cases/${w.caseId}`).set('Authorization', caseworker.bearer).expect(200))
          .body;
        expect(page.upcomingDeadlines.length).toBeGreaterThan(0);
        expect((await nextOf(w))!.next).toBe(page.upcomingDeadlines[0].date);
      }
    }
    // And a list filtered by deadline finds both or neither.
    const listed = (
      await http()
        .get('/api/v1/cases?deadlineWithinDays=60&limit=100')
        .set('Authorization', caseworker.bearer)
        .expect(200)
    ).body.items.map((c: { id: string }) => c.id);
    for (const stage of STAGES) {
      expect(listed.includes(viaImport.get(stage)!.caseId)).toBe(listed.includes(viaApi.get(stage)!.caseId));
    }
  });
});

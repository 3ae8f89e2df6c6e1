import { type INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { ArrearsCaseService, ArrearsRegistrationService, GENERIC_PLAN_MAX_CLAIMS } from '@app/domain';
import { createTestDatabase, testConfig, TestWorld, type TestDatabase, type WorldOrganisation } from '@app/testing';
import { createApi } from '../../apps/api/src/api.factory.js';

interface HeldStatement {
  statement: string;
  generic_plans: string;
  custom_plans: string;
}

/**
 * The write path's plans (libs/domain/src/shared/query-plan.repository.ts, docs/performance.md):
 * a registration of a few claims runs its prepared statements on their generic plans, planned
 * once per connection instead of at every registration; a batch of the import's size keeps the
 * custom plans; and the choice ends with the transaction. One connection in the pool, so the
 * statements the server holds for it (`pg_prepared_statements`, per session) are this test's.
 */
describe('the arrears write path’s query plans', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let world: TestWorld;
  let org: WorldOrganisation;
  let dataSource: DataSource;
  /** The set-based statements (they take their rows as arrays) the connection holds, with their plan counts. */
  const setBased = async (): Promise<HeldStatement[]> =>
    (await dataSource.query(
      `SELECT statement, generic_plans::text, custom_plans::text FROM pg_prepared_statements WHERE statement LIKE '%unnest(%'`,
    )) as HeldStatement[];

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres', env: { DATABASE_POOL_SIZE: '1' } }));
    dataSource = api.get(DataSource);
    world = new TestWorld(api);
    org = await world.organisation();
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('plans a registration’s set-based statements once per connection, not at every registration', async () => {
    const { tenancy } = await world.tenancy(org.departments[0]!, { caseworker: org.caseworker });
    const cases = api.get(ArrearsCaseService);
    // Past the third use (when a text is prepared) and the fifth (when `auto` may first choose a generic plan).
    for (let month = 1; month <= 8; month += 1) {
      const dueDate = `2026-${String(month).padStart(2, '0')}-01` as IsoDate;
      const { outcome } = await cases.registerArrears(org.caseworker.actor, tenancy.id, {
        dueDate,
        amountOre: 650_000,
      });
      expect([month, outcome]).toEqual([month, month === 1 ? 'created' : 'updated']);
    }
    const held = await setBased();
    // The claims, the case opened or locked, the events, the warnings: several statements, none planned per call.
    expect(held.length).toBeGreaterThanOrEqual(3);
    expect(held.filter((s) => s.custom_plans !== '0').map((s) => s.statement.slice(0, 80))).toEqual([]);
    expect(held.every((s) => Number(s.generic_plans) > 0)).toBe(true);
    // The choice ended with each registration's transaction.
    expect(await dataSource.query(`SELECT current_setting('plan_cache_mode') AS mode`)).toEqual([{ mode: 'auto' }]);
  });

  it.each([
    [1, 'force_generic_plan'],
    [GENERIC_PLAN_MAX_CLAIMS, 'force_generic_plan'],
    [GENERIC_PLAN_MAX_CLAIMS + 1, 'auto'],
  ])('a batch of %i claims is written with plan_cache_mode %s', async (count, mode) => {
    const tenancies: { id: string }[] = [];
    for (let i = 0; i < count; i += 1) {
      tenancies.push((await world.tenancy(org.departments[0]!, { caseworker: org.caseworker })).tenancy);
    }
    const registration = api.get(ArrearsRegistrationService);
    const seen = await dataSource.transaction(async (manager) => {
      const { claims } = await registration.register(
        manager,
        { actor: org.caseworker.actor, importId: null, bookedOn: '2026-11-02' as IsoDate },
        tenancies.map((t) => ({ tenancyId: t.id, dueDate: '2026-11-01', amountOre: 650_000 })),
      );
      expect(claims.map((c) => c.opened)).toEqual(tenancies.map(() => true));
      return ((await manager.query(`SELECT current_setting('plan_cache_mode') AS mode`)) as { mode: string }[])[0];
    });
    expect(seen).toEqual({ mode });
    expect(await dataSource.query(`SELECT current_setting('plan_cache_mode') AS mode`)).toEqual([{ mode: 'auto' }]);
  });
});

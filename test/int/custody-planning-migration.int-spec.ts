import { CustodyHousingPlansAndReleaseTasks1764710000000 } from '../../libs/database/src/migrations/1764710000000-CustodyHousingPlansAndReleaseTasks.js';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { type QueryRunner } from 'typeorm';

/** The housing-plan and release-task tables go down and up again on a real database; their checks hold. */
describe('migration CustodyHousingPlansAndReleaseTasks1764710000000', () => {
  let database: TestDatabase;
  const runner = () => ({ query: (sql: string) => database.query(sql) }) as unknown as QueryRunner;
  const tables = async () =>
    (
      await database.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables
          WHERE table_name IN ('custody_housing_plan', 'custody_release_task') ORDER BY table_name`,
      )
    ).map((t) => t.table_name);

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('goes down and up again, and refuses a plan with another option’s fields', async () => {
    expect(await tables()).toEqual(['custody_housing_plan', 'custody_release_task']);
    const migration = new CustodyHousingPlansAndReleaseTasks1764710000000();
    await migration.down(runner());
    expect(await tables()).toEqual([]);
    await migration.up(runner());
    expect(await tables()).toEqual(['custody_housing_plan', 'custody_release_task']);
    // The check fires before any reference is looked at: a keep-own-means plan with a sublet period is refused.
    await expect(
      database.query(
        `INSERT INTO custody_housing_plan (id, custody_episode_id, option, decided_on, decided_by, decided_by_party,
                                           sublet_from_on)
         VALUES (gen_random_uuid(), gen_random_uuid(), 'keep_own_means', '2026-03-20', gen_random_uuid(), 'probation',
                 '2026-04-01')`,
      ),
    ).rejects.toThrow(/ck_custody_housing_plan_fields/);
    await expect(
      database.query(
        `INSERT INTO custody_release_task (id, custody_episode_id, kind, responsible, basis, completed_on)
         VALUES (gen_random_uuid(), gen_random_uuid(), 'action_plan', 'probation', 'arrival', '2026-03-25')`,
      ),
    ).rejects.toThrow(/ck_custody_release_task_completed/);
  });
});

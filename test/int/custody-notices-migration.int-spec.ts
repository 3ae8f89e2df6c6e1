import { CustodyNotices1764700000000 } from '../../libs/database/src/migrations/1764700000000-CustodyNotices.js';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { type QueryRunner } from 'typeorm';

/** The custody-notices migration goes down and up again on a real database; its checks hold. */
describe('migration CustodyNotices1764700000000', () => {
  let database: TestDatabase;
  const runner = () => ({ query: (sql: string) => database.query(sql) }) as unknown as QueryRunner;
  const columns = async () =>
    (
      await database.query<{ column_name: string; is_nullable: string }>(
        `SELECT column_name, is_nullable FROM information_schema.columns
          WHERE table_name = 'warning' AND column_name IN ('case_id', 'sender_organisation_id', 'custody_episode_id')
          ORDER BY column_name`,
      )
    ).map((c) => `${c.column_name}:${c.is_nullable}`);

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('makes the case optional for custody notices only, and goes down and up again', async () => {
    expect(await columns()).toEqual(['case_id:YES', 'custody_episode_id:YES', 'sender_organisation_id:YES']);
    const migration = new CustodyNotices1764700000000();
    await migration.down(runner());
    expect(await columns()).toEqual(['case_id:NO', 'sender_organisation_id:NO']);
    await migration.up(runner());
    expect(await columns()).toEqual(['case_id:YES', 'custody_episode_id:YES', 'sender_organisation_id:YES']);
    // A case's warning without its case, or a custody notice with one, is refused.
    await expect(
      database.query(
        `INSERT INTO warning (id, rule_code, rule_version, occurrence, recipient_type, recipient_id, urgency, data, acknowledge_by)
         VALUES (gen_random_uuid(), 'arrears-registered', 1, 'x', 'municipality', gen_random_uuid(), 'normal', '{}', '2026-12-01')`,
      ),
    ).rejects.toThrow(/ck_warning_subject/);
    await database.query(
      `INSERT INTO probation_unit (id, name, contact_email) VALUES (gen_random_uuid(), 'KF', 'kf@x.dk')`,
    );
    await expect(database.query(`UPDATE probation_unit SET custody_notice_ack_business_days = 0`)).rejects.toThrow(
      /ck_probation_unit_custody_notice_ack/,
    );
  });
});

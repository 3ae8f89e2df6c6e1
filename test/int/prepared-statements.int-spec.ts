import { dataSourceOptions, PREPARED_PER_CONNECTION, PreparingClient } from '@app/database';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';

/**
 * Repeated statements as named prepared statements (libs/database/src/prepared-statements.ts):
 * the server holds them, the answers and errors are those of the unnamed statement, and one
 * connection holds a bounded number of them.
 */
describe('prepared statements (PostgreSQL)', () => {
  let database: TestDatabase;
  let client: PreparingClient;
  /** The named statements the server holds for this test's client. */
  const held = async (): Promise<string[]> =>
    (await client.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements')).rows.map(
      (r) => r.statement,
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new PreparingClient({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('prepares a text from its third execution on and answers as the unnamed statement did', async () => {
    const text = `SELECT $1::int + 1 AS next, 'third' AS marker`;
    const answers = [];
    for (let i = 1; i <= 5; i += 1) {
      answers.push((await client.query<{ next: number }>(text, [i])).rows[0]!.next);
      // Not before its third run: a text the process runs once or twice is not worth a name.
      expect([i, (await held()).includes(text)]).toEqual([i, i >= 3]);
    }
    expect(answers).toEqual([2, 3, 4, 5, 6]);
    // Without parameters a text is never named.
    for (let i = 0; i < 4; i += 1) await client.query(`SELECT 'no parameters' AS marker`);
    expect((await held()).some((s) => s.includes('no parameters'))).toBe(false);
  });

  it('keeps the unnamed statement’s errors, and a statement prepared in a rolled-back transaction still runs', async () => {
    await client.query('CREATE TABLE prepared_probe (id uuid PRIMARY KEY, label text NOT NULL)');
    const insert = 'INSERT INTO prepared_probe (id, label) VALUES ($1, $2)';
    const id = randomUUID();
    await client.query('BEGIN');
    for (let i = 0; i < 3; i += 1) await client.query(insert, [randomUUID(), `rolled back ${i}`]);
    await client.query('ROLLBACK');
    expect(await held()).toContain(insert);
    await client.query(insert, [id, 'kept']);
    await expect(client.query(insert, [id, 'again'])).rejects.toMatchObject({
      code: '23505',
      constraint: 'prepared_probe_pkey',
    });
    await expect(client.query(insert, [randomUUID(), null])).rejects.toMatchObject({ code: '23502' });
    expect((await client.query('SELECT label FROM prepared_probe')).rows).toEqual([{ label: 'kept' }]);
  });

  it(`holds at most ${PREPARED_PER_CONNECTION} named statements per connection and runs the rest unnamed`, async () => {
    const before = (await held()).length;
    const texts = Array.from({ length: PREPARED_PER_CONNECTION + 20 }, (_, i) => `SELECT $1::int * ${i + 2} AS n`);
    for (let round = 0; round < 3; round += 1) {
      for (const [i, text] of texts.entries()) {
        expect((await client.query<{ n: number }>(text, [round])).rows[0]!.n).toBe(round * (i + 2));
      }
    }
    expect(before).toBeGreaterThan(0);
    expect((await held()).length).toBe(PREPARED_PER_CONNECTION);
  });

  it('is what a DataSource’s pool uses when asked, through TypeORM’s queries and transactions', async () => {
    const dataSource = await new DataSource(
      dataSourceOptions(database.url, { poolSize: 1, preparedStatements: true }),
    ).initialize();
    try {
      const text = `SELECT count(*)::int AS n FROM prepared_probe WHERE label = $1`;
      for (let i = 0; i < 3; i += 1) {
        await dataSource.transaction(async (manager) => {
          expect(await manager.query(text, ['kept'])).toEqual([{ n: 1 }]);
        });
      }
      const statements = (await dataSource.query(`SELECT statement FROM pg_prepared_statements`)) as {
        statement: string;
      }[];
      expect(statements.map((s) => s.statement)).toContain(text);
      // TypeORM still wraps a failed statement in its own error, as the rest of the code expects.
      const duplicate = `INSERT INTO prepared_probe (id, label) SELECT id, label FROM prepared_probe WHERE label = $1`;
      for (let i = 0; i < 3; i += 1) {
        await expect(dataSource.query(duplicate, ['kept'])).rejects.toBeInstanceOf(QueryFailedError);
      }
    } finally {
      await dataSource.destroy();
    }
  });
});

import { type INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createWorker } from '../../apps/worker/src/worker.factory.js';
import { type AnyQueue, MAINTENANCE_QUEUE } from '@app/queue';
import {
  clearRedisPrefix,
  createTestDatabase,
  eventually,
  testConfig,
  uniqueQueuePrefix,
  type TestDatabase,
} from '@app/testing';

/** The retention sweep is scheduled once however many workers run, and it does its work. */
describe.each(['redis', 'postgres'] as const)('retention schedule (%s queues)', (queue) => {
  let database: TestDatabase;
  const workers: INestApplicationContext[] = [];
  const prefix = uniqueQueuePrefix();

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    for (const worker of workers) await worker.close();
    await database?.drop();
    if (queue === 'redis') await clearRedisPrefix(prefix);
  });

  it('has one scheduler across two workers, and its runs anonymise people past the period', async () => {
    const [{ id: organisationId }] = await database.query<{ id: string }>(
      `INSERT INTO housing_organisation (id, name) VALUES ($1, 'Bolig') RETURNING id`,
      [randomUUID()],
    );
    const [{ id: personId }] = await database.query<{ id: string }>(
      `INSERT INTO person (id, housing_organisation_id, name, email, inactive_since)
       VALUES ($1, $2, 'Gammel Sag', 'gammel@example.dk', now() - interval '400 days') RETURNING id`,
      [randomUUID(), organisationId],
    );
    // Every second, so the test need not wait for 02:30.
    const config = testConfig({
      database,
      queue,
      prefix,
      env: { RETENTION_DAYS: '365', RETENTION_CRON: '* * * * * *' },
    });
    workers.push(await createWorker(config), await createWorker(config));

    const schedulers = await workers[0]!.get<AnyQueue>(MAINTENANCE_QUEUE).getJobSchedulers();
    // One of each schedule however many workers started.
    expect(schedulers.map((s) => s.key ?? s.id).sort()).toEqual([
      'custody-release-check',
      'payment-plan-check',
      'retention-sweep',
      'risk-model-refit',
      'statistics-refresh',
      'warning-digest',
      'warning-sweep',
    ]);

    const row = await eventually(async () => {
      const [person] = await database.query<{ name: string; email: string | null; anonymised_at: Date | null }>(
        `SELECT name, email, anonymised_at FROM person WHERE id = $1`,
        [personId],
      );
      return person?.anonymised_at ? person : undefined;
    }, 20_000);
    expect(row).toMatchObject({ name: 'Anonymiseret', email: null });
    const audits = await database.query(
      `SELECT 1 FROM audit_log WHERE person_id = $1 AND action = 'person.anonymise'`,
      [personId],
    );
    expect(audits).toHaveLength(1);
  });
});

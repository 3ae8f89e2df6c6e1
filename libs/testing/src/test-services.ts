import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { loadConfig, type AppConfig } from '@app/config';

export const testAdminUrl = (): string =>
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const testRedisUrl = (): string => process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function databaseUrl(name: string): string {
  const url = new URL(testAdminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testAdminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  /** A plain client for assertions on rows. */
  query<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/**
 * A database of this test file's own, cloned from the template that global setup migrated:
 * real PostgreSQL, real migrations, nothing shared with other test files or with `./data`.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env.EP_TEST_TEMPLATE_DB;
  if (!template) throw new Error('EP_TEST_TEMPLATE_DB is unset: run the tests through `npm test`.');
  const name = `ep_t_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = databaseUrl(name);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // DROP … WITH (FORCE) ends any connection still open; that is expected, not a failure.
  pool.on('error', () => undefined);
  return {
    name,
    url,
    async query(sql, params) {
      return (await pool.query(sql, params)).rows;
    },
    async drop() {
      await pool.end();
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** A Redis key prefix of this test's own; `clear()` deletes its keys. */
export function uniqueQueuePrefix(): string {
  return `test-${randomBytes(5).toString('hex')}`;
}

export async function clearRedisPrefix(prefix: string): Promise<void> {
  const client = new Redis(testRedisUrl());
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await client.del(...keys);
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}

export interface TestConfigOptions {
  database: TestDatabase;
  queue: 'redis' | 'postgres';
  prefix?: string;
  smtpUrl?: string;
  env?: Record<string, string>;
}

/** Fixed keys for tests only: never used anywhere else. */
export const TEST_SECRETS = {
  AUTH_JWT_SECRET: 'test-only-jwt-secret-0123456789abcdef0123456789',
  PII_KEYS: `t1:${Buffer.alloc(32, 1).toString('base64')},t2:${Buffer.alloc(32, 2).toString('base64')}`,
  PII_ACTIVE_KEY_ID: 't2',
  PII_INDEX_KEY: Buffer.alloc(32, 3).toString('base64'),
};

/** The environment a test process runs with; also handed to child processes. */
export function testEnv(options: TestConfigOptions): Record<string, string> {
  return {
    DATABASE_URL: options.database.url,
    REDIS_URL: options.queue === 'redis' ? testRedisUrl() : '',
    QUEUE_PREFIX: options.prefix ?? uniqueQueuePrefix(),
    SMTP_URL: options.smtpUrl ?? '',
    PORT: '0',
    // Without SMTP_URL mail goes to .eml files under DATA_DIR: never the developer's ./data.
    DATA_DIR: join(tmpdir(), 'eviction-prevention-tests'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    OUTBOX_POLL_MS: '50',
    MAIL_BACKOFF_MS: '200',
    // /health reads probe results; tests that watch it change should not wait ten seconds.
    HEALTH_PROBE_INTERVAL_MS: '200',
    MIGRATIONS_RUN: 'false',
    // To run a test or a benchmark without named prepared statements, for comparison.
    ...(process.env.DATABASE_PREPARED_STATEMENTS
      ? { DATABASE_PREPARED_STATEMENTS: process.env.DATABASE_PREPARED_STATEMENTS }
      : {}),
    // Likewise without the session state cache (AUTH_SESSION_CACHE_MS=0).
    ...(process.env.AUTH_SESSION_CACHE_MS ? { AUTH_SESSION_CACHE_MS: process.env.AUTH_SESSION_CACHE_MS } : {}),
    ...TEST_SECRETS,
    ...options.env,
  };
}

export function testConfig(options: TestConfigOptions): AppConfig {
  return loadConfig(testEnv(options));
}

/** Polls until `check` returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Runs once before the test files: checks the services, builds (some tests start the real
// processes from dist/), and migrates a template database that every test file clones.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';

export const adminUrl = () => process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const redisUrl = () => process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function databaseUrl(name) {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

const HOW_TO_START =
  'Start them with `docker compose up -d postgres redis`, or on Debian: ' +
  '`pg_ctlcluster --skip-systemctl-redirect 15 main start` and `redis-server --daemonize yes --save "" --appendonly no`; ' +
  'or point TEST_DATABASE_URL / TEST_REDIS_URL at servers you have.';

async function checkPostgres() {
  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(`Tests need PostgreSQL at ${adminUrl()} (${error.message}). ${HOW_TO_START}`, { cause: error });
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function checkRedis() {
  const client = new Redis(redisUrl(), {
    lazyConnect: true,
    connectTimeout: 3_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new Error(`Tests need Redis at ${redisUrl()} (${error.message}). ${HOW_TO_START}`, { cause: error });
  } finally {
    client.disconnect();
  }
}

export default async function globalSetup() {
  await checkPostgres();
  await checkRedis();

  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The build failed; see above.');

  const template = `ep_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();

  // Without REDIS_URL the migration also creates BullMQ's PostgreSQL schema, which the
  // PostgreSQL-queue tests need.
  // Migrating reads no secrets, but the configuration requires them: throwaway values do.
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl(template),
    REDIS_URL: '',
    LOG_LEVEL: 'silent',
    AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
    PII_KEYS: `setup:${randomBytes(32).toString('base64')}`,
    PII_INDEX_KEY: randomBytes(32).toString('base64'),
  };
  const migrate = spawnSync(process.execPath, ['dist/libs/database/src/migrate.cli.js'], { env, encoding: 'utf8' });
  if (migrate.status !== 0)
    throw new Error(`Migrating the template database failed:\n${migrate.stdout}${migrate.stderr}`);

  process.env.EP_TEST_TEMPLATE_DB = template;
}

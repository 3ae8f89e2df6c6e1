import { startProcess, testRedisUrl, TEST_SECRETS } from '@app/testing';

const API = 'dist/apps/api/src/main.js';
const WORKER = 'dist/apps/worker/src/main.js';

/** A wrong setting stops the process at once, with one sentence saying what to fix. */
describe('starting with a bad configuration', () => {
  const base = { LOG_LEVEL: 'silent', PORT: '0', ...TEST_SECRETS };

  it.each([
    [
      'an unreachable database',
      API,
      { DATABASE_URL: 'postgres://postgres:s3cret-pw@127.0.0.1:1/nowhere' },
      /^Cannot connect to PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/nowhere .*correct DATABASE_URL/,
    ],
    [
      'a DATABASE_URL that is not a PostgreSQL URL',
      WORKER,
      { DATABASE_URL: 'mysql://localhost/db' },
      /^Invalid configuration: DATABASE_URL must start with postgres:\/\//,
    ],
    ['no DATABASE_URL', API, {}, /^DATABASE_URL is not set: set it to your PostgreSQL server/],
    [
      'an unreachable Redis',
      WORKER,
      {
        DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
        REDIS_URL: 'redis://127.0.0.1:1',
      },
      /^Cannot connect to Redis at redis:\/\/127\.0\.0\.1:1 .*correct REDIS_URL/,
    ],
    [
      'a PORT that is not a number',
      API,
      { DATABASE_URL: 'postgres://localhost/x', PORT: 'eighty' },
      /^Invalid configuration: PORT must be a whole number from 0 to 65535\./,
    ],
  ])('exits non-zero on %s', async (_what, script, env, message) => {
    const running = startProcess(script, { ...base, ...env });
    const { code } = await running.exited;
    expect(code).toBe(1);
    const output = running.output().trim();
    expect(output).toMatch(message);
    expect(output.split('\n')).toHaveLength(1);
    expect(output).not.toContain('s3cret-pw');
  });

  it('uses the Redis the tests use (sanity check of the test setup)', () => {
    expect(testRedisUrl()).toMatch(/^redis:\/\//);
  });
});

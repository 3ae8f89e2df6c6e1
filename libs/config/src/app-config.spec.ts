import { ConfigError, describeModes, loadConfig, redactUrl } from './app-config.js';

describe('loadConfig', () => {
  const minimal = {
    DATABASE_URL: 'postgres://app:pw@db:5432/eviction',
    AUTH_JWT_SECRET: 'x'.repeat(32),
    PII_KEYS: `k1:${Buffer.alloc(32).toString('base64')}`,
    PII_INDEX_KEY: Buffer.alloc(32).toString('base64'),
  };

  it('runs on PostgreSQL queues and .eml files when only DATABASE_URL is set', () => {
    const config = loadConfig(minimal);
    expect(config.queue.backend).toBe('postgres');
    expect(config.mail.transport).toBe('file');
    expect(config.mail.dir).toMatch(/data\/mail$/);
    expect(config.http.port).toBe(3000);
    expect(config.database.mode).toBe('server');
  });

  it('uses Redis and SMTP when their URLs are set, and treats empty values as unset', () => {
    const config = loadConfig({ ...minimal, REDIS_URL: 'redis://r:6379', SMTP_URL: 'smtp://mail:25' });
    expect(config.queue.backend).toBe('redis');
    expect(config.mail.transport).toBe('smtp');
    expect(loadConfig({ ...minimal, REDIS_URL: '', SMTP_URL: ' ' }).queue.backend).toBe('postgres');
  });

  it('converts numbers and keeps the defaults for the rest', () => {
    const config = loadConfig({ ...minimal, PORT: '8080', WORKER_CONCURRENCY: '4' });
    expect(config.http.port).toBe(8080);
    expect(config.queue.concurrency).toBe(4);
    expect(config.mail.maxAttempts).toBe(8);
    expect(config.mail).toMatchObject({
      concurrency: 50,
      smtpMaxConnections: 5,
      smtpMaxMessages: 0,
      keepCompleted: 1000,
    });
    expect(config.outbox.relayBatch).toBe(500);
    expect(loadConfig({ ...minimal, MAIL_CONCURRENCY: '100', SMTP_MAX_MESSAGES: '100' }).mail).toMatchObject({
      concurrency: 100,
      smtpMaxMessages: 100,
    });
  });

  it('prepares repeated statements on a PostgreSQL server unless told not to, never on the embedded database', () => {
    expect(loadConfig(minimal).database.preparedStatements).toBe(true);
    expect(loadConfig({ ...minimal, DATABASE_PREPARED_STATEMENTS: 'false' }).database.preparedStatements).toBe(false);
    expect(loadConfig({ ...minimal, DATABASE_MODE: 'embedded' }).database.preparedStatements).toBe(false);
    expect(
      loadConfig({ ...minimal, DATABASE_MODE: 'embedded', DATABASE_PREPARED_STATEMENTS: 'true' }).database
        .preparedStatements,
    ).toBe(false);
    expect(() => loadConfig({ ...minimal, DATABASE_PREPARED_STATEMENTS: 'yes' })).toThrow(
      /DATABASE_PREPARED_STATEMENTS must be true or false/,
    );
  });

  it("keeps a caller's session state for 2 s unless told otherwise, never with the embedded database", () => {
    expect(loadConfig(minimal).auth.sessionCacheMs).toBe(2000);
    expect(loadConfig({ ...minimal, AUTH_SESSION_CACHE_MS: '0' }).auth.sessionCacheMs).toBe(0);
    expect(loadConfig({ ...minimal, AUTH_SESSION_CACHE_MS: '500' }).auth.sessionCacheMs).toBe(500);
    expect(loadConfig({ ...minimal, DATABASE_MODE: 'embedded' }).auth.sessionCacheMs).toBe(0);
    expect(() => loadConfig({ ...minimal, AUTH_SESSION_CACHE_MS: '60001' })).toThrow(
      /AUTH_SESSION_CACHE_MS must be a whole number from 0 to 60000/,
    );
  });

  it('limits uploads to 200 MiB and processing of an import to 3 attempts unless told otherwise', () => {
    expect(loadConfig(minimal).imports).toEqual({ maxFileBytes: 200 * 1024 * 1024, maxAttempts: 3 });
    expect(loadConfig({ ...minimal, IMPORT_MAX_FILE_BYTES: '4096', IMPORT_MAX_ATTEMPTS: '5' }).imports).toEqual({
      maxFileBytes: 4096,
      maxAttempts: 5,
    });
  });

  it.each([
    [{}, /DATABASE_URL is not set/],
    [{ DATABASE_URL: minimal.DATABASE_URL }, /AUTH_JWT_SECRET, PII_KEYS, PII_INDEX_KEY are not set/],
    [{ ...minimal, AUTH_JWT_SECRET: 'short' }, /AUTH_JWT_SECRET must be at least 32 characters/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres/],
    [{ ...minimal, REDIS_URL: 'localhost:6379' }, /REDIS_URL must start with redis/],
    [{ ...minimal, PORT: '70000' }, /PORT must be a whole number from 0 to 65535/],
    [{ ...minimal, MAIL_FROM: 'nobody' }, /MAIL_FROM must be an email address/],
    [{ ...minimal, QUEUE_PREFIX: 'a b' }, /QUEUE_PREFIX/],
    [{ ...minimal, MAIL_CONCURRENCY: '0' }, /MAIL_CONCURRENCY/],
    [{ ...minimal, SMTP_MAX_CONNECTIONS: 'many' }, /SMTP_MAX_CONNECTIONS/],
    [{ ...minimal, CALENDAR_CLOSED_DAYS: 'easter' }, /CALENDAR_CLOSED_DAYS must list/],
    [{ ...minimal, CALENDAR_PAYMENT_DEMAND_COUNT_FROM: 'whenever' }, /lastOnTimeDay or dueDate/],
    [{ ...minimal, IMPORT_MAX_ATTEMPTS: '0' }, /IMPORT_MAX_ATTEMPTS must be a whole number from 1 to 20/],
    [{ ...minimal, IMPORT_MAX_FILE_BYTES: '10' }, /IMPORT_MAX_FILE_BYTES must be a whole number of bytes/],
  ])('refuses %j with one clear sentence', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads the disputed calendar readings, defaulting to the later dates', () => {
    expect(loadConfig(minimal).calendar).toEqual({
      closedDays: ['constitutionDay', 'christmasEve', 'newYearsEve'],
      saturdayIsWeekday: true,
      paymentDemandCountFrom: 'lastOnTimeDay',
    });
    const custom = loadConfig({
      ...minimal,
      CALENDAR_CLOSED_DAYS: '',
      CALENDAR_SATURDAY_IS_WEEKDAY: 'false',
      CALENDAR_PAYMENT_DEMAND_COUNT_FROM: 'dueDate',
    });
    expect(custom.calendar).toEqual({ closedDays: [], saturdayIsWeekday: false, paymentDemandCountFrom: 'dueDate' });
  });

  it('describes its modes without secrets', () => {
    const config = loadConfig({ ...minimal, DATABASE_MODE: 'embedded', REDIS_URL: 'redis://:secret@r:6379' });
    expect(describeModes(config)).toBe(
      `embedded PostgreSQL (PGlite); Redis queues; email written as .eml files to ${config.mail.dir}`,
    );
    expect(describeModes(config)).not.toContain('secret');
  });
});

describe('redactUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUrl('postgres://app:hunter2@db:5432/x')).toBe('postgres://app:***@db:5432/x');
    expect(redactUrl('redis://r:6379')).toBe('redis://r:6379');
    expect(redactUrl('::::')).toBe('<unparseable URL>');
  });
});

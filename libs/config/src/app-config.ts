import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBase64,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { resolve } from 'node:path';

/** Thrown when the environment cannot start the system; its message is one sentence saying what to fix. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
const emptyToUndefined = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const PORT_RULE = 'PORT must be a whole number from 0 to 65535';

/**
 * The raw environment, validated. Every variable is documented in `.env.example`;
 * keep the two in step.
 */
class EnvironmentSchema {
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must start with postgres:// or postgresql://' })
  DATABASE_URL?: string;

  @IsOptional()
  @IsIn(['embedded', 'server'])
  DATABASE_MODE?: 'embedded' | 'server';

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must start with redis:// or rediss://' })
  REDIS_URL?: string;

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must start with smtp:// or smtps://' })
  SMTP_URL?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: PORT_RULE })
  @Min(0, { message: PORT_RULE })
  @Max(65535, { message: PORT_RULE })
  PORT: number = 3000;

  @IsOptional()
  @IsString()
  DATA_DIR: string = './data';

  @IsOptional()
  @IsString()
  MAIL_DIR?: string;

  @IsOptional()
  @IsEmail({}, { message: 'MAIL_FROM must be an email address' })
  MAIL_FROM: string = 'no-reply@udsaettelse.local';

  @IsOptional()
  @IsString()
  MAIL_FROM_NAME: string = 'Udsættelsesforebyggelse';

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  @IsOptional()
  @Matches(/^[A-Za-z0-9_:-]{1,40}$/, { message: 'QUEUE_PREFIX may hold letters, digits, _ : - (at most 40)' })
  QUEUE_PREFIX: string = 'ep';

  @IsOptional()
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'QUEUE_PG_SCHEMA must be a lower-case SQL identifier' })
  QUEUE_PG_SCHEMA: string = 'bullmq';

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  WORKER_CONCURRENCY: number = 10;

  /**
   * Emails one worker process sends at once. Each waits mostly on SMTP and the database, so many
   * in flight keep the SMTP pool busy and let their reads and "sent" marks share round trips.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  MAIL_CONCURRENCY: number = 50;

  /** Connections in the SMTP pool (`?maxConnections=` in SMTP_URL still wins). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  SMTP_MAX_CONNECTIONS: number = 5;

  /** Messages per pooled SMTP connection before it is replaced; 0: no limit. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  SMTP_MAX_MESSAGES: number = 0;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  QUEUE_LOCK_DURATION_MS: number = 30_000;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(500)
  QUEUE_STALLED_INTERVAL_MS: number = 30_000;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  MAIL_MAX_ATTEMPTS: number = 8;

  /**
   * How often the API probes the database, the queue backend and SMTP for /health. The probes
   * run on this timer, never per call, so /health costs no outbound work however often it is asked.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  HEALTH_PROBE_INTERVAL_MS: number = 10_000;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(10)
  MAIL_BACKOFF_MS: number = 30_000;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(10)
  OUTBOX_POLL_MS: number = 250;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  OUTBOX_REQUEUE_AFTER_MS: number = 60_000;

  /** Outbox rows the relay claims and adds to the queue per round trip. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  OUTBOX_RELAY_BATCH: number = 500;

  /** Completed email jobs BullMQ keeps (for inspection); the outbox row is the record that counts. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  QUEUE_KEEP_COMPLETED: number = 1000;

  @IsOptional()
  @IsIn(['true', 'false'])
  MIGRATIONS_RUN: string = 'true';

  /**
   * Connections in each process's PostgreSQL pool. Unset: 10 for a server, 4 for the embedded
   * database (PGlite serves one session: more sockets only queue behind each other).
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'DATABASE_POOL_SIZE must be a whole number from 1 to 200' })
  @Min(1, { message: 'DATABASE_POOL_SIZE must be a whole number from 1 to 200' })
  @Max(200, { message: 'DATABASE_POOL_SIZE must be a whole number from 1 to 200' })
  DATABASE_POOL_SIZE?: number;

  /**
   * Whether repeated statements run as named prepared statements. Unset: yes for a server, no
   * for the embedded database (its one session is shared by every connection). `false` behind a
   * pooler in transaction mode that does not track prepared statements.
   */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'DATABASE_PREPARED_STATEMENTS must be true or false' })
  DATABASE_PREPARED_STATEMENTS?: 'true' | 'false';

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'AUTH_JWT_SECRET must be at least 32 characters' })
  AUTH_JWT_SECRET?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(3600)
  AUTH_ACCESS_TTL_S: number = 900;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(3600)
  AUTH_REFRESH_TTL_S: number = 14 * 24 * 3600;

  /**
   * How long the API keeps a signed-in caller's account and session state after reading it
   * (`SessionStateCache`), in milliseconds: every request checks it, and a page makes many at
   * once. A change to the account, its departments or its sessions drops it at once, whichever
   * process made the change (PostgreSQL notifies the API). 0: read it on every request. Always 0
   * for the embedded database, which cannot deliver those notifications; set 0 when the API reaches
   * PostgreSQL only through a pooler in transaction mode (LISTEN needs a session of its own).
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'AUTH_SESSION_CACHE_MS must be a whole number from 0 to 60000' })
  @Min(0, { message: 'AUTH_SESSION_CACHE_MS must be a whole number from 0 to 60000' })
  @Max(60_000, { message: 'AUTH_SESSION_CACHE_MS must be a whole number from 0 to 60000' })
  AUTH_SESSION_CACHE_MS: number = 2_000;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,40}:[A-Za-z0-9+/=]+(,[A-Za-z0-9_-]{1,40}:[A-Za-z0-9+/=]+)*$/, {
    message: 'PII_KEYS must look like keyId:base64key[,keyId:base64key]',
  })
  PII_KEYS?: string;

  @IsOptional()
  @IsString()
  PII_ACTIVE_KEY_ID?: string;

  @IsOptional()
  @IsBase64({}, { message: 'PII_INDEX_KEY must be base64' })
  PII_INDEX_KEY?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RETENTION_DAYS: number = 3 * 365;

  @IsOptional()
  @IsString()
  RETENTION_CRON: string = '30 2 * * *';

  /** How often the warning sweeper looks for passed deadlines and unacknowledged warnings. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  WARNING_SWEEP_EVERY_MS: number = 5 * 60_000;

  /** When the daily digest of non-urgent warnings goes out (cron, Copenhagen time). */
  @IsOptional()
  @IsString()
  WARNING_DIGEST_CRON: string = '0 7 * * *';

  /** When the payment plans' missed-instalment check runs (cron, Copenhagen time): early morning, before the working day. */
  @IsOptional()
  @IsString()
  PAYMENT_PLAN_CHECK_CRON: string = '15 5 * * *';

  /** When the statistics' materialised view is refreshed (cron, Copenhagen time): every 15 minutes (docs/statistics.md). */
  @IsOptional()
  @IsString()
  STATISTICS_REFRESH_CRON: string = '*/15 * * * *';
  /** When the custody episodes' release-planning reminders are swept (cron, Copenhagen time): early morning. */
  @IsOptional()
  @IsString()
  CUSTODY_RELEASE_CHECK_CRON: string = '30 5 * * *';
  /** When the eviction risk model is refitted and the comparison recomputed (cron, Copenhagen time): Mondays, before dawn. */
  @IsOptional()
  @IsString()
  RISK_MODEL_REFIT_CRON: string = '45 3 * * 1';

  /** The closed cases the risk model is fitted on: those closed in the last this many months (docs/statistics-risk-model.md). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RISK_MODEL_WINDOW_MONTHS: number = 36;

  /**
   * Where the built web application lies (`npm run build` writes it to dist/web); the API serves
   * it at `/`. Relative paths are resolved from the working directory.
   */
  @IsOptional()
  @IsString()
  WEB_ROOT: string = 'dist/web';

  /** The address people use to reach the application; links in emails start with it. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'APP_PUBLIC_URL must be an http(s) URL' })
  APP_PUBLIC_URL?: string;

  @IsOptional()
  @Matches(/^((constitutionDay|christmasEve|newYearsEve)(,(constitutionDay|christmasEve|newYearsEve))*)?$/, {
    message: 'CALENDAR_CLOSED_DAYS must list constitutionDay, christmasEve and/or newYearsEve, separated by commas',
  })
  CALENDAR_CLOSED_DAYS: string = 'constitutionDay,christmasEve,newYearsEve';

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'CALENDAR_SATURDAY_IS_WEEKDAY must be true or false' })
  CALENDAR_SATURDAY_IS_WEEKDAY: string = 'true';

  @IsOptional()
  @IsIn(['lastOnTimeDay', 'dueDate'], {
    message: 'CALENDAR_PAYMENT_DEMAND_COUNT_FROM must be lastOnTimeDay or dueDate',
  })
  CALENDAR_PAYMENT_DEMAND_COUNT_FROM: string = 'lastOnTimeDay';

  /** The largest arrears list one upload may hold, in bytes. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'IMPORT_MAX_FILE_BYTES must be a whole number of bytes from 1024' })
  @Min(1024, { message: 'IMPORT_MAX_FILE_BYTES must be a whole number of bytes from 1024' })
  IMPORT_MAX_FILE_BYTES: number = 200 * 1024 * 1024;

  /** Attempts at processing one import before it ends `failed` with a reason the caseworker can read. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'IMPORT_MAX_ATTEMPTS must be a whole number from 1 to 20' })
  @Min(1, { message: 'IMPORT_MAX_ATTEMPTS must be a whole number from 1 to 20' })
  @Max(20, { message: 'IMPORT_MAX_ATTEMPTS must be a whole number from 1 to 20' })
  IMPORT_MAX_ATTEMPTS: number = 3;
}

export type QueueBackendKind = 'redis' | 'postgres';

/** The typed configuration every part of the system reads; built once at boot. */
export interface AppConfig {
  database: {
    url: string;
    mode: 'embedded' | 'server';
    runMigrations: boolean;
    /** Connections in the process's pool (DATABASE_POOL_SIZE). */
    poolSize: number;
    /** Repeated statements as named prepared statements (DATABASE_PREPARED_STATEMENTS). */
    preparedStatements: boolean;
  };
  queue: {
    backend: QueueBackendKind;
    redisUrl?: string;
    /** Redis key prefix; tests give every test file its own. */
    prefix: string;
    /** Schema of BullMQ's PostgreSQL backend. */
    pgSchema: string;
    concurrency: number;
    lockDurationMs: number;
    stalledIntervalMs: number;
  };
  mail: {
    transport: 'smtp' | 'file';
    smtpUrl?: string;
    dir: string;
    from: { name: string; address: string };
    maxAttempts: number;
    backoffMs: number;
    /** Emails one worker process sends at once. */
    concurrency: number;
    smtpMaxConnections: number;
    /** 0: no limit. */
    smtpMaxMessages: number;
    /** Completed email jobs kept in the queue. */
    keepCompleted: number;
  };
  outbox: { pollMs: number; requeueAfterMs: number; relayBatch: number };
  auth: {
    jwtSecret: string;
    accessTtlS: number;
    refreshTtlS: number;
    /** AUTH_SESSION_CACHE_MS; 0 (always for the embedded database): no cache. */
    sessionCacheMs: number;
  };
  personalData: { keys: string; activeKeyId?: string; indexKey: string };
  /**
   * Personal data of people with no open case is anonymised this long after their last case
   * closed. No sector rule sets a period (docs/legal-rules.md#retention); the default of three years follows
   * the general limitation period (forældelsesloven § 3), after which claims from the case lapse.
   */
  retention: { days: number; cron: string };
  warnings: { sweepEveryMs: number; digestCron: string; publicUrl: string };
  /** The payment-plan sweeper's schedule (PAYMENT_PLAN_CHECK_CRON). */
  paymentPlans: { checkCron: string };
  /** The statistics pre-aggregation's refresh schedule (STATISTICS_REFRESH_CRON). */
  statistics: { refreshCron: string };
  /** The release-planning sweep's schedule (CUSTODY_RELEASE_CHECK_CRON). */
  custody: { releaseCheckCron: string };
  /** The risk model's refit schedule and data window (RISK_MODEL_REFIT_CRON, RISK_MODEL_WINDOW_MONTHS). */
  riskModel: { refitCron: string; windowMonths: number };
  /** Monthly arrears lists: the largest upload, and attempts at processing one before it fails for good. */
  imports: { maxFileBytes: number; maxAttempts: number };
  /**
   * The readings of the law where sources disagree (docs/legal-rules.md#open-questions), so a lawyer can change
   * them without a release. Defaults are the later, safer dates; see libs/calendar/calendar-rules.ts.
   */
  calendar: {
    closedDays: ('constitutionDay' | 'christmasEve' | 'newYearsEve')[];
    saturdayIsWeekday: boolean;
    paymentDemandCountFrom: 'lastOnTimeDay' | 'dueDate';
  };
  /** `webRoot`: the absolute path of the built web application (WEB_ROOT). */
  http: { port: number; webRoot: string };
  /** See HEALTH_PROBE_INTERVAL_MS. */
  health: { probeIntervalMs: number };
  log: { level: string };
  dataDir: string;
}

function firstProblem(errors: ReturnType<typeof validateSync>): string {
  const first = errors[0];
  const message = first?.constraints ? Object.values(first.constraints)[0] : undefined;
  return message ?? `${first?.property ?? 'a setting'} is not valid`;
}

/**
 * Validates the environment into an {@link AppConfig}. `DATABASE_URL` is required here: the
 * `npm start` supervisor sets it to the embedded database when the person did not set it.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = plainToInstance(EnvironmentSchema, { ...env }, { exposeDefaultValues: true });
  const errors = validateSync(parsed, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) {
    throw new ConfigError(`Invalid configuration: ${firstProblem(errors)}.`);
  }
  if (!parsed.DATABASE_URL) {
    throw new ConfigError(
      'DATABASE_URL is not set: set it to your PostgreSQL server (postgres://user@host:5432/db), or run `npm start`, which starts an embedded database when it is unset.',
    );
  }
  const missing = (['AUTH_JWT_SECRET', 'PII_KEYS', 'PII_INDEX_KEY'] as const).filter((name) => !parsed[name]);
  if (missing.length > 0) {
    throw new ConfigError(
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set: see .env.example for how to generate ${missing.length === 1 ? 'it' : 'them'} (\`npm start\` generates development values by itself).`,
    );
  }
  const dataDir = resolve(parsed.DATA_DIR);
  const databaseMode = parsed.DATABASE_MODE ?? 'server';
  return {
    database: {
      url: parsed.DATABASE_URL,
      mode: databaseMode,
      runMigrations: parsed.MIGRATIONS_RUN === 'true',
      poolSize: parsed.DATABASE_POOL_SIZE ?? (databaseMode === 'embedded' ? 4 : 10),
      // The embedded database serves one session to every connection: a statement one prepared
      // would be unknown to the others' clients, which would prepare it again and fail.
      preparedStatements: databaseMode === 'server' && parsed.DATABASE_PREPARED_STATEMENTS !== 'false',
    },
    queue: {
      backend: parsed.REDIS_URL ? 'redis' : 'postgres',
      redisUrl: parsed.REDIS_URL,
      prefix: parsed.QUEUE_PREFIX,
      pgSchema: parsed.QUEUE_PG_SCHEMA,
      concurrency: parsed.WORKER_CONCURRENCY,
      lockDurationMs: parsed.QUEUE_LOCK_DURATION_MS,
      stalledIntervalMs: parsed.QUEUE_STALLED_INTERVAL_MS,
    },
    mail: {
      transport: parsed.SMTP_URL ? 'smtp' : 'file',
      smtpUrl: parsed.SMTP_URL,
      dir: parsed.MAIL_DIR ? resolve(parsed.MAIL_DIR) : resolve(dataDir, 'mail'),
      from: { name: parsed.MAIL_FROM_NAME, address: parsed.MAIL_FROM },
      maxAttempts: parsed.MAIL_MAX_ATTEMPTS,
      backoffMs: parsed.MAIL_BACKOFF_MS,
      concurrency: parsed.MAIL_CONCURRENCY,
      smtpMaxConnections: parsed.SMTP_MAX_CONNECTIONS,
      smtpMaxMessages: parsed.SMTP_MAX_MESSAGES,
      keepCompleted: parsed.QUEUE_KEEP_COMPLETED,
    },
    outbox: {
      pollMs: parsed.OUTBOX_POLL_MS,
      requeueAfterMs: parsed.OUTBOX_REQUEUE_AFTER_MS,
      relayBatch: parsed.OUTBOX_RELAY_BATCH,
    },
    auth: {
      jwtSecret: parsed.AUTH_JWT_SECRET!,
      accessTtlS: parsed.AUTH_ACCESS_TTL_S,
      refreshTtlS: parsed.AUTH_REFRESH_TTL_S,
      // The cache is only as fresh as the notifications that drop it, which PGlite cannot deliver.
      sessionCacheMs: databaseMode === 'server' ? parsed.AUTH_SESSION_CACHE_MS : 0,
    },
    personalData: { keys: parsed.PII_KEYS!, activeKeyId: parsed.PII_ACTIVE_KEY_ID, indexKey: parsed.PII_INDEX_KEY! },
    retention: { days: parsed.RETENTION_DAYS, cron: parsed.RETENTION_CRON },
    warnings: {
      sweepEveryMs: parsed.WARNING_SWEEP_EVERY_MS,
      digestCron: parsed.WARNING_DIGEST_CRON,
      publicUrl: (parsed.APP_PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/+$/, ''),
    },
    paymentPlans: { checkCron: parsed.PAYMENT_PLAN_CHECK_CRON },
    statistics: { refreshCron: parsed.STATISTICS_REFRESH_CRON },
    custody: { releaseCheckCron: parsed.CUSTODY_RELEASE_CHECK_CRON },
    riskModel: { refitCron: parsed.RISK_MODEL_REFIT_CRON, windowMonths: parsed.RISK_MODEL_WINDOW_MONTHS },
    imports: { maxFileBytes: parsed.IMPORT_MAX_FILE_BYTES, maxAttempts: parsed.IMPORT_MAX_ATTEMPTS },
    calendar: {
      closedDays: parsed.CALENDAR_CLOSED_DAYS.split(',').filter(Boolean) as AppConfig['calendar']['closedDays'],
      saturdayIsWeekday: parsed.CALENDAR_SATURDAY_IS_WEEKDAY === 'true',
      paymentDemandCountFrom:
        parsed.CALENDAR_PAYMENT_DEMAND_COUNT_FROM as AppConfig['calendar']['paymentDemandCountFrom'],
    },
    http: { port: parsed.PORT, webRoot: resolve(parsed.WEB_ROOT) },
    health: { probeIntervalMs: parsed.HEALTH_PROBE_INTERVAL_MS },
    log: { level: parsed.LOG_LEVEL },
    dataDir,
  };
}

/** A URL with its password replaced, safe to log. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable URL>';
  }
}

/** One line describing the modes the process runs in, with no secrets. */
export function describeModes(config: AppConfig): string {
  const db = config.database.mode === 'embedded' ? 'embedded PostgreSQL (PGlite)' : 'PostgreSQL server';
  const queue = config.queue.backend === 'redis' ? 'Redis queues' : 'PostgreSQL queues';
  const mail = config.mail.transport === 'smtp' ? 'SMTP email' : `email written as .eml files to ${config.mail.dir}`;
  return `${db}; ${queue}; ${mail}`;
}

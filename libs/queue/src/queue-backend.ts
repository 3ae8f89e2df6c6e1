import {
  createPostgresBackend,
  Queue,
  Worker,
  withBackend,
  type Job,
  type QueueOptions,
  type WorkerOptions,
  type RedisOptions,
} from 'bullmq';
import { type AppConfig } from '@app/config';

export type AnyQueue = Queue;
export type AnyWorker = Worker;
export type JobHandler<D> = (job: Job<D>) => Promise<unknown>;

function redisOptions(url: string): RedisOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // BullMQ workers block on Redis; a per-command retry limit would break that.
    maxRetriesPerRequest: null,
  };
}

/**
 * Builds queues and workers on the configured backend: Redis when `REDIS_URL` is set, otherwise
 * BullMQ's PostgreSQL backend in the application's database. Code above this knows only
 * `Queue` and `Worker`.
 */
export class QueueBackend {
  private readonly pg = withBackend(createPostgresBackend);

  constructor(private readonly config: AppConfig) {}

  get kind(): 'redis' | 'postgres' {
    return this.config.queue.backend;
  }

  createQueue(name: string): AnyQueue {
    const { prefix } = this.config.queue;
    if (this.kind === 'redis') {
      return new Queue(name, { connection: redisOptions(this.requireRedisUrl()), prefix } satisfies QueueOptions);
    }
    return new this.pg.Queue(name, { connection: this.pgConnection(), prefix }) as unknown as AnyQueue;
  }

  /**
   * `options.concurrency` overrides WORKER_CONCURRENCY for a queue whose jobs mostly wait (email);
   * `options.maxStalledCount`, how often a job may be found stalled (its worker died) before it fails.
   */
  createWorker<D>(
    name: string,
    handler: JobHandler<D>,
    options: { concurrency?: number; maxStalledCount?: number } = {},
  ): AnyWorker {
    const { prefix, concurrency, lockDurationMs, stalledIntervalMs } = this.config.queue;
    const common = {
      prefix,
      concurrency: options.concurrency ?? concurrency,
      lockDuration: lockDurationMs,
      stalledInterval: stalledIntervalMs,
      ...(options.maxStalledCount !== undefined ? { maxStalledCount: options.maxStalledCount } : {}),
      autorun: false,
    };
    if (this.kind === 'redis') {
      return new Worker<D>(name, handler, {
        ...common,
        connection: redisOptions(this.requireRedisUrl()),
      } satisfies WorkerOptions) as unknown as AnyWorker;
    }
    return new this.pg.Worker<D>(name, handler, {
      ...common,
      connection: this.pgConnection(),
      // PGlite routes NOTIFY to the wrong socket, so an embedded worker must poll briskly.
      ...(this.config.database.mode === 'embedded' ? { drainDelay: 0.2 } : {}),
    }) as unknown as AnyWorker;
  }

  private pgConnection() {
    return {
      connectionString: this.config.database.url,
      schema: this.config.queue.pgSchema,
      max: this.config.database.mode === 'embedded' ? 2 : 5,
      application_name: 'eviction-prevention-queue',
    };
  }

  private requireRedisUrl(): string {
    if (!this.config.queue.redisUrl) throw new Error('REDIS_URL is required for the Redis queue backend');
    return this.config.queue.redisUrl;
  }
}

import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { MailTransport } from '@app/mail';
import {
  type AnyQueue,
  countStalledJobs,
  MAINTENANCE_QUEUE,
  NOTIFICATION_QUEUE,
  QUEUE_BACKEND,
  QueueBackend,
  QueueName,
} from '@app/queue';

const PROBE_TIMEOUT_MS = 3_000;

export type ProbeName = 'database' | 'queue' | 'smtp';

/** What one probe found, and when. */
export interface ProbeResult {
  /** `down` only for the database: the queue and SMTP merely delay warnings, which the outbox keeps safe. */
  status: 'up' | 'degraded' | 'down';
  details: Record<string, unknown>;
  checkedAt: Date;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);
}

/**
 * Probes the database, the queue backend and SMTP on a timer (HEALTH_PROBE_INTERVAL_MS) and keeps
 * the last result of each. `/health` only reads them, so a flood of health checks (public, and
 * asked by every load balancer) opens no SMTP connection and runs no query. Each API process
 * probes for itself: its health is its own connections' health.
 */
@Injectable()
export class HealthProbes implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(HealthProbes.name);
  private readonly results = new Map<ProbeName, ProbeResult>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(NOTIFICATION_QUEUE) private readonly notifications: AnyQueue,
    @Inject(MAINTENANCE_QUEUE) private readonly maintenance: AnyQueue,
    @Inject(QUEUE_BACKEND) private readonly backend: QueueBackend,
    @Inject(MailTransport) private readonly mail: MailTransport,
  ) {}

  /** The first round runs before the API listens, so /health never answers from nothing. */
  async onApplicationBootstrap(): Promise<void> {
    await this.probeAll();
    this.timer = setInterval(() => {
      // A round still running (a probe waiting for its timeout) is not started twice.
      this.running ??= this.probeAll().finally(() => (this.running = undefined));
    }, this.config.health.probeIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  last(name: ProbeName): ProbeResult | undefined {
    return this.results.get(name);
  }

  /** Runs every probe now; exported for the timer and for tests that cannot wait for it. */
  async probeAll(): Promise<void> {
    await Promise.all([
      this.probe('database', 'down', async () => {
        await this.dataSource.query('SELECT 1');
        return {};
      }),
      this.probe('queue', 'degraded', async () => ({
        backend: this.backend.kind,
        ...Object.fromEntries(
          await Promise.all(
            (
              [
                [QueueName.Notifications, this.notifications],
                [QueueName.Maintenance, this.maintenance],
              ] as const
            ).map(async ([name, queue]) => [name, await this.queueCounts(queue)] as const),
          ),
        ),
      })),
      this.probe('smtp', 'degraded', async () => {
        await this.mail.verify();
        return { transport: this.mail.kind };
      }),
    ]);
  }

  private async probe(
    name: ProbeName,
    failure: 'degraded' | 'down',
    check: () => Promise<Record<string, unknown>>,
  ): Promise<void> {
    const base =
      name === 'queue' ? { backend: this.backend.kind } : name === 'smtp' ? { transport: this.mail.kind } : {};
    try {
      const details = await withTimeout(check(), PROBE_TIMEOUT_MS);
      this.results.set(name, { status: 'up', details, checkedAt: new Date() });
    } catch (error) {
      const previous = this.results.get(name)?.status;
      if (previous !== failure) this.logger.warn({ err: error, probe: name }, `Health probe ${name} failed`);
      this.results.set(name, {
        status: failure,
        details: { ...base, message: (error as Error).message },
        checkedAt: new Date(),
      });
    }
  }

  /** Per queue: depth (waiting), active, delayed, failed, and stalled (see countStalledJobs). */
  private async queueCounts(
    queue: AnyQueue,
  ): Promise<Record<'waiting' | 'active' | 'delayed' | 'failed' | 'stalled', number>> {
    const [counts, stalled] = await Promise.all([
      queue.getJobCounts('waiting', 'active', 'delayed', 'failed'),
      countStalledJobs(queue),
    ]);
    return {
      waiting: counts.waiting ?? 0,
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
      stalled,
    };
  }
}

import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import { MailTransport } from '@app/mail';
import { Public } from '../auth/access.decorators.js';
import {
  type AnyQueue,
  countStalledJobs,
  MAINTENANCE_QUEUE,
  NOTIFICATION_QUEUE,
  QUEUE_BACKEND,
  QueueBackend,
  QueueName,
} from '@app/queue';

const CHECK_TIMEOUT_MS = 3_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);
}

/**
 * The database is essential (down → 503). The queue and SMTP only delay warnings, which the
 * outbox keeps safe, so their failure reports `degraded` and the API stays in service.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(TypeOrmHealthIndicator) private readonly database: TypeOrmHealthIndicator,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(NOTIFICATION_QUEUE) private readonly notifications: AnyQueue,
    @Inject(MAINTENANCE_QUEUE) private readonly maintenance: AnyQueue,
    @Inject(QUEUE_BACKEND) private readonly backend: QueueBackend,
    @Inject(MailTransport) private readonly mail: MailTransport,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: CHECK_TIMEOUT_MS }),
      () => this.queueCheck(),
      () => this.mailCheck(),
    ]);
  }

  /** Per queue: depth (waiting), active, delayed, failed, and stalled (see countStalledJobs). */
  private async queueCheck(): Promise<HealthIndicatorResult> {
    const session = this.indicators.check('queue');
    try {
      const queues = [
        [QueueName.Notifications, this.notifications],
        [QueueName.Maintenance, this.maintenance],
      ] as const;
      const counts = await withTimeout(
        Promise.all(queues.map(async ([name, queue]) => [name, await this.queueCounts(queue)] as const)),
        CHECK_TIMEOUT_MS,
      );
      // Counts inform; they do not degrade: a backlog or a stalled job is the worker's to recover.
      return session.up({ backend: this.backend.kind, ...Object.fromEntries(counts) });
    } catch (error) {
      return session.degraded({ backend: this.backend.kind, message: (error as Error).message });
    }
  }

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

  private async mailCheck(): Promise<HealthIndicatorResult> {
    const session = this.indicators.check('smtp');
    try {
      await withTimeout(this.mail.verify(), CHECK_TIMEOUT_MS);
      return session.up({ transport: this.mail.kind });
    } catch (error) {
      return session.degraded({ transport: this.mail.kind, message: (error as Error).message });
    }
  }
}

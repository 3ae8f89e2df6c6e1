import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { EmailDeliveryService } from '@app/domain';
import { type AnyWorker, QUEUE_BACKEND, QueueBackend, QueueName, JobName, type SendEmailJob } from '@app/queue';

/** Thin: takes a `send-email` job and asks the delivery service to send that outbox row. */
@Injectable()
export class EmailProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EmailProcessor.name);
  private worker: AnyWorker | undefined;

  constructor(
    @Inject(QUEUE_BACKEND) private readonly backend: QueueBackend,
    @Inject(EmailDeliveryService) private readonly delivery: EmailDeliveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const worker = this.backend.createWorker<SendEmailJob>(QueueName.Notifications, (job) => this.process(job), {
      concurrency: this.config.mail.concurrency,
    });
    // The attempt itself is recorded on the outbox row by the delivery service; this is the log line.
    worker.on('failed', (job, error) => {
      this.logger.warn(
        { outboxId: job?.data?.outboxId, attempt: job?.attemptsMade, err: error },
        'Email attempt failed',
      );
    });
    worker.on('error', (error) => this.logger.warn({ err: error }, 'Queue worker error'));
    this.worker = worker;
    void worker.run();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }

  async process(job: Job<SendEmailJob>): Promise<string> {
    // A job this code cannot understand will not improve with retries.
    if (job.name !== JobName.SendEmail || typeof job.data?.outboxId !== 'string') {
      throw new UnrecoverableError(`Unexpected job ${job.name} ${JSON.stringify(job.data)}`);
    }
    return this.delivery.deliver(job.data.outboxId);
  }
}

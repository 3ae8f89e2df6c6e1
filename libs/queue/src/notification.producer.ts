import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { type AnyQueue } from './queue-backend.js';
import { JobName, type SendEmailJob } from './queue-names.js';
import { NOTIFICATION_QUEUE } from './queue.tokens.js';

@Injectable()
export class NotificationProducer {
  constructor(
    @Inject(NOTIFICATION_QUEUE) private readonly queue: AnyQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Adds one job per outbox row with `jobId` = outbox id: adding an id the queue already holds
   * does nothing, so the relay may safely add the same row again.
   */
  async enqueueEmails(outboxIds: string[]): Promise<void> {
    if (outboxIds.length === 0) return;
    const { maxAttempts, backoffMs, keepCompleted } = this.config.mail;
    await this.queue.addBulk(
      outboxIds.map((outboxId) => ({
        name: JobName.SendEmail,
        data: { outboxId } satisfies SendEmailJob,
        opts: {
          jobId: outboxId,
          attempts: maxAttempts,
          backoff: { type: 'exponential', delay: backoffMs, jitter: 0.5 },
          // The outbox row records what was sent; completed jobs are kept only to look at, so few.
          removeOnComplete: { age: 24 * 3600, count: keepCompleted },
          removeOnFail: false,
        },
      })),
    );
  }

  /**
   * Removes the finished (completed or failed) job of a notification, so that adding it again
   * runs it again. A job still waiting or running is left alone.
   */
  async discardFinished(outboxId: string): Promise<void> {
    const job = await this.queue.getJob(outboxId);
    if (job && ((await job.isCompleted()) || (await job.isFailed()))) await job.remove();
  }
}

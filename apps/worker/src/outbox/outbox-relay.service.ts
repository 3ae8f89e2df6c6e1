import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PollLoop } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { OutboxRelayRepository } from '@app/domain';
import { NotificationProducer } from '@app/queue';

/**
 * Moves outbox rows into the queue. It polls (PGlite cannot deliver NOTIFY reliably, and a
 * poll also recovers after any outage), claims rows with SKIP LOCKED so several workers can
 * relay at once, and re-adds rows whose job may have been lost.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private readonly loop: PollLoop;
  private lastStaleSweep = 0;
  private shuttingDown = false;

  constructor(
    @Inject(OutboxRelayRepository) private readonly repository: OutboxRelayRepository,
    @Inject(NotificationProducer) private readonly producer: NotificationProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.loop = new PollLoop(async () => (await this.relayOnce()) > 0, {
      idleMs: config.outbox.pollMs,
      afterErrorMs: Math.max(config.outbox.pollMs, 1_000),
      onError: (error) => this.logger.warn({ err: error }, 'Outbox relay pass failed; retrying'),
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.shuttingDown = true;
    await this.loop.stop();
  }

  /** One pass: relay everything pending, then (now and then) re-add stale rows. */
  async relayOnce(): Promise<number> {
    const batch = this.config.outbox.relayBatch;
    let relayed = 0;
    for (;;) {
      const ids = await this.repository.claimPending(batch);
      if (ids.length === 0) break;
      try {
        await this.producer.enqueueEmails(ids);
      } catch (error) {
        await this.repository.release(ids);
        throw error;
      }
      relayed += ids.length;
      if (ids.length < batch || this.shuttingDown) break;
    }
    const now = Date.now();
    if (now - this.lastStaleSweep >= this.config.outbox.requeueAfterMs / 2) {
      this.lastStaleSweep = now;
      const stale = await this.repository.claimStale(this.config.outbox.requeueAfterMs, batch);
      if (stale.length > 0) {
        // A job BullMQ gave up on (stalled too often, say) keeps its id and would swallow the re-add.
        for (const id of stale) await this.producer.discardFinished(id);
        await this.producer.enqueueEmails(stale);
        this.logger.warn({ count: stale.length }, 'Re-added outbox rows that were queued but not sent');
      }
    }
    return relayed;
  }
}

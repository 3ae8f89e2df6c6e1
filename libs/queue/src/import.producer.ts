import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { type AnyQueue } from './queue-backend.js';
import { JobName, type ProcessArrearsImportJob } from './queue-names.js';
import { IMPORT_QUEUE } from './queue.tokens.js';

/** What the queue knows of an import's job. */
export type ImportJobState = 'missing' | 'failed' | 'completed' | 'pending';

/** Backoff before an import's next attempt: the database may be restarting, or a deadlock may pass. */
const IMPORT_BACKOFF_MS = 2_000;

@Injectable()
export class ImportProducer {
  constructor(
    @Inject(IMPORT_QUEUE) private readonly queue: AnyQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Adds one job per import with `jobId` = import id: adding an id the queue already holds does
   * nothing, so an import may be added again (after a failed enqueue, at the worker's start).
   */
  async enqueue(importIds: string[]): Promise<void> {
    if (importIds.length === 0) return;
    await this.queue.addBulk(
      importIds.map((importId) => ({
        name: JobName.ProcessArrearsImport,
        data: { importId } satisfies ProcessArrearsImportJob,
        opts: {
          jobId: importId,
          attempts: this.config.imports.maxAttempts,
          backoff: { type: 'exponential', delay: IMPORT_BACKOFF_MS, jitter: 0.5 },
          // The import row holds the status and report; finished jobs are kept a day to look at.
          removeOnComplete: { age: 24 * 3600 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      })),
    );
  }

  async jobState(importId: string): Promise<ImportJobState> {
    const job = await this.queue.getJob(importId);
    if (!job) return 'missing';
    if (await job.isFailed()) return 'failed';
    if (await job.isCompleted()) return 'completed';
    return 'pending';
  }
}

import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ArrearsImportService } from '@app/domain';
import {
  type AnyWorker,
  ImportProducer,
  JobName,
  QUEUE_BACKEND,
  QueueBackend,
  QueueName,
  type ProcessArrearsImportJob,
} from '@app/queue';

/**
 * Thin: takes a `process-arrears-import` job (job id = import id) and asks the import service for
 * one attempt. Retries with backoff come from the job's attempts; a job whose worker died is found
 * stalled by the next worker's stalled check and delivered again, and the import service counts
 * each delivery as an attempt (IMPORT_MAX_ATTEMPTS at most), so one stall more than attempts fails
 * the job. At start, every unfinished import without a job (its upload committed, its enqueue
 * failed) is queued again with the same job id.
 */
@Injectable()
export class ImportProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ImportProcessor.name);
  private worker: AnyWorker | undefined;

  constructor(
    @Inject(QUEUE_BACKEND) private readonly backend: QueueBackend,
    @Inject(ArrearsImportService) private readonly imports: ArrearsImportService,
    @Inject(ImportProducer) private readonly producer: ImportProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.reconcile();
    const worker = this.backend.createWorker<ProcessArrearsImportJob>(QueueName.Imports, (job) => this.process(job), {
      // One import at a time per worker: its batches already keep PostgreSQL and Node busy.
      concurrency: 1,
      // The import service counts every delivery against IMPORT_MAX_ATTEMPTS; the queue must
      // not give up on a stalled job first.
      maxStalledCount: this.config.imports.maxAttempts,
    });
    worker.on('failed', (job, error) => {
      const importId = job?.data?.importId;
      this.logger.warn({ importId, attempt: job?.attemptsMade, err: error }, 'Arrears import job attempt failed');
      // The queue's last word on the job (attempts or stalls used up): settle the import too.
      if (importId && job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
        this.imports.failUnfinished(importId).catch((failError: unknown) => {
          this.logger.warn({ importId, err: failError }, 'Arrears import could not be marked failed');
        });
      }
    });
    worker.on('error', (error) => this.logger.warn({ err: error }, 'Import queue worker error'));
    this.worker = worker;
    void worker.run();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }

  async process(job: Job<ProcessArrearsImportJob>): Promise<string> {
    if (job.name !== JobName.ProcessArrearsImport || typeof job.data?.importId !== 'string') {
      throw new UnrecoverableError(`Unexpected job ${job.name} ${JSON.stringify(job.data)}`);
    }
    return (await this.imports.process(job.data.importId)).status;
  }

  /**
   * Every import still to do has a job: those without one are added (same job id, so adding one
   * that exists does nothing); one whose job the queue failed while the database was away is
   * failed now.
   */
  private async reconcile(): Promise<void> {
    try {
      const missing: string[] = [];
      for (const importId of await this.imports.unfinished()) {
        const state = await this.producer.jobState(importId);
        if (state === 'missing') missing.push(importId);
        else if (state === 'failed') await this.imports.failUnfinished(importId);
      }
      await this.producer.enqueue(missing);
      if (missing.length > 0) this.logger.log({ imports: missing.length }, 'Unqueued arrears imports queued');
    } catch (error) {
      // The worker still runs the jobs it has; the next start checks again.
      this.logger.warn({ err: error }, 'Arrears imports could not be reconciled with the queue');
    }
  }
}

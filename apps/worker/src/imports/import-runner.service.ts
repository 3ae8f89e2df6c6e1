import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ArrearsImportService } from '@app/domain';

const IDLE_POLL_MS = 1_000;

/**
 * Processes uploaded arrears lists. The upload and its rows live in PostgreSQL, so PostgreSQL
 * is the queue: each worker claims the next import with SKIP LOCKED, and an import abandoned by
 * a crashed worker is claimed again later (processing is idempotent). Attempts are counted and
 * ended by the import service; this only polls, and waits a little after a failure.
 */
@Injectable()
export class ImportRunnerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ImportRunnerService.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(@Inject(ArrearsImportService) private readonly imports: ArrearsImportService) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .then((worked) => this.schedule(worked ? 0 : IDLE_POLL_MS))
        .catch((error: unknown) => {
          // The logger keeps only what safeError allows: never the rows' values or the statement's parameters.
          this.logger.warn({ err: error }, 'Arrears import round failed; polling again shortly');
          this.schedule(IDLE_POLL_MS * 5);
        });
    }, delayMs);
  }

  private async runOnce(): Promise<boolean> {
    const importId = await this.imports.claimNext();
    if (!importId) return false;
    await this.imports.process(importId);
    return true;
  }
}

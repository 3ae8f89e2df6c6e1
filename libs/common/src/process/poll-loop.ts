/** What one pass of a poll loop reports: whether it found work, so the next pass starts at once. */
export type PollPass = () => Promise<boolean>;

export interface PollLoopOptions {
  /** Wait between passes that found nothing. */
  idleMs: number;
  /** Wait after a pass that threw; defaults to `idleMs`. */
  afterErrorMs?: number;
  /** Told about a failed pass; the loop goes on. */
  onError?: (error: unknown) => void;
}

/**
 * The one poll loop of the code base: runs `pass` again at once while it finds work, waits
 * `idleMs` when it found none and `afterErrorMs` after a failure. Passes never overlap, and
 * `stop()` waits for the pass under way, so a shutdown never cuts one in half. (A scheduler that
 * must run once across many processes is a BullMQ job scheduler, not this.)
 */
export class PollLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly pass: PollPass,
    private readonly options: PollLoopOptions,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.pass().then(
        (worked) => this.schedule(worked ? 0 : this.options.idleMs),
        (error: unknown) => {
          this.options.onError?.(error);
          this.schedule(this.options.afterErrorMs ?? this.options.idleMs);
        },
      );
    }, delayMs);
  }
}

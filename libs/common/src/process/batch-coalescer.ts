/** One item's outcome in a run: its value, or the error that belongs to it alone. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface BatchCoalescerOptions<I> {
  /** Items taken into one run at most. */
  maxBatch: number;
  /** Runs under way at once at most; an item arriving when all are busy waits for the next. */
  maxInFlight: number;
  /**
   * Items of one key never share a run, nor run beside each other: the second waits until the
   * first's run has ended (for a write path, the same row twice in one set-based statement).
   */
  keyOf: (item: I) => string;
}

interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs concurrent calls of one set-based operation together (group commit): `submit` hands an
 * item over and resolves with its own outcome. An item that finds a run free starts one at once,
 * alone, so a quiet system waits for nothing; the items that arrive while every run is busy are
 * taken together into the next. `run` answers each item in the order given; when it throws,
 * every item of that run fails with the error.
 */
export class BatchCoalescer<I, O> {
  private readonly waiting: Waiting<I, O>[] = [];
  private readonly keysInFlight = new Set<string>();
  private inFlight = 0;

  constructor(
    private readonly run: (items: I[]) => Promise<Settled<O>[]>,
    private readonly options: BatchCoalescerOptions<I>,
  ) {}

  /** Items handed over and not yet taken into a run: waiting for a free run, or for their key. */
  get queued(): number {
    return this.waiting.length;
  }

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.startRuns();
    });
  }

  private startRuns(): void {
    while (this.inFlight < this.options.maxInFlight) {
      const batch = this.takeBatch();
      if (batch.length === 0) return;
      void this.runBatch(batch);
    }
  }

  /** The oldest waiting items, up to `maxBatch`, whose keys are neither in the batch nor in flight. */
  private takeBatch(): Waiting<I, O>[] {
    const batch: Waiting<I, O>[] = [];
    const keys = new Set<string>();
    for (let i = 0; i < this.waiting.length && batch.length < this.options.maxBatch;) {
      const key = this.options.keyOf(this.waiting[i]!.item);
      if (keys.has(key) || this.keysInFlight.has(key)) {
        i += 1;
        continue;
      }
      keys.add(key);
      batch.push(...this.waiting.splice(i, 1));
    }
    for (const key of keys) this.keysInFlight.add(key);
    return batch;
  }

  private async runBatch(batch: Waiting<I, O>[]): Promise<void> {
    this.inFlight += 1;
    try {
      const results = await this.run(batch.map((w) => w.item));
      batch.forEach((w, i) => {
        const result = results[i];
        if (!result) w.reject(new Error(`The batch answered ${results.length} of ${batch.length} items`));
        else if (result.ok) w.resolve(result.value);
        else w.reject(result.error);
      });
    } catch (error) {
      for (const w of batch) w.reject(error);
    } finally {
      for (const w of batch) this.keysInFlight.delete(this.options.keyOf(w.item));
      this.inFlight -= 1;
      this.startRuns();
    }
  }
}

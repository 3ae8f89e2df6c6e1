import { type DeliverableRow } from './email-delivery.repository.js';

/** A "sent" mark: the row and the Message-ID the mail server accepted. */
export interface SentMark {
  id: string;
  messageId: string;
}

/** One round trip: write the marks, read the rows (a row marked in the same trip reads as sent). */
export type RoundTrip = (marks: SentMark[], loadIds: string[]) => Promise<DeliverableRow[]>;

interface Waiting<T> {
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/**
 * Lets concurrent email jobs share database round trips: the reads of the jobs starting and the
 * "sent" marks of the jobs finishing within `windowMs` go to the database as one statement. A
 * finishing job frees the slot a starting job takes, so the two kinds arrive together: one trip
 * instead of two, each for many rows. The window is short because a row marked late is a row
 * that a crash in between would send again.
 */
export class DeliveryRoundTrips {
  private loads = new Map<string, Waiting<DeliverableRow | null>[]>();
  private marks: (SentMark & Waiting<void>)[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly trip: RoundTrip,
    private readonly windowMs: number,
    private readonly maxBatch = 500,
  ) {}

  load(id: string): Promise<DeliverableRow | null> {
    return new Promise((resolve, reject) => {
      const waiting = this.loads.get(id);
      if (waiting) waiting.push({ resolve, reject });
      else this.loads.set(id, [{ resolve, reject }]);
      this.schedule();
    });
  }

  markSent(mark: SentMark): Promise<void> {
    return new Promise((resolve, reject) => {
      this.marks.push({ ...mark, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.loads.size + this.marks.length >= this.maxBatch) {
      clearTimeout(this.timer);
      this.timer = undefined;
      void this.flush();
    } else if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.flush();
      }, this.windowMs);
    }
  }

  private async flush(): Promise<void> {
    const loads = this.loads;
    const marks = this.marks;
    this.loads = new Map();
    this.marks = [];
    if (loads.size === 0 && marks.length === 0) return;
    try {
      const rows = await this.trip(
        marks.map(({ id, messageId }) => ({ id, messageId })),
        [...loads.keys()],
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const mark of marks) mark.resolve();
      for (const [id, waiting] of loads) for (const w of waiting) w.resolve(byId.get(id) ?? null);
    } catch (error) {
      for (const mark of marks) mark.reject(error);
      for (const waiting of loads.values()) for (const w of waiting) w.reject(error);
    }
  }
}

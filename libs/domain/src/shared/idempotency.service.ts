import { Inject, Injectable } from '@nestjs/common';
import { IdempotencyRepository } from './idempotency.repository.js';

export interface StoredResponse {
  requestHash: string;
  statusCode: number;
  body: unknown;
}

/** What a request with an `Idempotency-Key` may do. */
export type IdempotencyClaim =
  /** The key is this request's now: run it, then `complete` (or `release` if it fails). */
  | { kind: 'reserved' }
  /** An earlier request with this key has its answer. */
  | { kind: 'completed'; stored: StoredResponse }
  /** An earlier request with this key is still running. */
  | { kind: 'in-progress'; requestHash: string };

/**
 * A reservation older than this belongs to a request whose process died before it answered
 * (its row is never completed nor released), and may be taken over. It is far longer than the
 * short commands that honour `Idempotency-Key` take, so a request still running is never
 * taken over.
 */
const ABANDONED_AFTER_SECONDS = 5 * 60;

/** Remembers the response to each `Idempotency-Key` a user sent, so a retried POST is answered, not repeated. */
@Injectable()
export class IdempotencyService {
  constructor(@Inject(IdempotencyRepository) private readonly keys: IdempotencyRepository) {}

  /**
   * Reserves the key for this request in one atomic statement, before the request runs: of two
   * requests with the same key at the same moment exactly one gets `reserved`, because the
   * primary key (user_id, key) admits one row and the single statement of
   * `IdempotencyRepository.reserve` decides between them. Checking for a stored response first
   * and storing it afterwards let both run.
   */
  async claim(userId: string, key: string, requestHash: string): Promise<IdempotencyClaim> {
    // A reservation released between the two statements leaves nothing to read: claim again.
    for (let attempt = 1; ; attempt++) {
      if (await this.keys.reserve(userId, key, requestHash, ABANDONED_AFTER_SECONDS)) return { kind: 'reserved' };
      const row = await this.keys.find(userId, key);
      if (!row) {
        if (attempt < 3) continue;
        return { kind: 'in-progress', requestHash };
      }
      if (!row.completed) return { kind: 'in-progress', requestHash: row.requestHash };
      return {
        kind: 'completed',
        stored: { requestHash: row.requestHash, statusCode: row.statusCode, body: row.response },
      };
    }
  }

  /** Keeps the answer of the request that reserved the key. */
  async complete(userId: string, key: string, response: StoredResponse): Promise<void> {
    await this.keys.complete(userId, key, response.statusCode, response.body);
  }

  /** The reserving request failed: nothing is kept, and a retry with the key runs again. */
  async release(userId: string, key: string): Promise<void> {
    await this.keys.release(userId, key);
  }
}

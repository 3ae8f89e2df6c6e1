import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How a kind of key is slowed down: free failures, then a doubling delay up to a cap. */
export interface ThrottleRule {
  freeFailures: number;
  maxBlockSeconds: number;
  /** Failures older than this are forgotten. */
  forgetAfterSeconds: number;
}

/**
 * `login_throttle`: failed sign-ins per key (an account or a source address). Kept in PostgreSQL
 * so every API process sees the same counts; each statement commits on its own.
 */
@Injectable()
export class LoginThrottleRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Seconds until the longest block among the keys ends (rounded up), or undefined when none is blocked. */
  async blockedFor(keys: string[]): Promise<number | undefined> {
    const rows: { wait: number }[] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM blocked_until - now()))::int AS wait
         FROM login_throttle WHERE key = ANY($1) AND blocked_until > now()
        ORDER BY blocked_until DESC LIMIT 1`,
      [keys],
    );
    return rows[0]?.wait;
  }

  /**
   * Counts a failure in one statement (two at once both count): the count restarts after a
   * quiet spell, and from `freeFailures` on the key is blocked for 2^(over the limit) seconds, capped.
   */
  async recordFailure(key: string, rule: ThrottleRule): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_throttle AS t (key, failures, last_failure_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.last_failure_at < now() - make_interval(secs => $4) THEN 1 ELSE t.failures + 1 END,
         last_failure_at = now(),
         blocked_until = CASE
           WHEN t.last_failure_at < now() - make_interval(secs => $4) OR t.failures + 1 < $2 THEN NULL
           ELSE now() + make_interval(secs => least($3, power(2, t.failures + 1 - $2)))
         END`,
      [key, rule.freeFailures, rule.maxBlockSeconds, rule.forgetAfterSeconds],
    );
  }

  async clear(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE key = $1`, [key]);
  }
}

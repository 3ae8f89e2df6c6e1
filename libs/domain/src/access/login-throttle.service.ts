import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LoginThrottledError } from './access.errors.js';

/**
 * Failed logins slow further attempts down, per account and per source address, with a delay
 * that doubles from a threshold on and is capped, so nobody (an administrator included) can be
 * locked out for good by someone guessing at their account. Kept in PostgreSQL so every API
 * process sees the same counts.
 */
const RULES = {
  account: { freeFailures: 5, maxBlockSeconds: 15 * 60 },
  address: { freeFailures: 20, maxBlockSeconds: 15 * 60 },
};
/** Failures older than this are forgotten. */
const FORGET_AFTER_SECONDS = 60 * 60;

type Kind = keyof typeof RULES;

@Injectable()
export class LoginThrottleService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  private keys(email: string, address: string | null): { kind: Kind; key: string }[] {
    const keys: { kind: Kind; key: string }[] = [{ kind: 'account', key: `account:${email.toLowerCase()}` }];
    if (address) keys.push({ kind: 'address', key: `address:${address}` });
    return keys;
  }

  /** Throws LOGIN_THROTTLED while either key is blocked. */
  async assertAllowed(email: string, address: string | null): Promise<void> {
    const keys = this.keys(email, address).map((k) => k.key);
    const rows: { wait: number }[] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM blocked_until - now()))::int AS wait
         FROM login_throttle WHERE key = ANY($1) AND blocked_until > now()
        ORDER BY blocked_until DESC LIMIT 1`,
      [keys],
    );
    if (rows.length > 0) throw new LoginThrottledError(Math.max(1, rows[0]!.wait));
  }

  async recordFailure(email: string, address: string | null): Promise<void> {
    for (const { kind, key } of this.keys(email, address)) {
      const { freeFailures, maxBlockSeconds } = RULES[kind];
      await this.dataSource.query(
        `INSERT INTO login_throttle AS t (key, failures, last_failure_at) VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.last_failure_at < now() - make_interval(secs => $4) THEN 1 ELSE t.failures + 1 END,
           last_failure_at = now(),
           blocked_until = CASE
             WHEN t.last_failure_at < now() - make_interval(secs => $4) OR t.failures + 1 < $2 THEN NULL
             ELSE now() + make_interval(secs => least($3, power(2, t.failures + 1 - $2)))
           END`,
        [key, freeFailures, maxBlockSeconds, FORGET_AFTER_SECONDS],
      );
    }
  }

  /** A successful login clears the account's count (not the address's: one success proves little). */
  async recordSuccess(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE key = $1`, [`account:${email.toLowerCase()}`]);
  }
}

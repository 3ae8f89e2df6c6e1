import { Inject, Injectable } from '@nestjs/common';
import { LoginThrottledError } from './access.errors.js';
import { LoginThrottleRepository, type ThrottleRule } from './login-throttle.repository.js';

/** Failures older than this are forgotten. */
const FORGET_AFTER_SECONDS = 60 * 60;

/**
 * Failed logins slow further attempts down, per account and per source address, with a delay
 * that doubles from a threshold on and is capped, so nobody (an administrator included) can be
 * locked out for good by someone guessing at their account.
 */
const RULES: Record<'account' | 'address', ThrottleRule> = {
  account: { freeFailures: 5, maxBlockSeconds: 15 * 60, forgetAfterSeconds: FORGET_AFTER_SECONDS },
  address: { freeFailures: 20, maxBlockSeconds: 15 * 60, forgetAfterSeconds: FORGET_AFTER_SECONDS },
};

type Kind = keyof typeof RULES;

@Injectable()
export class LoginThrottleService {
  constructor(@Inject(LoginThrottleRepository) private readonly counts: LoginThrottleRepository) {}

  private keys(email: string, address: string | null): { kind: Kind; key: string }[] {
    const keys: { kind: Kind; key: string }[] = [{ kind: 'account', key: accountKey(email) }];
    if (address) keys.push({ kind: 'address', key: `address:${address}` });
    return keys;
  }

  /** Throws LOGIN_THROTTLED while either key is blocked. */
  async assertAllowed(email: string, address: string | null): Promise<void> {
    const wait = await this.counts.blockedFor(this.keys(email, address).map((k) => k.key));
    if (wait !== undefined) throw new LoginThrottledError(Math.max(1, wait));
  }

  async recordFailure(email: string, address: string | null): Promise<void> {
    for (const { kind, key } of this.keys(email, address)) await this.counts.recordFailure(key, RULES[kind]);
  }

  /** A successful login clears the account's count (not the address's: one success proves little). */
  async recordSuccess(email: string): Promise<void> {
    await this.counts.clear(accountKey(email));
  }
}

const accountKey = (email: string): string => `account:${email.toLowerCase()}`;

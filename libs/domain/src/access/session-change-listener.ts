import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type pg from 'pg';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { openSessionChangeFeed } from './auth-session.repository.js';
import { SessionStateCache } from './session-state-cache.js';

/** Waits between attempts to listen again after the connection is lost: doubling from 1 s to 30 s. */
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 30_000;

/**
 * Keeps `SessionStateCache` honest: it listens for committed changes to session state
 * (`openSessionChangeFeed`) and drops the user each one names. Only while it listens does the
 * cache answer; when its connection fails the cache is suspended (every lookup reads) until it
 * listens again, so a change is never missed, only read. The API provides it; the worker and the
 * CLI authenticate nobody and have none, so their cache never answers.
 */
@Injectable()
export class SessionChangeListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SessionChangeListener.name);
  private client: pg.Client | undefined;
  /** Moves on with each connection, so that a late event of an earlier one is ignored. */
  private attempt = 0;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private retryMs = RETRY_FIRST_MS;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SessionStateCache) private readonly cache: SessionStateCache,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A first failure is not fatal: the API answers, reading on every request, and tries again.
    if (this.cache.enabled) await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.attempt += 1;
    if (this.retry) clearTimeout(this.retry);
    this.cache.suspend();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** The backend process id of the listening connection (tests end it to see the cache suspended). */
  get backendPid(): number | undefined {
    return (this.client as unknown as { processID?: number } | undefined)?.processID;
  }

  private async listen(): Promise<void> {
    const attempt = ++this.attempt;
    const current = () => attempt === this.attempt && !this.stopped;
    try {
      const client = await openSessionChangeFeed(this.config.database.url, {
        changed: (userId) => {
          if (current()) this.cache.forgetUser(userId);
        },
        lost: (error) => {
          if (!current()) return;
          this.client = undefined;
          this.cache.suspend();
          this.logger.warn(
            `the session state listener lost its connection (${error?.message ?? 'closed'}): every request reads the session until it listens again`,
          );
          this.scheduleRetry();
        },
      });
      if (!current()) {
        await client.end().catch(() => undefined);
        return;
      }
      this.client = client;
      this.retryMs = RETRY_FIRST_MS;
      this.cache.resume();
    } catch {
      // `lost` has suspended the cache and scheduled the next attempt.
    }
  }

  private scheduleRetry(): void {
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (!this.stopped) void this.listen();
    }, wait);
    this.retry.unref();
  }
}

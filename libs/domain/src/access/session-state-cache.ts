import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { SessionState } from './auth-session.repository.js';

/** Users kept at most; past it the cache starts again empty (each entry lives seconds anyway). */
const MAX_USERS = 10_000;

interface Entry {
  state: SessionState | undefined;
  expiresAt: number;
}

/**
 * The account and session state of the callers the API served in the last moments
 * (AUTH_SESSION_CACHE_MS, 2 s by default), so that the many calls one page makes at once check
 * the bearer token against one read of it rather than one read each (README, "Signing in and roles").
 *
 * It stays as fresh as a read on every request: PostgreSQL notifies the API of every change to an
 * account, its departments or its sessions, whichever process made it (the triggers of migration
 * SessionStateNotifications1764820000000), and `SessionChangeListener` drops that user's entries
 * when told. The cache is only in use while that listener is connected and listening (`resume`);
 * before it is, after its connection is lost, and in a process without one (the worker, the CLI),
 * every lookup reads. A lookup that was reading while a change arrived does not keep what it read.
 */
@Injectable()
export class SessionStateCache {
  /** By user, then by session (refresh-token family). */
  private readonly entries = new Map<string, Map<string, Entry>>();
  private readonly ttlMs: number;
  private listening = false;
  /** Moves on with every change heard and every suspension: a read begun before one is not kept. */
  private epoch = 0;
  private readonly forgetWaiters = new Set<{ userId: string; resolve: () => void }>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.ttlMs = config.auth.sessionCacheMs;
  }

  /** Whether lookups may answer from the cache: it is switched on, and changes are being heard. */
  get active(): boolean {
    return this.listening && this.ttlMs > 0;
  }

  /** Whether this process should listen for changes at all (AUTH_SESSION_CACHE_MS above 0). */
  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** The state of the user's session, from the cache when it holds a fresh one, else from `read`. */
  async lookup(
    userId: string,
    familyId: string,
    read: () => Promise<SessionState | undefined>,
    now: () => number = Date.now,
  ): Promise<SessionState | undefined> {
    if (this.active) {
      const entry = this.entries.get(userId)?.get(familyId);
      if (entry && entry.expiresAt > now()) return entry.state;
    }
    const epoch = this.epoch;
    const state = await read();
    // Kept only when nothing changed (and nothing was missed) while it was read.
    if (this.active && epoch === this.epoch) {
      let sessions = this.entries.get(userId);
      if (!sessions) {
        if (this.entries.size >= MAX_USERS) this.entries.clear();
        sessions = new Map();
        this.entries.set(userId, sessions);
      }
      sessions.set(familyId, { state, expiresAt: now() + this.ttlMs });
    }
    return state;
  }

  /** A change to the user's account, departments or sessions: the next lookup for them reads. */
  forgetUser(userId: string): void {
    this.epoch += 1;
    this.entries.delete(userId);
    for (const waiter of this.forgetWaiters) {
      if (waiter.userId === userId) {
        this.forgetWaiters.delete(waiter);
        waiter.resolve();
      }
    }
  }

  /** Changes are being heard (the listener's LISTEN succeeded): lookups may answer from the cache. */
  resume(): void {
    this.epoch += 1;
    this.entries.clear();
    this.listening = true;
  }

  /** Changes may go unheard (the listener's connection is gone): forget everything, read every time. */
  suspend(): void {
    this.epoch += 1;
    this.entries.clear();
    this.listening = false;
  }

  /** How many of the user's sessions the cache holds a state of (tests look before and after a change). */
  sessionsHeld(userId: string): number {
    return this.entries.get(userId)?.size ?? 0;
  }

  /** Resolves when a change to the user is next heard (tests wait on it before they look). */
  nextChangeOf(userId: string): Promise<void> {
    return new Promise((resolve) => this.forgetWaiters.add({ userId, resolve }));
  }
}

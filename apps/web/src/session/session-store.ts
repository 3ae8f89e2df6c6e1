/**
 * The signed-in state of this browser tab (issue 13: tokens never sit where a script can read
 * them). The access token lives in this object only — never in localStorage, sessionStorage or a
 * readable cookie — and is lost with the tab. The refresh token lives in the HttpOnly,
 * SameSite=Strict cookie the API sets on /api/v1/auth/browser-session; this code never sees it.
 *
 * Silent refresh: a minute before the access token expires (or at once when a request is
 * refused with 401) the store asks the API for a new one with the cookie. Tabs of one browser
 * share the cookie and each refresh uses it up, so refreshes are serialised across tabs with the
 * Web Locks API; a tab that waited then uses the cookie its neighbour left.
 */
export const SESSION_PATH = '/api/v1/auth/browser-session';
export const SESSION_HEADER = { 'X-Requested-With': 'ep-web' } as const;
const LOCK_NAME = 'ep-browser-session';
/** Renew this long before the access token expires. */
const RENEW_AHEAD_MS = 60_000;

export interface SessionTokens {
  accessToken: string;
  expiresIn: number;
  /** The signed-in user (as GET /me answers), sent with each new token. */
  user?: unknown;
}

export type SessionListener = (token: string | undefined) => void;

export type SignInOutcome = { ok: true } | { ok: false; status: number; body: unknown };

export class SessionStore {
  private token: string | undefined;
  private signedInUser: unknown;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<boolean> | undefined;
  private restoring: Promise<boolean> | undefined;
  private readonly listeners = new Set<SessionListener>();

  constructor(
    private readonly fetcher: typeof fetch = (input, init) => fetch(input, init),
    private readonly locks: Pick<LockManager, 'request'> | undefined = typeof navigator !== 'undefined'
      ? navigator.locks
      : undefined,
  ) {}

  /** The current access token, or undefined when signed out. */
  get accessToken(): string | undefined {
    return this.token;
  }

  /** The user the last token was issued to, as the API sent it; undefined when signed out. */
  get user(): unknown {
    return this.token ? this.signedInUser : undefined;
  }

  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async signIn(email: string, password: string, language: string): Promise<SignInOutcome> {
    const response = await this.fetcher(SESSION_PATH, {
      method: 'POST',
      headers: { ...SESSION_HEADER, 'Content-Type': 'application/json', 'Accept-Language': language },
      body: JSON.stringify({ email, password }),
      credentials: 'same-origin',
    });
    if (!response.ok) return { ok: false, status: response.status, body: await response.json().catch(() => null) };
    this.accept((await response.json()) as SessionTokens);
    return { ok: true };
  }

  /**
   * The session this tab opened with: one refresh with the cookie, made once however often it is
   * asked for. main.tsx asks before the rest of the application is loaded, so the round trip overlaps
   * loading and evaluating it.
   */
  restore(): Promise<boolean> {
    this.restoring ??= this.refresh();
    return this.restoring;
  }

  /**
   * Renews the access token with the cookie; true when signed in afterwards. Concurrent callers
   * share one attempt.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.refreshOnce().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  async signOut(): Promise<void> {
    this.clear();
    await this.fetcher(SESSION_PATH, { method: 'DELETE', headers: SESSION_HEADER, credentials: 'same-origin' }).catch(
      () => undefined,
    );
  }

  /** Forgets the access token (the API refused the session). */
  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.setToken(undefined);
  }

  private async refreshOnce(): Promise<boolean> {
    const attempt = async (): Promise<boolean> => {
      const response = await this.fetcher(`${SESSION_PATH}/refresh`, {
        method: 'POST',
        headers: SESSION_HEADER,
        credentials: 'same-origin',
      }).catch(() => undefined);
      if (!response) return this.token !== undefined; // offline: keep what we have, try again later
      if (!response.ok) {
        this.clear();
        return false;
      }
      // An answer cut off or garbled on the way counts as no answer, like being offline.
      const tokens = (await response.json().catch(() => undefined)) as SessionTokens | undefined;
      if (typeof tokens?.accessToken !== 'string') return this.token !== undefined;
      this.accept(tokens);
      return true;
    };
    return this.locks ? this.locks.request(LOCK_NAME, attempt) : attempt();
  }

  private accept(tokens: SessionTokens): void {
    this.signedInUser = tokens.user;
    this.setToken(tokens.accessToken);
    if (this.timer) clearTimeout(this.timer);
    const renewIn = Math.max(5_000, tokens.expiresIn * 1000 - RENEW_AHEAD_MS);
    this.timer = setTimeout(() => void this.refresh(), renewIn);
  }

  private setToken(token: string | undefined): void {
    this.token = token;
    for (const listener of this.listeners) listener(token);
  }
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionStore } from './session-store';

function answer(status: number, body: unknown = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('SessionStore', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps the access token in memory and renews it a minute before it runs out', async () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    let n = 0;
    const fetcher = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(`${init?.method} ${String(input)}`);
      n += 1;
      return answer(200, { accessToken: `token-${n}`, expiresIn: 900 });
    });
    const store = new SessionStore(fetcher as typeof fetch, undefined);
    await store.signIn('a@b.dk', 'pw', 'da');
    expect(store.accessToken).toBe('token-1');
    await vi.advanceTimersByTimeAsync(839_000);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls[1]).toBe('POST /api/v1/auth/browser-session/refresh');
    expect(store.accessToken).toBe('token-2');
  });

  it('restores the session once, however often it is asked', async () => {
    const fetcher = vi.fn(async () => answer(200, { accessToken: 't', expiresIn: 900 }));
    const store = new SessionStore(fetcher as unknown as typeof fetch, undefined);
    await store.restore();
    await expect(store.restore()).resolves.toBe(true);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('keeps the user each token was issued to, and forgets it on sign-out', async () => {
    const fetcher = vi.fn(async () => answer(200, { accessToken: 't', expiresIn: 900, user: { name: 'Anne' } }));
    const store = new SessionStore(fetcher as unknown as typeof fetch, undefined);
    await store.refresh();
    expect(store.user).toEqual({ name: 'Anne' });
    await store.signOut();
    expect(store.user).toBeUndefined();
  });

  it('shares one refresh between concurrent callers and forgets the token when refused', async () => {
    const fetcher = vi.fn(async () => answer(401, { code: 'TOKEN_REVOKED' }));
    const store = new SessionStore(fetcher as unknown as typeof fetch, undefined);
    const seen: (string | undefined)[] = [];
    store.subscribe((token) => seen.push(token));
    const [a, b] = await Promise.all([store.refresh(), store.refresh()]);
    expect([a, b]).toEqual([false, false]);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(store.accessToken).toBeUndefined();
    expect(seen).toEqual([undefined]);
  });

  it('counts an answer it cannot read as no answer: a restore says signed out, a renewal keeps the token', async () => {
    const cutOff = () => new Response('{"accessToken": "t', { status: 200 });
    const restoring = new SessionStore((async () => cutOff()) as unknown as typeof fetch, undefined);
    await expect(restoring.restore()).resolves.toBe(false);
    expect(restoring.accessToken).toBeUndefined();

    let garbled = false;
    const renewing = new SessionStore(
      (async () =>
        garbled ? cutOff() : answer(200, { accessToken: 'first', expiresIn: 900 })) as unknown as typeof fetch,
      undefined,
    );
    await renewing.refresh();
    garbled = true;
    await expect(renewing.refresh()).resolves.toBe(true);
    expect(renewing.accessToken).toBe('first');
  });

  it('signs out locally even when the server cannot be reached', async () => {
    let online = true;
    const fetcher = vi.fn(async () => {
      if (!online) throw new TypeError('offline');
      return answer(200, { accessToken: 't', expiresIn: 900 });
    });
    const store = new SessionStore(fetcher as unknown as typeof fetch, undefined);
    await store.signIn('a@b.dk', 'pw', 'da');
    online = false;
    await store.signOut();
    expect(store.accessToken).toBeUndefined();
  });

  it('serialises refreshes across tabs with the Web Locks API', async () => {
    const request = vi.fn(async (_name: string, work: () => Promise<boolean>) => work());
    const fetcher = vi.fn(async () => answer(200, { accessToken: 't', expiresIn: 900 }));
    const store = new SessionStore(fetcher as unknown as typeof fetch, { request } as never);
    await store.refresh();
    expect(request).toHaveBeenCalledWith('ep-browser-session', expect.any(Function));
  });
});

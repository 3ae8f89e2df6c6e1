import type { AppConfig } from '@app/config';
import type { SessionState } from './auth-session.repository.js';
import { SessionStateCache } from './session-state-cache.js';

const state = (userId: string, role = 'housing_caseworker'): SessionState => ({
  userId,
  role,
  housingOrganisationId: 'org',
  municipalityId: null,
  probationUnitId: null,
  counsellingProviderId: null,
  departmentIds: [],
  disabledAt: null,
  tokensValidAfterMs: 0,
  familyRevoked: false,
});

const cacheFor = (sessionCacheMs: number) => new SessionStateCache({ auth: { sessionCacheMs } } as AppConfig);

/** A read that counts its calls (`reads`) and answers what `current` holds when it is called. */
function reader(current: () => SessionState | undefined) {
  const read = Object.assign(
    async () => {
      read.reads += 1;
      return current();
    },
    { reads: 0 },
  );
  return read;
}

describe('SessionStateCache', () => {
  let clock = 1_000_000;
  const now = () => clock;

  beforeEach(() => {
    clock = 1_000_000;
  });

  it('answers a session read within the time it is kept from that read, then reads again', async () => {
    const cache = cacheFor(2000);
    cache.resume();
    const read = reader(() => state('u1'));
    await cache.lookup('u1', 'f1', read, now);
    clock += 1999;
    expect(await cache.lookup('u1', 'f1', read, now)).toEqual(state('u1'));
    expect(read.reads).toBe(1);
    clock += 1;
    await cache.lookup('u1', 'f1', read, now);
    expect(read.reads).toBe(2);
  });

  it('keeps each session of a user apart', async () => {
    const cache = cacheFor(2000);
    cache.resume();
    const first = reader(() => state('u1'));
    const second = reader(() => ({ ...state('u1'), familyRevoked: true }));
    await cache.lookup('u1', 'f1', first, now);
    expect((await cache.lookup('u1', 'f2', second, now))?.familyRevoked).toBe(true);
    expect((await cache.lookup('u1', 'f1', second, now))?.familyRevoked).toBe(false);
    expect([first.reads, second.reads]).toEqual([1, 1]);
  });

  it('reads again after a change to the user is heard, and only for that user', async () => {
    const cache = cacheFor(60_000);
    cache.resume();
    let role = 'housing_caseworker';
    const read = reader(() => state('u1', role));
    const other = reader(() => state('u2'));
    await cache.lookup('u1', 'f1', read, now);
    await cache.lookup('u2', 'f9', other, now);
    role = 'manager';
    const heard = cache.nextChangeOf('u1');
    cache.forgetUser('u1');
    await heard;
    expect((await cache.lookup('u1', 'f1', read, now))?.role).toBe('manager');
    await cache.lookup('u2', 'f9', other, now);
    expect([read.reads, other.reads]).toEqual([2, 1]);
  });

  it('does not keep what a read found when a change was heard while it read', async () => {
    const cache = cacheFor(60_000);
    cache.resume();
    let release: () => void = () => undefined;
    const slow = () =>
      new Promise<SessionState>((resolve) => (release = () => resolve(state('u1', 'before the change'))));
    const pending = cache.lookup('u1', 'f1', slow, now);
    cache.forgetUser('u1');
    release();
    expect((await pending)?.role).toBe('before the change');
    const fresh = reader(() => state('u1', 'after the change'));
    expect((await cache.lookup('u1', 'f1', fresh, now))?.role).toBe('after the change');
    expect(fresh.reads).toBe(1);
  });

  it('reads every time until changes are heard, and again from when they may go unheard', async () => {
    const cache = cacheFor(60_000);
    const read = reader(() => state('u1'));
    await cache.lookup('u1', 'f1', read, now);
    await cache.lookup('u1', 'f1', read, now);
    expect([cache.active, read.reads]).toEqual([false, 2]);
    cache.resume();
    await cache.lookup('u1', 'f1', read, now);
    await cache.lookup('u1', 'f1', read, now);
    expect([cache.active, read.reads]).toEqual([true, 3]);
    cache.suspend();
    await cache.lookup('u1', 'f1', read, now);
    expect([cache.active, read.reads]).toEqual([false, 4]);
    // Listening again starts from nothing: what was kept before the gap may be out of date.
    cache.resume();
    await cache.lookup('u1', 'f1', read, now);
    expect(read.reads).toBe(5);
  });

  it('never answers from the cache when it is switched off (AUTH_SESSION_CACHE_MS=0)', async () => {
    const cache = cacheFor(0);
    cache.resume();
    const read = reader(() => state('u1'));
    await cache.lookup('u1', 'f1', read, now);
    await cache.lookup('u1', 'f1', read, now);
    expect([cache.enabled, cache.active, read.reads]).toEqual([false, false, 2]);
  });

  it('keeps an unknown or revoked session too: the next request of it is refused without a read', async () => {
    const cache = cacheFor(2000);
    cache.resume();
    const read = reader(() => undefined);
    expect(await cache.lookup('gone', 'f1', read, now)).toBeUndefined();
    expect(await cache.lookup('gone', 'f1', read, now)).toBeUndefined();
    expect(read.reads).toBe(1);
  });
});

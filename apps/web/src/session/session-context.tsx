import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ApiSchema } from '@app/api-client';
import { api, call, session, whenSessionEnds } from '../api';
import { useI18n } from '../i18n';

export type Me = ApiSchema<'UserResponse'>;
export type Role = Me['role'];

type SessionState =
  { status: 'starting' } | { status: 'signed-out'; ended?: boolean } | { status: 'signed-in'; me: Me };

interface SessionApi {
  state: SessionState;
  /** Signs in; undefined on success, else the API's error body. */
  signIn(email: string, password: string): Promise<unknown>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionApi | undefined>(undefined);

/**
 * Who is signed in. At start-up the tab tries a silent refresh with the cookie, so a reload or a
 * link opened from an email keeps the user signed in without a prompt.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { language, setLanguage } = useI18n();
  const [state, setState] = useState<SessionState>({ status: 'starting' });

  // The browser session's answers carry the user; GET /me only when one did not.
  const loadMe = useCallback(async () => {
    const me = (session.user as Me | undefined) ?? (await call(api.GET('/api/v1/me')));
    setState({ status: 'signed-in', me });
    return me;
  }, []);

  useEffect(() => {
    whenSessionEnds(() => setState({ status: 'signed-out', ended: true }));
    let cancelled = false;
    void (async () => {
      const ok = await session.restore();
      if (cancelled) return;
      if (!ok) return setState({ status: 'signed-out' });
      await loadMe().catch(() => setState({ status: 'signed-out' }));
    })();
    return () => {
      cancelled = true;
    };
  }, [loadMe]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const outcome = await session.signIn(email, password, language);
      if (!outcome.ok) return outcome.body ?? { message: '' };
      const me = await loadMe();
      if (me.language !== language) setLanguage(me.language);
      return undefined;
    },
    [language, loadMe, setLanguage],
  );

  const signOut = useCallback(async () => {
    await session.signOut();
    setState({ status: 'signed-out' });
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; only inside the signed-in part of the application. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe while not signed in');
  return state.me;
}

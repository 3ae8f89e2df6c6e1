import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router-dom';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { NAVIGATION } from '../navigation';
import { useMe, useSession } from '../session/session-context';
import { Loading } from './components';

/** How often the unread count in the navigation is refreshed. */
const UNREAD_EVERY_MS = 60_000;

function UnreadBadge() {
  const { m } = useI18n();
  const unread = useQuery({
    queryKey: ['inbox', 'unread-count'],
    queryFn: () => call(api.GET('/api/v1/inbox/unread-count')),
    refetchInterval: UNREAD_EVERY_MS,
  });
  const count = unread.data?.unread ?? 0;
  if (count === 0) return null;
  return (
    <span className="badge" data-testid="unread-count">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{m.web.nav.unread({ count: String(count) })}</span>
    </span>
  );
}

export function LanguageSwitch() {
  const { m, language, setLanguage } = useI18n();
  return (
    <button
      type="button"
      className="link-button"
      lang={language === 'da' ? 'en' : 'da'}
      title={m.web.switchLanguageLabel}
      onClick={() => setLanguage(language === 'da' ? 'en' : 'da')}
    >
      {m.web.switchLanguage}
    </button>
  );
}

/** The frame of every signed-in page: skip link, header, role-aware navigation, the page. */
export function Shell() {
  const { m } = useI18n();
  const me = useMe();
  const { signOut } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        {m.web.skipToContent}
      </a>
      <header className="app-header">
        <span className="app-name">{m.web.appName}</span>
        <nav aria-label={m.web.nav.label}>
          <ul>
            {NAVIGATION[me.role].map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>
                  {item.label(m)}
                  {item.unread && <UnreadBadge />}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="user-menu">
          <span className="who" data-testid="who-am-i">
            {m.web.signedInAs({ name: me.name, role: m.roles[me.role] })}
          </span>
          <LanguageSwitch />
          <button type="button" onClick={() => void signOut()}>
            {m.web.signOut}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {/* The areas other than the cases load on first use (routes.tsx). */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}

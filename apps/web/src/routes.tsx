import { lazy } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { CaseRoutes } from './cases/case-routes';
import { homeOf } from './navigation';
import { MePage } from './pages/me-page';
import { SignInPage } from './pages/sign-in-page';
import { useSession } from './session/session-context';
import { Loading } from './ui/components';
import { Shell } from './ui/shell';

// The caseworkers' area (the worktray and the case page, where the warning emails lead) is in the
// first file the browser loads; every other area is a file of its own, loaded on first use, so a
// case page does not wait for the statistics' charts or the administration to be parsed.
const AdminRoutes = lazy(() => import('./admin/admin-routes').then((m) => ({ default: m.AdminRoutes })));
const CounsellingRoutes = lazy(() =>
  import('./counselling/counselling-routes').then((m) => ({ default: m.CounsellingRoutes })),
);
const ImportRoutes = lazy(() => import('./imports/import-routes').then((m) => ({ default: m.ImportRoutes })));
const InboxRoutes = lazy(() => import('./inbox/inbox-routes').then((m) => ({ default: m.InboxRoutes })));
const ProbationRoutes = lazy(() =>
  import('./probation/probation-routes').then((m) => ({ default: m.ProbationRoutes })),
);
const StatisticsRoutes = lazy(() =>
  import('./statistics/statistics-routes').then((m) => ({ default: m.StatisticsRoutes })),
);

/** The signed-in part: sends anyone not signed in to sign in, and back here afterwards. */
function RequireSignIn() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'starting') return <Loading />;
  if (state.status === 'signed-out') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Shell />;
}

function Home() {
  const { state } = useSession();
  return state.status === 'signed-in' ? <Navigate to={homeOf(state.me.role)} replace /> : null;
}

/**
 * Every address of the application. Each area (cases, imports, inbox, referrals, admin) declares its own
 * routes in its folder; the addresses `/inbox` and `/inbox/warnings/:warningId` are the ones
 * the warning emails link to (libs/mail app-links.ts).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<RequireSignIn />}>
        <Route index element={<Home />} />
        <Route path="me" element={<MePage />} />
        <Route path="cases/*" element={<CaseRoutes />} />
        <Route path="imports/*" element={<ImportRoutes />} />
        <Route path="referrals/*" element={<CounsellingRoutes />} />
        <Route path="inbox/*" element={<InboxRoutes />} />
        <Route path="custody-episodes/*" element={<ProbationRoutes />} />
        <Route path="statistics/*" element={<StatisticsRoutes />} />
        <Route path="*" element={<AdminRoutes />} />
      </Route>
    </Routes>
  );
}

import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { AdminRoutes } from './admin/admin-routes';
import { CaseRoutes } from './cases/case-routes';
import { CounsellingRoutes } from './counselling/counselling-routes';
import { ImportRoutes } from './imports/import-routes';
import { InboxRoutes } from './inbox/inbox-routes';
import { homeOf } from './navigation';
import { MePage } from './pages/me-page';
import { SignInPage } from './pages/sign-in-page';
import { ProbationRoutes } from './probation/probation-routes';
import { StatisticsRoutes } from './statistics/statistics-routes';
import { useSession } from './session/session-context';
import { Loading } from './ui/components';
import { Shell } from './ui/shell';

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

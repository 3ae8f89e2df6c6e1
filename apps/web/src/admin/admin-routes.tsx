import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../pages/not-found-page';
import { useMe } from '../session/session-context';
import { AgreementsPage } from './agreements-page';
import { DirectoryPage } from './directory-page';
import { NotificationSettingsPage } from './notification-settings-page';
import { UsersPage } from './users-page';
import './admin.css';

/**
 * The admin screens are for administrators. Anyone else who opens their address sees "not
 * found", as for any address that is not theirs, rather than a page of "not allowed" answers
 * (the API refuses them the changes either way).
 */
function AdminOnly({ children }: { children: ReactNode }) {
  const me = useMe();
  return me.role === 'administrator' ? children : <NotFoundPage />;
}

/** The admin screens' addresses (mounted at `*` in routes.tsx, so unknown addresses end here too). */
export function AdminRoutes() {
  return (
    <Routes>
      <Route
        path="directory"
        element={
          <AdminOnly>
            <DirectoryPage />
          </AdminOnly>
        }
      />
      <Route
        path="users"
        element={
          <AdminOnly>
            <UsersPage />
          </AdminOnly>
        }
      />
      <Route
        path="agreements"
        element={
          <AdminOnly>
            <AgreementsPage />
          </AdminOnly>
        }
      />
      <Route
        path="notification-settings"
        element={
          <AdminOnly>
            <NotificationSettingsPage />
          </AdminOnly>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../pages/not-found-page';

/** The admin screens' addresses, below /admin (see routes.tsx). */
export function AdminRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

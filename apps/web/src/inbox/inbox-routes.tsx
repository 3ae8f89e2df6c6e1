import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../pages/not-found-page';

/** The inbox screens' addresses, below /inbox (see routes.tsx). */
export function InboxRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

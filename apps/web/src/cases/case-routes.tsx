import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../pages/not-found-page';

/** The cases screens' addresses, below /cases (see routes.tsx). */
export function CaseRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../pages/not-found-page';

/** The imports screens' addresses, below /imports (see routes.tsx). */
export function ImportRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

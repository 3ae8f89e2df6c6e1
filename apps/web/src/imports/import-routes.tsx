import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../pages/not-found-page';
import { ImportPage } from './import-page';
import { ImportsPage } from './imports-page';
import './imports.css';

/** The imports screens' addresses, below /imports (see routes.tsx). */
export function ImportRoutes() {
  return (
    <Routes>
      <Route index element={<ImportsPage />} />
      <Route path=":importId" element={<ImportPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

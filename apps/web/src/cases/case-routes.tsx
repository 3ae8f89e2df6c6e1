import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../pages/not-found-page';
import { CasePage } from './case-page';
import { NewCasePage } from './new-case-page';
import { WorktrayPage } from './worktray-page';
import './cases.css';

/** The cases screens' addresses, below /cases (see routes.tsx). */
export function CaseRoutes() {
  return (
    <Routes>
      <Route index element={<WorktrayPage />} />
      <Route path="new" element={<NewCasePage />} />
      <Route path=":caseId" element={<CasePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

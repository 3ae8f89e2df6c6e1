import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../pages/not-found-page';
import { InboxPage } from './inbox-page';
import { WarningPage } from './warning-page';
import './inbox.css';

/**
 * The inbox screens' addresses, below /inbox (see routes.tsx). `/inbox` and
 * `/inbox/warnings/:warningId` are the addresses the warning emails link to (libs/mail
 * app-links.ts): keep them as they are.
 */
export function InboxRoutes() {
  return (
    <Routes>
      <Route index element={<InboxPage />} />
      <Route path="warnings/:warningId" element={<WarningPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

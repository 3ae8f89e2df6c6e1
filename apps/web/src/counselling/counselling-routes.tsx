import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../pages/not-found-page';
import { ReferralPage } from './referral-page';
import { ReferralsPage } from './referrals-page';
import '../cases/cases.css';

/** The debt advisor's screens, below /referrals (see routes.tsx and docs/web-counselling.md). */
export function CounsellingRoutes() {
  return (
    <Routes>
      <Route index element={<ReferralsPage />} />
      <Route path=":referralId" element={<ReferralPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

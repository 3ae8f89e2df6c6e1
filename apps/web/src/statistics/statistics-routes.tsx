import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../pages/not-found-page';
import { StatisticsPage } from './statistics-page';
import './statistics.css';

/** The statistics screens' addresses, below /statistics (see routes.tsx). */
export function StatisticsRoutes() {
  return (
    <Routes>
      <Route index element={<StatisticsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

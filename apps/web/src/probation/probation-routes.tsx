import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../pages/not-found-page';
import { EpisodePage } from './episode-page';
import { EpisodesPage } from './episodes-page';
import { NewEpisodePage } from './new-episode-page';
import '../cases/cases.css';
import './probation.css';

/** The custody episodes, below /custody-episodes (see routes.tsx and docs/web-probation.md). */
export function ProbationRoutes() {
  return (
    <Routes>
      <Route index element={<EpisodesPage />} />
      <Route path="new" element={<NewEpisodePage />} />
      <Route path=":episodeId" element={<EpisodePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { session, setApiLanguage } from './api';
import { I18nProvider, storedLanguage } from './i18n';
import { prefetchRoute } from './route-data';
import { AppRoutes } from './routes';
import { SessionProvider } from './session/session-context';
import { createQueryClient } from './ui/queries';

const queryClient = createQueryClient();
const language = storedLanguage();
// I18nProvider sets it too, but in an effect: the prefetch below may call before that has run.
setApiLanguage(language);
// The page the tab opened on asks for its data as soon as the session is there (main.tsx started it),
// while React renders its first frames, rather than once its screen has mounted.
void session.restore().then((signedIn) => {
  if (signedIn) prefetchRoute(queryClient, window.location.pathname, language);
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider initial={language}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <SessionProvider>
            <AppRoutes />
          </SessionProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </I18nProvider>
  </StrictMode>,
);

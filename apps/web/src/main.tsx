import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { session } from './api';
import { I18nProvider } from './i18n';
import { AppRoutes } from './routes';
import { SessionProvider } from './session/session-context';
import { createQueryClient } from './ui/queries';
import './styles.css';

const queryClient = createQueryClient();
// The silent sign-in starts now, while React renders its first frame (SessionProvider waits for it).
void session.restore();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
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

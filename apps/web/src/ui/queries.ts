import { QueryClient } from '@tanstack/react-query';
import { ApiCallError } from '../api';

/**
 * Server state for the screens (TanStack Query): cached per address, refetched when the window
 * regains focus, retried once on a network failure but never on a 4xx (the answer will not change).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (count, error) =>
          !(error instanceof ApiCallError && error.status >= 400 && error.status < 500) && count < 1,
      },
      mutations: { retry: false },
    },
  });
}

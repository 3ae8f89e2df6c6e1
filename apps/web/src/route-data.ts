import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router-dom';
import { prefetchCasePage } from './cases/case-queries';

/** The data a page's address names, when the page is one whose reads can start before it mounts. */
export type RouteData = { page: 'case'; caseId: string };

/** Which page (and which of its records) an address opens; undefined for the rest. The routes are in routes.tsx and case-routes.tsx. */
export function routeDataOf(pathname: string): RouteData | undefined {
  const onCase = matchPath('/cases/:caseId', pathname);
  const caseId = onCase?.params.caseId;
  if (caseId && caseId !== 'new') return { page: 'case', caseId };
  return undefined;
}

/**
 * Starts the reads of the page the tab opened on (a link from an email, a reload), into the query cache the
 * page reads from, so that the data's round trips overlap React's first render instead of following it. Only
 * the signed-in application calls it; what comes back is scoped by the API like any other read.
 */
export function prefetchRoute(client: QueryClient, pathname: string, language: string): void {
  const data = routeDataOf(pathname);
  if (data?.page === 'case') prefetchCasePage(client, data.caseId, language);
}

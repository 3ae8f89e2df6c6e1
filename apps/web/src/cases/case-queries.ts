import { infiniteQueryOptions, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { ApiSchema } from '@app/api-client';
import { api, call } from '../api';
import { useMe } from '../session/session-context';

/** Roles that may record steps, arrears, payments and notices (the API's CASEWORK). */
export function useMayChangeCases(): boolean {
  const me = useMe();
  return me.role === 'housing_caseworker' || me.role === 'administrator';
}

/**
 * The departments of the caller's housing organisation, for the filters and the new-tenancy form.
 * Only a caseworker has one; a caseworker limited to some departments is offered those. An
 * administrator, who works for every organisation, is offered them all.
 */
export function useOwnDepartments() {
  const me = useMe();
  const organisationId = me.housingOrganisationId;
  return useQuery({
    queryKey: ['departments', organisationId],
    enabled: organisationId !== null || me.role === 'administrator',
    queryFn: async () => {
      const page = await call(
        api.GET('/api/v1/departments', {
          params: { query: { housingOrganisationId: organisationId ?? undefined, limit: 200 } },
        }),
      );
      const own = me.departmentIds.length > 0 ? page.items.filter((d) => me.departmentIds.includes(d.id)) : page.items;
      return own.sort((a, b) => a.number.localeCompare(b.number, 'da', { numeric: true }));
    },
  });
}

export type LedgerPage = ApiSchema<'LedgerLineResponsePage'>;
export type TimelinePage = ApiSchema<'TimelineLineResponsePage'>;

/** Lines per page of the ledger and the timeline: 24 months of a case fit on the first. */
const LINES_PER_PAGE = 200;

/**
 * What the case page reads before it shows the case: the case, the first page of its ledger and of its
 * timeline. One definition (keys and calls) for the page and for the prefetch when a tab opens on the
 * case's address (route-data.ts), so that the page finds what was fetched for it.
 */
export function caseQuery(caseId: string) {
  return queryOptions({
    queryKey: ['case', caseId],
    queryFn: () => call(api.GET('/api/v1/cases/{id}', { params: { path: { id: caseId } } })),
  });
}

export function ledgerQuery(caseId: string) {
  return infiniteQueryOptions({
    queryKey: ['case', caseId, 'ledger'],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: LedgerPage) => page.nextCursor ?? undefined,
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/cases/{id}/ledger', {
          params: { path: { id: caseId }, query: { limit: LINES_PER_PAGE, cursor: pageParam } },
        }),
      ),
  });
}

export function timelineQuery(caseId: string, language: string) {
  return infiniteQueryOptions({
    queryKey: ['case', caseId, 'timeline', language],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: TimelinePage) => page.nextCursor ?? undefined,
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/cases/{id}/timeline', {
          params: {
            path: { id: caseId },
            query: { limit: LINES_PER_PAGE, cursor: pageParam },
            header: { 'accept-language': language },
          },
        }),
      ),
  });
}

/** Starts the case page's reads; a case out of the caller's scope is cached as not found, as the page would. */
export function prefetchCasePage(client: QueryClient, caseId: string, language: string): void {
  void client.prefetchQuery(caseQuery(caseId));
  void client.prefetchInfiniteQuery(ledgerQuery(caseId));
  void client.prefetchInfiniteQuery(timelineQuery(caseId, language));
}

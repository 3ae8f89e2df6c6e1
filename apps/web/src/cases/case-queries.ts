import { useQuery } from '@tanstack/react-query';
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

import type { ApiSchema } from '@app/api-client';
import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api';
import { allPages, byName } from './admin-logic';

export type Municipality = ApiSchema<'MunicipalityResponse'>;
export type HousingOrganisation = ApiSchema<'HousingOrganisationResponse'>;
export type Department = ApiSchema<'DepartmentResponse'>;
export type ContactEntry = ApiSchema<'ContactEntryResponse'>;

/** The directory lists, each read whole (see allPages), cached under one key per kind. */
export const DIRECTORY_KEYS = {
  municipalities: ['directory', 'municipalities'],
  housingOrganisations: ['directory', 'housing-organisations'],
  departments: ['directory', 'departments'],
  probationUnits: ['directory', 'probation-units'],
  counsellingProviders: ['directory', 'counselling-providers'],
} as const;

const PAGE = 200;

export const loadMunicipalities = () =>
  allPages((cursor) => call(api.GET('/api/v1/municipalities', { params: { query: { limit: PAGE, cursor } } }))).then(
    byName,
  );
export const loadHousingOrganisations = () =>
  allPages((cursor) =>
    call(api.GET('/api/v1/housing-organisations', { params: { query: { limit: PAGE, cursor } } })),
  ).then(byName);
export const loadDepartments = () =>
  allPages((cursor) => call(api.GET('/api/v1/departments', { params: { query: { limit: PAGE, cursor } } })));
export const loadProbationUnits = () =>
  allPages((cursor) => call(api.GET('/api/v1/probation-units', { params: { query: { limit: PAGE, cursor } } }))).then(
    byName,
  );
export const loadCounsellingProviders = () =>
  allPages((cursor) =>
    call(api.GET('/api/v1/counselling-providers', { params: { query: { limit: PAGE, cursor } } })),
  ).then(byName);

export const useMunicipalities = () =>
  useQuery({ queryKey: DIRECTORY_KEYS.municipalities, queryFn: loadMunicipalities });
export const useHousingOrganisations = () =>
  useQuery({ queryKey: DIRECTORY_KEYS.housingOrganisations, queryFn: loadHousingOrganisations });
export const useDepartments = () => useQuery({ queryKey: DIRECTORY_KEYS.departments, queryFn: loadDepartments });
export const useProbationUnits = () =>
  useQuery({ queryKey: DIRECTORY_KEYS.probationUnits, queryFn: loadProbationUnits });
export const useCounsellingProviders = () =>
  useQuery({ queryKey: DIRECTORY_KEYS.counsellingProviders, queryFn: loadCounsellingProviders });

/** A name by id from a loaded list, for showing a reference (a department's organisation). */
export function nameIn(list: readonly { id: string; name: string }[] | undefined, id: string | null): string {
  if (!id) return '';
  return list?.find((entry) => entry.id === id)?.name ?? '';
}

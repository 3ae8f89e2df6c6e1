import { createApiClient, type ApiError, type ApiSchema } from '@app/api-client';

/** What the walkthrough saw, for the e2e test to assert on. */
export interface Walkthrough {
  role: ApiSchema<'UserResponse'>['role'] | undefined;
  statuses: Record<'login' | 'tenancy' | 'person' | 'tenant' | 'arrears' | 'refused' | 'signedOut', number>;
  arrearsOutcome: ApiSchema<'RegisterArrearsResponse'>['outcome'] | undefined;
  case: ApiSchema<'CaseResponse'> | undefined;
  refused: ApiError | undefined;
  signedOut: ApiError | undefined;
}

/**
 * A caseworker's first case, through the client generated from /docs-json and nothing else: it
 * imports only @app/api-client, so test/tsconfig.api-client.json type-checks it against the
 * committed schema (api-client.e2e-spec.ts runs that check, then this).
 */
export async function walkThrough(
  baseUrl: string,
  credentials: { email: string; password: string },
  departmentId: string,
): Promise<Walkthrough> {
  const anonymous = createApiClient(baseUrl);
  const login = await anonymous.POST('/api/v1/auth/login', { body: credentials });
  const client = createApiClient(baseUrl, login.data?.accessToken);
  const me = await client.GET('/api/v1/me');

  const tenancy = await client.POST('/api/v1/tenancies', {
    body: { departmentId, unit: '12-0304', address: 'Solvej 12, 2. tv.', monthlyRentOre: 685_000 },
  });
  const tenancyId = tenancy.data?.id ?? '';
  const person = await client.POST('/api/v1/persons', { body: { name: 'Karen Hansen', cpr: '010170-1234' } });
  const tenant = await client.POST('/api/v1/tenancies/{id}/tenants', {
    params: { path: { id: tenancyId } },
    body: { personId: person.data?.id ?? '' },
  });
  const arrears = await client.POST('/api/v1/tenancies/{id}/arrears', {
    params: { path: { id: tenancyId } },
    body: { dueDate: '2026-03-01', amountOre: 685_000 },
  });
  const caseId = arrears.data?.case.id ?? '';
  const detail = await client.GET('/api/v1/cases/{id}', { params: { path: { id: caseId } } });

  // Terminating a case that has had no payment demand: refused.
  const refused = await client.POST('/api/v1/cases/{id}/transitions', {
    params: { path: { id: caseId } },
    body: { version: detail.data?.version ?? 1, type: 'terminate', on: '2026-03-20' },
  });
  const signedOut = await anonymous.GET('/api/v1/cases/{id}', { params: { path: { id: caseId } } });

  return {
    role: me.data?.role,
    statuses: {
      login: login.response.status,
      tenancy: tenancy.response.status,
      person: person.response.status,
      tenant: tenant.response.status,
      arrears: arrears.response.status,
      refused: refused.response.status,
      signedOut: signedOut.response.status,
    },
    arrearsOutcome: arrears.data?.outcome,
    case: detail.data,
    refused: refused.error,
    signedOut: signedOut.error,
  };
}

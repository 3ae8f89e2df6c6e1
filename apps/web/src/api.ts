/**
 * The one way the screens reach the API: the client generated from /docs-json (libs/api-client),
 * with the access token from memory (the session), the chosen language for error texts, and one
 * silent refresh and retry when the API answers 401 to a token that has run out.
 */
import { createApiClient, type ApiClient, type ApiError } from '@app/api-client';
import { session } from './session/session';

export { session };

let language = 'da';
export function setApiLanguage(next: string): void {
  language = next;
}

/** Called when the session is gone for good (refresh refused): the shell sends the user to sign in. */
let onSessionEnded: () => void = () => undefined;
export function whenSessionEnds(listener: () => void): void {
  onSessionEnded = listener;
}

const retryable = new Map<string, Request>();

function makeClient(): ApiClient {
  const origin = typeof window !== 'undefined' ? window.location.origin : 'http://localhost';
  const client = createApiClient(origin, () => session.accessToken);
  client.use({
    async onRequest({ request, id }) {
      request.headers.set('Accept-Language', language);
      if (!session.accessToken && !request.url.includes('/auth/')) await session.refresh();
      if (session.accessToken) request.headers.set('Authorization', `Bearer ${session.accessToken}`);
      retryable.set(id, request.clone());
      return request;
    },
    async onResponse({ response, id }) {
      const original = retryable.get(id);
      retryable.delete(id);
      if (response.status !== 401 || !original) return response;
      const code = (
        (await response
          .clone()
          .json()
          .catch(() => null)) as ApiError | null
      )?.code;
      if (code !== 'TOKEN_EXPIRED' && code !== 'TOKEN_REVOKED' && code !== 'AUTHENTICATION_REQUIRED') return response;
      if (!(await session.refresh())) {
        onSessionEnded();
        return response;
      }
      original.headers.set('Authorization', `Bearer ${session.accessToken}`);
      return fetch(original);
    },
    onError({ id }) {
      retryable.delete(id);
    },
  });
  return client;
}

export const api = makeClient();

/** What a failed call throws, so that screens can show the API's own text. */
export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError | undefined,
  ) {
    super(body?.message ?? `HTTP ${status}`);
  }
  get code(): string | undefined {
    return this.body?.code;
  }
}

/**
 * Unwraps an openapi-fetch result: the data, or an ApiCallError with the API's error body.
 * `const caseFile = await call(api.GET('/api/v1/cases/{id}', { params: { path: { id } } }))`.
 */
export async function call<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch {
    throw new ApiCallError(0, undefined);
  }
  if (!result.response.ok) throw new ApiCallError(result.response.status, result.error as ApiError | undefined);
  return result.data as T;
}

/** True when the API answered that the thing does not exist for this caller (or is out of scope). */
export function isNotFound(error: unknown): boolean {
  return (
    error instanceof ApiCallError && (error.status === 404 || (error.status === 400 && error.code === 'INVALID_ID'))
  );
}

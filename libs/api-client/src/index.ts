import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './schema.js';

export type { components, operations, paths };

/** A schema of the API document by name: `ApiSchema<'CaseResponse'>`. */
export type ApiSchema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** The body of every error the API answers (statusCode, code, message, details, requestId). */
export type ApiError = components['schemas']['ErrorResponse'];

export type ApiClient = Client<paths>;

/**
 * A typed client for the API, generated from its OpenAPI document (/docs-json): paths, bodies
 * and answers are checked by the compiler. `token` is the access token from /auth/login, or a
 * function that returns the current one (so a refreshed token is picked up); leave it out for the
 * public operations.
 */
export function createApiClient(baseUrl: string, token?: string | (() => string | undefined)): ApiClient {
  const client = createClient<paths>({ baseUrl });
  const bearer: Middleware = {
    onRequest({ request }) {
      const current = typeof token === 'function' ? token() : token;
      if (current && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${current}`);
      return request;
    },
  };
  client.use(bearer);
  return client;
}

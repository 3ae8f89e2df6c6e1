import { type INestApplication } from '@nestjs/common';
import request from 'supertest';

/** Anything with a bearer header: a signed-in user from `signIn`. */
export interface Bearer {
  bearer: string;
}

/**
 * HTTP calls to the real API as a signed-in user: `as(caseworker).post('/api/v1/…', body)`.
 * Each call returns supertest's request, so tests chain `.expect(…)` as usual.
 */
export function httpAs(api: INestApplication, user: Bearer) {
  const http = () => request(api.getHttpServer());
  return {
    get: (path: string) => http().get(path).set('Authorization', user.bearer),
    post: (path: string, body?: object) => http().post(path).set('Authorization', user.bearer).send(body),
    put: (path: string, body?: object) => http().put(path).set('Authorization', user.bearer).send(body),
    patch: (path: string, body?: object) => http().patch(path).set('Authorization', user.bearer).send(body),
    delete: (path: string) => http().delete(path).set('Authorization', user.bearer),
  };
}

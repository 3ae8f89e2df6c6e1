import type { ApiError } from '@app/api-client';
import { ApiCallError, session } from '../api';
import type { UploadAnswer, UploadQuery } from './import-types';

export const UPLOAD_PATH = '/api/v1/arrears-imports';

export interface UploadOptions {
  query?: UploadQuery;
  language: string;
  /** Bytes sent so far of the request body (a little more than the file: the form's boundaries). */
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

/** What the upload rejects with when the user cancels it. */
export class UploadCancelled extends Error {
  constructor() {
    super('upload cancelled');
  }
}

/** One attempt: resolves with the status and the parsed body, whatever the status. */
function send(
  file: File,
  token: string | undefined,
  options: UploadOptions,
  createRequest: () => XMLHttpRequest,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = createRequest();
    const query = options.query?.housingOrganisationId
      ? `?${new URLSearchParams({ housingOrganisationId: options.query.housingOrganisationId })}`
      : '';
    xhr.open('POST', `${UPLOAD_PATH}${query}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', options.language);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => options.onProgress?.(event.loaded, event.lengthComputable ? event.total : 0);
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new ApiCallError(0, undefined));
    xhr.onabort = () => reject(new UploadCancelled());
    if (options.signal?.aborted) {
      reject(new UploadCancelled());
      return;
    }
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

const EXPIRED = new Set(['TOKEN_EXPIRED', 'TOKEN_REVOKED', 'AUTHENTICATION_REQUIRED']);

/**
 * Uploads the monthly list as multipart/form-data (field "file"), reporting progress.
 *
 * This is the one call that does not go through `api` (openapi-fetch): `fetch` cannot report
 * how much of a request body has been sent, and a large list takes a while on an office line.
 * So it uses XMLHttpRequest, whose `upload.onprogress` can, and does by hand what `api`'s
 * middleware does for every other call: the access token from memory (`session.accessToken`,
 * refreshed first when there is none yet, and once more when the API answers 401 because it ran
 * out), and Accept-Language so a refusal comes in the user's language. The query and the answer
 * are typed with the generated client's own types (`paths['/api/v1/arrears-imports']['post']`),
 * so the two cannot drift. No Idempotency-Key: this route does not honour one (the API's key
 * check hashes a JSON body, which a multipart upload has none of); resending a list is harmless
 * anyway, since rows already imported change nothing.
 *
 * Resolves with the import (202); rejects with an ApiCallError carrying the API's error body
 * (IMPORT_EMPTY_FILE, IMPORT_FILE_TOO_LARGE, IMPORT_UNSUPPORTED_FILE, …), or UploadCancelled.
 */
export async function uploadArrearsList(
  file: File,
  options: UploadOptions,
  createRequest: () => XMLHttpRequest = () => new XMLHttpRequest(),
): Promise<UploadAnswer> {
  if (!session.accessToken) await session.refresh();
  let answer = await send(file, session.accessToken, options, createRequest);
  const code = (answer.body as ApiError | undefined)?.code;
  if (answer.status === 401 && code && EXPIRED.has(code) && (await session.refresh())) {
    answer = await send(file, session.accessToken, options, createRequest);
  }
  if (answer.status !== 202) throw new ApiCallError(answer.status, answer.body as ApiError | undefined);
  return answer.body as UploadAnswer;
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiCallError, session } from '../api';
import { UploadCancelled, uploadArrearsList, UPLOAD_PATH } from './upload';

/** A stand-in for XMLHttpRequest that records what was sent and answers as told. */
class FakeRequest {
  static answers: { status: number; body: unknown }[] = [];
  static sent: FakeRequest[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | undefined;
  status = 0;
  responseText = '';
  upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
    FakeRequest.sent.push(this);
    const answer = FakeRequest.answers.shift();
    if (!answer) return; // left hanging, for the abort test
    queueMicrotask(() => {
      this.upload.onprogress?.({ loaded: 50, total: 100, lengthComputable: true });
      this.upload.onprogress?.({ loaded: 100, total: 100, lengthComputable: true });
      this.status = answer.status;
      this.responseText = JSON.stringify(answer.body);
      this.onload?.();
    });
  }
  abort() {
    this.onabort?.();
  }
}

const create = () => new FakeRequest() as unknown as XMLHttpRequest;
const file = new File(['Afdeling;Lejemål\r\n'], 'restancer.csv', { type: 'text/csv' });

describe('uploading the arrears list with progress', () => {
  afterEach(() => {
    FakeRequest.answers = [];
    FakeRequest.sent = [];
    vi.restoreAllMocks();
  });

  it('posts the file as multipart field "file" with the token and language, and reports progress', async () => {
    vi.spyOn(session, 'accessToken', 'get').mockReturnValue('token-1');
    FakeRequest.answers = [{ status: 202, body: { id: 'imp-1', status: 'received' } }];
    const progress: [number, number][] = [];
    const created = await uploadArrearsList(
      file,
      { language: 'da', onProgress: (loaded, total) => progress.push([loaded, total]) },
      create,
    );
    expect(created).toMatchObject({ id: 'imp-1', status: 'received' });
    const [request] = FakeRequest.sent;
    expect(request).toMatchObject({ method: 'POST', url: UPLOAD_PATH });
    expect(request!.headers).toMatchObject({ Authorization: 'Bearer token-1', 'Accept-Language': 'da' });
    expect(request!.headers['Idempotency-Key']).toBeUndefined();
    expect((request!.body!.get('file') as File).name).toBe('restancer.csv');
    expect(progress).toEqual([
      [50, 100],
      [100, 100],
    ]);
  });

  it('names the organisation for an administrator', async () => {
    vi.spyOn(session, 'accessToken', 'get').mockReturnValue('token-1');
    FakeRequest.answers = [{ status: 202, body: { id: 'imp-2' } }];
    await uploadArrearsList(file, { language: 'en', query: { housingOrganisationId: 'org-1' } }, create);
    expect(FakeRequest.sent[0]!.url).toBe(`${UPLOAD_PATH}?housingOrganisationId=org-1`);
  });

  it("rejects a refused upload with the API's own error, for the page to show", async () => {
    vi.spyOn(session, 'accessToken', 'get').mockReturnValue('token-1');
    const refusal = { statusCode: 400, code: 'IMPORT_EMPTY_FILE', message: 'Filen er tom. Intet er gemt.' };
    FakeRequest.answers = [{ status: 400, body: refusal }];
    const error = await uploadArrearsList(file, { language: 'da' }, create).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect(error).toMatchObject({ status: 400, code: 'IMPORT_EMPTY_FILE', message: 'Filen er tom. Intet er gemt.' });
  });

  it('renews a token that ran out and sends the file once more', async () => {
    let token = 'old';
    vi.spyOn(session, 'accessToken', 'get').mockImplementation(() => token);
    vi.spyOn(session, 'refresh').mockImplementation(async () => {
      token = 'new';
      return true;
    });
    FakeRequest.answers = [
      { status: 401, body: { code: 'TOKEN_EXPIRED', message: 'x' } },
      { status: 202, body: { id: 'imp-3' } },
    ];
    await expect(uploadArrearsList(file, { language: 'da' }, create)).resolves.toMatchObject({ id: 'imp-3' });
    expect(FakeRequest.sent.map((r) => r.headers.Authorization)).toEqual(['Bearer old', 'Bearer new']);
  });

  it('stops when the user cancels', async () => {
    vi.spyOn(session, 'accessToken', 'get').mockReturnValue('token-1');
    const controller = new AbortController();
    const pending = uploadArrearsList(file, { language: 'da', signal: controller.signal }, create);
    await vi.waitFor(() => expect(FakeRequest.sent).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(UploadCancelled);
  });
});

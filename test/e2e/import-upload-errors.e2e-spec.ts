import { execFile } from 'node:child_process';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { promisify } from 'node:util';
import {
  createTestDatabase,
  eventually,
  startProcess,
  stopProcess,
  testEnv,
  type RunningProcess,
  type TestDatabase,
} from '@app/testing';

const run = promisify(execFile);

const BOUNDARY = 'ep-test-boundary-7c1f';
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;
const CSV =
  'Afdeling;Lejemål;Adresse;Postnr;By;Navn;CPR;Husleje;Restance;Forfaldsdato;Børn\r\n' +
  '1;1-001;Parkvej 1;8000;Aarhus C;Anna Andersen;;6.500,00;6.500,00;01-10-2026;\r\n';
/** The limit the API process is started with, so an oversized file is small enough to send quickly. */
const MAX_FILE_BYTES = 4096;

const filePart = (content: string, field = 'file', fileName = 'restancer.csv') =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
  `Content-Type: text/csv\r\n\r\n${content}\r\n`;
const fieldPart = (name: string, value: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const CLOSE = `--${BOUNDARY}--\r\n`;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: { code?: string; message?: string; id?: string } & Record<string, unknown>;
}

/**
 * Uploads to the real API process, and sends a malformed request, for each way an upload can
 * break: a multipart body without its closing boundary, a client that disconnects half-way, a
 * file over the limit, two files, no file. Each must answer 4xx with a stable code, leave no
 * import behind, and leave the process serving the next request.
 */
describe('broken arrears-list uploads', () => {
  let database: TestDatabase;
  let api: RunningProcess | undefined;
  let base: string;
  let host: { hostname: string; port: number };
  let caseworker: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = testEnv({
      database,
      queue: 'postgres',
      // `info`: the API prints where it listens; an unexpected error would be logged too.
      env: { LOG_LEVEL: 'info', IMPORT_MAX_FILE_BYTES: String(MAX_FILE_BYTES) },
    });
    await run(
      process.execPath,
      ['dist/apps/api/src/cli/create-admin.js', '--email', 'admin@test.dk', '--name', 'Admin'],
      { env: { ...process.env, ...env, ADMIN_PASSWORD: 'admin-password-123' } },
    );
    // The API alone, without a worker: uploads stay `received`, which is all these tests look at.
    api = startProcess('dist/apps/api/src/main.js', env);
    base = await eventually(
      () => /API listening on (http:\/\/localhost:\d+)/.exec(api!.output())?.[1],
      30_000,
      'the API to listen',
    );
    const url = new URL(base);
    host = { hostname: '127.0.0.1', port: Number(url.port) };
    const admin = (await json('POST', '/api/v1/auth/login', { email: 'admin@test.dk', password: 'admin-password-123' }))
      .accessToken as string;
    const organisation = await json('POST', '/api/v1/housing-organisations', { name: 'Bolig' }, admin);
    await json(
      'POST',
      '/api/v1/users',
      {
        email: 'cw@test.dk',
        name: 'Caseworker',
        role: 'housing_caseworker',
        password: 'caseworker-password',
        housingOrganisationId: organisation.id,
      },
      admin,
    );
    caseworker = (await json('POST', '/api/v1/auth/login', { email: 'cw@test.dk', password: 'caseworker-password' }))
      .accessToken as string;
  });

  afterAll(async () => {
    await stopProcess(api);
    await database?.drop();
  });

  async function json(method: string, path: string, body: unknown, token?: string) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return (await response.json()) as Record<string, unknown>;
  }

  /** Sends `body` as it is, framed by Content-Length (so the HTTP request itself is complete), and reads the answer. */
  function post(contentType: string, body: string | Buffer, language = 'en'): Promise<Answer> {
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
    return new Promise((resolve, reject) => {
      const request = httpRequest(
        {
          ...host,
          method: 'POST',
          path: '/api/v1/arrears-imports',
          headers: {
            Authorization: `Bearer ${caseworker}`,
            'Content-Type': contentType,
            'Content-Length': bytes.length,
            'Accept-Language': language,
          },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: JSON.parse(text) }),
          );
        },
      );
      request.on('error', reject);
      request.end(bytes);
    });
  }

  /** Open transactions of the API in this test's database: a receiving upload holds one. */
  async function openTransactions(): Promise<number> {
    const [row] = await database.query<{ open: number }>(
      `SELECT count(*)::int AS open FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'`,
    );
    return row!.open;
  }

  /**
   * Starts an upload that announces more bytes than it sends, waits until the API is storing it
   * (its transaction is open), then disconnects as a browser tab closed mid-upload would.
   */
  async function abortMidUpload(contentType: string, firstBytes: string): Promise<void> {
    const socketClosed = new Promise<void>((resolve) => {
      const request = httpRequest({
        ...host,
        method: 'POST',
        path: '/api/v1/arrears-imports',
        headers: {
          Authorization: `Bearer ${caseworker}`,
          'Content-Type': contentType,
          'Content-Length': 10 * 1024 * 1024,
        },
      });
      request.on('error', () => resolve());
      request.on('close', () => resolve());
      request.write(firstBytes);
      void eventually(
        async () => ((await openTransactions()) > 0 ? true : undefined),
        20_000,
        'the upload to start',
      ).then(
        () => request.destroy(),
        () => request.destroy(),
      );
    });
    await socketClosed;
  }

  async function imports(): Promise<{ imports: number; chunks: number }> {
    const [row] = await database.query<{ imports: number; chunks: number }>(
      `SELECT (SELECT count(*) FROM arrears_import)::int AS imports, (SELECT count(*) FROM arrears_import_chunk)::int AS chunks`,
    );
    return row!;
  }

  async function expectStillServing(): Promise<void> {
    expect(api!.child.exitCode).toBeNull();
    const before = await imports();
    const accepted = await post(MULTIPART, filePart(CSV) + CLOSE);
    expect(accepted.status).toBe(202);
    expect(accepted.body.status).toBe('received');
    expect((await imports()).imports).toBe(before.imports + 1);
  }

  it('answers 400 IMPORT_UPLOAD_INCOMPLETE to a multipart body that ends inside the file, and keeps serving', async () => {
    const before = await imports();
    const answer = await post(MULTIPART, filePart(CSV).slice(0, -10));
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('IMPORT_UPLOAD_INCOMPLETE');
    expect(answer.body.message).toMatch(/not received in full/);
    expect(await imports()).toEqual(before);
    await expectStillServing();
  });

  it('answers 400 to a multipart body that ends after the file but without the closing boundary', async () => {
    const before = await imports();
    // The file part is whole; only the form's final `--` is missing.
    const answer = await post(MULTIPART, filePart(CSV) + `--${BOUNDARY}`);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('IMPORT_UPLOAD_INCOMPLETE');
    expect(await imports()).toEqual(before);
    await expectStillServing();
  });

  it('answers 400 to a multipart body that ends inside a part header', async () => {
    const before = await imports();
    const answer = await post(MULTIPART, `--${BOUNDARY}\r\nContent-Disposition: form-data; na`);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('IMPORT_UPLOAD_INCOMPLETE');
    expect(await imports()).toEqual(before);
    await expectStillServing();
  });

  it('discards a multipart upload whose client disconnects half-way, and keeps serving', async () => {
    const before = await imports();
    await abortMidUpload(MULTIPART, filePart(CSV).slice(0, -2));
    // The upload's transaction is rolled back, not left open holding a connection.
    await eventually(async () => ((await openTransactions()) === 0 ? true : undefined), 20_000, 'the rollback');
    expect(await imports()).toEqual(before);
    await expectStillServing();
  });

  it('discards a raw text/csv upload whose client disconnects half-way, and keeps serving', async () => {
    const before = await imports();
    await abortMidUpload('text/csv; charset=utf-8', CSV);
    await eventually(async () => ((await openTransactions()) === 0 ? true : undefined), 20_000, 'the rollback');
    expect(await imports()).toEqual(before);
    await expectStillServing();
    // A client going away is an expected end of an upload, not an unexpected error (500) to investigate.
    expect(api!.output()).not.toMatch(/Unhandled error/);
  });

  it('refuses a file over the size limit with 413 IMPORT_FILE_TOO_LARGE, by multipart and raw, keeping nothing', async () => {
    const before = await imports();
    const large = CSV + '1;1-002;Parkvej 2;8000;Aarhus C;Bo Berg;;6.500,00;6.500,00;01-10-2026;\r\n'.repeat(100);
    expect(Buffer.byteLength(large)).toBeGreaterThan(MAX_FILE_BYTES);
    const multipart = await post(MULTIPART, filePart(large) + CLOSE);
    expect([multipart.status, multipart.body.code]).toEqual([413, 'IMPORT_FILE_TOO_LARGE']);
    const raw = await post('text/csv', large);
    expect([raw.status, raw.body.code]).toEqual([413, 'IMPORT_FILE_TOO_LARGE']);
    // Exactly at the limit is still accepted.
    const exact = await post('text/csv', Buffer.from(large).subarray(0, MAX_FILE_BYTES));
    expect(exact.status).toBe(202);
    await database.query(`DELETE FROM arrears_import WHERE id = $1`, [exact.body.id]);
    expect(await imports()).toEqual(before);
    await expectStillServing();
  });

  it('refuses a second file and a form without a file, keeping nothing', async () => {
    const before = await imports();
    const two = await post(MULTIPART, filePart(CSV) + filePart(CSV, 'file', 'igen.csv') + CLOSE);
    expect([two.status, two.body.code]).toEqual([400, 'IMPORT_ONE_FILE_ONLY']);
    const none = await post(MULTIPART, fieldPart('note', 'oktober') + CLOSE);
    expect([none.status, none.body.code]).toEqual([400, 'IMPORT_FILE_MISSING']);
    const empty = await post(MULTIPART, filePart('') + CLOSE);
    expect([empty.status, empty.body.code]).toEqual([400, 'IMPORT_EMPTY_FILE']);
    expect(await imports()).toEqual(before);
    await expectStillServing();
  });

  it('stores a file name as the browser sent it (UTF-8), and one too long for its column shortened', async () => {
    const danish = await post(MULTIPART, filePart(CSV, 'file', 'restancer-østerbro.csv') + CLOSE);
    expect([danish.status, danish.body.fileName]).toEqual([202, 'restancer-østerbro.csv']);
    const long = await post(MULTIPART, filePart(CSV, 'file', `${'x'.repeat(300)}.csv`) + CLOSE);
    expect([long.status, long.body.fileName, long.body.format]).toEqual([202, 'x'.repeat(255), 'csv']);
  });

  it("answers 415 IMPORT_UNSUPPORTED_FILE in the reader's language, and Danish reads as Danish", async () => {
    const before = await imports();
    const danish = await post('application/pdf', '%PDF-1.7', 'da');
    expect([danish.status, danish.body.code]).toEqual([415, 'IMPORT_UNSUPPORTED_FILE']);
    expect(danish.body.message).toMatch(/^Send restancelisten som CSV, Excel-projektmappe \(\.xlsx\) eller JSON/);
    expect(danish.body.message).not.toMatch(/arrears/i);
    const english = await post(
      MULTIPART,
      filePart('x', 'file', 'liste.pdf').replace('text/csv', 'application/pdf') + CLOSE,
    );
    expect([english.status, english.body.code]).toEqual([415, 'IMPORT_UNSUPPORTED_FILE']);
    expect(english.body.message).toMatch(/^Send the arrears list as CSV, an Excel workbook/);
    expect(english.body.details).toEqual([]);
    expect(await imports()).toEqual(before);
  });

  it('gives the size limit as a value in the one details shape', async () => {
    const large = CSV + '1;1-002;Parkvej 2;8000;Aarhus C;Bo Berg;;6.500,00;6.500,00;01-10-2026;\r\n'.repeat(100);
    const answer = await post('text/csv', large, 'da');
    expect(answer.body).toMatchObject({
      code: 'IMPORT_FILE_TOO_LARGE',
      message: expect.stringContaining('Filen er større end 4 kB'),
      details: [{ field: 'file', rule: 'IMPORT_FILE_TOO_LARGE', maxBytes: MAX_FILE_BYTES }],
    });
  });

  it('logged none of these as an unexpected error, and is still the same process', () => {
    expect(api!.child.exitCode).toBeNull();
    expect(api!.output()).not.toMatch(/Unhandled error|uncaught/i);
  });
});

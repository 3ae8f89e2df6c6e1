import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { eventually } from '@app/testing';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * `npm start` on a machine with nothing but Node: no DATABASE_URL, REDIS_URL or SMTP_URL.
 * Embedded PostgreSQL, queues on PostgreSQL, and the email written as an .eml file.
 */
describe('npm start with no servers configured', () => {
  let dataDir: string;
  let supervisor: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ep-start-'));
  });

  afterAll(async () => {
    // The supervisor leads its own process group: take the API and worker down with it.
    if (supervisor?.pid && supervisor.exitCode === null) process.kill(-supervisor.pid, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves /health, and a registered municipality produces an .eml file under DATA_DIR/mail', async () => {
    const port = await freePort();
    supervisor = spawn(process.execPath, ['scripts/start.mjs'], {
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    supervisor.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    supervisor.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => supervisor!.on('exit', (code) => resolve(code)));

    await eventually(
      async () => {
        if (supervisor?.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
        const response = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
        return response?.status === 200 ? response : undefined;
      },
      60_000,
      `/health on port ${port}`,
    );
    expect(output).toContain('embedded PostgreSQL (PGlite); PostgreSQL queues; email written as .eml files');
    await eventually(
      () => (output.includes(`Docs: http://localhost:${port}/docs`) ? true : undefined),
      10_000,
      'the URLs',
    );

    // The first embedded start seeds demo users; they are listed in the closing summary, with the
    // URLs and the mode, and Nest's line per module and route stays at debug level.
    const summary = output.slice(output.indexOf('Eviction prevention is running.'));
    expect(summary).toContain(`Docs: http://localhost:${port}/docs`);
    expect(summary).toContain('Mode: embedded PostgreSQL (PGlite); PostgreSQL queues');
    expect(summary).toContain('DEMO DATA');
    expect(summary).toContain('admin@demo.dk');
    expect(output).not.toMatch(/RouterExplorer|RoutesResolver|InstanceLoader/);
    expect(output.split('\n').filter((line) => line.includes('"url":"/health"'))).toEqual([]);
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.dk', password: 'demo-password-2026' }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };

    const created = await fetch(`http://127.0.0.1:${port}/api/v1/municipalities`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ code: '851', name: 'Aalborg', alertEmail: 'boligvarsler@aalborg.dk' }),
    });
    expect(created.status).toBe(201);

    const mailDir = join(dataDir, 'mail');
    const eml = await eventually(
      async () => {
        const files = (await readdir(mailDir).catch(() => [] as string[])).filter((name) => name.endsWith('.eml'));
        const contents = await Promise.all(files.map((name) => readFile(join(mailDir, name), 'utf8')));
        return contents.find((content) => content.includes('boligvarsler@aalborg.dk'));
      },
      30_000,
      'the .eml file for Aalborg',
    );
    expect(eml).toContain('To: boligvarsler@aalborg.dk');
    expect(eml).toMatch(/Subject: .*Aalborg/);

    supervisor.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 120_000);
});

// `npm start`: builds when the sources are newer than the build, starts an embedded PostgreSQL
// when DATABASE_URL is unset, migrates, then runs the API and the worker as two processes and
// stops both when either stops.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Written by every successful `npm run build` (scripts/build-stamp.mjs), its last step.
const stamp = join(root, 'dist', '.build-stamp');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, entry) => Math.max(max, newest(join(path, entry))), 0);
}

function needsBuild() {
  if (!existsSync(stamp)) return true;
  const sources = ['apps', 'libs', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
  const latest = Math.max(
    ...sources
      .map((s) => join(root, s))
      .filter(existsSync)
      .map(newest),
  );
  return latest > statSync(stamp).mtimeMs;
}

function run(command, args, env) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolveRun(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a command and keeps what it printed (stdout and stderr), for the summary. */
function capture(command, args, env) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code, signal) => resolveRun({ code: code ?? (signal ? 1 : 0), output }));
  });
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const response = await fetch(url);
      if (response.status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

if (needsBuild()) {
  console.log('Building…');
  const code = await run('npm', ['run', '--silent', 'build'], process.env);
  if (code !== 0) process.exit(code);
}

const env = { ...process.env };
const dataRoot = resolve(root, env.DATA_DIR ?? 'data');

// Secrets for trying the system out: generated once, kept in DATA_DIR, never for production.
const SECRET_NAMES = ['AUTH_JWT_SECRET', 'PII_KEYS', 'PII_INDEX_KEY'];
if (SECRET_NAMES.some((name) => !env[name])) {
  const file = join(dataRoot, 'dev-secrets.json');
  if (!existsSync(file)) {
    mkdirSync(dataRoot, { recursive: true });
    const secrets = {
      AUTH_JWT_SECRET: randomBytes(48).toString('base64url'),
      PII_KEYS: `dev1:${randomBytes(32).toString('base64')}`,
      PII_INDEX_KEY: randomBytes(32).toString('base64'),
    };
    writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 });
  }
  const secrets = JSON.parse(readFileSync(file, 'utf8'));
  for (const name of SECRET_NAMES) env[name] ??= secrets[name];
  console.log(`Using development secrets from ${file}; set ${SECRET_NAMES.join(', ')} for real use.`);
}

let embedded;
if (!env.DATABASE_URL) {
  const { startEmbeddedPostgres } = await import('../dist/libs/database/src/embedded-postgres.js');
  const dataDir = join(dataRoot, 'pglite');
  embedded = await startEmbeddedPostgres(dataDir);
  env.DATABASE_URL = embedded.url;
  env.DATABASE_MODE = 'embedded';
  console.log(`Embedded PostgreSQL (PGlite) on ${embedded.url}, data in ${dataDir}`);
}

// Migrate once here, so the API and the worker never race to do it (PGlite has one session,
// where advisory locks cannot keep two migrators apart).
const migrated = await run(process.execPath, ['dist/libs/database/src/migrate.cli.js'], env);
if (migrated !== 0) {
  await embedded?.stop();
  process.exit(migrated);
}

// A first embedded start gets a labelled demo data set with a user of every role; its list of
// users is shown again in the closing summary, where a person looks.
let demoUsers = '';
if (embedded) {
  const seeded = await capture(process.execPath, ['dist/apps/api/src/cli/seed-demo.js'], env);
  if (seeded.code !== 0) {
    process.stdout.write(seeded.output);
    await embedded.stop();
    process.exit(seeded.code);
  }
  demoUsers = seeded.output.replace(/^\n+|\s+$/g, '');
}

const childEnv = { ...env, MIGRATIONS_RUN: 'false' };
const children = [
  spawn(process.execPath, ['dist/apps/api/src/main.js'], { cwd: root, env: childEnv, stdio: 'inherit' }),
  spawn(process.execPath, ['dist/apps/worker/src/main.js'], { cwd: root, env: childEnv, stdio: 'inherit' }),
];

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.on('exit', r)) : null)));
  await embedded?.stop();
  process.exit(code);
}
for (const child of children) child.on('exit', (code, signal) => void stop(code ?? (signal ? 1 : 0)));
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

const port = Number(env.PORT ?? 3000);
if (await waitForHealth(`http://127.0.0.1:${port}/health/live`, children[0], 120_000)) {
  const { describeModes, loadConfig } = await import('../dist/libs/config/src/app-config.js');
  const lines = [
    '',
    '  Eviction prevention is running.',
    `  Web application: http://localhost:${port}/`,
    `  API: http://localhost:${port}/api/v1`,
    `  Docs: http://localhost:${port}/docs`,
    `  Health: http://localhost:${port}/health`,
    `  Mode: ${describeModes(loadConfig(childEnv))}`,
    ...(demoUsers ? ['', ...demoUsers.split('\n').map((line) => line.trimEnd())] : []),
    '',
    '  Stop with Ctrl+C.',
    '',
  ];
  console.log(lines.join('\n'));
}

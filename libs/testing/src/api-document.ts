import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type INestApplication } from '@nestjs/common';
import request from 'supertest';

/** The OpenAPI document exactly as a client downloads it: GET /docs-json on the running API. */
export async function fetchApiDocument(api: INestApplication): Promise<Record<string, unknown>> {
  const response = await request(api.getHttpServer()).get('/docs-json').expect(200);
  return response.body as Record<string, unknown>;
}

export interface RedoclyLintResult {
  errors: number;
  warnings: number;
  /** The CLI's own report (stylish format), to print when the test fails. */
  report: string;
}

/** Runs `redocly lint` (the rules in redocly.yaml: recommended) on a document, in a child process. */
export async function redoclyLint(document: unknown): Promise<RedoclyLintResult> {
  const dir = await mkdtemp(join(tmpdir(), 'ep-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(document));
    const cli = join(process.cwd(), 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
    const config = join(process.cwd(), 'redocly.yaml');
    const run = (format: string) =>
      new Promise<string>((resolve, reject) => {
        const args = [cli, 'lint', file, `--config=${config}`, `--format=${format}`, '--max-problems=1000'];
        const child = spawn(process.execPath, args, {
          cwd: process.cwd(),
          env: { ...process.env, NODE_OPTIONS: '', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        // stderr carries the CLI's banners and summary line; the report itself is on stdout.
        child.stderr.resume();
        child.on('error', reject);
        child.on('exit', () => resolve(out));
      });
    const json = await run('json');
    const totals = (JSON.parse(json) as { totals: { errors: number; warnings: number } }).totals;
    return { errors: totals.errors, warnings: totals.warnings, report: await run('stylish') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Where the client's generated types live; `npm run generate:api-client` writes them. */
export const API_CLIENT_SCHEMA_FILE = 'libs/api-client/src/schema.d.ts';

const SCHEMA_HEADER = `/**
 * Generated from the API document (/docs-json) by openapi-typescript: do not edit.
 * After changing the API, run \`npm run generate:api-client\` and commit the result.
 */

`;

/** The TypeScript types openapi-typescript makes of the document, as committed in the client lib. */
export async function generateApiClientSchema(document: Record<string, unknown>): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  // defaultNonNullable off: a request field with a default (childrenUnder18: 0) may be left out.
  const ast = await openapiTS(document as never, { alphabetize: true, defaultNonNullable: false });
  return SCHEMA_HEADER + astToString(ast);
}

import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { servePglite } from './pglite-server.js';

export interface EmbeddedPostgres {
  /** A `postgres://` URL that the API, the worker and BullMQ connect to like any server. */
  url: string;
  stop(): Promise<void>;
}

/**
 * PGlite (PostgreSQL compiled to WebAssembly) served over TCP on 127.0.0.1, with its data in
 * `dataDir`. For trying the system on a machine with only Node: one session serves every
 * socket, one batch or transaction at a time (see pglite-server.ts), so it suits one person, not
 * production.
 */
export async function startEmbeddedPostgres(dataDir: string, port = 0): Promise<EmbeddedPostgres> {
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  // Every socket shares this one session, and PGlite ignores per-connection startup options,
  // so BullMQ's schema must be on the session's search path from the start.
  await db.exec('SET search_path TO public, bullmq');
  const server = await servePglite(db, { host: '127.0.0.1', port, maxConnections: 64 });
  return {
    url: `postgres://postgres@${server.address}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

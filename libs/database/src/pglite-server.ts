import { createServer, type Server, type Socket } from 'node:net';
import { type PGlite } from '@electric-sql/pglite';

/** Codes in the first message of a connection, which has no type byte (PostgreSQL protocol 3). */
const PROTOCOL_3 = 196_608;
const SSL_REQUEST = 80_877_103;
const GSSENC_REQUEST = 80_877_104;
const CANCEL_REQUEST = 80_877_102;
/** A frontend Sync message: ends an extended-query batch, so the session answers ReadyForQuery. */
const SYNC = Uint8Array.from([0x53, 0, 0, 0, 4]);
const TYPE_SYNC = 0x53; // 'S'
const TYPE_QUERY = 0x51; // 'Q'
const TYPE_TERMINATE = 0x58; // 'X'

/**
 * Who may talk to the one PGlite session. A connection holds it from its first message until
 * the session is idle again after a ReadyForQuery (a Sync or a simple Query, outside a
 * transaction); the others wait their turn, first come first served.
 */
class SessionLock {
  private owner: number | null = null;
  private readonly waiting: { id: number; resolve: () => void }[] = [];

  async acquire(id: number): Promise<void> {
    if (this.owner === id) return;
    if (this.owner === null) {
      this.owner = id;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push({ id, resolve }));
  }

  holds(id: number): boolean {
    return this.owner === id;
  }

  release(id: number): void {
    if (this.owner !== id) return;
    const next = this.waiting.shift();
    this.owner = next?.id ?? null;
    next?.resolve();
  }
}

export interface PgliteServer {
  /** `host:port` */
  address: string;
  stop(): Promise<void>;
}

/**
 * Serves one PGlite database over TCP to any number of PostgreSQL clients (the API's pool, the
 * worker's, BullMQ's PostgreSQL backend).
 *
 * Written here instead of using `@electric-sql/pglite-socket`'s server, which queues single
 * protocol messages: two connections' Parse/Bind/Execute/Sync batches interleave on the one
 * session, so one client binds parameters to another's unnamed statement ("bind message
 * supplies 7 parameters, but prepared statement "" requires 1") or reads another client's
 * rows without any error (electric-sql/pglite issue #1046; the fix proposed upstream in PR #977
 * is not released). Here a connection keeps the session from its first message until the
 * session is idle again, so a batch, and a transaction, is never split.
 */
export async function servePglite(db: PGlite, options: { host: string; port: number; maxConnections: number }) {
  const lock = new SessionLock();
  const sockets = new Set<Socket>();
  let nextId = 1;
  let stopped = false;

  /** Runs one message on the session and streams the answer back to `socket`. */
  async function run(socket: Socket, message: Uint8Array, endsBatch: boolean): Promise<void> {
    await db.runExclusive(() =>
      db.execProtocolRawStream(message, {
        // Durability at each end of a batch, as a server flushes at commit; not after every Parse.
        syncToFs: endsBatch,
        onRawData: (data) => {
          // The bytes are a view on PGlite's memory, reused by the next message: copy them.
          if (!socket.destroyed) socket.write(Buffer.from(data));
        },
      }),
    );
  }

  function serve(socket: Socket): void {
    const id = nextId++;
    sockets.add(socket);
    socket.setNoDelay(true);
    let buffer: Buffer = Buffer.alloc(0);
    let started = false;
    let closed = false;
    /** Whether this connection has sent part of a batch (no Sync yet). */
    let midBatch = false;
    let chain: Promise<void> = Promise.resolve();

    const handle = async (message: Buffer, type: number | null): Promise<void> => {
      if (closed) return;
      await lock.acquire(id);
      if (closed) return; // released in `cleanUp`
      const endsBatch = type === null || type === TYPE_SYNC || type === TYPE_QUERY;
      midBatch = !endsBatch;
      try {
        await run(socket, message, endsBatch);
      } finally {
        if (endsBatch && !db.isInTransaction()) lock.release(id);
      }
    };

    /** A connection gone mid-batch or mid-transaction must not leave its state to the next one. */
    const cleanUp = async (): Promise<void> => {
      closed = true;
      sockets.delete(socket);
      await chain;
      if (!lock.holds(id)) {
        // It may still be waiting: take its turn only to hand it straight on.
        await lock.acquire(id);
      }
      try {
        if (stopped) return; // the database is closing: nothing to hand on
        if (midBatch) await db.runExclusive(() => db.execProtocolRawStream(SYNC, { onRawData: () => undefined }));
        if (db.isInTransaction()) await db.exec('ROLLBACK');
      } catch {
        // The session could not be reset: the next connection will see the error, not a hang.
      } finally {
        lock.release(id);
      }
    };

    socket.on('data', (chunk: Buffer) => {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          const code = buffer.readInt32BE(4);
          if (buffer.length < length) return;
          const message = buffer.subarray(0, length);
          buffer = buffer.subarray(length);
          if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
            socket.write('N'); // no encryption on loopback; the client goes on in clear
            continue;
          }
          if (code === CANCEL_REQUEST || code !== PROTOCOL_3) {
            socket.destroy(); // cancelling is not supported; anything else is not PostgreSQL
            return;
          }
          started = true;
          chain = chain.then(() => handle(Buffer.from(message), null)).catch(() => void socket.destroy());
          continue;
        }
        if (buffer.length < 5) return;
        const length = 1 + buffer.readInt32BE(1);
        if (buffer.length < length) return;
        const type = buffer[0]!;
        const message = Buffer.from(buffer.subarray(0, length));
        buffer = buffer.subarray(length);
        if (type === TYPE_TERMINATE) {
          socket.end();
          return;
        }
        chain = chain.then(() => handle(message, type)).catch(() => void socket.destroy());
      }
    });
    socket.on('error', () => socket.destroy());
    socket.once('close', () => void cleanUp());
  }

  const server: Server = createServer(serve);
  server.maxConnections = options.maxConnections;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The embedded database did not get a TCP port');
  return {
    address: `${options.host}:${address.port}`,
    async stop(): Promise<void> {
      stopped = true;
      const closedServer = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closedServer;
    },
  } satisfies PgliteServer;
}

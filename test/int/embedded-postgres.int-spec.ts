import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection, type Socket } from 'node:net';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../libs/database/src/embedded-postgres.js';

/** A PostgreSQL frontend speaking raw protocol 3, so a test can pause in the middle of a batch. */
class RawClient {
  private received = Buffer.alloc(0);
  private waiters: (() => void)[] = [];
  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.received = Buffer.concat([this.received, chunk]);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async connect(url: string): Promise<RawClient> {
    const { hostname, port } = new URL(url);
    const socket = createConnection({ host: hostname, port: Number(port) });
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    const client = new RawClient(socket);
    const params = Buffer.from('user\0postgres\0database\0postgres\0\0');
    const startup = Buffer.alloc(8);
    startup.writeInt32BE(8 + params.length, 0);
    startup.writeInt32BE(196_608, 4);
    socket.write(Buffer.concat([startup, params]));
    await client.readyForQuery();
    return client;
  }

  private static message(type: string, body: Buffer): Buffer {
    const head = Buffer.alloc(5);
    head.write(type, 0);
    head.writeInt32BE(4 + body.length, 1);
    return Buffer.concat([head, body]);
  }

  /** Parse of the unnamed statement with `sql`. */
  parse(sql: string): void {
    this.socket.write(RawClient.message('P', Buffer.concat([Buffer.from(`\0${sql}\0`), Buffer.from([0, 0])])));
  }

  /** Bind of the unnamed portal to the unnamed statement with text parameters, then Execute and Sync. */
  bindExecuteSync(params: string[]): void {
    const parts = [Buffer.from('\0\0'), Buffer.from([0, 0])];
    const count = Buffer.alloc(2);
    count.writeInt16BE(params.length);
    parts.push(count);
    for (const param of params) {
      const length = Buffer.alloc(4);
      length.writeInt32BE(Buffer.byteLength(param));
      parts.push(length, Buffer.from(param));
    }
    parts.push(Buffer.from([0, 0]));
    this.socket.write(
      Buffer.concat([
        RawClient.message('B', Buffer.concat(parts)),
        RawClient.message('E', Buffer.from([0, 0, 0, 0, 0])),
        RawClient.message('S', Buffer.alloc(0)),
      ]),
    );
  }

  /** Everything up to the next ReadyForQuery: the first data row's text, or the error's message. */
  async readyForQuery(): Promise<{ value?: string; error?: string }> {
    for (;;) {
      let offset = 0;
      const result: { value?: string; error?: string } = {};
      while (offset + 5 <= this.received.length) {
        const type = String.fromCharCode(this.received[offset]!);
        const length = this.received.readInt32BE(offset + 1);
        if (offset + 1 + length > this.received.length) break;
        const body = this.received.subarray(offset + 5, offset + 1 + length);
        if (type === 'D' && result.value === undefined) result.value = body.subarray(6).toString();
        if (type === 'E')
          result.error = body
            .toString()
            .split('\0')
            .find((f) => f.startsWith('M'))
            ?.slice(1);
        offset += 1 + length;
        if (type === 'Z') {
          this.received = this.received.subarray(offset);
          return result;
        }
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  close(): void {
    this.socket.destroy();
  }
}

/**
 * The embedded database serves many connections from one PGlite session. Each connection's
 * extended-protocol batch (Parse/Bind/Execute/Sync) and each transaction must reach the session
 * whole: interleaved, one client binds to another's unnamed statement, or gets its rows.
 */
describe('the embedded database under concurrent clients', () => {
  let dataDir: string;
  let embedded: EmbeddedPostgres;
  let pool: pg.Pool;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ep-pglite-'));
    embedded = await startEmbeddedPostgres(dataDir);
    pool = new pg.Pool({ connectionString: embedded.url, max: 8 });
    await pool.query('CREATE TABLE item (id int PRIMARY KEY, owner text NOT NULL)');
  }, 60_000);

  afterAll(async () => {
    await pool?.end();
    await embedded?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps every parameterised statement with its own client and its own answer', async () => {
    const failures: string[] = [];
    // Different statements with different parameter counts, from 8 connections at once.
    const client = async (n: number) => {
      for (let i = 0; i < 60; i++) {
        try {
          if (n % 2 === 0) {
            const { rows } = await pool.query('SELECT $1::int + $2::int AS v, $3::text AS who', [i, n, `c${n}`]);
            if (rows[0]?.v !== i + n || rows[0]?.who !== `c${n}`) failures.push(`c${n}#${i}: ${JSON.stringify(rows)}`);
          } else {
            const { rows } = await pool.query('SELECT $1::text AS who', [`c${n}`]);
            if (rows[0]?.who !== `c${n}` || Object.keys(rows[0]).length !== 1) {
              failures.push(`c${n}#${i}: ${JSON.stringify(rows)}`);
            }
          }
        } catch (error) {
          failures.push(`c${n}#${i}: ${(error as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, n) => client(n)));
    expect(failures).toEqual([]);
  });

  it("keeps one client's batch together when another client's arrives in the middle of it", async () => {
    const first = await RawClient.connect(embedded.url);
    const second = await RawClient.connect(embedded.url);
    try {
      // The first client has parsed its statement but not yet bound it when the second one's
      // whole batch arrives; on a shared session the second Parse would replace the first.
      first.parse('SELECT $1::text AS who');
      await new Promise((resolve) => setTimeout(resolve, 100));
      second.parse('SELECT $1::int + $2::int + $3::int AS total');
      second.bindExecuteSync(['1', '2', '3']);
      await new Promise((resolve) => setTimeout(resolve, 100));
      first.bindExecuteSync(['first']);
      expect(await first.readyForQuery()).toEqual({ value: 'first' });
      expect(await second.readyForQuery()).toEqual({ value: '6' });
    } finally {
      first.close();
      second.close();
    }
  });

  it('keeps a transaction whole while other clients wait, and commits or rolls it back alone', async () => {
    const inTransaction = await pool.connect();
    await inTransaction.query('BEGIN');
    await inTransaction.query('INSERT INTO item VALUES (1, $1)', ['tx']);
    // Another client's statement waits for the transaction rather than running inside it.
    const outside = pool.query('INSERT INTO item VALUES (2, $1)', ['outside']);
    await inTransaction.query('ROLLBACK');
    inTransaction.release();
    await outside;
    const { rows } = await pool.query('SELECT id, owner FROM item ORDER BY id');
    expect(rows).toEqual([{ id: 2, owner: 'outside' }]);
  });

  it('rolls back what a client left open when it vanished, and serves the next one', async () => {
    const vanishing = new pg.Client({ connectionString: embedded.url });
    vanishing.on('error', () => undefined);
    await vanishing.connect();
    await vanishing.query('BEGIN');
    await vanishing.query('INSERT INTO item VALUES (3, $1)', ['vanished']);
    // The socket dies without COMMIT, ROLLBACK or Terminate.
    (vanishing as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    const { rows } = await pool.query('SELECT id FROM item WHERE id = 3');
    expect(rows).toEqual([]);
    expect((await pool.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
  });
});

import { execFile, fork, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';

/** Full size under `npm run bench`; a tiny smoke run under `npm test`. */
export const fullScale = process.env.BENCH_SCALE === 'full';

export function size(full: number, smoke: number): number {
  return fullScale ? full : smoke;
}

/** Prints one figure as `bench: <name> <value> <unit>` on a line of its own. */
export function report(name: string, value: number, unit: string): void {
  const shown = value >= 100 ? Math.round(value).toString() : value.toFixed(2);
  process.stdout.write(`bench: ${name} ${shown} ${unit}\n`);
}

export async function timed(work: () => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

interface SinkCount {
  total: number;
  distinct: number;
  duplicates: number;
}

/** The counting SMTP sink running in its own process. */
export class SinkProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {}

  static async start(): Promise<SinkProcess> {
    const child = fork(new URL('./counting-smtp-sink.mjs', import.meta.url).pathname, [], { stdio: 'ignore' });
    const port = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.on('message', (message: { type: string; port?: number }) => {
        if (message.type === 'listening') resolve(message.port!);
      });
    });
    return new SinkProcess(child, port);
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}?tls=off`;
  }

  private ask<T>(type: string): Promise<T> {
    const id = randomUUID();
    return new Promise((resolve) => {
      const onMessage = (message: { type: string; id?: string }) => {
        if (message.id === id) {
          this.child.off('message', onMessage);
          resolve(message as T);
        }
      };
      this.child.on('message', onMessage);
      this.child.send({ type, id });
    });
  }

  count(): Promise<SinkCount> {
    return this.ask<SinkCount>('count');
  }

  /** Every X-Notification-Id received, once each. */
  async ids(): Promise<string[]> {
    return (await this.ask<{ ids: string[] }>('ids')).ids;
  }

  async reset(): Promise<void> {
    await this.ask('reset');
  }

  async waitForTotal(total: number, timeoutMs: number): Promise<SinkCount> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const count = await this.count();
      if (count.total >= total) return count;
      if (Date.now() > deadline) throw new Error(`sink received ${count.total} of ${total} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  stop(): void {
    this.child.disconnect();
    this.child.kill();
  }
}

/**
 * Runs one floor of `support/floors.mjs` (`direct` or `noop`) in a plain Node process, like the
 * worker it is compared with, and returns the seconds of its `n` timed messages or jobs (after
 * `warmup` untimed ones).
 */
export async function runFloor(
  mode: 'direct' | 'noop',
  n: number,
  env: Record<string, string>,
  warmup = 0,
): Promise<number> {
  const script = new URL('./floors.mjs', import.meta.url).pathname;
  const { stdout } = await promisify(execFile)(process.execPath, [script, mode, String(n), String(warmup)], {
    env: { PATH: process.env.PATH ?? '', ...env },
    maxBuffer: 1024 * 1024,
  });
  return (JSON.parse(stdout.trim().split('\n').pop()!) as { seconds: number }).seconds;
}

/**
 * The warnings benchmark's trigger, `support/raise-warnings.mjs`, in a plain Node process.
 * Resolves once it has booted; `go(count)` raises warnings for the next `count` cases and
 * resolves with how many it raised.
 */
export async function startRaiser(
  batch: number,
  env: Record<string, string>,
): Promise<{ go: (count: number) => Promise<number>; stop: () => void }> {
  // `BENCH_PROFILE_DIR`: a CPU profile of the raiser too (as of the worker), written when it stops.
  const profileDir = process.env.BENCH_PROFILE_DIR;
  const child = fork(new URL('./raise-warnings.mjs', import.meta.url).pathname, [String(batch)], {
    env: { PATH: process.env.PATH ?? '', ...env },
    execArgv: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--cpu-prof-name=raiser.cpuprofile'] : [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () =>
    new Promise<{ type: string; raised?: number }>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the raiser exited with ${code}`));
      child.once('exit', onExit);
      child.once('message', (message: { type: string; raised?: number }) => {
        child.off('exit', onExit);
        resolve(message);
      });
    });
  await next();
  return {
    go: async (count) => {
      const done = next();
      child.send({ type: 'go', count });
      return (await done).raised!;
    },
    stop: () => {
      if (child.connected) child.send({ type: 'stop' });
      else child.kill();
    },
  };
}

import { type IQueueBackend, PostgresQueueBackend, quoteSchemaName, RedisQueueBackend } from 'bullmq';
import { type AnyQueue } from './queue-backend.js';

/**
 * Counts one queue's stalled jobs: active jobs whose lock has expired, so no living worker holds
 * them (the worker died, or blocked its event loop longer than the lock duration).
 *
 * Why this and not BullMQ's `stalled` event: the event is raised by whichever worker's stalled
 * checker happens to recover the job, so a counter of it lives in one worker process, is lost on
 * restart and is invisible to the API; QueueEvents would count only while the API listens (and
 * PGlite routes NOTIFY to the wrong socket). BullMQ's metrics cover completed and failed only.
 * The lock lives in the datastore, so reading it gives the same answer in every process. The
 * count is a snapshot: the next stalled check moves these jobs back to waiting (or to failed past
 * `maxStalledCount`), so it stays above zero only while recovery lags or no worker is running.
 */
export async function countStalledJobs(queue: AnyQueue): Promise<number> {
  // AnyQueue is typed with BullMQ's default (Redis) backend; QueueBackend may build either.
  const backend: IQueueBackend = queue.getBackend();
  if (backend instanceof RedisQueueBackend) return countOnRedis(queue, backend);
  if (backend instanceof PostgresQueueBackend) return countOnPostgres(queue, backend);
  throw new Error(`Cannot count stalled jobs on a ${backend.constructor.name}`);
}

const COUNT_STALLED = 'epCountStalledJobs';

/** One script, so a job that finishes between reading the list and its lock is not miscounted. */
const COUNT_STALLED_LUA = `
local stalled = 0
for _, id in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do
  if redis.call('EXISTS', ARGV[1] .. id .. ':lock') == 0 then stalled = stalled + 1 end
end
return stalled`;

const scriptDefined = new WeakSet<object>();

async function countOnRedis(queue: AnyQueue, backend: RedisQueueBackend): Promise<number> {
  const client = await backend.client;
  if (!scriptDefined.has(client)) {
    client.defineCommand(COUNT_STALLED, { numberOfKeys: 1, lua: COUNT_STALLED_LUA, readOnly: true });
    scriptDefined.add(client);
  }
  // BullMQ keeps a job's lock at `<prefix>:<queue>:<id>:lock` (see its moveStalledJobsToWait script).
  return Number(await client.runCommand(COUNT_STALLED, [queue.toKey('active'), queue.toKey('')]));
}

async function countOnPostgres(queue: AnyQueue, backend: PostgresQueueBackend): Promise<number> {
  const { pool, schema } = backend.connection;
  // `locked_until_ms` is written from the worker's clock (Date.now()), so compare with ours.
  const { rows } = await pool.query<{ stalled: number }>(
    `SELECT count(*)::int AS stalled FROM ${quoteSchemaName(schema)}.job
      WHERE queue = $1 AND state = 'active' AND coalesce(locked_until_ms, 0) < $2`,
    [queue.name, Date.now()],
  );
  return Number(rows[0]?.stalled ?? 0);
}

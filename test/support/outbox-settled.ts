import { type INestApplicationContext } from '@nestjs/common';
import { type AnyQueue, NOTIFICATION_QUEUE } from '@app/queue';
import { eventually, type TestDatabase } from '@app/testing';

/** Outbox states the relay or the email processor has yet to move on from. */
const IN_FLIGHT = ['pending', 'queued', 'failed'];

/**
 * The positive signal to wait for before asserting that an email did NOT arrive: every outbox
 * row (or the rows `ids`) has left the relay's hands — sent, held for a digest, digested or
 * undelivered — and the worker's notification queue has nothing waiting, delayed or running.
 * After that, an email that has not arrived is one the system decided not to send, not one a
 * slow worker has yet to send. A sleep cannot tell the two apart.
 */
export async function outboxSettled(
  database: TestDatabase,
  worker: INestApplicationContext,
  options: { ids?: string[]; timeoutMs?: number } = {},
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  await eventually(
    async () => {
      const [row] = await database.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM outbox WHERE status = ANY($1::text[]) AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
        [IN_FLIGHT, options.ids ?? null],
      );
      return row?.n === 0 ? true : undefined;
    },
    timeoutMs,
    'the outbox rows to be sent, held or given up on',
  );
  await queueIdle(worker.get<AnyQueue>(NOTIFICATION_QUEUE), timeoutMs);
}

/** The queue holds no job that could still send something. */
export async function queueIdle(queue: AnyQueue, timeoutMs = 30_000): Promise<void> {
  await eventually(
    async () => {
      const counts = await queue.getJobCounts('active', 'wait', 'delayed', 'prioritized', 'waiting-children');
      return Object.values(counts).every((n) => n === 0) ? true : undefined;
    },
    timeoutMs,
    'an idle notification queue',
  );
}

import { type INestApplicationContext } from '@nestjs/common';
import { type IsoDate } from '@app/calendar';
import { type ReleasePlanningSweepResult } from '@app/domain';
import { type AnyQueue, JobName, MAINTENANCE_QUEUE } from '@app/queue';
import { eventually, type TestDatabase } from '@app/testing';
import { outboxSettled } from './outbox-settled.js';

/**
 * Runs the release-planning sweep as its schedule does, on the day given (the controllable clock): enqueues the
 * `custody-release-check` job on the worker's maintenance queue, waits for its result (failing with the job's
 * reason if it failed), then for the outbox to settle.
 */
export async function runCustodyReleaseCheck(
  worker: INestApplicationContext,
  database: TestDatabase,
  on: IsoDate,
): Promise<ReleasePlanningSweepResult> {
  const queue = worker.get<AnyQueue>(MAINTENANCE_QUEUE);
  const { id } = await queue.add(JobName.CustodyReleaseCheck, { on });
  const result = await eventually(
    async () => {
      const job = await queue.getJob(id!);
      const state = await job?.getState();
      if (state === 'failed') throw new Error(`custody-release-check failed: ${job!.failedReason}`);
      return state === 'completed' ? (job!.returnvalue as ReleasePlanningSweepResult) : undefined;
    },
    30_000,
    'the custody-release-check job',
  );
  await outboxSettled(database, worker);
  return result;
}

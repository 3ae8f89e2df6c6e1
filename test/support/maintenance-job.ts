import { type INestApplicationContext } from '@nestjs/common';
import { type IsoDate } from '@app/calendar';
import { type PaymentPlanSweepResult, type ReleasePlanningSweepResult } from '@app/domain';
import { type AnyQueue, JobName, MAINTENANCE_QUEUE } from '@app/queue';
import { eventually, type TestDatabase } from '@app/testing';
import { outboxSettled } from './outbox-settled.js';

/**
 * Runs one maintenance job as its schedule does, on the day given (the controllable clock):
 * enqueues it on the worker's maintenance queue with `{ on }`, waits for its result (failing with
 * the job's reason if it failed), then for the outbox to settle, so the warnings' emails have been
 * sent before the test looks for them.
 */
export async function runMaintenanceJob<T>(
  worker: INestApplicationContext,
  database: TestDatabase,
  name: (typeof JobName)[keyof typeof JobName],
  on: IsoDate,
): Promise<T> {
  const queue = worker.get<AnyQueue>(MAINTENANCE_QUEUE);
  const { id } = await queue.add(name, { on });
  const result = await eventually(
    async () => {
      const state = await (await queue.getJob(id!))?.getState();
      if (state !== 'completed' && state !== 'failed') return undefined;
      // Read the job again once it has finished: a copy read while it was still active carries no result yet
      // (the state is read after the copy, so the job could finish in between and give a null result).
      const job = (await queue.getJob(id!))!;
      if (state === 'failed') throw new Error(`${name} failed: ${job.failedReason}`);
      return job.returnvalue as T;
    },
    30_000,
    `the ${name} job`,
  );
  await outboxSettled(database, worker);
  return result;
}

/** The payment-plan sweeper (`payment-plan-check`) on the day given. */
export const runPaymentPlanCheck = (worker: INestApplicationContext, database: TestDatabase, on: IsoDate) =>
  runMaintenanceJob<PaymentPlanSweepResult>(worker, database, JobName.PaymentPlanCheck, on);

/** The release-planning sweep (`custody-release-check`) on the day given. */
export const runCustodyReleaseCheck = (worker: INestApplicationContext, database: TestDatabase, on: IsoDate) =>
  runMaintenanceJob<ReleasePlanningSweepResult>(worker, database, JobName.CustodyReleaseCheck, on);

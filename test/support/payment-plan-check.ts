import { type INestApplicationContext } from '@nestjs/common';
import { type IsoDate } from '@app/calendar';
import { type PaymentPlanSweepResult } from '@app/domain';
import { type AnyQueue, JobName, MAINTENANCE_QUEUE } from '@app/queue';
import { eventually, type TestDatabase } from '@app/testing';
import { outboxSettled } from './outbox-settled.js';

/**
 * Runs the payment-plan sweeper as its schedule does, on the day given (the controllable clock):
 * enqueues the `payment-plan-check` job on the worker's maintenance queue, waits for its result
 * (failing with the job's reason if it failed), then for the outbox to settle, so the warnings'
 * emails have been sent before the test looks for them.
 */
export async function runPaymentPlanCheck(
  worker: INestApplicationContext,
  database: TestDatabase,
  on: IsoDate,
): Promise<PaymentPlanSweepResult> {
  const queue = worker.get<AnyQueue>(MAINTENANCE_QUEUE);
  const { id } = await queue.add(JobName.PaymentPlanCheck, { on });
  const result = await eventually(
    async () => {
      const job = await queue.getJob(id!);
      const state = await job?.getState();
      if (state === 'failed') throw new Error(`payment-plan-check failed: ${job!.failedReason}`);
      return state === 'completed' ? (job!.returnvalue as PaymentPlanSweepResult) : undefined;
    },
    30_000,
    'the payment-plan-check job',
  );
  await outboxSettled(database, worker);
  return result;
}

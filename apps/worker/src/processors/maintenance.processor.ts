import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { copenhagenDateOf, isIsoDate } from '@app/calendar';
import {
  CounsellingSessionService,
  PaymentPlanSweeper,
  ReferralService,
  ReleasePlanningSweeper,
  RetentionService,
  StatisticsService,
  RiskModelService,
  WarningSweeper,
} from '@app/domain';
import {
  type AnyQueue,
  type AnyWorker,
  type CustodyReleaseCheckJob,
  JobName,
  MAINTENANCE_QUEUE,
  type PaymentPlanCheckJob,
  QUEUE_BACKEND,
  QueueBackend,
  QueueName,
  type RiskModelRefitJob,
} from '@app/queue';

/** The legal calendar and the retention rules are Danish: schedules run on Copenhagen time. */
const TIME_ZONE = 'Europe/Copenhagen';

/**
 * Scheduled work: the retention sweep, the warning sweeper (with the referrals' first-contact
 * reminders), the daily digest, the payment plans' missed-instalment check and the weekly refit of the
 * eviction risk model. The schedule is a BullMQ job scheduler with a fixed id, so however
 * many workers start, each run happens once; upserting it at every start keeps it in step with
 * the configured cron pattern.
 */
@Injectable()
export class MaintenanceProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MaintenanceProcessor.name);
  private worker: AnyWorker | undefined;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    @Inject(QUEUE_BACKEND) private readonly backend: QueueBackend,
    @Inject(MAINTENANCE_QUEUE) private readonly queue: AnyQueue,
    @Inject(RetentionService) private readonly retention: RetentionService,
    @Inject(WarningSweeper) private readonly warnings: WarningSweeper,
    @Inject(ReferralService) private readonly referrals: ReferralService,
    @Inject(PaymentPlanSweeper) private readonly paymentPlans: PaymentPlanSweeper,
    @Inject(CounsellingSessionService) private readonly sessions: CounsellingSessionService,
    @Inject(StatisticsService) private readonly statistics: StatisticsService,
    @Inject(ReleasePlanningSweeper) private readonly releasePlanning: ReleasePlanningSweeper,
    @Inject(RiskModelService) private readonly riskModel: RiskModelService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureSchedule();
    this.worker = this.backend.createWorker(QueueName.Maintenance, (job) => this.process(job));
    this.worker.on('failed', (job, error) =>
      this.logger.warn({ job: job?.name, err: error }, 'Maintenance job failed'),
    );
    this.worker.on('error', (error) => this.logger.warn({ err: error }, 'Maintenance worker error'));
    void this.worker.run();
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.retry);
    await this.worker?.close();
  }

  /**
   * Upserts the schedule. Two workers starting together may race to create its first run; the
   * loser's error only means the schedule is already there. Any other failure (the queue backend
   * not answering) is retried, so a worker that starts during an outage still schedules later.
   */
  private async ensureSchedule(): Promise<void> {
    const retry = { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } };
    try {
      await this.queue.upsertJobScheduler(
        JobName.RetentionSweep,
        { pattern: this.config.retention.cron, tz: TIME_ZONE },
        { name: JobName.RetentionSweep, opts: retry },
      );
      // Deadline warnings and escalations; a run that overlaps the next is harmless (SKIP LOCKED, unique occurrences).
      await this.queue.upsertJobScheduler(
        JobName.WarningSweep,
        { every: this.config.warnings.sweepEveryMs },
        { name: JobName.WarningSweep, opts: { attempts: 1 } },
      );
      await this.queue.upsertJobScheduler(
        JobName.WarningDigest,
        { pattern: this.config.warnings.digestCron, tz: TIME_ZONE },
        { name: JobName.WarningDigest, opts: retry },
      );
      // Missed instalments, their warnings and the automatic ends; a repeated run checks nothing twice.
      await this.queue.upsertJobScheduler(
        JobName.PaymentPlanCheck,
        { pattern: this.config.paymentPlans.checkCron, tz: TIME_ZONE },
        { name: JobName.PaymentPlanCheck, opts: retry },
      );
      // The statistics' pre-aggregation; a refresh is a whole recomputation, so a retried one changes nothing twice.
      await this.queue.upsertJobScheduler(
        JobName.StatisticsRefresh,
        { pattern: this.config.statistics.refreshCron, tz: TIME_ZONE },
        { name: JobName.StatisticsRefresh, opts: { attempts: 2, backoff: { type: 'exponential', delay: 60_000 } } },
      );
      // Release-task reminders and sublets ending; the warnings' occurrences make a repeated run raise nothing twice.
      await this.queue.upsertJobScheduler(
        JobName.CustodyReleaseCheck,
        { pattern: this.config.custody.releaseCheckCron, tz: TIME_ZONE },
        { name: JobName.CustodyReleaseCheck, opts: retry },
      );
      // The eviction risk model and the risk-adjusted comparison (docs/statistics-risk-model.md); a rerun only adds a fit.
      await this.queue.upsertJobScheduler(
        JobName.RiskModelRefit,
        { pattern: this.config.riskModel.refitCron, tz: TIME_ZONE },
        { name: JobName.RiskModelRefit, opts: retry },
      );
    } catch (error) {
      if (/already exists/i.test((error as Error).message)) return;
      this.logger.warn({ err: error }, 'Could not schedule the maintenance jobs; retrying in 30 s');
      this.retry = setTimeout(() => void this.ensureSchedule(), 30_000);
    }
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JobName.RetentionSweep:
        return { anonymised: await this.retention.sweep() };
      case JobName.WarningSweep: {
        const now = new Date();
        // Referrals accepted without a first contact in time: their reminder, then the escalations of all warnings.
        const firstContactReminders = await this.referrals.remindOverdueFirstContacts(now);
        // Sessions whose next action is past its due date and not done: one reminder each.
        const nextActionReminders = await this.sessions.remindDueNextActions(now);
        return { firstContactReminders, nextActionReminders, ...(await this.warnings.sweep(now)) };
      }
      case JobName.WarningDigest:
        return { digests: await this.warnings.sendDigests(new Date()) };
      case JobName.PaymentPlanCheck: {
        const on = (job.data as PaymentPlanCheckJob | undefined)?.on ?? copenhagenDateOf(new Date());
        if (!isIsoDate(on)) throw new UnrecoverableError('payment-plan-check: `on` must be a YYYY-MM-DD date');
        return this.paymentPlans.sweep(on);
      }
      case JobName.StatisticsRefresh: {
        const { refreshedAt } = await this.statistics.refresh();
        return { refreshedAt: refreshedAt.toISOString() };
      }
      case JobName.CustodyReleaseCheck: {
        const on = (job.data as CustodyReleaseCheckJob | undefined)?.on ?? copenhagenDateOf(new Date());
        if (!isIsoDate(on)) throw new UnrecoverableError('custody-release-check: `on` must be a YYYY-MM-DD date');
        return this.releasePlanning.sweep(on);
      }
      case JobName.RiskModelRefit: {
        const asOf = (job.data as RiskModelRefitJob | undefined)?.asOf;
        const at = asOf === undefined ? new Date() : new Date(asOf);
        if (Number.isNaN(at.getTime())) throw new UnrecoverableError('risk-model-refit: `asOf` must be an ISO instant');
        return this.riskModel.refit({ asOf: at, windowMonths: this.config.riskModel.windowMonths });
      }
      default:
        throw new UnrecoverableError(`Unexpected maintenance job ${job.name}`);
    }
  }
}

/** Every queue, named once. */
export const QueueName = {
  Notifications: 'notifications',
  /** Scheduled work: retention, the warning sweeper, the daily digest, the payment-plan check. */
  Maintenance: 'maintenance',
  /** Uploaded arrears lists, one job per import. */
  Imports: 'arrears-imports',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/** Every job name, with its payload type below. Exactly one processor handles each. */
export const JobName = {
  SendEmail: 'send-email',
  RetentionSweep: 'retention-sweep',
  /** Deadline-triggered warnings and escalation of unacknowledged ones. */
  WarningSweep: 'warning-sweep',
  /** The daily email of non-urgent warnings per recipient who chose it. */
  WarningDigest: 'warning-digest',
  /**
   * The payment plans' missed-instalment check, its warnings and automatic ends (daily). Data:
   * `PaymentPlanCheckJob`; it returns the sweep's counts (`PaymentPlanSweepResult` in @app/domain).
   */
  PaymentPlanCheck: 'payment-plan-check',
  /** Writes the business-day table and refreshes the statistics' materialised view (docs/statistics.md). */
  StatisticsRefresh: 'statistics-refresh',
  /**
   * The custody episodes' release-planning reminders (tasks due soon or missed, sublets ending; daily). Data:
   * `CustodyReleaseCheckJob`; it returns `ReleasePlanningSweepResult` (@app/domain).
   */
  CustodyReleaseCheck: 'custody-release-check',
  /**
   * Refit the eviction risk model and recompute the risk-adjusted comparison (weekly). Data:
   * `RiskModelRefitJob`; it returns what was fitted (`RiskModelRefitResult` in @app/domain).
   */
  RiskModelRefit: 'risk-model-refit',
  /** Process one uploaded arrears list. */
  ProcessArrearsImport: 'process-arrears-import',
} as const;

/** Send the email described by one outbox row. The job id is the outbox id. */
export interface SendEmailJob {
  outboxId: string;
}

/**
 * The payment-plan sweep as of `on` (`YYYY-MM-DD`, the controllable clock for tests and the
 * benchmark); without it, today in Copenhagen.
 */
export interface PaymentPlanCheckJob {
  on?: string;
}

/** The release-planning sweep as of `on` (`YYYY-MM-DD`, the controllable clock); without it, today in Copenhagen. */
export interface CustodyReleaseCheckJob {
  on?: string;
}

/**
 * The refit as of `asOf` (an ISO instant, the controllable clock for tests; without it, now): the
 * cases closed in the configured window before it. The same `asOf` over the same data refits the same.
 */
export interface RiskModelRefitJob {
  asOf?: string;
}

/** Process the arrears list stored as one import. The job id is the import id. */
export interface ProcessArrearsImportJob {
  importId: string;
}

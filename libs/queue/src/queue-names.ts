/** Every queue, named once. */
export const QueueName = {
  Notifications: 'notifications',
  /** Scheduled work: retention, the warning sweeper, the daily digest. */
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
  /** Process one uploaded arrears list. */
  ProcessArrearsImport: 'process-arrears-import',
} as const;

/** Send the email described by one outbox row. The job id is the outbox id. */
export interface SendEmailJob {
  outboxId: string;
}

/** Process the arrears list stored as one import. The job id is the import id. */
export interface ProcessArrearsImportJob {
  importId: string;
}

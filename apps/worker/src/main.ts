import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { keepRunningOnEscapedErrors, safeError } from '@app/common';
import { ConfigError, loadConfig } from '@app/config';
import { createWorker } from './worker.factory.js';

try {
  await createWorker(loadConfig());
  // Only once running: an error escaping while starting still ends the process (exit status 1).
  keepRunningOnEscapedErrors(new Logger('Process'));
} catch (error) {
  // A failure while starting may be a database error: printed the way the logs hold errors (safeError).
  console.error(error instanceof ConfigError ? error.message : (safeError(error).stack ?? safeError(error).message));
  process.exit(1);
}

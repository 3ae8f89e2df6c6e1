import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { keepRunningOnEscapedErrors } from '@app/common';
import { ConfigError, loadConfig } from '@app/config';
import { createWorker } from './worker.factory.js';

try {
  await createWorker(loadConfig());
  // Only once running: an error escaping while starting still ends the process (exit status 1).
  keepRunningOnEscapedErrors(new Logger('Process'));
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

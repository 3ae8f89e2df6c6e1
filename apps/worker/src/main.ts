import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/config';
import { createWorker } from './worker.factory.js';

try {
  await createWorker(loadConfig());
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

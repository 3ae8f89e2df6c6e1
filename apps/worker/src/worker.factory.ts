import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { describeModes, type AppConfig } from '@app/config';
import { assertDatabaseReachable, migrateDatabase } from '@app/database';
import { assertQueueBackendReachable } from '@app/queue';
import { WorkerModule } from './worker.module.js';

/** Checks the services, migrates, and starts the worker. Used by main.ts and by the tests. */
export async function createWorker(config: AppConfig): Promise<INestApplicationContext> {
  await assertDatabaseReachable(config.database.url);
  await assertQueueBackendReachable(config);
  if (config.database.runMigrations) await migrateDatabase(config);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.enableShutdownHooks();
  logger.log(`Worker running: ${describeModes(config)}`, 'Worker');
  return app;
}

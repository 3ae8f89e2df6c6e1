import 'reflect-metadata';
import { Logger as NestLogger } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { keepRunningOnEscapedErrors, safeError } from '@app/common';
import { ConfigError, describeModes, loadConfig } from '@app/config';
import { createApi } from './api.factory.js';

try {
  const config = loadConfig();
  const app = await createApi(config);
  await app.listen(config.http.port);
  // Only once serving: an error escaping while starting still ends the process (exit status 1).
  keepRunningOnEscapedErrors(new NestLogger('Process'));
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  app.get(Logger).log(`API listening on ${url}/api/v1, docs on ${url}/docs (${describeModes(config)})`, 'Api');
} catch (error) {
  // A failure while starting may be a database error: printed the way the logs hold errors (safeError).
  console.error(error instanceof ConfigError ? error.message : (safeError(error).stack ?? safeError(error).message));
  process.exit(1);
}

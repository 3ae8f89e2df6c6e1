import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { ConfigError, describeModes, loadConfig } from '@app/config';
import { createApi } from './api.factory.js';

try {
  const config = loadConfig();
  const app = await createApi(config);
  await app.listen(config.http.port);
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  app.get(Logger).log(`API listening on ${url}/api/v1, docs on ${url}/docs (${describeModes(config)})`, 'Api');
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

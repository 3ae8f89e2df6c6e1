// The statistics benchmark's pre-aggregation refresh, in a plain Node process from dist/ (like the worker that
// runs the `statistics-refresh` job): StatisticsService.refresh() writes the business-day table and refreshes the
// materialised view. Prints one JSON line: {"refreshed": true, "seconds": …}, or {"refreshed": false} when the
// build has no StatisticsService (the statistics are not merged yet).
//   node refresh-statistics.mjs
// Settings come from the environment, read by the system's own configuration code.
import { NestFactory } from '@nestjs/core';
import { CliModule } from '../../../dist/apps/api/src/cli/cli.module.js';
import { loadConfig } from '../../../dist/libs/config/src/app-config.js';
import * as domain from '../../../dist/libs/domain/src/index.js';

if (!domain.StatisticsService) {
  process.stdout.write(`${JSON.stringify({ refreshed: false })}\n`);
  process.exit(0);
}
const context = await NestFactory.createApplicationContext(CliModule.forRoot(loadConfig(process.env)), {
  logger: false,
});
const started = process.hrtime.bigint();
await context.get(domain.StatisticsService).refresh();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
await context.close();
process.stdout.write(`${JSON.stringify({ refreshed: true, seconds })}\n`);

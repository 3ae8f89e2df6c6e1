// The trigger half of the warnings benchmark, in a plain Node process like the API that raises
// warnings in production (not inside Jest's module sandbox, which slows JavaScript several-fold
// and would make the benchmark measure Jest). Cases get a `payment_demand_sent` event, `batch`
// events per transaction, through the real warning engine.
//   node raise-warnings.mjs <batch>
// Settings come from the environment, read by the system's own configuration code. Talks to
// its parent over IPC: sends {type:'ready'} once booted; on {type:'go', count} raises for the next
// `count` cases (in id order) and sends {type:'done', raised}; {type:'stop'} ends it.
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { CliModule } from '../../../dist/apps/api/src/cli/cli.module.js';
import { copenhagenDateOf } from '../../../dist/libs/calendar/src/index.js';
import { loadConfig } from '../../../dist/libs/config/src/app-config.js';
import { WarningEngine } from '../../../dist/libs/domain/src/index.js';

const batch = Number(process.argv[2]);
const context = await NestFactory.createApplicationContext(CliModule.forRoot(loadConfig(process.env)), {
  logger: false,
});
const engine = context.get(WarningEngine);
const dataSource = context.get(DataSource);
const caseIds = (await dataSource.query(`SELECT id FROM arrears_case ORDER BY id`)).map((row) => row.id);

let next = 0;
process.on('message', async (message) => {
  if (message.type === 'stop') {
    await context.close();
    process.exit(0);
  }
  const today = copenhagenDateOf(new Date());
  const end = Math.min(caseIds.length, next + message.count);
  let raised = 0;
  for (let i = next; i < end; i += batch) {
    const events = caseIds
      .slice(i, Math.min(i + batch, end))
      .map((caseId) => ({ caseId, type: 'payment_demand_sent', on: today }));
    raised += await dataSource.transaction((manager) => engine.raiseForEvents(manager, null, events));
  }
  next = end;
  process.send({ type: 'done', raised });
});
process.send({ type: 'ready' });

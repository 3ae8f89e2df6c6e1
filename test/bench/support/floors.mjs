// The two floors of the warnings benchmark, each in a plain Node process like the worker it is
// compared with (not inside Jest's module sandbox, which slows JavaScript down):
//   node floors.mjs direct <n>  nodemailer straight to the sink, with the system's own pool options
//   node floors.mjs noop <n>    a BullMQ worker that does nothing, over n jobs on the same Redis
// Settings come from the same environment as the worker's, read by the same configuration code
// (SMTP pool options, Redis, queue prefix, email concurrency). Prints one JSON line: {"seconds": …}.
import { Queue, Worker } from 'bullmq';
import nodemailer from 'nodemailer';
import { loadConfig } from '../../../dist/libs/config/src/app-config.js';
import { smtpTransportOptions, TEXT_ENCODING } from '../../../dist/libs/mail/src/mail-transport.js';
import { renderEmail } from '../../../dist/libs/mail/src/templates/index.js';

const [mode, count] = process.argv.slice(2);
const n = Number(count);
const config = loadConfig(process.env);

function seconds(started) {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function direct() {
  const transport = nodemailer.createTransport(smtpTransportOptions(config.mail));
  // A message like the system's: the same template, rendered once here (rendering is the system's cost).
  const rendered = renderEmail(
    'warning',
    {
      kind: 'payment-demand-sent',
      urgent: false,
      recipientName: 'Aarhus Kommune',
      senderName: 'Bench Bolig',
      tenantNames: ['Lejer 1'],
      address: 'Testvej 1, 8000 Aarhus C',
      eventOn: '2026-11-25',
      acknowledgeBy: '2026-11-28',
      reference: 'SAG-00000000',
      link: 'http://localhost:3000/inbox/warnings/x',
    },
    'da',
  );
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: n }, (_, i) =>
      transport.sendMail({
        from: { name: 'Udsættelsesforebyggelse', address: 'no-reply@udsaettelse.local' },
        textEncoding: TEXT_ENCODING,
        to: 'alerts@kommune.dk',
        ...rendered,
        messageId: `<direct-${i}@udsaettelse.local>`,
        headers: { 'X-Notification-Id': `direct-${i}` },
      }),
    ),
  );
  const elapsed = seconds(started);
  transport.close();
  return elapsed;
}

async function noop() {
  const url = new URL(config.queue.redisUrl);
  const connection = { host: url.hostname, port: Number(url.port || 6379), maxRetriesPerRequest: null };
  const { prefix } = config.queue;
  const queue = new Queue('noop', { connection, prefix });
  await queue.addBulk(
    Array.from({ length: n }, (_, i) => ({ name: 'noop', data: { i }, opts: { removeOnComplete: true } })),
  );
  let done = 0;
  const started = process.hrtime.bigint();
  const worker = new Worker('noop', async () => undefined, {
    connection,
    prefix,
    concurrency: config.mail.concurrency,
  });
  await new Promise((resolve) =>
    worker.on('completed', () => {
      if (++done === n) resolve();
    }),
  );
  const elapsed = seconds(started);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return elapsed;
}

const elapsed = mode === 'direct' ? await direct() : mode === 'noop' ? await noop() : undefined;
if (elapsed === undefined) throw new Error(`unknown floor ${mode}`);
console.log(JSON.stringify({ seconds: elapsed }));

// The two floors of the warnings benchmark, each in a plain Node process like the worker it is
// compared with (not inside Jest's module sandbox, which slows JavaScript down):
//   node floors.mjs direct <n> [warmup]  nodemailer straight to the sink, with the system's own pool options
//   node floors.mjs noop <n> [warmup]    a BullMQ worker that does nothing, over n jobs on the same Redis
// Each first runs `warmup` untimed (messages or jobs), as the system's worker is warmed up before
// it is timed: both sides are measured in their steady state.
// Settings come from the same environment as the worker's, read by the same configuration code
// (SMTP pool options, Redis, queue prefix, email concurrency). Prints one JSON line: {"seconds": …}.
import { Queue, Worker } from 'bullmq';
import nodemailer from 'nodemailer';
import { loadConfig } from '../../../dist/libs/config/src/app-config.js';
import { smtpTransportOptions, TEXT_ENCODING } from '../../../dist/libs/mail/src/mail-transport.js';
import { renderEmail } from '../../../dist/libs/mail/src/templates/index.js';

const [mode, count, warmupCount] = process.argv.slice(2);
const n = Number(count);
const warmup = Number(warmupCount ?? 0);
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
  const send = (id) =>
    transport.sendMail({
      from: { name: 'Udsættelsesforebyggelse', address: 'no-reply@udsaettelse.local' },
      textEncoding: TEXT_ENCODING,
      to: 'alerts@kommune.dk',
      ...rendered,
      messageId: `<${id}@udsaettelse.local>`,
      headers: { 'X-Notification-Id': id },
    });
  await Promise.all(Array.from({ length: warmup }, (_, i) => send(`warmup-${i}`)));
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: n }, (_, i) => send(`direct-${i}`)));
  const elapsed = seconds(started);
  transport.close();
  return elapsed;
}

async function noop() {
  const url = new URL(config.queue.redisUrl);
  const connection = { host: url.hostname, port: Number(url.port || 6379), maxRetriesPerRequest: null };
  const { prefix } = config.queue;
  const queue = new Queue('noop', { connection, prefix });
  const add = (count) =>
    queue.addBulk(
      Array.from({ length: count }, (_, i) => ({ name: 'noop', data: { i }, opts: { removeOnComplete: true } })),
    );
  let done = 0;
  let target = warmup;
  let reached;
  const worker = new Worker('noop', async () => undefined, {
    connection,
    prefix,
    concurrency: config.mail.concurrency,
    autorun: false,
  });
  worker.on('completed', () => {
    if (++done === target) reached();
  });
  const finished = () => new Promise((resolve) => (reached = resolve));
  void worker.run();
  if (warmup > 0) {
    const warm = finished();
    await add(warmup);
    await warm;
  }
  // Every timed job is waiting before the clock starts: the floor measures processing, not adding.
  await worker.pause();
  await add(n);
  target = warmup + n;
  const all = finished();
  const started = process.hrtime.bigint();
  worker.resume();
  await all;
  const elapsed = seconds(started);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return elapsed;
}

const elapsed = mode === 'direct' ? await direct() : mode === 'noop' ? await noop() : undefined;
if (elapsed === undefined) throw new Error(`unknown floor ${mode}`);
console.log(JSON.stringify({ seconds: elapsed }));

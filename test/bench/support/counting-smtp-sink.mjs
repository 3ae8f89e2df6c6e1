// An SMTP sink in a process of its own, so the benchmark measures the sender, not a sink
// sharing its event loop. It counts accepted messages by X-Notification-Id (without full
// parsing) and answers `count` and `ids` requests over IPC.
import { SMTPServer } from 'smtp-server';

const counts = new Map();
let total = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  size: 1024 * 1024,
  onData(stream, _session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      const head = Buffer.concat(chunks).toString('utf8', 0, 4096);
      const match = /^X-Notification-Id: *(\S+)/im.exec(head);
      const id = match ? match[1] : `anonymous-${total}`;
      counts.set(id, (counts.get(id) ?? 0) + 1);
      total += 1;
      callback(null, 'ok');
    });
  },
});

server.listen(0, '127.0.0.1', () => process.send?.({ type: 'listening', port: server.server.address().port }));
process.on('message', (message) => {
  if (message?.type === 'count') {
    let duplicates = 0;
    for (const n of counts.values()) if (n > 1) duplicates += n - 1;
    process.send?.({ type: 'count', total, distinct: counts.size, duplicates, id: message.id });
  } else if (message?.type === 'ids') {
    process.send?.({ type: 'ids', ids: [...counts.keys()], id: message.id });
  } else if (message?.type === 'reset') {
    counts.clear();
    total = 0;
    process.send?.({ type: 'reset', id: message.id });
  }
});
process.on('disconnect', () => process.exit(0));

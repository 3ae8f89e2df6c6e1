import { EventEmitter } from 'node:events';
import { type Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

export interface SinkOptions {
  port?: number;
  /**
   * Hold the reply to the first `holdCount` messages for `holdMs` after their data arrived.
   * A message whose client disconnects while held was never accepted (as with a real MTA),
   * so it is not recorded: that is how a crash mid-send is simulated.
   */
  holdMs?: number;
  holdCount?: number;
}

export interface ReceivedEmail {
  /** `X-Notification-Id` header: the outbox id the email was sent for. */
  notificationId: string | undefined;
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string | undefined;
  parsed: ParsedMail;
}

/**
 * A real SMTP server (the `smtp-server` package) that records what it accepts: what the next
 * system would see. Events: `holding` (a held message's data arrived), `message`.
 */
export class SmtpSink extends EventEmitter {
  readonly received: ReceivedEmail[] = [];
  /** TCP connections accepted so far: what a client's probing or pooling costs the server. */
  connections = 0;
  private readonly closedSessions = new Set<string>();
  private readonly sockets = new Set<Socket>();
  private holdMs: number;
  private holdsLeft: number;

  private readonly server: SMTPServer;

  private constructor(options: SinkOptions) {
    super();
    this.holdMs = options.holdMs ?? 0;
    this.holdsLeft = this.holdMs > 0 ? (options.holdCount ?? 0) : 0;
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => void this.accept(stream, session, callback),
      onClose: (session) => this.closedSessions.add(session.id),
    });
  }

  static async start(options: SinkOptions = {}): Promise<SmtpSink> {
    const sink = new SmtpSink(options);
    const server = sink.server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    server.on('error', () => undefined);
    // The TCP sockets underneath, so that `crash()` can drop them as a dying server would.
    server.server.on('connection', (socket: Socket) => {
      sink.connections += 1;
      sink.sockets.add(socket);
      socket.once('close', () => sink.sockets.delete(socket));
    });
    return sink;
  }

  get port(): number {
    const address = this.server.server.address();
    if (!address || typeof address === 'string') throw new Error('SMTP sink is not listening');
    return address.port;
  }

  /** For `SMTP_URL`: no TLS on the loopback sink. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}?tls=off`;
  }

  countFor(notificationId: string): number {
    return this.received.filter((email) => email.notificationId === notificationId).length;
  }

  /** Resolves once at least `count` emails have been accepted. */
  async waitFor(count: number, timeoutMs = 20_000): Promise<ReceivedEmail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline) {
        throw new Error(`SMTP sink got ${this.received.length} of ${count} emails within ${timeoutMs} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return this.received;
  }

  /** From now on, hold the replies to the next `count` messages for `holdMs` (see `SinkOptions`). */
  holdNext(count: number, holdMs: number): void {
    this.holdsLeft = count;
    this.holdMs = holdMs;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /**
   * Stops as a killed server does: the port refuses connections at once and every open
   * connection is dropped without a reply; messages held at that moment are not recorded.
   */
  async crash(): Promise<void> {
    const closed = this.close();
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  private async accept(
    stream: NodeJS.ReadableStream,
    session: SMTPServerSession,
    callback: (error?: Error | null, message?: string) => void,
  ): Promise<void> {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks);
      if (this.holdsLeft > 0) {
        this.holdsLeft -= 1;
        const holdMs = this.holdMs;
        this.emit('holding', session.id);
        await new Promise((resolve) => setTimeout(resolve, holdMs).unref());
      }
      if (this.closedSessions.has(session.id)) return; // the sender vanished before the reply: not accepted
      const parsed = await simpleParser(raw);
      const header = parsed.headers.get('x-notification-id');
      const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) =>
        a.value.map((v) => v.address ?? ''),
      );
      const email: ReceivedEmail = {
        notificationId: typeof header === 'string' ? header : undefined,
        to,
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        html: typeof parsed.html === 'string' ? parsed.html : '',
        messageId: parsed.messageId,
        parsed,
      };
      this.received.push(email);
      this.emit('message', email);
      callback(null, `queued as ${this.received.length}`);
    } catch (error) {
      callback(error as Error);
    }
  }
}

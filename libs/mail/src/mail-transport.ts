import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { type AppConfig } from '@app/config';
import { composeMime } from './mime.js';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Deterministic Message-ID (`<outbox-id@host>`), so a receiver can recognise a resend. */
  messageId: string;
  headers?: Record<string, string>;
}

export interface SentEmail {
  messageId: string;
  /** Where it went: the SMTP server's reply, or the .eml file written. */
  receipt: string;
}

/** The one way the system sends email. SMTP (pooled) when `SMTP_URL` is set, else .eml files. */
export abstract class MailTransport {
  abstract readonly kind: 'smtp' | 'file';
  abstract send(email: OutgoingEmail): Promise<SentEmail>;
  /** Throws when the transport cannot currently deliver. */
  abstract verify(): Promise<void>;
  abstract close(): void;
}

type MailConfig = AppConfig['mail'];

/**
 * Body encoding of text and HTML parts. Danish text makes nodemailer pick quoted-printable, which
 * it encodes in JavaScript in small slices, each its own socket write; base64 is encoded natively
 * in large chunks. Every mail client reads both.
 */
export const TEXT_ENCODING = 'base64';

/**
 * nodemailer's options for the pooled SMTP transport. Exported so a benchmark can send with
 * exactly the same pool as the system does.
 */
export function smtpTransportOptions(
  config: Pick<MailConfig, 'smtpUrl' | 'smtpMaxConnections' | 'smtpMaxMessages'>,
): Record<string, unknown> {
  const parsed = new URL(config.smtpUrl ?? '');
  const secure = parsed.protocol === 'smtps:';
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    auth: parsed.username
      ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) }
      : undefined,
    // A local relay or test sink often has no certificate; `?tls=off` says so explicitly.
    ignoreTLS: parsed.searchParams.get('tls') === 'off',
    pool: true,
    maxConnections: Number(parsed.searchParams.get('maxConnections') ?? config.smtpMaxConnections),
    maxMessages: config.smtpMaxMessages === 0 ? Infinity : config.smtpMaxMessages,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
}

class SmtpMailTransport extends MailTransport {
  readonly kind = 'smtp' as const;
  private readonly transporter: Transporter;

  constructor(private readonly config: MailConfig) {
    super();
    this.transporter = nodemailer.createTransport(smtpTransportOptions(config));
  }

  /**
   * Sends the message composed once into its raw bytes (mime.ts): nodemailer's own MIME tree
   * builder cost the worker about as much CPU per email as the rest of the delivery together.
   */
  async send(email: OutgoingEmail): Promise<SentEmail> {
    const raw = composeMime({ from: this.config.from, ...email });
    const info = await this.transporter.sendMail({
      envelope: { from: this.config.from.address, to: [email.to] },
      raw,
    });
    return { messageId: email.messageId, receipt: String(info.response ?? '') };
  }

  async verify(): Promise<void> {
    await this.transporter.verify();
  }

  close(): void {
    this.transporter.close();
  }
}

class FileMailTransport extends MailTransport {
  readonly kind = 'file' as const;
  private readonly transporter: Transporter;

  constructor(private readonly config: MailConfig) {
    super();
    this.transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(email: OutgoingEmail): Promise<SentEmail> {
    const info = await this.transporter.sendMail({ from: this.config.from, ...email });
    await mkdir(this.config.dir, { recursive: true });
    const id = email.messageId.replace(/[<>]/g, '').replace(/[^A-Za-z0-9._@-]/g, '_');
    const file = join(this.config.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}_${id}.eml`);
    await writeFile(file, info.message as Buffer);
    return { messageId: email.messageId, receipt: `file:${file}` };
  }

  async verify(): Promise<void> {
    await mkdir(this.config.dir, { recursive: true });
  }

  close(): void {
    this.transporter.close();
  }
}

export function createMailTransport(config: MailConfig): MailTransport {
  return config.transport === 'smtp' ? new SmtpMailTransport(config) : new FileMailTransport(config);
}

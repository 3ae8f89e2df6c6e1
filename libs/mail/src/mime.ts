import { randomBytes } from 'node:crypto';

/** An address with a display name, as `MAIL_FROM` is configured. */
export interface MailAddress {
  name: string;
  address: string;
}

/** Everything a message consists of; `composeMime` turns it into the bytes sent over SMTP. */
export interface MimeMessage {
  from: MailAddress;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** `<id@host>` */
  messageId: string;
  /** Extra headers; names and values are code-written ASCII (ids, topics). */
  headers?: Record<string, string>;
  date?: Date;
}

const CRLF = '\r\n';
/** Bytes of text per encoded word: 39 bytes are 52 base64 characters, so a header line stays within 78. */
const ENCODED_WORD_BYTES = 39;

/**
 * Composes a message once, in one pass, into its raw RFC 5322 bytes: multipart/alternative with
 * the text and the HTML part, each UTF-8 in base64 (encoded natively in one call, where a MIME
 * tree builder encodes in many small slices and writes each to the socket on its own), headers
 * with non-ASCII text as RFC 2047 encoded words. The SMTP transport sends the bytes as they are.
 */
export function composeMime(message: MimeMessage): Buffer {
  const boundary = `----=_Part_${randomBytes(12).toString('hex')}`;
  const headers = [
    `From: ${address(message.from)}`,
    `To: ${headerSafe(message.to)}`,
    `Subject: ${encodeHeaderText(message.subject)}`,
    `Message-ID: ${headerSafe(message.messageId)}`,
    `Date: ${(message.date ?? new Date()).toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    ...Object.entries(message.headers ?? {}).map(([name, value]) => `${headerSafe(name)}: ${headerSafe(value)}`),
    `Content-Type: multipart/alternative;${CRLF} boundary="${boundary}"`,
  ];
  const part = (type: string, body: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=utf-8`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(body),
    ].join(CRLF);
  return Buffer.from(
    [
      headers.join(CRLF),
      '',
      part('text/plain', message.text),
      part('text/html', message.html),
      `--${boundary}--`,
      '',
    ].join(CRLF),
    'utf8',
  );
}

/** `"Name" <address>`, the name encoded when it is not plain ASCII. */
function address(from: MailAddress): string {
  const name = isPlainAscii(from.name) ? `"${from.name.replace(/["\\]/g, '\\$&')}"` : encodeHeaderText(from.name);
  // Folded before the address: an encoded name and the address may not fit one line together.
  return `${name}${CRLF} <${headerSafe(from.address)}>`;
}

/**
 * Header text as it may stand in a header: plain ASCII as is, anything else as RFC 2047 `B`
 * encoded words of whole characters, folded one word per line.
 */
export function encodeHeaderText(text: string): string {
  if (isPlainAscii(text) && text.length <= 900) return text;
  const words: string[] = [];
  let chunk = '';
  let bytes = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > ENCODED_WORD_BYTES) {
      words.push(chunk);
      chunk = '';
      bytes = 0;
    }
    chunk += char;
    bytes += size;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

function isPlainAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

/** A header value must not end the header: line breaks would let it add headers of its own. */
function headerSafe(value: string): string {
  return value.replace(/[\r\n]+/g, ' ');
}

function base64Lines(body: string): string {
  const encoded = Buffer.from(body, 'utf8').toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += 76) lines.push(encoded.slice(i, i + 76));
  return lines.join(CRLF);
}
